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

/* @region_code's cars in @year (0: the latest year of its total). */
gboolean
kb_fleet_get (KbDataset  *dataset,
              const char *region_code,
              int         year,
              KbFleet    *fleet)
{
  g_autoptr(KbSeries) total = kb_dataset_get_total (dataset, region_code, KB_INDICATOR_CARS, 0);
  g_autoptr(GPtrArray) fuels = kb_dataset_get_sectors (dataset, region_code, KB_INDICATOR_CARS, 0);
  const KbRegion *region = kb_region_find (region_code);

  if (total == NULL || (year == 0 && !kb_series_get_latest (total, &year, NULL)))
    return FALSE;
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
  g_autoptr(KbSeries) per_1000 = kb_dataset_get_total (dataset, region_code, KB_INDICATOR_CARS_PER_1000, 0);

  return value_in (per_1000, year);
}
