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

/* The edition of @indicator that counts @year (0: the one of the latest
 * year; of two that count it, the later added), or where none does, the
 * edition of the latest year before @before (0: any): each of
 * Trafikanalys's yearly editions is a source of its own. */
static KbSeries *
edition_of (KbDataset  *dataset,
            const char *region_code,
            const char *indicator,
            int         year,
            int         before)
{
  g_autoptr(GPtrArray) totals = kb_dataset_get_totals (dataset, region_code, indicator, 0);
  KbSeries *best = NULL;
  int best_year = 0;

  for (guint i = 0; i < totals->len; i++)
    {
      KbSeries *s = g_ptr_array_index (totals, i);
      int latest;

      if (year != 0 && kb_series_has_year (s, year))
        return g_object_ref (s);
      for (guint j = 0; j < kb_series_get_n_years (s); j++)
        {
          latest = kb_series_get_year (s, j);
          if (year == 0 && (before == 0 || latest < before) && latest >= best_year)
            best = s, best_year = latest;
        }
    }
  return best ? g_object_ref (best) : NULL;
}

static gboolean
fleet_of (KbDataset  *dataset,
          KbSeries   *total,
          int         year,
          KbFleet    *fleet)
{
  const char *region_code = kb_series_get_region_code (total);
  g_autoptr(GPtrArray) fuels = kb_fleet_dup_fuels (dataset, &(KbFleet) { .region_code = region_code,
                                                                         .source = kb_series_get_source (total) });
  const KbRegion *region = kb_region_find (region_code);

  if (year == 0)
    {
      for (guint j = 0; j < kb_series_get_n_years (total); j++)
        year = MAX (year, kb_series_get_year (total, j));
    }
  *fleet = (KbFleet) {
    region ? region->code : g_intern_string (region_code),
    region ? region->name : g_intern_string (kb_series_get_region_name (total)), year,
    value_in (total, year), NAN, NAN, g_intern_string (kb_series_get_source (total)),
  };
  for (guint i = 0; i < fuels->len; i++)
    {
      KbSeries *fuel = g_ptr_array_index (fuels, i);

      if (g_str_equal (kb_series_get_sector (fuel), "El"))
        fleet->electric = value_in (fuel, year);
      else if (g_str_equal (kb_series_get_sector (fuel), "Laddhybrider"))
        fleet->plug_in = value_in (fuel, year);
    }
  return TRUE;
}

/* @region_code's cars in @year (0: the latest year of any edition). */
gboolean
kb_fleet_get (KbDataset  *dataset,
              const char *region_code,
              int         year,
              KbFleet    *fleet)
{
  g_autoptr(KbSeries) total = edition_of (dataset, region_code, KB_INDICATOR_CARS, year, 0);

  /* A year no edition counts: not published (NAN), in the latest. */
  if (total == NULL && year != 0)
    total = edition_of (dataset, region_code, KB_INDICATOR_CARS, 0, 0);
  return total != NULL && fleet_of (dataset, total, year, fleet);
}

/* The cars of the latest year before @fleet's that an edition counts:
 * where two editions are open, the change between them. */
gboolean
kb_fleet_get_previous (KbDataset     *dataset,
                       const KbFleet *fleet,
                       KbFleet       *previous)
{
  g_autoptr(KbSeries) total = edition_of (dataset, fleet->region_code, KB_INDICATOR_CARS, 0, fleet->year);

  return total != NULL && fleet_of (dataset, total, 0, previous);
}

/* The total of @fleet's edition. */
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

/* Cars in use per 1 000 inhabitants in @year as Trafikanalys publishes
 * them (counted with the population of the same year-end); NAN where it
 * does not. */
double
kb_fleet_per_thousand (KbDataset  *dataset,
                       const char *region_code,
                       int         year)
{
  g_autoptr(KbSeries) per_1000 = edition_of (dataset, region_code, KB_INDICATOR_CARS_PER_1000, year, 0);

  return value_in (per_1000, year);
}
