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

/* A chart's words around the drawing: its title, subtitle, value axis
 * unit and source line, in the chart's language. */

char *
kb_chart_dup_title (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), NULL);

  _kb_chart_derive (self);
  switch (self->kind)
    {
    case KB_CHART_KIND_TARGET_GAP:
      if (kb_chart_has_national_target (self))
        return g_strdup (_("Emissions against Sweden’s target"));
      return g_strdup (_("Emissions against the target path"));
    case KB_CHART_KIND_SECTOR_RANKING:
      /* Translators: the sectors ranked in one year */
      return g_strdup_printf (_("Emissions by sector, %d"), kb_chart_get_year (self));
    case KB_CHART_KIND_SECTOR_CHANGE:
      /* Translators: which sectors drove the change between two years */
      return g_strdup_printf (_("What changed emissions, %d–%d"),
                              kb_chart_get_from_year (self), kb_chart_get_year (self));
    case KB_CHART_KIND_MEASURES:
      if (!kb_chart_has_plan (self) && kb_chart_get_extra_cut (self) > 0)
        /* Translators: the what-if cut alone (no measures open) against the gap in a target year */
        return g_strdup_printf (_("An extra cut against the gap, %d"), kb_chart_get_target_year (self));
      /* Translators: what the planned measures do to the gap in a target year */
      return g_strdup_printf (_("Measures against the gap, %d"), kb_chart_get_target_year (self));
    case KB_CHART_KIND_SECTOR_MEASURES:
      return g_strdup_printf (_("Each sector against its share of the target, %d"),
                              kb_chart_get_target_year (self));
    case KB_CHART_KIND_COST_CURVE:
      /* Translators: the marginal abatement cost curve of the plan's measures */
      return g_strdup_printf (_("What a tonne costs: the measures from cheapest, %d"),
                              kb_chart_get_target_year (self));
    case KB_CHART_KIND_INVESTMENT:
      /* Translators: the plan's investments per year, by who makes them */
      return g_strdup (_("The plan’s investments per year, by actor"));
    case KB_CHART_KIND_ACTORS:
      /* Translators: each actor's part of the reductions in a target year */
      return g_strdup_printf (_("Who can close the gap, %d"), kb_chart_get_target_year (self));
    case KB_CHART_KIND_COMPARE:
      if (self->sector_filter != NULL && self->sectors->len == 1)
        /* Translators: a sector's emissions in several municipalities, in one year */
        return g_strdup_printf (_("Emissions from %s compared, %d"),
                                kb_series_display (g_ptr_array_index (self->sectors, 0), self->language),
                                kb_chart_get_year (self));
      if (self->compare_mobility == KB_COMPARE_ELECTRIC_SHARE)
        /* Translators: the electric share of each municipality's cars, compared */
        return g_strdup_printf (_("Electric cars in the fleet compared, %d"), kb_compare_year (self));
      if (self->compare_mobility == KB_COMPARE_CYCLE_PER_CAPITA)
        /* Translators: each municipality's cycle network per inhabitant, compared */
        return g_strdup_printf (_("Cycle network per inhabitant compared, %d"), kb_compare_year (self));
      if (self->compare_change)
        /* Translators: the change in each municipality's emissions, compared */
        return g_strdup_printf (_("Change in emissions %d–%d compared"), KB_COMPARE_CHANGE_FROM,
                                kb_chart_get_year (self));
      /* Energy use compared is not emissions (found by review). */
      if (g_strcmp0 (self->shown_indicator, KB_INDICATOR_ENERGY) == 0)
        return g_strdup_printf (self->is_per_capita ? _("Final energy use per inhabitant compared, %d")
                                                    : _("Final energy use compared, %d"), kb_chart_get_year (self));
      if (self->is_per_capita)
        return g_strdup_printf (_("Emissions per inhabitant compared, %d"), kb_chart_get_year (self));
      return g_strdup_printf (_("Emissions compared, %d"), kb_chart_get_year (self));
    case KB_CHART_KIND_MODE_SHARE:
      return g_strdup (_("How trips are made: share of trips by mode"));
    case KB_CHART_KIND_CAR_FUELS:
      {
        int year = 0;

        if (self->total != NULL)
          kb_series_get_latest (self->total, &year, NULL);
        /* Translators: the share of electric cars and plug-in hybrids among the cars in use */
        return g_strdup_printf (_("Electric cars and plug-in hybrids in the fleet, %d"), year);
      }
    case KB_CHART_KIND_CYCLE_NETWORK:
      return g_strdup (self->is_per_capita ? _("Cycle network per inhabitant, by road owner")
                                           : _("Cycle network by road owner"));
    case KB_CHART_KIND_REVISIONS:
      /* Translators: the same total as each loaded release published it */
      return g_strdup (_("The same emissions, as each release published them"));
    case KB_CHART_KIND_ENERGY:
      return g_strdup (self->by_fuel ? _("Final energy use by fuel")
                                     : _("Final energy use by consumer category"));
    case KB_CHART_KIND_SECTOR_TREND:
    default:
      if (self->guess_year != 0)
        /* Translators: the guessing game's title */
        return g_strdup_printf (_("Guess the line: what came after %d?"), self->guess_year);
      if (self->sector_filter != NULL && self->sectors->len == 1)
        /* Translators: one sector's emissions, picked out with a click */
        return g_strdup_printf (_("Emissions from %s"),
                                kb_series_display (g_ptr_array_index (self->sectors, 0), self->language));
      if (g_strcmp0 (self->shown_indicator, KB_INDICATOR_CO2) == 0)
        return g_strdup (self->sectors->len > 0 ? _("Carbon dioxide emissions by sector")
                                                : _("Carbon dioxide emissions"));
      if (g_strcmp0 (self->shown_indicator, KB_INDICATOR_ENERGY) == 0)
        return g_strdup (self->by_fuel ? _("Final energy use by fuel")
                                       : _("Final energy use by consumer category"));
      return g_strdup (self->sectors->len > 0 ? _("Greenhouse gas emissions by sector")
                                              : _("Greenhouse gas emissions"));
    }
}

/* A comparison's subtitle says whom the municipality is set beside: a
 * ranking alone, in a press release, does not (found by a comms
 * officer). NULL where the municipality is none Sweden's table knows. */
static char *
compare_subtitle (KbChart    *self,
                  const char *name,
                  int         year)
{
  const KbRegion *own = kb_region_find (self->region_code);
  const KbRegion *county = own != NULL ? kb_region_get_county (own) : NULL;
  const char *unit = kb_chart_get_axis_unit (self);
  g_autoptr(GPtrArray) regions = NULL;
  g_autoptr(GArray) entries = NULL;
  guint n;

  if (self->compare != NULL)
    {
      regions = kb_chart_get_compare_regions (self);
      /* Translators: a comparison's subtitle: municipality, how many others were chosen, year, unit */
      return g_strdup_printf (ngettext ("%s and %u municipality chosen, %d, %s",
                                        "%s and %u municipalities chosen, %d, %s", regions->len - 1),
                              name, regions->len - 1, year, unit);
    }
  if (own == NULL)
    return NULL;
  if (kb_chart_get_compare_scope (self) == KB_COMPARE_COUNTY)
    /* Translators: a comparison's subtitle: municipality, county ("Östergötlands län"), year, unit */
    return county != NULL ? g_strdup_printf (_("%s among the municipalities of %s, %d, %s"), name, county->name,
                                             year, unit)
                          : NULL;

  /* Those ranked: a municipality without the figure is not counted. */
  entries = kb_compare_entries (self);
  n = entries->len;
  if (kb_chart_get_compare_scope (self) == KB_COMPARE_SIMILAR)
    /* Translators: a comparison's subtitle: municipality, how many are ranked, year, unit */
    return g_strdup_printf (ngettext ("%s among %u municipality of similar population, %d, %s",
                                      "%s among %u municipalities of similar population, %d, %s", n),
                            name, n, year, unit);
  regions = kb_chart_get_compare_regions (self);
  if (n < regions->len)
    /* Translators: a comparison's subtitle where some have no figure: municipality, how many are ranked, year, unit */
    return g_strdup_printf (ngettext ("%s among the %u municipality with the figure, %d, %s",
                                      "%s among the %u municipalities with the figure, %d, %s", n),
                            name, n, year, unit);
  /* Translators: a comparison's subtitle: municipality, how many are ranked, year, unit */
  return g_strdup_printf (ngettext ("%s among all %u municipality, %d, %s",
                                    "%s among all %u municipalities, %d, %s", n), name, n, year, unit);
}

char *
kb_chart_dup_subtitle (KbChart *self)
{
  KbSeries *total;
  const char *name;
  int first, last;

  g_return_val_if_fail (KB_IS_CHART (self), NULL);

  total = kb_chart_get_total (self);
  if (total == NULL || kb_series_get_n_years (total) == 0)
    return g_strdup (_("No emission data for this municipality"));

  name = kb_series_get_region_name (total);
  first = kb_series_get_year (total, 0);
  /* A total none of whose years is published (sectors that never share
   * a year) spans its years all the same. */
  if (!kb_series_get_latest (total, &last, NULL))
    last = kb_series_get_year (total, kb_series_get_n_years (total) - 1);
  if (self->kind == KB_CHART_KIND_INVESTMENT)
    {
      int n_years = 0;
      g_autofree double *spending = kb_investment_by_year (self->measures, &first, &n_years);

      last = first + n_years - 1;
      if (spending == NULL)
        first = last = kb_chart_get_target_year (self);
    }
  else if (kb_chart_kind_is_plan (self->kind))
    first = last = kb_chart_get_target_year (self);
  else if (self->kind == KB_CHART_KIND_CAR_FUELS)
    first = last;   /* the fleet's one year, whatever year is chosen */
  else if (self->kind == KB_CHART_KIND_COMPARE && self->compare_mobility != KB_COMPARE_TOTAL)
    first = last = kb_compare_year (self);
  else if (self->kind == KB_CHART_KIND_SECTOR_RANKING || self->kind == KB_CHART_KIND_COMPARE ||
      (self->year != 0 && self->kind != KB_CHART_KIND_SECTOR_CHANGE))
    first = last = kb_chart_get_year (self);
  if (self->kind == KB_CHART_KIND_SECTOR_CHANGE)
    first = kb_chart_get_from_year (self), last = kb_chart_get_year (self);
  if (self->kind == KB_CHART_KIND_COST_CURVE)
    /* Translators: the cost curve's subtitle: municipality, year, and what its bars' two sides show */
    return g_strdup_printf (_("%s, %d: bar width = reduction in %d (kt CO₂e), height = kr per t CO₂e"),
                            name, first, first);
  if (self->kind == KB_CHART_KIND_ACTORS)
    /* Translators: the actors chart's subtitle: municipality, year, and what its shares are of */
    return g_strdup_printf (_("%s, %d, kt CO₂e; shares of the measures’ reduction and of the known investments"),
                            name, first);
  if (self->kind == KB_CHART_KIND_COMPARE)
    {
      char *among = compare_subtitle (self, name, last);

      if (among != NULL)
        return among;
    }
  if (first == last)
    /* Translators: municipality, year, unit */
    return g_strdup_printf (_("%s, %d, %s"), name, first, kb_chart_get_axis_unit (self));
  /* Translators: municipality, first and last year, unit (e.g. "kt CO₂e") */
  return g_strdup_printf (_("%s, %d–%d, %s"), name, first, last, kb_chart_get_axis_unit (self));
}

/* The unit of the value axis, which shows thousands of the data's unit. */
const char *
kb_chart_get_axis_unit (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), "");

  if (self->relative)
    /* Translators: the unit of an indexed chart */
    return _("index, first year = 100");
  if (self->share && self->kind != KB_CHART_KIND_MODE_SHARE)
    /* xgettext:no-c-format */
    return _("% of the total");
  return kb_chart_get_value_unit (self);
}

/* The unit of the chart's values, as its axis reads them where it draws
 * them as they are (not as shares, nor as an index). */
const char *
kb_chart_get_value_unit (KbChart *self)
{
  const char *indicator;

  g_return_val_if_fail (KB_IS_CHART (self), "");

  indicator = kb_chart_get_indicator (self);

  if (self->kind == KB_CHART_KIND_COMPARE && self->compare_change)
    /* xgettext:no-c-format */
    return _("% change since 1990");
  if (self->kind == KB_CHART_KIND_COMPARE && self->compare_mobility == KB_COMPARE_ELECTRIC_SHARE)
    /* xgettext:no-c-format */
    return _("% of passenger cars in use");
  if (self->kind == KB_CHART_KIND_COMPARE && self->compare_mobility == KB_COMPARE_CYCLE_PER_CAPITA)
    return _("m per inhabitant");
  if (self->kind == KB_CHART_KIND_COST_CURVE)
    /* Translators: kronor per tonne of CO₂ equivalents */
    return _("kr per t CO₂e");
  if (self->kind == KB_CHART_KIND_INVESTMENT)
    /* Translators: millions of kronor a year */
    return _("million kr a year");
  if (self->kind == KB_CHART_KIND_CAR_FUELS)
    /* xgettext:no-c-format */
    return _("% of passenger cars in use");
  if (self->kind == KB_CHART_KIND_CYCLE_NETWORK)
    {
      _kb_chart_derive (self);
      /* Translators: metres of cycle network per inhabitant; kilometres of it */
      return self->is_per_capita ? _("m per inhabitant") : _("km");
    }
  _kb_chart_derive (self);
  if (self->is_per_capita)
    {
      if (g_strcmp0 (indicator, KB_INDICATOR_ENERGY) == 0)
        return _("MWh per inhabitant");
      if (g_strcmp0 (indicator, KB_INDICATOR_CO2) == 0)
        return _("t CO₂ per inhabitant");
      return _("t CO₂e per inhabitant");
    }
  if (g_strcmp0 (indicator, KB_INDICATOR_MODE_SHARE) == 0)
    /* xgettext:no-c-format */
    return _("% of trips");
  if (g_strcmp0 (indicator, KB_INDICATOR_ENERGY) == 0)
    return _("GWh");
  if (g_strcmp0 (indicator, KB_INDICATOR_CO2) == 0)
    /* Translators: thousand tonnes of carbon dioxide */
    return _("kt CO₂");
  /* Translators: thousand tonnes of carbon dioxide equivalents */
  return _("kt CO₂e");
}

static char *dup_data_source_line (KbChart *self);

/* Where the chart's figures come from: the data's source and release,
 * and on a plan's charts, where its measures come from (an invented
 * example says so here, on every export). */
/* Adds @source to @sources unless it is there. */
static void
add_source (GPtrArray  *sources,
            const char *source)
{
  if (source != NULL && *source != '\0' && !g_ptr_array_find_with_equal_func (sources, source, g_str_equal, NULL))
    g_ptr_array_add (sources, (gpointer)source);
}

static char *
dup_fleet_source_line (KbChart *self)
{
  g_autoptr(GPtrArray) codes = kb_car_fuels_regions (self);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) ticks = g_ptr_array_new ();
  g_autofree char *joined_rows = NULL, *joined_ticks = NULL;
  KbFleet fleet, previous;
  int year = 0, previous_year = 0;

  for (guint i = 0; i < codes->len; i++)
    {
      if (!kb_fleet_get (self->dataset, g_ptr_array_index (codes, i), year, &fleet))
        continue;
      year = fleet.year;
      add_source (rows, fleet.source);
      /* As the plot draws its ticks: where the municipality has an
       * earlier edition, at its year. */
      if (i == 0 && kb_fleet_get_previous (self->dataset, &fleet, &previous))
        previous_year = previous.year;
      if (previous_year != 0 && kb_fleet_get (self->dataset, fleet.region_code, previous_year, &previous) &&
          !isnan (kb_fleet_share (previous.electric, previous.total)))
        add_source (ticks, previous.source);
    }
  if (rows->len == 0)
    return dup_data_source_line (self);
  g_ptr_array_add (rows, NULL);
  joined_rows = g_strjoinv ("; ", (char **)rows->pdata);
  if (ticks->len == 0)
    return g_strdup_printf (_("Source: %s"), joined_rows);
  g_ptr_array_add (ticks, NULL);
  joined_ticks = g_strjoinv ("; ", (char **)ticks->pdata);
  /* Translators: the fleet's source, then the source of the earlier year the ticks show */
  return g_strdup_printf (_("Source: %s; ticks: %s"), joined_rows, joined_ticks);
}

char *
kb_chart_dup_source_line (KbChart *self)
{
  g_autofree char *data = NULL, *joined = NULL;
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();

  g_return_val_if_fail (KB_IS_CHART (self), NULL);

  /* A comparison of the fleet or the cycle network: their sources. */
  if (self->kind == KB_CHART_KIND_COMPARE && self->compare_mobility != KB_COMPARE_TOTAL && self->dataset != NULL)
    {
      gboolean cars = self->compare_mobility == KB_COMPARE_ELECTRIC_SHARE;
      g_autoptr(KbSeries) series = kb_dataset_get_total (self->dataset, self->region_code,
                                                         cars ? KB_INDICATOR_CARS : KB_INDICATOR_CYCLE_NETWORK, 0);
      g_autoptr(KbSeries) population = cars ? NULL : kb_chart_dup_population (self, self->region_code);
      const char *source = series ? kb_series_get_source (series) : "";
      KbFleet fleet;

      /* The fleet: the edition of the year compared. */
      if (cars && kb_fleet_get (self->dataset, self->region_code, kb_compare_year (self), &fleet))
        source = fleet.source;

      if (population != NULL)
        /* Translators: the cycle network's source, then the population's */
        return g_strdup_printf (_("Source: %s; population: %s"), source, kb_series_get_source (population));
      return g_strdup_printf (_("Source: %s"), source);
    }
  /* The fleet: the edition of each row, and the earlier edition its
   * ticks are of. */
  if (self->kind == KB_CHART_KIND_CAR_FUELS && self->dataset != NULL)
    return dup_fleet_source_line (self);
  data = dup_data_source_line (self);
  /* The plan's charts, and the target's where it draws the scenario. */
  if ((!kb_chart_kind_is_plan (self->kind) && self->kind != KB_CHART_KIND_TARGET_GAP) ||
      self->measures == NULL || g_list_model_get_n_items (self->measures) == 0)
    return g_steal_pointer (&data);
  for (guint i = 0; i < g_list_model_get_n_items (self->measures); i++)
    {
      g_autoptr(KbMeasure) m = g_list_model_get_item (self->measures, i);
      const char *source = kb_measure_get_source (m);

      /* The model keeps the measure, and so its source. */
      if (source != NULL && *source != '\0' &&
          !g_ptr_array_find_with_equal_func (sources, source, g_str_equal, NULL))
        g_ptr_array_add (sources, (gpointer)source);
    }
  if (sources->len == 0)
    /* Translators: after the source line: where the plan's measures come from */
    return g_strdup_printf (_("%s; measures: the user’s estimates"), data);
  g_ptr_array_add (sources, NULL);
  joined = g_strjoinv ("; ", (char **)sources->pdata);
  /* Translators: after the source line: the sources the plan's measures name */
  return g_strdup_printf (_("%s; measures: %s"), data, joined);
}

static char *
dup_data_source_line (KbChart *self)
{
  KbSeries *total;

  total = kb_chart_get_total (self);
  if (total == NULL)
    return g_strdup ("");
  if (*kb_series_get_source (total) == '\0')
    return g_strdup (_("Source: not named in the file"));
  {
    g_autofree char *year_at_end = g_strdup_printf (" %d", kb_series_get_vintage (total));
    /* A source whose own name ends in its release ("…, publicerat 2022")
     * is not told the year again. */
    gboolean names_release = !kb_series_get_vintage_inferred (total) &&
                             g_str_has_suffix (kb_series_get_source (total), year_at_end);
    g_autofree char *emissions =
      kb_series_get_vintage (total) == 0 || names_release
      /* Translators: the name of the data source */
      ? g_strdup_printf (_("Source: %s"), kb_series_get_source (total))
      : kb_series_get_vintage_inferred (total)
      /* Translators: the data source and its release, dated by the file's latest year */
      ? g_strdup_printf (_("Source: %s, published %d (inferred from its latest year)"),
                         kb_series_get_source (total), kb_series_get_vintage (total))
      /* Translators: the data source and the year it was published */
      : g_strdup_printf (_("Source: %s, published %d"), kb_series_get_source (total),
                         kb_series_get_vintage (total));
    g_autoptr(GArray) releases = kb_chart_list_releases (self);
    g_autoptr(KbSeries) population = NULL;
    int year;

    /* Other releases loaded are named: the chart shows one of them. */
    if (releases->len > 1)
      {
        g_autoptr(GString) others = g_string_new (NULL);
        char *line;

        for (guint i = 0; i < releases->len; i++)
          if (g_array_index (releases, int, i) != kb_series_get_vintage (total) ||
              self->kind == KB_CHART_KIND_REVISIONS)
            g_string_append_printf (others, "%s%d", others->len ? ", " : "", g_array_index (releases, int, i));
        line = self->kind == KB_CHART_KIND_REVISIONS
               /* Translators: the source of a chart of several releases: the source, the releases */
               ? g_strdup_printf (_("Source: %s, releases %s"), kb_series_get_source (total), others->str)
               /* Translators: after the source line: the other releases the data holds */
               : g_strdup_printf (_("%s (also loaded: %s)"), emissions, others->str);
        g_free (emissions);
        emissions = line;
      }
    /* Per inhabitant: the population's source and its latest year too. */
    if (!kb_chart_get_per_capita (self) || self->compare_change ||
        (population = kb_chart_dup_population (self, self->region_code)) == NULL ||
        !kb_series_get_latest (population, &year, NULL))
      return g_steal_pointer (&emissions);
    /* Translators: the emissions' source line, then the population's source and its last year */
    return g_strdup_printf (_("%s; population: %s, to %d"), emissions, kb_series_get_source (population), year);
  }
}
