/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-dataset"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kb-dataset-private.h"

/* A user's files beside the built-in data, and files merged: whole
 * tables are shared where nothing of them meets what is there already;
 * series are made only of rows that do. */

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

/* "@a\x1f@b": two labels as one key, apart by a byte no label holds. */
static char *
pair_key (const char *a,
          const char *b)
{
  return g_strconcat (a, "\x1f", b, NULL);
}

/* "indicator\x1fsource": the edition @item is of. */
static char *
item_edition (KbDataset     *dataset,
              KbDatasetItem  item)
{
  return pair_key (_kb_dataset_item_label (dataset, item, KB_LABEL_INDICATOR),
                   _kb_dataset_item_label (dataset, item, KB_LABEL_SOURCE));
}

/* "indicator\x1fsource" of each item of @dataset in editions, or that
 * extends the built-in. */
static GHashTable *
list_editions (KbDataset *dataset)
{
  GHashTable *editions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint p = 0; dataset != NULL && p < dataset->parts->len; p++)
    for (guint row = 0; row < _kb_dataset_part (dataset, p)->n_items; row++)
      {
        KbDatasetItem item = { p, row };
        const char *indicator = _kb_dataset_item_label (dataset, item, KB_LABEL_INDICATOR);

        if (comes_in_editions (indicator) || extends_builtin (indicator))
          g_hash_table_add (editions, item_edition (dataset, item));
      }
  return editions;
}

/* @series without the years @incoming has of the same series (a new
 * series; @series itself where @incoming has none of them). */
static KbSeries *
without_years_of (KbSeries  *series,
                  KbDataset *incoming)
{
  GArray *theirs_in_region = _kb_dataset_region_items (incoming, kb_series_get_region_code (series), NULL);
  KbSeries *theirs = NULL;
  KbSeries *kept;

  for (guint i = 0; theirs_in_region != NULL && i < theirs_in_region->len && theirs == NULL; i++)
    {
      KbSeries *s = _kb_dataset_item_series (incoming, g_array_index (theirs_in_region, KbDatasetItem, i));

      if (kb_series_same_identity (s, series))
        theirs = s;
    }
  if (theirs == NULL)
    return g_object_ref (series);
  kept = kb_series_new (kb_series_get_region_code (series), kb_series_get_region_name (series),
                        kb_series_get_indicator (series), kb_series_get_sector (series),
                        kb_series_get_subsector (series), kb_series_get_unit (series),
                        kb_series_get_source (series),
                        kb_series_get_vintage_inferred (series) ? 0 : kb_series_get_vintage (series));
  if (kb_series_get_vintage_inferred (series))
    kb_series_set_inferred_vintage (kept, kb_series_get_vintage (series));
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

typedef struct
{
  const char * const *indicators;
  GHashTable         *editions;
} Incoming;

/* Whether the built-in @item of @self stays beside @incoming's. */
static gboolean
builtin_stays (KbDataset     *self,
               KbDatasetItem  item,
               Incoming      *incoming)
{
  const char *indicator = _kb_dataset_item_label (self, item, KB_LABEL_INDICATOR);
  g_autofree char *edition = NULL;

  if (!comes_in_editions (indicator))
    return !replaced (incoming->indicators, indicator);
  edition = item_edition (self, item);
  return !g_hash_table_contains (incoming->editions, edition);
}

/* Whether the built-in @item gains @incoming's years in place of its own. */
static gboolean
builtin_extended (KbDataset     *self,
                  KbDatasetItem  item,
                  Incoming      *incoming)
{
  const char *indicator = _kb_dataset_item_label (self, item, KB_LABEL_INDICATOR);
  g_autofree char *edition = NULL;

  if (!extends_builtin (indicator))
    return FALSE;
  edition = item_edition (self, item);
  return g_hash_table_contains (incoming->editions, edition);
}

static gboolean
keep_loader (const char *indicator,
             gpointer    data)
{
  Incoming *incoming = data;

  return comes_in_editions (indicator) || !replaced (incoming->indicators, indicator);
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
  Incoming in;
  KbDataset *copy;

  g_return_val_if_fail (KB_IS_DATASET (self), NULL);

  indicators = incoming != NULL ? kb_dataset_list_indicators (incoming) : g_ptr_array_new ();
  g_ptr_array_add (indicators, NULL);
  editions = list_editions (incoming);
  in = (Incoming) { (const char * const *)indicators->pdata, editions };
  copy = kb_dataset_new ();
  for (guint p = 0; p < self->parts->len; p++)
    {
      KbDatasetPart *part = _kb_dataset_part (self, p);
      guint n_staying = 0;

      for (guint row = 0; row < part->n_items; row++)
        {
          KbDatasetItem item = { p, row };

          n_staying += !part->embedded || (builtin_stays (self, item, &in) && !builtin_extended (self, item, &in));
        }
      if (n_staying == part->n_items)
        {
          /* All of it stays: shared, not copied. */
          _kb_dataset_share_part (copy, part, part->embedded);
          continue;
        }
      for (guint row = 0; row < part->n_items; row++)
        {
          KbDatasetItem item = { p, row };
          g_autoptr(KbSeries) kept = NULL;

          if (builtin_extended (self, item, &in))
            kept = without_years_of (_kb_dataset_item_series (self, item), incoming);
          else if (builtin_stays (self, item, &in))
            kept = g_object_ref (_kb_dataset_item_series (self, item));
          if (kept != NULL)
            _kb_dataset_add_part (copy, NULL, &kept, 1, TRUE);
        }
    }
  /* Loaders: an edition the user opened is theirs, not loaded as built-in. */
  _kb_dataset_copy_loaders (self, copy, keep_loader, &in, editions);
  return copy;
}

/* "source\x1frelease" of @item: two series of different ones never meet. */
static char *
release_key (KbDataset     *dataset,
             KbDatasetItem  item)
{
  return g_strdup_printf ("%s\x1f%d", _kb_dataset_item_label (dataset, item, KB_LABEL_SOURCE),
                          _kb_dataset_item_vintage (dataset, item));
}

/* The release keys of every item of @dataset. */
static GHashTable *
list_releases (KbDataset *dataset)
{
  GHashTable *releases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint p = 0; p < dataset->parts->len; p++)
    {
      const char *source = NULL;
      int vintage = -1;

      for (guint row = 0; row < _kb_dataset_part (dataset, p)->n_items; row++)
        {
          KbDatasetItem item = { p, row };

          /* A table's rows share a few: each looked at once in a run. */
          if (_kb_dataset_item_label (dataset, item, KB_LABEL_SOURCE) == source &&
              _kb_dataset_item_vintage (dataset, item) == vintage)
            continue;
          source = _kb_dataset_item_label (dataset, item, KB_LABEL_SOURCE);
          vintage = _kb_dataset_item_vintage (dataset, item);
          g_hash_table_add (releases, release_key (dataset, item));
        }
    }
  return releases;
}

/* The last answer of item_of_releases (): a table's rows ask in runs. */
typedef struct
{
  const char *source;
  int         vintage;
  gboolean    answer;
} LastRelease;

static gboolean
item_of_releases (KbDataset     *dataset,
                  KbDatasetItem  item,
                  GHashTable    *releases,
                  LastRelease   *last)
{
  const char *source = _kb_dataset_item_label (dataset, item, KB_LABEL_SOURCE);
  int vintage = _kb_dataset_item_vintage (dataset, item);
  g_autofree char *key = NULL;

  if (source == last->source && vintage == last->vintage)
    return last->answer;
  key = release_key (dataset, item);
  *last = (LastRelease) { source, vintage, g_hash_table_contains (releases, key) };
  return last->answer;
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

/* Whether @theirs and @ours (the same series) disagree on a year both
 * have; sets @error then. */
static gboolean
disagree (KbSeries  *ours,
          KbSeries  *theirs,
          GError   **error)
{
  for (guint j = 0; j < kb_series_get_n_years (theirs); j++)
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
          return TRUE;
        }
    }
  return FALSE;
}

static void
add_years (KbSeries *ours,
           KbSeries *theirs)
{
  for (guint j = 0; j < kb_series_get_n_years (theirs); j++)
    {
      double v;

      if (kb_series_get_value_at (theirs, j, &v))
        kb_series_set_value (ours, kb_series_get_year (theirs, j), v);
      else if (!kb_series_has_year (ours, kb_series_get_year (theirs, j)))
        kb_series_set_missing (ours, kb_series_get_year (theirs, j));
    }
}

/* Adds the series of @other; a series this dataset has already (the same
 * quantity, place and release, e.g. one SCB table split over three files)
 * gains the other's years. Two different values for one year are an
 * error, and then nothing is changed. Only series of a source and release
 * both hold are compared (and made); the rest is added as it is. */
gboolean
kb_dataset_merge (KbDataset  *self,
                  KbDataset  *other,
                  GError    **error)
{
  g_autoptr(GHashTable) mine = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) ours = NULL;
  g_autoptr(GHashTable) theirs = NULL;
  g_autoptr(GPtrArray) met = g_ptr_array_new ();
  g_autoptr(GHashTable) merged = g_hash_table_new (NULL, NULL);
  LastRelease last = { NULL, -1, FALSE };

  g_return_val_if_fail (KB_IS_DATASET (self), FALSE);
  g_return_val_if_fail (KB_IS_DATASET (other), FALSE);

  ours = list_releases (self);
  theirs = list_releases (other);
  for (guint p = 0; p < self->parts->len; p++)
    for (guint row = 0; row < _kb_dataset_part (self, p)->n_items; row++)
      {
        KbDatasetItem item = { p, row };
        KbSeries *s;

        if (!item_of_releases (self, item, theirs, &last))
          continue;
        s = _kb_dataset_item_series (self, item);
        g_hash_table_insert (mine, identity_key (s), g_memdup2 (&item, sizeof item));
      }

  /* Check every overlap before changing anything; @met: their series
   * and our item, in pairs. */
  last = (LastRelease) { NULL, -1, FALSE };
  for (guint p = 0; p < other->parts->len; p++)
    for (guint row = 0; row < _kb_dataset_part (other, p)->n_items; row++)
      {
        KbDatasetItem item = { p, row };
        g_autofree char *key = NULL;
        KbDatasetItem *found;
        KbSeries *s;

        if (!item_of_releases (other, item, ours, &last))
          continue;
        s = _kb_dataset_item_series (other, item);
        key = identity_key (s);
        found = g_hash_table_lookup (mine, key);
        if (found != NULL && disagree (_kb_dataset_item_series (self, *found), s, error))
          return FALSE;
        if (found != NULL)
          {
            g_ptr_array_add (met, s);
            g_ptr_array_add (met, found);
            g_hash_table_add (merged, s);
          }
      }

  /* Ours gain their years in a copy of their own: another dataset (the
   * one this was copied for) may share the series. */
  for (guint i = 0; i < met->len; i += 2)
    add_years (_kb_dataset_own_series (self, *(KbDatasetItem *)g_ptr_array_index (met, i + 1)),
               g_ptr_array_index (met, i));
  if (met->len > 0)
    _kb_dataset_drop_kept (self, NULL);
  last = (LastRelease) { NULL, -1, FALSE };
  for (guint p = 0; p < other->parts->len; p++)
    {
      KbDatasetPart *part = _kb_dataset_part (other, p);
      gboolean whole = TRUE;

      for (guint row = 0; row < part->n_items && whole; row++)
        whole = !item_of_releases (other, (KbDatasetItem) { p, row }, ours, &last);
      if (whole)
        {
          _kb_dataset_share_part (self, part, FALSE);
          continue;
        }
      for (guint row = 0; row < part->n_items; row++)
        {
          KbSeries *s = _kb_dataset_item_series (other, (KbDatasetItem) { p, row });

          if (!g_hash_table_contains (merged, s))
            _kb_dataset_add_part (self, NULL, &s, 1, FALSE);
        }
    }
  return TRUE;
}
