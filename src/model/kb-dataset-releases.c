/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-dataset"

#include "config.h"

#include <math.h>

#include "kb-dataset-private.h"

/* A dataset's releases: which it holds of a region's quantity, and the
 * release of files that name none, inferred from their data. */

/* The newest release holding @indicator for the region, or 0 for none. */
int
kb_dataset_get_latest_vintage (KbDataset  *self,
                               const char *region_code,
                               const char *indicator)
{
  GHashTable *of_indicator;
  GArray *list;
  gpointer known;
  int latest = 0;

  g_return_val_if_fail (KB_IS_DATASET (self), 0);

  /* Loaders may add series: they run before the kept answer is read. */
  list = _kb_dataset_region_items (self, region_code, indicator);
  if (region_code == NULL || indicator == NULL)
    return 0;
  of_indicator = g_hash_table_lookup (self->latest, indicator);
  if (of_indicator != NULL && (known = g_hash_table_lookup (of_indicator, region_code)) != NULL)
    return GPOINTER_TO_INT (known) - 1;

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      KbDatasetItem item = g_array_index (list, KbDatasetItem, i);

      if (g_strcmp0 (_kb_dataset_item_label (self, item, KB_LABEL_INDICATOR), indicator) == 0)
        latest = MAX (latest, _kb_dataset_item_vintage (self, item));
    }

  if (of_indicator == NULL)
    {
      of_indicator = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (self->latest, g_strdup (indicator), of_indicator);
    }
  g_hash_table_insert (of_indicator, g_strdup (region_code), GINT_TO_POINTER (latest + 1));
  return latest;
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *)a - *(const int *)b;
}

/* The releases holding @indicator for the region, oldest first (int). */
GArray *
kb_dataset_list_vintages (KbDataset  *self,
                          const char *region_code,
                          const char *indicator)
{
  GArray *vintages = g_array_new (FALSE, FALSE, sizeof (int));
  GArray *list;

  g_return_val_if_fail (KB_IS_DATASET (self), vintages);

  list = _kb_dataset_region_items (self, region_code, indicator);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      KbDatasetItem item = g_array_index (list, KbDatasetItem, i);
      int vintage = _kb_dataset_item_vintage (self, item);
      gboolean seen = FALSE;

      if (g_strcmp0 (_kb_dataset_item_label (self, item, KB_LABEL_INDICATOR), indicator) != 0)
        continue;
      for (guint j = 0; j < vintages->len && !seen; j++)
        seen = g_array_index (vintages, int, j) == vintage;
      if (!seen)
        g_array_append_val (vintages, vintage);
    }
  g_array_sort (vintages, compare_ints);
  return vintages;
}

/* The latest year @item has a value for, or 0. */
static int
item_latest_year (KbDataset     *self,
                  KbDatasetItem  item)
{
  KbDatasetPart *part = _kb_dataset_part (self, item.part);
  const double *values;
  int year = 0;

  if (part->views != NULL && part->views[item.row] != NULL)
    return kb_series_get_latest (part->views[item.row], &year, NULL) ? year : 0;
  values = kb_value_table_get_values (part->table, item.row);
  for (guint i = kb_value_table_get_n_years (part->table); i > 0; i--)
    if (!isnan (values[i - 1])) /* neither missing nor absent */
      return kb_value_table_get_years (part->table)[i - 1];
  return 0;
}

static gboolean
item_undated (KbDataset          *self,
              KbDatasetItem       item,
              const char * const *indicators)
{
  return _kb_dataset_item_vintage (self, item) == 0 &&
         g_strv_contains (indicators, _kb_dataset_item_label (self, item, KB_LABEL_INDICATOR));
}

/* Dates the series of @indicators that name no release by the latest year
 * any of them has a value for, plus @lag: the release they must be from.
 * The series say the date was inferred. */
void
kb_dataset_infer_vintages (KbDataset          *self,
                           const char * const *indicators,
                           int                 lag)
{
  int latest = 0;

  g_return_if_fail (KB_IS_DATASET (self));

  for (guint p = 0; p < self->parts->len; p++)
    for (guint row = 0; row < _kb_dataset_part (self, p)->n_items; row++)
      if (item_undated (self, (KbDatasetItem) { p, row }, indicators))
        latest = MAX (latest, item_latest_year (self, (KbDatasetItem) { p, row }));
  if (latest == 0)
    return;
  _kb_dataset_drop_kept (self, NULL);
  for (guint p = 0; p < self->parts->len; p++)
    {
      KbDatasetPart *part = _kb_dataset_part (self, p);

      for (guint row = 0; row < part->n_items; row++)
        {
          if (!item_undated (self, (KbDatasetItem) { p, row }, indicators))
            continue;
          /* The part's own: its table may be another dataset's too. */
          if (part->table != NULL && part->inferred == NULL)
            part->inferred = g_new0 (gint16, part->n_items);
          if (part->table != NULL)
            part->inferred[row] = (gint16)(latest + lag);
          if (part->views != NULL && part->views[row] != NULL)
            kb_series_set_inferred_vintage (_kb_dataset_own_series (self, (KbDatasetItem) { p, row }),
                                            latest + lag);
        }
    }
  /* Again: a listener to the copies made above may have asked meanwhile. */
  _kb_dataset_drop_kept (self, NULL);
}
