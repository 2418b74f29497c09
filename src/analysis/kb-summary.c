/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-summary"

#include "config.h"

#include <math.h>

#include "kb-mobility.h"
#include "kb-summary.h"

/* The key figures as one JSON object, for scripts and checks. Numbers
 * are in the data's unit (tonnes), not rounded: fifteen significant
 * digits keep every published decimal and drop only the binary noise
 * of summing (1237762.39, not 1237762.3900000001). */

static void
append_string (GString    *out,
               const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text ? text : ""; *p != '\0'; p++)
    {
      guchar c = (guchar)*p;

      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, (char)c);
    }
  g_string_append_c (out, '"');
}

static void
append_number (GString *out,
               double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    g_string_append (out, "null");
  else
    g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.15g", value));
}

static void
append_year_or_null (GString *out,
                     int      year)
{
  if (year == KB_TREND_NEVER)
    g_string_append (out, "null");
  else
    g_string_append_printf (out, "%d", year);
}

/* Emissions say which gases they count; other indicators have none. */
static void
append_substance (GString    *out,
                  const char *indicator)
{
  if (g_strcmp0 (indicator, KB_INDICATOR_GHG) == 0)
    append_string (out, "all greenhouse gases (CO2e)");
  else if (g_strcmp0 (indicator, KB_INDICATOR_CO2) == 0)
    append_string (out, "carbon dioxide (CO2)");
  else
    g_string_append (out, "null");
}

static void
append_totals (GString  *out,
               KbSeries *total)
{
  g_string_append (out, "\"totals\": {");
  for (guint i = 0; i < kb_series_get_n_years (total); i++)
    {
      double v = NAN;

      kb_series_get_value_at (total, i, &v);
      g_string_append_printf (out, "%s\"%d\": ", i > 0 ? ", " : "", kb_series_get_year (total, i));
      append_number (out, v);
    }
  g_string_append (out, "}");
}

static void
append_targets (GString           *out,
                KbTarget          *target,
                const KbTargetGap *gap)
{
  g_string_append (out, ", \"targets\": [");
  for (guint i = 0; i < kb_target_get_n_milestones (target); i++)
    {
      const KbMilestone *m = kb_target_get_milestone (target, i);

      g_string_append_printf (out, "%s{\"year\": %d, \"reduction_pct\": ", i > 0 ? ", " : "", m->year);
      append_number (out, m->reduction_pct);
      g_string_append (out, ", \"value\": ");
      append_number (out, gap->baseline_value * (1.0 - m->reduction_pct / 100.0));
      g_string_append (out, ", \"supplementary_pct\": ");
      append_number (out, m->supplementary_pct);
      g_string_append (out, "}");
    }
  g_string_append (out, "]");
}

static void
append_gap (GString           *out,
            const KbTargetGap *gap)
{
  g_string_append_printf (out, ", \"baseline\": {\"year\": %d, \"value\": ", gap->baseline_year);
  append_number (out, gap->baseline_value);
  g_string_append_printf (out, "}, \"latest\": {\"year\": %d, \"value\": ", gap->latest_year);
  append_number (out, gap->latest_value);
  g_string_append (out, "}, \"change_since_baseline_pct\": ");
  append_number (out, gap->change_since_baseline_pct);
}

/* The trend and the carbon budget need no target: every municipality
 * has them. The milestone's figures come with a gap. */
static void
append_trend (GString           *out,
              KbSeries          *total,
              const KbTargetGap *gap,
              int                budget_from_year)
{
  KbTrend trend;
  KbBudget budget;
  double lowest = NAN, highest = NAN;

  g_string_append (out, ", \"trend\": ");
  if (!kb_trend_fit_lad (total, KB_TREND_FROM_YEAR, &trend))
    {
      g_string_append (out, "null, \"budget\": null");
      return;
    }
  kb_trend_slope_range (total, KB_TREND_FROM_YEAR, &lowest, &highest);
  g_string_append_printf (out, "{\"method\": \"lad-%d\", \"from_year\": %d, \"slope_t_per_year\": ",
                          KB_TREND_FROM_YEAR, KB_TREND_FROM_YEAR);
  append_number (out, trend.slope);
  if (gap != NULL && gap->have_trend)
    {
      int m = gap->milestone_year;

      g_string_append_printf (out, ", \"value_%d\": ", m);
      append_number (out, gap->trend_value_milestone);
      g_string_append_printf (out, ", \"year_reaches_%d_target\": ", m);
      append_year_or_null (out, gap->trend_reaches_milestone);
    }
  g_string_append (out, ", \"year_reaches_zero\": ");
  append_year_or_null (out, kb_trend_year_reaching (&trend, 0));
  g_string_append (out, ", \"slope_range_t_per_year\": [");
  append_number (out, lowest);
  g_string_append (out, ", ");
  append_number (out, highest);
  g_string_append (out, "]}");

  kb_budget_compute (&trend, budget_from_year != 0 ? budget_from_year : kb_budget_current_year (),
                     KB_BUDGET_TO_YEAR, &budget);
  g_string_append_printf (out, ", \"budget\": {\"annual_cut_pct\": %g, \"from_year\": %d, "
                          "\"to_year\": %d, \"from_value_t\": ",
                          KB_BUDGET_ANNUAL_CUT * 100, budget.from_year, budget.to_year);
  append_number (out, budget.from_value);
  g_string_append (out, ", \"cumulative_t\": ");
  append_number (out, budget.budget);
  g_string_append (out, ", \"trend_cumulative_t\": ");
  append_number (out, budget.trend_total);
  g_string_append_printf (out, ", \"meets_paris\": %s}", budget.meets_paris ? "true" : "false");
}

/* The compound annual change from 2015 to the latest year, as Klimatkollen
 * gives the historical change. */
static void
append_cagr (GString  *out,
             KbSeries *total)
{
  double first, last;
  int latest_year;

  g_string_append_printf (out, ", \"change_since_%d_cagr_pct\": ", KB_TREND_FROM_YEAR);
  if (!kb_series_get_value (total, KB_TREND_FROM_YEAR, &first) ||
      !kb_series_get_latest (total, &latest_year, &last) ||
      latest_year <= KB_TREND_FROM_YEAR || first <= 0 || last < 0)
    {
      g_string_append (out, "null");
      return;
    }
  append_number (out, (pow (last / first, 1.0 / (latest_year - KB_TREND_FROM_YEAR)) - 1) * 100);
}

/* The latest published population, and emissions per inhabitant for
 * every year that has both figures. */
static void
append_population (GString  *out,
                   KbSeries *total,
                   KbSeries *population)
{
  int year;
  double people;
  gboolean first = TRUE;

  g_string_append (out, ", \"population\": ");
  if (population == NULL || !kb_series_get_latest (population, &year, &people))
    {
      g_string_append (out, "null, \"per_capita_t\": null");
      return;
    }
  g_string_append_printf (out, "{\"year\": %d, \"value\": ", year);
  append_number (out, people);
  g_string_append (out, "}, \"per_capita_t\": {");
  for (guint i = 0; i < kb_series_get_n_years (total); i++)
    {
      double emissions;

      year = kb_series_get_year (total, i);
      if (!kb_series_get_value_at (total, i, &emissions) ||
          !kb_series_get_value (population, year, &people) || people <= 0)
        continue;
      g_string_append_printf (out, "%s\"%d\": ", first ? "" : ", ", year);
      append_number (out, emissions / people);
      first = FALSE;
    }
  g_string_append (out, "}");
}

static void
append_required (GString           *out,
                 const KbTargetGap *gap)
{
  g_string_append (out, ", \"gap_latest\": {\"t\": ");
  append_number (out, gap->gap);
  g_string_append (out, ", \"pct_of_baseline\": ");
  append_number (out, gap->gap_pct_of_baseline);
  g_string_append (out, "}, \"required_annual_reduction_pct\": ");
  append_number (out, gap->required_annual_reduction_pct);
}

/* The plan's economics: known investments only, unknown ones counted;
 * reductions in the target year; cost per tonne through 2045. */
static void
append_plan (GString    *out,
             GListModel *measures,
             int         from_year,
             int         target_year)
{
  g_autoptr(GArray) costs = kb_measure_costs (measures, from_year, target_year);
  KbActorSum sums[KB_MEASURE_N_OWNERS];
  guint n_without;
  double total = kb_investment_total (measures, &n_without);
  gboolean first = TRUE;

  g_string_append (out, ", \"investment_ksek_total\": ");
  append_number (out, total);
  g_string_append_printf (out, ", \"measures_without_investment\": %u, \"by_owner\": {", n_without);
  kb_actor_sums (costs, sums);
  for (int o = 0; o < KB_MEASURE_N_OWNERS; o++)
    {
      if (sums[o].n_measures == 0)
        continue;
      g_string_append (out, first ? "" : ", ");
      append_string (out, kb_measure_owner_to_string (o));
      /* Null where none of the actor's measures gives its investment. */
      g_string_append (out, ": {\"investment_ksek\": ");
      append_number (out, sums[o].investment_ksek);
      g_string_append (out, ", \"reduction_t\": ");
      append_number (out, sums[o].reduction_t);
      g_string_append_printf (out, ", \"measures_without_investment\": %u}", sums[o].n_without_investment);
      first = FALSE;
    }
  g_string_append (out, "}, \"per_measure\": [");
  for (guint i = 0; i < costs->len; i++)
    {
      const KbMeasureCost *c = &g_array_index (costs, KbMeasureCost, i);

      g_string_append (out, i > 0 ? ", {\"name\": " : "{\"name\": ");
      append_string (out, kb_measure_get_name (c->measure));
      g_string_append (out, ", \"owner\": ");
      append_string (out, kb_measure_owner_to_string (kb_measure_get_owner (c->measure)));
      g_string_append (out, ", \"focus_area\": ");
      append_string (out, kb_measure_get_focus_area (c->measure));
      g_string_append (out, ", \"investment_ksek\": ");
      append_number (out, c->investment_ksek);
      g_string_append (out, ", \"reduction_t\": ");
      append_number (out, c->reduction_t);
      g_string_append (out, ", \"cumulative_reduction_t_2045\": ");
      append_number (out, c->cumulative_t);
      g_string_append (out, ", \"sek_per_t\": ");
      append_number (out, c->sek_per_t);
      g_string_append (out, "}");
    }
  g_string_append (out, "]");
}

static void
append_outcome (GString                 *out,
                const KbMeasuresOutcome *outcome,
                const KbSummaryInput    *input)
{
  g_string_append_printf (out, ", \"measures\": {\"year\": %d, \"total_reduction_t\": ", outcome->year);
  append_number (out, outcome->total_reduction);
  g_string_append (out, ", \"remaining_gap_t\": ");
  append_number (out, outcome->remaining_gap);
  g_string_append (out, ", \"target_reached_year\": ");
  append_year_or_null (out, outcome->target_reached_year);
  if (input->measures != NULL)
    append_plan (out, input->measures, input->gap->latest_year, outcome->year);
  g_string_append (out, "}");
}

/* The data's figures, the trend and the budget always; the target's
 * figures where @input has a target and its gap; measures where given. */
char *
kb_summary_to_json (KbSeries             *total,
                    const KbSummaryInput *input)
{
  GString *out = g_string_new ("{\"municipality\": ");
  gboolean emissions;

  g_return_val_if_fail (KB_IS_SERIES (total), NULL);

  append_string (out, kb_series_get_region_name (total));
  g_string_append (out, ", \"code\": ");
  append_string (out, kb_series_get_region_code (total));
  g_string_append (out, ", \"indicator\": ");
  append_string (out, kb_series_get_indicator (total));
  g_string_append (out, ", \"substance\": ");
  append_substance (out, kb_series_get_indicator (total));
  g_string_append (out, ", \"unit\": ");
  append_string (out, kb_series_get_unit (total));
  g_string_append (out, ", \"source\": ");
  append_string (out, kb_series_get_source (total));
  /* The release (the year the source published it), null where the file
   * does not say: it is never guessed. */
  g_string_append (out, ", \"vintage\": ");
  append_year_or_null (out, kb_series_get_vintage (total));
  /* Dated by its latest year where the file does not say (year Y is
   * published in Y + 2): said, never passed off as published. */
  g_string_append_printf (out, ", \"vintage_inferred\": %s",
                          kb_series_get_vintage_inferred (total) ? "true" : "false");
  g_string_append (out, ", ");
  append_totals (out, total);
  /* The trend, the budget and per inhabitant in tonnes are of emissions:
   * energy use and other quantities give their totals only. */
  emissions = g_strcmp0 (kb_series_get_indicator (total), KB_INDICATOR_GHG) == 0 ||
              g_strcmp0 (kb_series_get_indicator (total), KB_INDICATOR_CO2) == 0;
  if (emissions)
    {
      append_cagr (out, total);
      append_population (out, total, input->population);
    }

  if (input->target != NULL && input->gap != NULL)
    {
      static const char * const origins[] = { "municipality", "national", "user" };

      append_gap (out, input->gap);
      append_targets (out, input->target, input->gap);
      /* Where the targets come from: the municipality's document, Sweden's
       * target, or a user's file (its Source, else its name). */
      g_string_append (out, ", \"targets_source\": ");
      append_string (out, kb_target_get_source (input->target));
      g_string_append (out, ", \"targets_origin\": ");
      append_string (out, origins[kb_target_get_origin (input->target)]);
      append_required (out, input->gap);
    }
  if (emissions)
    append_trend (out, total, input->gap, input->budget_from_year);
  if (input->target != NULL && input->gap != NULL && input->outcome != NULL)
    append_outcome (out, input->outcome, input);

  g_string_append (out, "}\n");
  return g_string_free (out, FALSE);
}

static void
append_series_years (GString  *out,
                     KbSeries *series)
{
  gboolean first = TRUE;

  g_string_append_c (out, '{');
  for (guint i = 0; series != NULL && i < kb_series_get_n_years (series); i++)
    {
      double v;

      g_string_append_printf (out, "%s\"%d\": ", first ? "" : ", ", kb_series_get_year (series, i));
      append_number (out, kb_series_get_value_at (series, i, &v) ? v : NAN);
      first = FALSE;
    }
  g_string_append_c (out, '}');
}

/* One edition's cars, the members of an object: "year", "total",
 * "by_fuel", the shares, per 1 000, "source". */
static void
append_fleet (GString       *out,
              KbDataset     *dataset,
              const KbFleet *fleet)
{
  g_autoptr(GPtrArray) fuels = kb_fleet_dup_fuels (dataset, fleet);

  g_string_append_printf (out, "\"year\": %d, \"total\": ", fleet->year);
  append_number (out, fleet->total);
  g_string_append (out, ", \"by_fuel\": {");
  for (guint i = 0; i < fuels->len; i++)
    {
      KbSeries *fuel = g_ptr_array_index (fuels, i);
      double v;

      g_string_append (out, i > 0 ? ", " : "");
      append_string (out, kb_series_get_sector (fuel));
      g_string_append (out, ": ");
      append_number (out, kb_series_get_value (fuel, fleet->year, &v) ? v : NAN);
    }
  g_string_append (out, "}, \"electric_share_pct\": ");
  append_number (out, kb_fleet_share (fleet->electric, fleet->total));
  g_string_append (out, ", \"plug_in_share_pct\": ");
  append_number (out, kb_fleet_share (fleet->plug_in, fleet->total));
  /* As Trafikanalys counts it. */
  g_string_append (out, ", \"per_1000_inhabitants\": ");
  append_number (out, kb_fleet_per_thousand (dataset, fleet));
  g_string_append (out, ", \"source\": ");
  append_string (out, fleet->source);
}

/* A region's mobility figures: its cars by fuel in their latest year (as
 * the fleet statistics name the fuels), cars per 1 000 inhabitants, an
 * earlier edition's and the change where one is open, and its cycle
 * network by year and by road owner. */
char *
kb_summary_mobility_to_json (KbDataset  *dataset,
                             const char *region_code)
{
  GString *out = g_string_new ("{\"code\": ");
  g_autoptr(KbSeries) cycle = kb_dataset_get_total (dataset, region_code, KB_INDICATOR_CYCLE_NETWORK, 0);
  g_autoptr(GPtrArray) owners = kb_dataset_get_sectors (dataset, region_code, KB_INDICATOR_CYCLE_NETWORK, 0);
  KbFleet fleet;

  append_string (out, region_code);
  g_string_append (out, ", \"municipality\": ");
  append_string (out, kb_dataset_get_region_name (dataset, region_code));
  g_string_append (out, ", \"cars\": ");
  if (kb_fleet_get (dataset, region_code, 0, &fleet))
    {
      KbFleet previous;

      g_string_append (out, "{");
      append_fleet (out, dataset, &fleet);
      /* Where an earlier edition is open too: its figures, and the change. */
      if (kb_fleet_get_previous (dataset, &fleet, &previous))
        {
          g_string_append (out, ", \"previous\": {");
          append_fleet (out, dataset, &previous);
          g_string_append (out, "}");
          g_string_append (out, ", \"electric_share_change_points\": ");
          append_number (out, kb_fleet_share (fleet.electric, fleet.total) -
                                kb_fleet_share (previous.electric, previous.total));
          g_string_append (out, ", \"plug_in_share_change_points\": ");
          append_number (out, kb_fleet_share (fleet.plug_in, fleet.total) -
                                kb_fleet_share (previous.plug_in, previous.total));
        }
      g_string_append (out, "}");
    }
  else
    g_string_append (out, "null");
  g_string_append (out, ", \"cycle_network_m\": ");
  append_series_years (out, cycle);
  g_string_append (out, ", \"cycle_network_by_owner_m\": {");
  for (guint i = 0; i < owners->len; i++)
    {
      g_string_append (out, i > 0 ? ", " : "");
      append_string (out, kb_series_get_sector (g_ptr_array_index (owners, i)));
      g_string_append (out, ": ");
      append_series_years (out, g_ptr_array_index (owners, i));
    }
  g_string_append (out, "}}\n");
  return g_string_free (out, FALSE);
}
