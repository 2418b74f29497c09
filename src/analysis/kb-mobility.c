/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-mobility"

#include "config.h"

#include <math.h>

#include "kb-mobility.h"
#include "model/kb-region.h"

/* The fleet's figures a region's mobility is told by: shares of the cars
 * in use, per inhabitant. A figure the source does not publish stays
 * NAN, never 0. */

static double
value_in (KbSeries *series,
          int       year)
{
  double v;

  return series != NULL && kb_series_get_value (series, year, &v) ? v : NAN;
}

/* The series of @indicator (totals and parts) of @source, or of every
 * source where NULL. */
static GPtrArray *
series_of (KbDataset  *dataset,
           const char *region_code,
           const char *indicator,
           const char *source)
{
  g_autoptr(GPtrArray) totals = kb_dataset_get_totals (dataset, region_code, indicator, 0);
  g_autoptr(GPtrArray) parts = kb_dataset_get_sectors (dataset, region_code, indicator, 0);
  GPtrArray *all = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < totals->len + parts->len; i++)
    {
      KbSeries *s = i < totals->len ? g_ptr_array_index (totals, i) : g_ptr_array_index (parts, i - totals->len);

      if (source == NULL || g_strcmp0 (kb_series_get_source (s), source) == 0)
        g_ptr_array_add (all, g_object_ref (s));
    }
  return all;
}

/* The edition (the source) of @indicator that counts @year, or (@year 0)
 * the one of the latest year before @before (0: any), and in @chosen that
 * year. Each of Trafikanalys's yearly editions is a source of its own;
 * where two count one year, a file the user opened goes before the
 * built-in data, then the first opened. NULL where none does. */
static const char *
edition_of (KbDataset  *dataset,
            const char *region_code,
            const char *indicator,
            int         year,
            int         before,
            int        *chosen)
{
  g_autoptr(GPtrArray) all = series_of (dataset, region_code, indicator, NULL);
  const char *best = NULL;
  gboolean best_builtin = TRUE;
  int best_year = 0;

  for (guint i = 0; i < all->len; i++)
    {
      KbSeries *s = g_ptr_array_index (all, i);
      gboolean builtin = kb_dataset_is_embedded (dataset, s);

      for (guint j = 0; j < kb_series_get_n_years (s); j++)
        {
          int y = kb_series_get_year (s, j);
          gboolean wanted = year != 0 ? y == year : before == 0 || y < before;

          if (wanted && (y > best_year || (y == best_year && best_builtin && !builtin)))
            best = kb_series_get_source (s), best_year = y, best_builtin = builtin;
        }
    }
  *chosen = best_year;
  return best ? g_intern_string (best) : NULL;
}

/* The cars of @source's edition in @year: its published total, or where
 * it publishes none the sum of its fuels (unknown where one is). */
static void
fleet_of (KbDataset  *dataset,
          const char *region_code,
          const char *source,
          int         year,
          KbFleet    *fleet)
{
  g_autoptr(KbSeries) total = kb_fleet_dup_total (dataset, &(KbFleet) { .region_code = region_code, .source = source });
  g_autoptr(GPtrArray) fuels = kb_fleet_dup_fuels (dataset, &(KbFleet) { .region_code = region_code, .source = source });
  const KbRegion *region = kb_region_find (region_code);
  double sum = fuels->len > 0 ? 0 : NAN;

  *fleet = (KbFleet) {
    region ? region->code : g_intern_string (region_code),
    region ? region->name : g_intern_string (kb_dataset_get_region_name (dataset, region_code)), year,
    NAN, NAN, NAN, source,
  };
  for (guint i = 0; i < fuels->len; i++)
    {
      KbSeries *fuel = g_ptr_array_index (fuels, i);

      sum += value_in (fuel, year);
      if (g_str_equal (kb_series_get_sector (fuel), "El"))
        fleet->electric = value_in (fuel, year);
      else if (g_str_equal (kb_series_get_sector (fuel), "Laddhybrider"))
        fleet->plug_in = value_in (fuel, year);
    }
  fleet->total = total != NULL ? value_in (total, year) : sum;
}

/* @region_code's cars in @year (0: the latest year of any edition). */
gboolean
kb_fleet_get (KbDataset  *dataset,
              const char *region_code,
              int         year,
              KbFleet    *fleet)
{
  int chosen;
  const char *source = edition_of (dataset, region_code, KB_INDICATOR_CARS, year, 0, &chosen);

  /* A year no edition counts: not published (NAN), in the latest. */
  if (source == NULL && year != 0)
    source = edition_of (dataset, region_code, KB_INDICATOR_CARS, 0, 0, &chosen), chosen = year;
  if (source == NULL)
    return FALSE;
  fleet_of (dataset, region_code, source, chosen, fleet);
  return TRUE;
}

/* The cars of the latest year before @fleet's that any edition counts:
 * where two editions are open, the change between them. */
gboolean
kb_fleet_get_previous (KbDataset     *dataset,
                       const KbFleet *fleet,
                       KbFleet       *previous)
{
  int chosen;
  const char *source = edition_of (dataset, fleet->region_code, KB_INDICATOR_CARS, 0, fleet->year, &chosen);

  if (source == NULL)
    return FALSE;
  fleet_of (dataset, fleet->region_code, source, chosen, previous);
  return TRUE;
}

/* The published total of @fleet's edition; NULL where it publishes none. */
KbSeries *
kb_fleet_dup_total (KbDataset     *dataset,
                    const KbFleet *fleet)
{
  g_autoptr(GPtrArray) totals = kb_dataset_get_totals (dataset, fleet->region_code, KB_INDICATOR_CARS, 0);

  for (guint i = 0; i < totals->len; i++)
    if (g_strcmp0 (kb_series_get_source (g_ptr_array_index (totals, i)), fleet->source) == 0)
      return g_object_ref (g_ptr_array_index (totals, i));
  return NULL;
}

/* The series by fuel of @fleet's edition, in the table's order. */
GPtrArray *
kb_fleet_dup_fuels (KbDataset     *dataset,
                    const KbFleet *fleet)
{
  g_autoptr(GPtrArray) all = kb_dataset_get_sectors (dataset, fleet->region_code, KB_INDICATOR_CARS, 0);
  GPtrArray *fuels = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < all->len; i++)
    if (g_strcmp0 (kb_series_get_source (g_ptr_array_index (all, i)), fleet->source) == 0)
      g_ptr_array_add (fuels, g_object_ref (g_ptr_array_index (all, i)));
  return fuels;
}

/* @part of @total in %, NAN where either is not known. */
double
kb_fleet_share (double part,
                double total)
{
  return isnan (part) || !(total > 0) ? NAN : part / total * 100;
}

/* The population of @year, or where it is not published yet the latest
 * before it, and which year that is. */
gboolean
kb_population_near (KbDataset  *dataset,
                    const char *region_code,
                    int         year,
                    int        *population_year,
                    double     *population)
{
  g_autoptr(KbSeries) people = kb_dataset_get_total (dataset, region_code, KB_INDICATOR_POPULATION, 0);

  if (people == NULL)
    return FALSE;
  for (int y = year; y >= year - 5; y--)
    if (kb_series_get_value (people, y, population) && *population > 0)
      {
        *population_year = y;
        return TRUE;
      }
  return FALSE;
}

/* Cars in use per 1 000 inhabitants as @fleet's edition publishes them
 * (Trafikanalys counts them with the population of the same year-end);
 * NAN where it does not. */
double
kb_fleet_per_thousand (KbDataset     *dataset,
                       const KbFleet *fleet)
{
  g_autoptr(GPtrArray) per_1000 = series_of (dataset, fleet->region_code, KB_INDICATOR_CARS_PER_1000, fleet->source);

  return per_1000->len > 0 ? value_in (g_ptr_array_index (per_1000, 0), fleet->year) : NAN;
}
