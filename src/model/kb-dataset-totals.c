/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-dataset"

#include "config.h"

#include <math.h>

#include "kb-dataset-private.h"

/* A region's breakdowns and totals: the series made of the rows the
 * labels pick, and only those. */

/* The series of one indicator for one region and release that have a
 * sector label (@sector) or not, and a sub-sector label (@subsector) or
 * not, in the order of the source. */
static GPtrArray *
select_breakdown (KbDataset  *self,
                  const char *region_code,
                  const char *indicator,
                  int         vintage,
                  gboolean    sector,
                  gboolean    subsector)
{
  GArray *list = _kb_dataset_region_items (self, region_code, indicator);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      KbDatasetItem item = g_array_index (list, KbDatasetItem, i);

      if (_kb_dataset_item_is (self, item, indicator, vintage) &&
          (_kb_dataset_item_label (self, item, KB_LABEL_SECTOR)[0] != '\0') == sector &&
          (_kb_dataset_item_label (self, item, KB_LABEL_SUBSECTOR)[0] != '\0') == subsector)
        g_ptr_array_add (found, g_object_ref (_kb_dataset_item_series (self, item)));
    }
  return found;
}

/* The sector breakdown (every series of a sector, not of a sub-sector) of
 * one indicator for one region and release, in the order of the source. */
GPtrArray *
kb_dataset_get_sectors (KbDataset  *self,
                        const char *region_code,
                        const char *indicator,
                        int         vintage)
{
  g_return_val_if_fail (KB_IS_DATASET (self), NULL);
  return select_breakdown (self, region_code, indicator, vintage, TRUE, FALSE);
}

/* The total over all sectors, computed from the sectors: a year is in the
 * total when a sector reports it, and missing when any sector marks it
 * missing or does not list it at all while others do (a partial sum would
 * understate the total: a file that lacks one sector's row for a year
 * says nothing of that year's total). */
static KbSeries *
compute_total (KbDataset  *self,
               const char *region_code,
               const char *indicator,
               int         vintage)
{
  g_autoptr(GPtrArray) sectors = NULL;
  g_autofree double *sums = NULL;
  g_autofree guint *counts = NULL;
  int first_year = G_MAXINT, last_year = G_MININT;
  KbSeries *first, *total;

  g_return_val_if_fail (KB_IS_DATASET (self), NULL);

  sectors = kb_dataset_get_sectors (self, region_code, indicator, vintage);
  if (sectors->len == 0)
    return NULL;

  first = g_ptr_array_index (sectors, 0);
  total = kb_series_new (region_code, kb_series_get_region_name (first),
                         indicator, "", "", kb_series_get_unit (first),
                         kb_series_get_source (first),
                         kb_series_get_vintage_inferred (first) ? 0 : vintage);
  /* A release its parts were dated by, the total is too. */
  if (kb_series_get_vintage_inferred (first))
    kb_series_set_inferred_vintage (total, vintage);

  /* Each year from the first to the last any sector has: how many
   * sectors have it, and their sum (NAN once one marks it missing). */
  for (guint i = 0; i < sectors->len; i++)
    {
      KbSeries *s = g_ptr_array_index (sectors, i);
      guint n = kb_series_get_n_years (s);

      if (n == 0)
        continue;
      first_year = MIN (first_year, kb_series_get_year (s, 0));
      last_year = MAX (last_year, kb_series_get_year (s, n - 1));
    }
  if (first_year > last_year)
    return total;
  sums = g_new0 (double, last_year - first_year + 1);
  counts = g_new0 (guint, last_year - first_year + 1);
  for (guint i = 0; i < sectors->len; i++)
    {
      KbSeries *s = g_ptr_array_index (sectors, i);

      for (guint j = 0; j < kb_series_get_n_years (s); j++)
        {
          int at = kb_series_get_year (s, j) - first_year;
          double v;

          counts[at]++;
          if (kb_series_get_value_at (s, j, &v))
            sums[at] += v;
          else
            sums[at] = NAN;
        }
    }
  for (int at = 0; at <= last_year - first_year; at++)
    {
      if (counts[at] == 0)
        continue;
      if (counts[at] < sectors->len || isnan (sums[at]))
        kb_series_set_missing (total, first_year + at);
      else
        kb_series_set_value (total, first_year + at, sums[at]);
    }

  return total;
}

KbSeries *
kb_dataset_compute_total (KbDataset  *self,
                          const char *region_code,
                          const char *indicator,
                          int         vintage)
{
  g_return_val_if_fail (KB_IS_DATASET (self), NULL);
  return compute_total (self, region_code, indicator, vintage);
}

/* The total over all sectors as the source published it, or, where the
 * source gives only the sectors, computed from them. A published total
 * counts what suppressed cells hide; a computed one could not. */
static KbSeries *
published_or_computed (KbDataset  *self,
                       const char *region_code,
                       const char *indicator,
                       int         vintage)
{
  g_autoptr(GPtrArray) published = select_breakdown (self, region_code, indicator, vintage, FALSE, FALSE);

  if (published->len > 0)
    return g_object_ref (g_ptr_array_index (published, 0));
  return compute_total (self, region_code, indicator, vintage);
}

/* published_or_computed (), once per region, quantity and release until
 * the dataset changes: Sweden's change, from the totals of its 290
 * municipalities, is asked for at every switch of municipality. The
 * series is shared: never changed by those who ask. */
static KbSeries *
cached_total (KbDataset  *self,
              const char *region_code,
              const char *indicator,
              int         vintage)
{
  g_autofree char *key = NULL;
  GHashTable *of_indicator;
  KbSeries *total;

  g_return_val_if_fail (indicator != NULL, NULL);

  if (region_code == NULL)
    return NULL;
  /* Loaders may add series: they run before the cache is looked at. */
  _kb_dataset_region_items (self, region_code, indicator);
  of_indicator = g_hash_table_lookup (self->totals, indicator);
  if (of_indicator == NULL)
    {
      of_indicator = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      g_hash_table_insert (self->totals, g_strdup (indicator), of_indicator);
    }
  key = g_strdup_printf ("%s\x1f%d", region_code, vintage);
  total = g_hash_table_lookup (of_indicator, key);
  if (total == NULL)
    {
      total = published_or_computed (self, region_code, indicator, vintage);
      if (total == NULL)
        return NULL;
      /* Computing may have loaded and so dropped the table: looked up again. */
      of_indicator = g_hash_table_lookup (self->totals, indicator);
      if (of_indicator == NULL)
        {
          of_indicator = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
          g_hash_table_insert (self->totals, g_strdup (indicator), of_indicator);
        }
      g_hash_table_insert (of_indicator, g_steal_pointer (&key), total);
    }
  return g_object_ref (total);
}

/* published_or_computed (), kept until the dataset changes. */
KbSeries *
kb_dataset_get_total (KbDataset  *self,
                      const char *region_code,
                      const char *indicator,
                      int         vintage)
{
  g_return_val_if_fail (KB_IS_DATASET (self), NULL);
  return cached_total (self, region_code, indicator, vintage);
}

/* Every published total of @indicator for @region_code and @vintage: one
 * a source, where several editions of one statistic are open (the fleet
 * of 2024 and of 2025), in the order they were added. */
GPtrArray *
kb_dataset_get_totals (KbDataset  *self,
                       const char *region_code,
                       const char *indicator,
                       int         vintage)
{
  g_return_val_if_fail (KB_IS_DATASET (self), NULL);
  return select_breakdown (self, region_code, indicator, vintage, FALSE, FALSE);
}

/* The breakdown by fuel (the second level, over all categories) of one
 * indicator for one region and release: SCB's energy table has it. */
GPtrArray *
kb_dataset_get_fuels (KbDataset  *self,
                      const char *region_code,
                      const char *indicator,
                      int         vintage)
{
  g_return_val_if_fail (KB_IS_DATASET (self), NULL);
  return select_breakdown (self, region_code, indicator, vintage, FALSE, TRUE);
}

/* Where the source publishes a total beside its sectors: the year in which
 * they differ most beyond rounding (0.1 % and one unit), and the two
 * figures. FALSE where they agree, or there is nothing to compare. The
 * published total is the one shown: it counts what suppressed parts hide. */
gboolean
kb_dataset_total_disagrees (KbDataset  *self,
                            const char *region_code,
                            const char *indicator,
                            int         vintage,
                            int        *year,
                            double     *published,
                            double     *sum)
{
  g_autoptr(GPtrArray) totals = NULL;
  g_autoptr(KbSeries) computed = NULL;
  KbSeries *total;
  double worst = 0;

  g_return_val_if_fail (KB_IS_DATASET (self), FALSE);

  totals = select_breakdown (self, region_code, indicator, vintage, FALSE, FALSE);
  if (totals->len == 0 || (computed = kb_dataset_compute_total (self, region_code, indicator, vintage)) == NULL)
    return FALSE;
  total = g_ptr_array_index (totals, 0);
  for (guint i = 0; i < kb_series_get_n_years (total); i++)
    {
      int y = kb_series_get_year (total, i);
      double a, b, difference;

      if (!kb_series_get_value_at (total, i, &a) || !kb_series_get_value (computed, y, &b))
        continue;
      difference = fabs (a - b);
      if (difference > 1 && difference > fabs (a) * 0.001 && difference > worst)
        {
          worst = difference;
          *year = y, *published = a, *sum = b;
        }
    }
  return worst > 0;
}
