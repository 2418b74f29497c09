/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-compare"

#include "config.h"

#include <math.h>

#include "analysis/kb-mobility.h"
#include "kb-chart-private.h"
#include "kb-compare.h"

/* The municipalities a comparison sets side by side and their values in
 * the chart's year, largest first: the chart draws them, the words under
 * it name the rank. */

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  double va = ((const KbCompareEntry *)a)->value, vb = ((const KbCompareEntry *)b)->value;
  return (va < vb) - (va > vb);
}

/* The population of @population in @year, or in the latest year before it
 * (a population is published sooner than emissions, but a file may end
 * earlier): the year used goes to @used_year. */
static gboolean
population_for (KbSeries *population,
                int       year,
                double   *value,
                int      *used_year)
{
  for (guint i = kb_series_get_n_years (population); i > 0; i--)
    if (kb_series_get_year (population, i - 1) <= year &&
        kb_series_get_value_at (population, i - 1, value) && *value > 0)
      {
        *used_year = kb_series_get_year (population, i - 1);
        return TRUE;
      }
  return FALSE;
}

/* The year a comparison is of: the chart's, or for the fleet its one
 * year, and for the cycle network per inhabitant the latest with a
 * population, as the chart's own municipality has them. */
int
kb_compare_year (KbChart *chart)
{
  KbDataset *dataset = kb_chart_get_dataset (chart);
  const char *code = kb_chart_get_region_code (chart);
  g_autoptr(KbSeries) network = NULL;
  KbFleet fleet;
  int year, population_year;
  double population;

  switch (kb_chart_get_compare_measure (chart))
    {
    case KB_COMPARE_ELECTRIC_SHARE:
      return dataset != NULL && kb_fleet_get (dataset, code, 0, &fleet) ? fleet.year : 0;
    case KB_COMPARE_CYCLE_PER_CAPITA:
      if (dataset == NULL)
        return 0;
      network = kb_dataset_get_total (dataset, code, KB_INDICATOR_CYCLE_NETWORK, 0);
      if (network == NULL || !kb_series_get_latest (network, &year, NULL) ||
          !kb_population_near (dataset, code, year, &population_year, &population))
        return 0;
      return population_year;
    default:
      return kb_chart_get_year (chart);
    }
}

/* A region's fleet or cycle network, as @measure ranks it, in @year. */
static gboolean
mobility_value (KbDataset        *dataset,
                const char       *code,
                KbCompareMeasure  measure,
                int               year,
                KbCompareEntry   *e)
{
  if (measure == KB_COMPARE_ELECTRIC_SHARE)
    {
      KbFleet fleet;

      if (!kb_fleet_get (dataset, code, year, &fleet))
        return FALSE;
      e->total = fleet.electric;
      e->value = kb_fleet_share (fleet.electric, fleet.total);
      return !isnan (e->value);
    }
  else
    {
      g_autoptr(KbSeries) network = kb_dataset_get_total (dataset, code, KB_INDICATOR_CYCLE_NETWORK, 0);
      g_autoptr(KbSeries) people = kb_dataset_get_total (dataset, code, KB_INDICATOR_POPULATION, 0);

      if (network == NULL || people == NULL || !kb_series_get_value (network, year, &e->total) ||
          !kb_series_get_value (people, year, &e->population) || !(e->population > 0))
        return FALSE;
      e->population_year = year;
      e->value = e->total / e->population;
      return TRUE;
    }
}

/* KbCompareEntry for each region of kb_chart_get_compare_regions() with a
 * value in the chart's year: its total, or the sector shown alone, per
 * inhabitant or as the change since 1990 where the chart says. */
static GArray *
rank_entries (KbChart *chart)
{
  KbDataset *dataset = kb_chart_get_dataset (chart);
  const char *indicator = kb_chart_get_indicator (chart);
  int year = kb_chart_get_year (chart);
  GPtrArray *sectors = kb_chart_get_sectors (chart);
  /* One sector chosen: that sector is compared, not the total. */
  const char *sector = kb_chart_get_sector_filter (chart) != NULL && sectors->len == 1
                     ? kb_series_get_sector (g_ptr_array_index (sectors, 0)) : NULL;
  g_autoptr(GPtrArray) codes = kb_chart_get_compare_regions (chart);
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (KbCompareEntry));

  if (kb_chart_get_compare_measure (chart) == KB_COMPARE_ELECTRIC_SHARE ||
      kb_chart_get_compare_measure (chart) == KB_COMPARE_CYCLE_PER_CAPITA)
    {
      int mobility_year = kb_compare_year (chart);

      for (guint i = 0; dataset != NULL && mobility_year != 0 && i < codes->len; i++)
        {
          const char *code = g_ptr_array_index (codes, i);
          KbCompareEntry e = { g_intern_string (code), kb_dataset_get_region_name (dataset, code), 0 };

          if (mobility_value (dataset, code, kb_chart_get_compare_measure (chart), mobility_year, &e))
            g_array_append_val (entries, e);
        }
      g_array_sort (entries, compare_entries);
      return entries;
    }

  for (guint i = 0; dataset != NULL && i < codes->len; i++)
    {
      const char *code = g_ptr_array_index (codes, i);
      int vintage = kb_dataset_get_latest_vintage (dataset, code, indicator);
      g_autoptr(KbSeries) total = NULL;
      g_autoptr(KbSeries) population = NULL;
      KbCompareEntry e = { g_intern_string (code), kb_dataset_get_region_name (dataset, code), 0 };
      double first;

      if (sector != NULL)
        {
          KbSeries *found = kb_dataset_lookup (dataset, code, indicator, sector, vintage);
          total = found ? g_object_ref (found) : NULL;
        }
      else
        total = kb_dataset_get_total (dataset, code, indicator, vintage);

      if (total == NULL || !kb_series_get_value (total, year, &e.total))
        continue;
      e.value = e.total;
      if (kb_chart_get_compare_measure (chart) == KB_COMPARE_CHANGE)
        {
          /* A change from nothing, or from removals, is no percentage. */
          if (!kb_series_get_value (total, KB_COMPARE_CHANGE_FROM, &first) || first <= 0)
            continue;
          e.value = (e.total - first) / first * 100;
        }
      /* Per inhabitant: each municipality's total over its population. */
      else if (kb_chart_get_per_capita (chart))
        {
          population = kb_chart_dup_population (chart, code);
          if (population == NULL || !population_for (population, year, &e.population, &e.population_year))
            continue;
          e.value /= e.population;
        }
      g_array_append_val (entries, e);
    }
  g_array_sort (entries, compare_entries);
  return entries;
}

/* The ranked entries (rank_entries ()), computed once after each change of
 * the chart and shared by its bars, subtitle, words and numbers: a
 * reference, to be read and not changed. */
GArray *
kb_compare_entries (KbChart *chart)
{
  g_return_val_if_fail (KB_IS_CHART (chart), NULL);

  if (chart->compare_entries == NULL)
    chart->compare_entries = rank_entries (chart);
  return g_array_ref (chart->compare_entries);
}

/* Whom and what a comparison ranks, by the words the command line, the
 * window's actions and dashboards use for them. */
static const char * const scope_ids[] = {
  [KB_COMPARE_COUNTY] = "county", [KB_COMPARE_SIMILAR] = "similar", [KB_COMPARE_ALL] = "all",
};

static const char * const measure_ids[] = {
  [KB_COMPARE_TOTAL] = "total", [KB_COMPARE_PER_CAPITA] = "per-capita", [KB_COMPARE_CHANGE] = "change",
  [KB_COMPARE_ELECTRIC_SHARE] = "electric-share", [KB_COMPARE_CYCLE_PER_CAPITA] = "cycle-network",
};

/* @id's place in @ids, or FALSE. */
static gboolean
find_id (const char * const *ids,
         guint               n,
         const char         *id,
         guint              *index)
{
  for (guint i = 0; id != NULL && i < n; i++)
    if (g_strcmp0 (ids[i], id) == 0)
      {
        *index = i;
        return TRUE;
      }
  return FALSE;
}

gboolean
kb_compare_scope_from_id (const char     *id,
                          KbCompareScope *scope)
{
  guint i;

  if (!find_id (scope_ids, G_N_ELEMENTS (scope_ids), id, &i))
    return FALSE;
  *scope = (KbCompareScope)i;
  return TRUE;
}

const char *
kb_compare_scope_to_id (KbCompareScope scope)
{
  g_return_val_if_fail ((guint)scope < G_N_ELEMENTS (scope_ids), "county");
  return scope_ids[scope];
}

gboolean
kb_compare_measure_from_id (const char       *id,
                            KbCompareMeasure *measure)
{
  guint i;

  if (!find_id (measure_ids, G_N_ELEMENTS (measure_ids), id, &i))
    return FALSE;
  *measure = (KbCompareMeasure)i;
  return TRUE;
}

const char *
kb_compare_measure_to_id (KbCompareMeasure measure)
{
  g_return_val_if_fail ((guint)measure < G_N_ELEMENTS (measure_ids), "per-capita");
  return measure_ids[measure];
}
