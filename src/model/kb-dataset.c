/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-dataset"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "kb-dataset.h"
#include "kb-region.h"

struct _KbDataset
{
  GObject     parent_instance;
  GPtrArray  *series;    /* KbSeries, in the order they were added */
  GHashTable *by_region; /* region code → GPtrArray of its series, in order; built when asked */
  GArray     *loaders;   /* Loader: parts read when a region is first asked for */
  GHashTable *embedded;  /* KbSeries built into the program (not owned) */
};

/* Data kept out of memory until a region is asked for (the embedded
 * energy table: 25 000 rows, of which a chart needs 81). */
typedef struct
{
  char                  *indicator;
  KbDatasetRegionLoader  load;
  GHashTable            *loaded; /* region codes asked for */
  GHashTable            *skipped_sources; /* editions a user opened: not loaded again */
} Loader;

static void kb_dataset_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KbDataset, kb_dataset, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      kb_dataset_list_model_init))

static GType
kb_dataset_get_item_type (GListModel *model)
{
  return KB_TYPE_SERIES;
}

static guint
kb_dataset_get_n_items (GListModel *model)
{
  return KB_DATASET (model)->series->len;
}

static gpointer
kb_dataset_get_item (GListModel *model,
                     guint       position)
{
  KbDataset *self = KB_DATASET (model);

  if (position >= self->series->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->series, position));
}

static void
kb_dataset_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = kb_dataset_get_item_type;
  iface->get_n_items = kb_dataset_get_n_items;
  iface->get_item = kb_dataset_get_item;
}

static void
clear_loader (gpointer data)
{
  Loader *loader = data;

  g_free (loader->indicator);
  g_hash_table_unref (loader->loaded);
  g_hash_table_unref (loader->skipped_sources);
}

static void
kb_dataset_finalize (GObject *object)
{
  KbDataset *self = (KbDataset *)object;

  g_ptr_array_unref (self->series);
  g_clear_pointer (&self->by_region, g_hash_table_unref);
  g_array_unref (self->loaders);
  g_hash_table_unref (self->embedded);

  G_OBJECT_CLASS (kb_dataset_parent_class)->finalize (object);
}

static void
kb_dataset_class_init (KbDatasetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kb_dataset_finalize;
}

static void
kb_dataset_init (KbDataset *self)
{
  self->series = g_ptr_array_new_with_free_func (g_object_unref);
  self->loaders = g_array_new (FALSE, FALSE, sizeof (Loader));
  self->embedded = g_hash_table_new (NULL, NULL);
  g_array_set_clear_func (self->loaders, clear_loader);
}

KbDataset *
kb_dataset_new (void)
{
  return g_object_new (KB_TYPE_DATASET, NULL);
}

/* The series of @region_code, in the order they were added: the questions
 * below are asked per region, many times over (every municipality's total
 * for the county beside the one shown), so they look there, not through
 * every series. NULL where the region has none. */
static GPtrArray *
region_series (KbDataset  *self,
               const char *region_code)
{
  if (self->by_region == NULL)
    {
      self->by_region = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                               (GDestroyNotify)g_ptr_array_unref);
      for (guint i = 0; i < self->series->len; i++)
        {
          KbSeries *s = g_ptr_array_index (self->series, i);
          const char *code = kb_series_get_region_code (s);
          GPtrArray *list = g_hash_table_lookup (self->by_region, code);

          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (self->by_region, (gpointer)code, list);
            }
          g_ptr_array_add (list, s);
        }
    }
  return region_code != NULL ? g_hash_table_lookup (self->by_region, region_code) : NULL;
}

/* Series were added: the index is built again when next asked. */
static void
drop_index (KbDataset *self)
{
  g_clear_pointer (&self->by_region, g_hash_table_unref);
}

/* region_series(), after the loaders of @indicator have read
 * @region_code's part. A loader is asked once per region, whatever it
 * finds. */
static GPtrArray *
region_series_of (KbDataset  *self,
                  const char *region_code,
                  const char *indicator)
{
  guint before = self->series->len;

  for (guint i = 0; region_code != NULL && i < self->loaders->len; i++)
    {
      Loader *loader = &g_array_index (self->loaders, Loader, i);
      g_autoptr(GPtrArray) part = NULL;

      if (g_strcmp0 (loader->indicator, indicator) != 0 ||
          !g_hash_table_add (loader->loaded, g_strdup (region_code)))
        continue;
      part = loader->load (region_code, loader->indicator);
      for (guint j = 0; part != NULL && j < part->len; j++)
        {
          if (g_hash_table_contains (loader->skipped_sources, kb_series_get_source (g_ptr_array_index (part, j))))
            continue;
          g_ptr_array_add (self->series, g_object_ref (g_ptr_array_index (part, j)));
          g_hash_table_add (self->embedded, g_ptr_array_index (part, j));
        }
    }

  if (self->series->len > before)
    {
      /* The index gains the region's new series, not built anew. */
      if (self->by_region != NULL)
        {
          GPtrArray *list = g_hash_table_lookup (self->by_region, region_code);

          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (self->by_region,
                                   (gpointer)kb_series_get_region_code (g_ptr_array_index (self->series, before)),
                                   list);
            }
          for (guint j = before; j < self->series->len; j++)
            g_ptr_array_add (list, g_ptr_array_index (self->series, j));
        }
      g_list_model_items_changed (G_LIST_MODEL (self), before, 0, self->series->len - before);
    }
  return region_series (self, region_code);
}

/* @load reads @indicator's series of one region when that region is first
 * asked for, returning them (KbSeries) or NULL. Must be cheap: it runs
 * inside the getters. */
void
kb_dataset_add_region_loader (KbDataset             *self,
                              const char            *indicator,
                              KbDatasetRegionLoader  load)
{
  Loader loader = {
    g_strdup (indicator), load, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
  };

  g_return_if_fail (KB_IS_DATASET (self));
  g_return_if_fail (load != NULL);

  g_array_append_val (self->loaders, loader);
}

/* The indicators of the dataset's series and loaders, each once. */
GPtrArray *
kb_dataset_list_indicators (KbDataset *self)
{
  GPtrArray *indicators = g_ptr_array_new ();

  g_return_val_if_fail (KB_IS_DATASET (self), indicators);

  for (guint i = 0; i < self->series->len; i++)
    {
      const char *indicator = kb_series_get_indicator (g_ptr_array_index (self->series, i));

      if (!g_ptr_array_find_with_equal_func (indicators, indicator, g_str_equal, NULL))
        g_ptr_array_add (indicators, (gpointer)indicator);
    }
  for (guint i = 0; i < self->loaders->len; i++)
    {
      const char *indicator = g_array_index (self->loaders, Loader, i).indicator;

      if (!g_ptr_array_find_with_equal_func (indicators, indicator, g_str_equal, NULL))
        g_ptr_array_add (indicators, (gpointer)indicator);
    }
  return indicators;
}

/* Marks every series and loader of @self as the built-in data, which a
 * user's files replace quantity by quantity (kb_dataset_copy_for ()). */
void
kb_dataset_mark_embedded (KbDataset *self)
{
  g_return_if_fail (KB_IS_DATASET (self));

  for (guint i = 0; i < self->series->len; i++)
    g_hash_table_add (self->embedded, g_ptr_array_index (self->series, i));
}

/* Whether @series is of the built-in data (not a file the user opened). */
gboolean
kb_dataset_is_embedded (KbDataset *self,
                        KbSeries  *series)
{
  g_return_val_if_fail (KB_IS_DATASET (self), FALSE);
  return g_hash_table_contains (self->embedded, series);
}

/* Whether @indicator is one of @indicators, emissions counting as one
 * quantity: a user's CO2 file replaces the built-in greenhouse gases too. */
static gboolean
replaced (const char * const *indicators,
          const char         *indicator)
{
  gboolean emissions = g_strcmp0 (indicator, KB_INDICATOR_GHG) == 0 || g_strcmp0 (indicator, KB_INDICATOR_CO2) == 0;

  for (guint i = 0; indicators != NULL && indicators[i] != NULL; i++)
    if (g_str_equal (indicators[i], indicator) ||
        (emissions && (g_str_equal (indicators[i], KB_INDICATOR_GHG) || g_str_equal (indicators[i], KB_INDICATOR_CO2))))
      return TRUE;
  return FALSE;
}

/* Whether @indicator comes in yearly editions, each a source of its own
 * that counts other years than the rest (the fleet: "Fordon i län och
 * kommuner 2024", "… 2025"): a user's edition replaces the built-in one
 * of the same name only, and the two stand side by side otherwise. */
static gboolean
comes_in_editions (const char *indicator)
{
  return g_strcmp0 (indicator, KB_INDICATOR_CARS) == 0 || g_strcmp0 (indicator, KB_INDICATOR_CARS_PER_1000) == 0;
}

/* Whether @indicator is one whose built-in series a user's file of the
 * same source extends rather than replaces: SCB's population, whose
 * yearly table adds a year to the built-in 1950–2024. */
static gboolean
extends_builtin (const char *indicator)
{
  return g_strcmp0 (indicator, KB_INDICATOR_POPULATION) == 0;
}

/* "indicator\x1fsource" of each series of @dataset in editions, or that
 * extends the built-in. */
static GHashTable *
list_editions (KbDataset *dataset)
{
  GHashTable *editions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; dataset != NULL && i < dataset->series->len; i++)
    {
      KbSeries *s = g_ptr_array_index (dataset->series, i);

      if (comes_in_editions (kb_series_get_indicator (s)) || extends_builtin (kb_series_get_indicator (s)))
        g_hash_table_add (editions, g_strdup_printf ("%s\x1f%s", kb_series_get_indicator (s), kb_series_get_source (s)));
    }
  return editions;
}

/* @series without the years @incoming has of the same series (a new
 * series; @series itself where @incoming has none of them). */
static KbSeries *
without_years_of (KbSeries  *series,
                  KbDataset *incoming)
{
  KbSeries *theirs = NULL;
  KbSeries *kept;

  for (guint i = 0; i < incoming->series->len && theirs == NULL; i++)
    if (kb_series_same_identity (g_ptr_array_index (incoming->series, i), series))
      theirs = g_ptr_array_index (incoming->series, i);
  if (theirs == NULL)
    return g_object_ref (series);
  kept = kb_series_new (kb_series_get_region_code (series), kb_series_get_region_name (series),
                        kb_series_get_indicator (series), kb_series_get_sector (series),
                        kb_series_get_subsector (series), kb_series_get_unit (series),
                        kb_series_get_source (series), kb_series_get_vintage (series));
  for (guint j = 0; j < kb_series_get_n_years (series); j++)
    {
      int year = kb_series_get_year (series, j);
      double v;

      if (kb_series_has_year (theirs, year))
        continue;
      if (kb_series_get_value_at (series, j, &v))
        kb_series_set_value (kept, year, v);
      else
        kb_series_set_missing (kept, year);
    }
  return kept;
}

/* A new dataset with what of @self stays beside @incoming's: every series
 * a user opened, and the built-in series and loaders of the quantities
 * @incoming does not bring (a user's energy table replaces the built-in
 * one, not the emissions; a fleet edition the same edition only; SCB's
 * population of the built-in's source adds its years to it).
 * @incoming's series are not added. */
KbDataset *
kb_dataset_copy_for (KbDataset *self,
                     KbDataset *incoming)
{
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GHashTable) editions = NULL;
  KbDataset *copy;

  g_return_val_if_fail (KB_IS_DATASET (self), NULL);

  indicators = incoming != NULL ? kb_dataset_list_indicators (incoming) : g_ptr_array_new ();
  g_ptr_array_add (indicators, NULL);
  editions = list_editions (incoming);
  copy = kb_dataset_new ();
  for (guint i = 0; i < self->series->len; i++)
    {
      KbSeries *s = g_ptr_array_index (self->series, i);
      gboolean builtin = g_hash_table_contains (self->embedded, s);
      g_autofree char *edition = g_strdup_printf ("%s\x1f%s", kb_series_get_indicator (s), kb_series_get_source (s));

      if (builtin && extends_builtin (kb_series_get_indicator (s)) && g_hash_table_contains (editions, edition))
        {
          /* The user's years in place of the built-in ones, the rest kept. */
          KbSeries *kept = without_years_of (s, incoming);

          g_ptr_array_add (copy->series, kept);
          g_hash_table_add (copy->embedded, kept);
          continue;
        }
      if (builtin && (comes_in_editions (kb_series_get_indicator (s))
                        ? g_hash_table_contains (editions, edition)
                        : replaced ((const char * const *)indicators->pdata, kb_series_get_indicator (s))))
        continue;
      g_ptr_array_add (copy->series, g_object_ref (s));
      if (builtin)
        g_hash_table_add (copy->embedded, s);
    }
  for (guint i = 0; i < self->loaders->len; i++)
    {
      Loader *ours = &g_array_index (self->loaders, Loader, i);
      Loader *theirs;
      GHashTableIter iter;
      gpointer code;

      if (!comes_in_editions (ours->indicator) && replaced ((const char * const *)indicators->pdata, ours->indicator))
        continue;
      kb_dataset_add_region_loader (copy, ours->indicator, ours->load);
      /* What was loaded already is in the copy's series: not again. */
      theirs = &g_array_index (copy->loaders, Loader, copy->loaders->len - 1);
      g_hash_table_iter_init (&iter, ours->loaded);
      while (g_hash_table_iter_next (&iter, &code, NULL))
        g_hash_table_add (theirs->loaded, g_strdup (code));
      /* An edition the user opened is theirs, not loaded as built-in. */
      g_hash_table_iter_init (&iter, ours->skipped_sources);
      while (g_hash_table_iter_next (&iter, &code, NULL))
        g_hash_table_add (theirs->skipped_sources, g_strdup (code));
      g_hash_table_iter_init (&iter, editions);
      while (g_hash_table_iter_next (&iter, &code, NULL))
        if (g_str_has_prefix (code, ours->indicator) && ((const char *)code)[strlen (ours->indicator)] == '\x1f')
          g_hash_table_add (theirs->skipped_sources, g_strdup ((const char *)code + strlen (ours->indicator) + 1));
    }
  return copy;
}

void
kb_dataset_add (KbDataset *self,
                KbSeries  *series)
{
  g_return_if_fail (KB_IS_DATASET (self));
  g_return_if_fail (KB_IS_SERIES (series));

  g_ptr_array_add (self->series, g_object_ref (series));
  drop_index (self);
  g_list_model_items_changed (G_LIST_MODEL (self), self->series->len - 1, 0, 1);
}

/* Adds every series of @series (KbSeries) with one change notification. */
void
kb_dataset_add_many (KbDataset *self,
                     GPtrArray *series)
{
  guint before;

  g_return_if_fail (KB_IS_DATASET (self));

  before = self->series->len;
  for (guint i = 0; i < series->len; i++)
    g_ptr_array_add (self->series, g_object_ref (g_ptr_array_index (series, i)));
  drop_index (self);
  if (series->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), before, 0, series->len);
}

void
kb_dataset_add_all (KbDataset *self,
                    KbDataset *other)
{
  guint before;

  g_return_if_fail (KB_IS_DATASET (self));
  g_return_if_fail (KB_IS_DATASET (other));

  before = self->series->len;
  for (guint i = 0; i < other->series->len; i++)
    g_ptr_array_add (self->series, g_object_ref (g_ptr_array_index (other->series, i)));
  drop_index (self);
  if (other->series->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), before, 0, other->series->len);
}

KbSeries *
kb_dataset_lookup (KbDataset  *self,
                   const char *region_code,
                   const char *indicator,
                   const char *sector,
                   int         vintage)
{
  GPtrArray *list;

  g_return_val_if_fail (KB_IS_DATASET (self), NULL);

  list = region_series_of (self, region_code, indicator);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      KbSeries *s = g_ptr_array_index (list, i);

      if (g_strcmp0 (kb_series_get_indicator (s), indicator) == 0 &&
          g_strcmp0 (kb_series_get_sector (s), sector) == 0 &&
          kb_series_get_vintage (s) == vintage)
        return s;
    }

  return NULL;
}

/* Returns the region code of the region named or numbered @code_or_name
 * ("0580", "580", "Linköping", "linkoping"), or NULL when the dataset
 * holds no such region. Sweden's regions are found through the built-in
 * table; others by their name as the file wrote it. */
char *
kb_dataset_find_region (KbDataset  *self,
                        const char *code_or_name)
{
  const KbRegion *region;
  g_autofree char *folded = NULL;

  g_return_val_if_fail (KB_IS_DATASET (self), NULL);
  g_return_val_if_fail (code_or_name != NULL, NULL);

  region = kb_region_find (code_or_name);
  if (region != NULL)
    return kb_dataset_get_region_name (self, region->code) ? g_strdup (region->code) : NULL;

  folded = kb_region_fold_name (code_or_name);
  for (guint i = 0; i < self->series->len; i++)
    {
      KbSeries *s = g_ptr_array_index (self->series, i);
      g_autofree char *name = kb_region_fold_name (kb_series_get_region_name (s));

      if (g_strcmp0 (name, folded) == 0)
        return g_strdup (kb_series_get_region_code (s));
    }

  return NULL;
}

const char *
kb_dataset_get_region_name (KbDataset  *self,
                            const char *region_code)
{
  GPtrArray *list;

  g_return_val_if_fail (KB_IS_DATASET (self), NULL);

  list = region_series (self, region_code);
  return list != NULL ? kb_series_get_region_name (g_ptr_array_index (list, 0)) : NULL;
}

char *
kb_dataset_get_first_region (KbDataset *self)
{
  g_return_val_if_fail (KB_IS_DATASET (self), NULL);

  if (self->series->len == 0)
    return NULL;
  return g_strdup (kb_series_get_region_code (g_ptr_array_index (self->series, 0)));
}

/* The newest release holding @indicator for the region, or 0 for none. */
int
kb_dataset_get_latest_vintage (KbDataset  *self,
                               const char *region_code,
                               const char *indicator)
{
  GPtrArray *list;
  int latest = 0;

  g_return_val_if_fail (KB_IS_DATASET (self), 0);

  list = region_series_of (self, region_code, indicator);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      KbSeries *s = g_ptr_array_index (list, i);

      if (g_strcmp0 (kb_series_get_indicator (s), indicator) == 0)
        latest = MAX (latest, kb_series_get_vintage (s));
    }

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
  GPtrArray *list;

  g_return_val_if_fail (KB_IS_DATASET (self), vintages);

  list = region_series_of (self, region_code, indicator);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      KbSeries *s = g_ptr_array_index (list, i);
      int vintage = kb_series_get_vintage (s);
      gboolean seen = FALSE;

      if (g_strcmp0 (kb_series_get_indicator (s), indicator) != 0)
        continue;
      for (guint j = 0; j < vintages->len && !seen; j++)
        seen = g_array_index (vintages, int, j) == vintage;
      if (!seen)
        g_array_append_val (vintages, vintage);
    }
  g_array_sort (vintages, compare_ints);
  return vintages;
}

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
  GPtrArray *list = region_series_of (self, region_code, indicator);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      KbSeries *s = g_ptr_array_index (list, i);

      if (g_strcmp0 (kb_series_get_indicator (s), indicator) == 0 &&
          kb_series_get_vintage (s) == vintage &&
          (kb_series_get_sector (s)[0] != '\0') == sector &&
          (kb_series_get_subsector (s)[0] != '\0') == subsector)
        g_ptr_array_add (found, g_object_ref (s));
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
KbSeries *
kb_dataset_compute_total (KbDataset  *self,
                          const char *region_code,
                          const char *indicator,
                          int         vintage)
{
  g_autoptr(GPtrArray) sectors = NULL;
  g_autoptr(GHashTable) sums = NULL;
  g_autoptr(GList) years = NULL;
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

  sums = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  for (guint i = 0; i < sectors->len; i++)
    {
      KbSeries *s = g_ptr_array_index (sectors, i);

      for (guint j = 0; j < kb_series_get_n_years (s); j++)
        {
          int year = kb_series_get_year (s, j);
          double *sum = g_hash_table_lookup (sums, GINT_TO_POINTER (year));
          double v;

          if (sum == NULL)
            {
              sum = g_new0 (double, 1);
              g_hash_table_insert (sums, GINT_TO_POINTER (year), sum);
            }
          if (kb_series_get_value_at (s, j, &v))
            *sum += v;
          else
            *sum = NAN;
        }
    }

  years = g_hash_table_get_keys (sums);
  for (const GList *l = years; l != NULL; l = l->next)
    {
      int year = GPOINTER_TO_INT (l->data);
      double sum = *(double *)g_hash_table_lookup (sums, l->data);

      for (guint i = 0; i < sectors->len && !isnan (sum); i++)
        if (!kb_series_has_year (g_ptr_array_index (sectors, i), year))
          sum = NAN;
      if (isnan (sum))
        kb_series_set_missing (total, year);
      else
        kb_series_set_value (total, year, sum);
    }

  return total;
}

/* The total over all sectors as the source published it, or, where the
 * source gives only the sectors, computed from them. A published total
 * counts what suppressed cells hide; a computed one could not. */
KbSeries *
kb_dataset_get_total (KbDataset  *self,
                      const char *region_code,
                      const char *indicator,
                      int         vintage)
{
  g_autoptr(GPtrArray) published = NULL;

  g_return_val_if_fail (KB_IS_DATASET (self), NULL);

  published = select_breakdown (self, region_code, indicator, vintage, FALSE, FALSE);
  if (published->len > 0)
    return g_object_ref (g_ptr_array_index (published, 0));
  return kb_dataset_compute_total (self, region_code, indicator, vintage);
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

gboolean
kb_dataset_has_indicator (KbDataset  *self,
                          const char *region_code,
                          const char *indicator)
{
  GPtrArray *list;

  g_return_val_if_fail (KB_IS_DATASET (self), FALSE);

  list = region_series_of (self, region_code, indicator);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      KbSeries *s = g_ptr_array_index (list, i);

      if (g_strcmp0 (kb_series_get_indicator (s), indicator) == 0)
        return TRUE;
    }
  return FALSE;
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **)a, *(const char **)b);
}

/* The codes of the regions in the dataset, each once, in code order. */
GPtrArray *
kb_dataset_list_regions (KbDataset *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *codes = g_ptr_array_new ();

  g_return_val_if_fail (KB_IS_DATASET (self), codes);

  for (guint i = 0; i < self->series->len; i++)
    {
      const char *code = kb_series_get_region_code (g_ptr_array_index (self->series, i));

      if (g_hash_table_add (seen, (gpointer)code))
        g_ptr_array_add (codes, (gpointer)code);
    }
  g_ptr_array_sort (codes, compare_codes);
  return codes;
}

static char *
identity_key (KbSeries *s)
{
  /* The labels' texts, apart by a byte no label holds. */
  return g_strdup_printf ("%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%d",
                          kb_series_get_region_code (s), kb_series_get_region_name (s),
                          kb_series_get_indicator (s), kb_series_get_sector (s),
                          kb_series_get_subsector (s), kb_series_get_unit (s),
                          kb_series_get_source (s), kb_series_get_vintage (s));
}

/* Adds the series of @other; a series this dataset has already (the same
 * quantity, place and release, e.g. one SCB table split over three files)
 * gains the other's years. Two different values for one year are an
 * error, and then nothing is changed. */
gboolean
kb_dataset_merge (KbDataset  *self,
                  KbDataset  *other,
                  GError    **error)
{
  g_autoptr(GHashTable) mine = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint before = self->series->len;

  g_return_val_if_fail (KB_IS_DATASET (self), FALSE);
  g_return_val_if_fail (KB_IS_DATASET (other), FALSE);

  for (guint i = 0; i < self->series->len; i++)
    {
      KbSeries *s = g_ptr_array_index (self->series, i);
      g_hash_table_insert (mine, identity_key (s), s);
    }

  /* Check every overlap before changing anything. */
  for (guint i = 0; i < other->series->len; i++)
    {
      KbSeries *theirs = g_ptr_array_index (other->series, i);
      g_autofree char *key = identity_key (theirs);
      KbSeries *ours = g_hash_table_lookup (mine, key);

      for (guint j = 0; ours != NULL && j < kb_series_get_n_years (theirs); j++)
        {
          int year = kb_series_get_year (theirs, j);
          double a = 0, b = 0;
          gboolean has_a, has_b;

          if (!kb_series_has_year (ours, year))
            continue;
          has_a = kb_series_get_value (ours, year, &a);
          has_b = kb_series_get_value_at (theirs, j, &b);
          if (has_a != has_b || a != b)
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                           _("%s, %s, %d differs from the data already loaded"),
                           kb_series_get_region_name (theirs),
                           *kb_series_get_sector (theirs) ? kb_series_get_sector (theirs)
                                                          : kb_series_get_indicator (theirs),
                           year);
              return FALSE;
            }
        }
    }

  for (guint i = 0; i < other->series->len; i++)
    {
      KbSeries *theirs = g_ptr_array_index (other->series, i);
      g_autofree char *key = identity_key (theirs);
      KbSeries *ours = g_hash_table_lookup (mine, key);

      if (ours == NULL)
        {
          g_ptr_array_add (self->series, g_object_ref (theirs));
          drop_index (self);
          g_hash_table_insert (mine, g_steal_pointer (&key), theirs);
          continue;
        }
      for (guint j = 0; j < kb_series_get_n_years (theirs); j++)
        {
          double v;

          if (kb_series_get_value_at (theirs, j, &v))
            kb_series_set_value (ours, kb_series_get_year (theirs, j), v);
          else if (!kb_series_has_year (ours, kb_series_get_year (theirs, j)))
            kb_series_set_missing (ours, kb_series_get_year (theirs, j));
        }
    }

  if (self->series->len > before)
    g_list_model_items_changed (G_LIST_MODEL (self), before, 0, self->series->len - before);
  return TRUE;
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
