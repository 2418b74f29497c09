/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "analysis/kb-investment.h"
#include "analysis/kb-mobility.h"
#include "kb-chart-private.h"
#include "kb-compare.h"
#include "kb-labels.h"
#include "model/kb-region.h"

/* What a chart derives from its description: the series it shows (the
 * sectors and total of the shown quantity and release, filtered, cropped,
 * per inhabitant, as releases), and the gap to its target. */

/* Drops what was derived from the description: derived again when next
 * asked for. */
void
_kb_chart_drop_derived (KbChart *self)
{
  self->derived = FALSE;
  self->is_per_capita = FALSE;
  self->gap_derived = FALSE;
  self->have_gap = FALSE;
  g_clear_pointer (&self->stack, _kb_chart_stack_free);
  g_clear_pointer (&self->sectors, g_ptr_array_unref);
  g_clear_pointer (&self->unfiltered, g_ptr_array_unref);
  g_clear_object (&self->total);
  g_clear_pointer (&self->compare_entries, g_array_unref);
  g_clear_pointer (&self->ranking, g_ptr_array_unref);
}

/* All greenhouse gases where the data has them, else carbon dioxide. */
const char *
_kb_chart_emissions_indicator (KbDataset  *dataset,
                               const char *region_code)
{
  if (!kb_dataset_has_indicator (dataset, region_code, KB_INDICATOR_GHG) &&
      kb_dataset_has_indicator (dataset, region_code, KB_INDICATOR_CO2))
    return KB_INDICATOR_CO2;
  return KB_INDICATOR_GHG;
}

/* @series divided by @by, year by year, where both have a value. */
static KbSeries *
divide_series (KbSeries   *series,
               KbSeries   *by,
               const char *unit)
{
  KbSeries *result = kb_series_new (kb_series_get_region_code (series), kb_series_get_region_name (series),
                                    kb_series_get_indicator (series), kb_series_get_sector (series),
                                    kb_series_get_subsector (series), unit,
                                    kb_series_get_source (series), kb_series_get_vintage (series));

  for (guint i = 0; i < kb_series_get_n_years (series); i++)
    {
      int year = kb_series_get_year (series, i);
      double v, d;

      if (kb_series_get_value_at (series, i, &v) && kb_series_get_value (by, year, &d) && d > 0)
        kb_series_set_value (result, year, v / d);
    }
  return result;
}

/* The population of @region_code, or NULL where none is loaded. */
KbSeries *
kb_chart_dup_population (KbChart    *self,
                         const char *region_code)
{
  int vintage;

  if (self->dataset == NULL ||
      !kb_dataset_has_indicator (self->dataset, region_code, KB_INDICATOR_POPULATION))
    return NULL;
  vintage = kb_dataset_get_latest_vintage (self->dataset, region_code, KB_INDICATOR_POPULATION);
  return kb_dataset_get_total (self->dataset, region_code, KB_INDICATOR_POPULATION, vintage);
}

/* The revisions chart: the parts are the total as each release published
 * it, oldest first, each named by its release. */
static void
releases_as_parts (KbChart *self)
{
  g_autoptr(GArray) releases = kb_dataset_list_vintages (self->dataset, self->region_code,
                                                         self->shown_indicator);

  g_ptr_array_set_size (self->sectors, 0);
  for (guint i = 0; i < releases->len; i++)
    {
      int release = g_array_index (releases, int, i);
      g_autoptr(KbSeries) total = kb_dataset_get_total (self->dataset, self->region_code,
                                                        self->shown_indicator, release);
      g_autofree char *label = NULL;
      KbSeries *part;

      if (total == NULL)
        continue;
      label = release != 0 ? g_strdup_printf (_("Published %d"), release) : g_strdup (_("Release not given"));
      part = kb_series_new (self->region_code, kb_series_get_region_name (total),
                            kb_series_get_indicator (total), label, "", kb_series_get_unit (total),
                            kb_series_get_source (total), release);
      for (guint j = 0; j < kb_series_get_n_years (total); j++)
        {
          double v;

          if (kb_series_get_value_at (total, j, &v))
            kb_series_set_value (part, kb_series_get_year (total, j), v);
          else
            kb_series_set_missing (part, kb_series_get_year (total, j));
        }
      g_ptr_array_add (self->sectors, part);
    }
}

/* Whether the chart's series are per inhabitant: asked for, and a
 * population loaded to divide by. */
gboolean
kb_chart_is_per_capita (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), FALSE);
  _kb_chart_derive (self);
  return self->is_per_capita;
}

/* The sector series of the newest release, as the source lists them. */
GPtrArray *
kb_chart_get_sectors (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), NULL);
  _kb_chart_derive (self);
  return self->sectors;
}

/* The total over all sectors, or NULL when the region has none. */
KbSeries *
kb_chart_get_total (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), NULL);
  _kb_chart_derive (self);
  return self->total;
}

/* The total's years from @first to @last that the source published no
 * value for, as "2014, 2020" (*@n_years of them); NULL where there are
 * none. A stack leaves them out: the chart and its words name them. */
char *
kb_chart_dup_years_without_total (KbChart *self,
                                  int      first,
                                  int      last,
                                  guint   *n_years)
{
  KbSeries *total;
  GString *years = NULL;

  g_return_val_if_fail (KB_IS_CHART (self), NULL);

  *n_years = 0;
  total = kb_chart_get_total (self);
  for (guint j = 0; total != NULL && j < kb_series_get_n_years (total); j++)
    {
      int year = kb_series_get_year (total, j);

      if (year < first || year > last || kb_series_get_value_at (total, j, NULL))
        continue;
      if (years == NULL)
        years = g_string_new (NULL);
      g_string_append_printf (years, "%s%d", *n_years > 0 ? ", " : "", year);
      (*n_years)++;
    }
  return years != NULL ? g_string_free (years, FALSE) : NULL;
}

/* The figures against the target, or NULL without a target for the region. */
const KbTargetGap *
kb_chart_get_gap (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), NULL);
  _kb_chart_derive_gap (self);
  return self->have_gap ? &self->gap : NULL;
}

/* The release the chart shows. */
int
kb_chart_get_shown_release (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), 0);
  _kb_chart_derive (self);
  return self->shown_release;
}

/* The releases loaded of what the chart shows, oldest first. */
GArray *
kb_chart_list_releases (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), NULL);
  _kb_chart_derive (self);
  if (self->dataset == NULL || self->region_code == NULL)
    return g_array_new (FALSE, FALSE, sizeof (int));
  return kb_dataset_list_vintages (self->dataset, self->region_code, self->shown_indicator);
}

/* The latest population of @code, or 0 where none is loaded. */
static double
latest_population (KbChart    *self,
                   const char *code)
{
  g_autoptr(KbSeries) population = kb_chart_dup_population (self, code);
  double value = 0;

  if (population == NULL || !kb_series_get_latest (population, NULL, &value))
    return 0;
  return value;
}

typedef struct
{
  char   *code;
  double  distance;
} Neighbour;

static int
compare_neighbours (gconstpointer a,
                    gconstpointer b)
{
  double da = ((const Neighbour *)a)->distance, db = ((const Neighbour *)b)->distance;
  return (da > db) - (da < db);
}

/* Keeps in @codes (the municipality first) the municipality and those
 * nearest to it in population, by ratio (Motala's neighbours are towns of
 * 40 000, not of 40 000 ± a fixed number). */
void
_kb_chart_keep_similar (KbChart   *self,
                        GPtrArray *codes)
{
  double own = latest_population (self, g_ptr_array_index (codes, 0));
  g_autoptr(GArray) neighbours = g_array_new (FALSE, FALSE, sizeof (Neighbour));

  if (own <= 0)
    {
      g_ptr_array_set_size (codes, 1);
      return;
    }
  for (guint i = 1; i < codes->len; i++)
    {
      double people = latest_population (self, g_ptr_array_index (codes, i));
      Neighbour n = { g_ptr_array_index (codes, i), fabs (log (people / own)) };

      if (people > 0)
        g_array_append_val (neighbours, n);
    }
  g_array_sort (neighbours, compare_neighbours);
  {
    g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_free);

    g_ptr_array_add (kept, g_strdup (g_ptr_array_index (codes, 0)));
    for (guint i = 0; i < neighbours->len && kept->len < KB_COMPARE_SIMILAR_COUNT; i++)
      g_ptr_array_add (kept, g_strdup (g_array_index (neighbours, Neighbour, i).code));
    g_ptr_array_set_size (codes, 0);
    for (guint i = 0; i < kept->len; i++)
      g_ptr_array_add (codes, g_strdup (g_ptr_array_index (kept, i)));
  }
}

/* Only the sectors chosen, matched by the start of their name as the
 * source writes it or as the chart shows it, in its language ("Småhus" is
 * SCB's "slutanv. småhus"; not both languages: "In" would be Industri and
 * International transport), without regard to case; a comparison of one
 * sector compares that sector, not the total. */
static void
filter_sectors (KbChart *self)
{
  GPtrArray *kept = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->sectors->len; i++)
    {
      KbSeries *sector = g_ptr_array_index (self->sectors, i);
      g_autofree char *name = g_utf8_casefold (kb_series_get_sector (sector), -1);
      g_autofree char *shown = g_utf8_casefold (kb_series_display (sector, kb_chart_get_language (self)), -1);

      for (guint j = 0; self->sector_filter[j] != NULL; j++)
        {
          g_autofree char *wanted = g_utf8_casefold (self->sector_filter[j], -1);

          if (*wanted != '\0' && (g_str_has_prefix (name, wanted) || g_str_has_prefix (shown, wanted)))
            {
              g_ptr_array_add (kept, g_object_ref (sector));
              break;
            }
        }
    }
  /* Shares stay of every sector (kb_chart_get_year_parts ()). */
  self->unfiltered = self->sectors;
  self->sectors = kept;
}

/* @series within @from–@to (0: open), a copy. */
static KbSeries *
crop_series (KbSeries *series,
             int       from,
             int       to)
{
  KbSeries *cropped = kb_series_new (kb_series_get_region_code (series), kb_series_get_region_name (series),
                                     kb_series_get_indicator (series), kb_series_get_sector (series),
                                     kb_series_get_subsector (series), kb_series_get_unit (series),
                                     kb_series_get_source (series), kb_series_get_vintage (series));

  for (guint i = 0; i < kb_series_get_n_years (series); i++)
    {
      int year = kb_series_get_year (series, i);
      double v;

      if ((from != 0 && year < from) || (to != 0 && year > to))
        continue;
      if (kb_series_get_value_at (series, i, &v))
        kb_series_set_value (cropped, year, v);
      else
        kb_series_set_missing (cropped, year);
    }
  return cropped;
}

/* A trend over the chosen years only. */
static void
crop_to_range (KbChart *self)
{
  KbSeries *total = crop_series (self->total, self->from_year, self->to_year);

  for (guint i = 0; i < self->sectors->len; i++)
    {
      KbSeries *sector = g_ptr_array_index (self->sectors, i);
      g_ptr_array_index (self->sectors, i) = crop_series (sector, self->from_year, self->to_year);
      g_object_unref (sector);
    }
  g_object_unref (self->total);
  self->total = total;
}

/* Per-capita values come from each total and the population, never from
 * summing or averaging ratios. Without a population, nothing changes. */
/* Each of *@series divided by @population, in place of them. */
static void
divide_all (GPtrArray  **series,
            KbSeries    *population,
            const char  *unit)
{
  GPtrArray *divided = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < (*series)->len; i++)
    g_ptr_array_add (divided, divide_series (g_ptr_array_index (*series, i), population, unit));
  g_ptr_array_unref (*series);
  *series = divided;
}

static void
per_capita (KbChart *self)
{
  g_autoptr(KbSeries) population = kb_chart_dup_population (self, self->region_code);
  g_autofree char *unit = NULL;
  KbSeries *total;

  if (population == NULL || self->total == NULL)
    return;

  unit = g_strdup_printf ("%s/inv.", kb_series_get_unit (self->total));
  total = divide_series (self->total, population, unit);
  g_object_unref (self->total);
  self->total = total;

  divide_all (&self->sectors, population, unit);
  if (self->unfiltered != NULL)
    divide_all (&self->unfiltered, population, unit);
  self->is_per_capita = TRUE;
}

/* Derives the sectors, total and the rest from the description, once
 * after each change of what they depend on (drop_derived_of ()). */
void
_kb_chart_derive (KbChart *self)
{
  int vintage;

  if (self->derived)
    return;
  self->derived = TRUE;
  self->shown_indicator = self->indicator ? self->indicator : KB_INDICATOR_GHG;

  if (self->dataset == NULL || self->region_code == NULL)
    {
      self->sectors = g_ptr_array_new ();
      return;
    }

  if (self->indicator == NULL)
    self->shown_indicator = self->kind == KB_CHART_KIND_ENERGY ? KB_INDICATOR_ENERGY
                          : self->kind == KB_CHART_KIND_MODE_SHARE ? KB_INDICATOR_MODE_SHARE
                          : self->kind == KB_CHART_KIND_CAR_FUELS ? KB_INDICATOR_CARS
                          : self->kind == KB_CHART_KIND_CYCLE_NETWORK ? KB_INDICATOR_CYCLE_NETWORK
                          : _kb_chart_emissions_indicator (self->dataset, self->region_code);
  vintage = kb_dataset_get_latest_vintage (self->dataset, self->region_code, self->shown_indicator);
  if (self->release != 0)
    {
      g_autoptr(GArray) releases = kb_dataset_list_vintages (self->dataset, self->region_code,
                                                             self->shown_indicator);

      for (guint i = 0; i < releases->len; i++)
        if (g_array_index (releases, int, i) == self->release)
          vintage = self->release;
    }
  self->shown_release = vintage;
  self->sectors = self->by_fuel
                ? kb_dataset_get_fuels (self->dataset, self->region_code, self->shown_indicator, vintage)
                : kb_dataset_get_sectors (self->dataset, self->region_code, self->shown_indicator, vintage);
  self->total = kb_dataset_get_total (self->dataset, self->region_code,
                                      self->shown_indicator, vintage);

  if (self->kind == KB_CHART_KIND_REVISIONS)
    releases_as_parts (self);
  /* The fleet: its latest edition (an earlier one open beside it is drawn
   * as ticks, not as parts). */
  if (self->kind == KB_CHART_KIND_CAR_FUELS)
    {
      KbFleet fleet;

      g_autoptr(KbSeries) total = NULL;

      if (kb_fleet_get (self->dataset, self->region_code, 0, &fleet) &&
          (total = kb_fleet_dup_total (self->dataset, &fleet)) != NULL)
        {
          g_clear_object (&self->total);
          g_ptr_array_unref (self->sectors);
          self->total = g_steal_pointer (&total);
          self->sectors = kb_fleet_dup_fuels (self->dataset, &fleet);
        }
    }
  if (self->sector_filter != NULL && self->kind != KB_CHART_KIND_REVISIONS)
    filter_sectors (self);
  /* A plan's costs and actors are of tonnes and kronor, never per head. */
  if (self->per_capita && !kb_chart_kind_is_plan_economics (self->kind) && self->kind != KB_CHART_KIND_CAR_FUELS)
    per_capita (self);
  if ((self->kind == KB_CHART_KIND_SECTOR_TREND || self->kind == KB_CHART_KIND_ENERGY) &&
      (self->from_year != 0 || self->to_year != 0) && self->total != NULL)
    crop_to_range (self);
}

/* The gap to the target, once after each change of the derived series,
 * the target or the budget's start. */
void
_kb_chart_derive_gap (KbChart *self)
{
  _kb_chart_derive (self);
  if (self->gap_derived)
    return;
  self->gap_derived = TRUE;
  self->have_gap = FALSE;
  /* Targets are set for one municipality and one quantity. */
  if (self->total != NULL && self->target != NULL &&
      g_strcmp0 (kb_target_get_region_code (self->target), self->region_code) == 0 &&
      g_strcmp0 (kb_target_get_indicator (self->target), self->shown_indicator) == 0)
    self->have_gap = kb_target_gap_compute (self->total, self->target, &self->gap, NULL);
  if (self->have_gap && self->gap.have_trend && self->budget_from_year != 0)
    kb_budget_compute (&self->gap.trend, self->budget_from_year, KB_BUDGET_TO_YEAR, &self->gap.budget);
}

/* The municipality, its county and Sweden: the regions a row each. */
GPtrArray *
kb_car_fuels_regions (KbChart *chart)
{
  GPtrArray *codes = g_ptr_array_new ();
  const KbRegion *region = kb_region_find (kb_chart_get_region_code (chart));

  if (region == NULL)
    return codes;
  g_ptr_array_add (codes, (gpointer)region->code);
  if (region->kind == KB_REGION_MUNICIPALITY && region->county_code != NULL)
    g_ptr_array_add (codes, (gpointer)region->county_code);
  if (region->kind != KB_REGION_COUNTRY)
    g_ptr_array_add (codes, (gpointer)KB_REGION_SWEDEN_CODE);
  return codes;
}

typedef struct
{
  KbSeries *series;
  guint     index;
  gboolean  has_value;
  double    value;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *ra = a, *rb = b;

  if (ra->has_value != rb->has_value)
    return ra->has_value ? -1 : 1;
  if (ra->has_value && ra->value != rb->value)
    return ra->value < rb->value ? 1 : -1;
  return (ra->index > rb->index) - (ra->index < rb->index);
}

/* The sectors by their value in the chart's year, the largest first; those
 * without one (suppressed, or not in the year) last, in their order. The
 * ranking's bars and its numbers share it, sorted once a year shown. */
GPtrArray *
kb_chart_get_ranking (KbChart *self)
{
  GPtrArray *sectors;
  g_autoptr(GArray) ranked = NULL;
  int year;

  g_return_val_if_fail (KB_IS_CHART (self), NULL);

  year = kb_chart_get_year (self);
  if (self->ranking != NULL && self->ranking_year == year)
    return self->ranking;
  g_clear_pointer (&self->ranking, g_ptr_array_unref);
  sectors = kb_chart_get_sectors (self);
  ranked = g_array_sized_new (FALSE, FALSE, sizeof (Ranked), sectors != NULL ? sectors->len : 0);
  for (guint i = 0; sectors != NULL && i < sectors->len; i++)
    {
      Ranked r = { g_ptr_array_index (sectors, i), i, FALSE, 0 };

      r.has_value = kb_series_get_value (r.series, year, &r.value);
      g_array_append_val (ranked, r);
    }
  g_array_sort (ranked, compare_ranked);
  self->ranking = g_ptr_array_sized_new (ranked->len);
  for (guint i = 0; i < ranked->len; i++)
    g_ptr_array_add (self->ranking, g_array_index (ranked, Ranked, i).series);
  self->ranking_year = year;
  return self->ranking;
}
