/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-chart-table"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "analysis/kb-investment.h"
#include "kb-chart-table-private.h"
#include "kb-labels.h"

/* The climate plan's charts' numbers: every measure and what remains of
 * the gap, each sector's part of the target, the cost curve, the known
 * investments and each actor's part. */

void
_kb_chart_table_fill_measures (KbChart      *chart,
                               KbChartTable *table)
{
  GListModel *measures = kb_chart_get_measures (chart);
  KbMeasuresOutcome outcome;
  g_autofree char *trend = NULL, *remaining = NULL, *header = NULL;
  double cut;

  if (kb_chart_get_gap (chart) == NULL || !kb_chart_get_outcome (chart, &outcome))
    return;
  header = g_strdup_printf (_("Reduction %d (t CO₂e)"), outcome.year);
  trend = g_strdup_printf (_("Trend %d"), outcome.year);
  remaining = g_strdup_printf (_("Remaining %d"), outcome.year);
  _kb_chart_table_add_header (table, _("Measure"));
  _kb_chart_table_add_header (table, _("Sector"));
  _kb_chart_table_add_header (table, header);
  _kb_chart_table_add_text (table, trend);
  _kb_chart_table_add_empty (table);
  _kb_chart_table_add_number (table, outcome.trend_value);
  for (guint i = 0; measures != NULL && i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(KbMeasure) m = g_list_model_get_item (measures, i);

      _kb_chart_table_add_text (table, kb_measure_get_name (m));
      _kb_chart_table_add_text (table, kb_measure_get_sector (m));
      double effect = kb_measure_effect_after (m, kb_chart_get_gap (chart)->latest_year, outcome.year);

      _kb_chart_table_add_number (table, effect > 0 ? -effect : 0);   /* never "-0" */
    }
  /* The what-if cut's own step, as the waterfall draws it. */
  cut = kb_measures_outcome_extra_cut (&outcome);
  if (kb_chart_get_extra_cut (chart) > 0 && cut > 0)
    {
      g_autofree char *percent = kb_format_number (kb_chart_get_extra_cut (chart), 1, kb_chart_get_language (chart));
      g_autofree char *step = g_strdup_printf (_("Extra −%s\u00A0%% a year"), percent);

      _kb_chart_table_add_text (table, step);
      _kb_chart_table_add_empty (table);
      _kb_chart_table_add_number (table, -cut);
    }
  _kb_chart_table_add_text (table, remaining);
  _kb_chart_table_add_empty (table);
  _kb_chart_table_add_number (table, outcome.remaining);
  _kb_chart_table_add_text (table, _("Target level"));
  _kb_chart_table_add_empty (table);
  _kb_chart_table_add_number (table, outcome.target_level);
  _kb_chart_table_add_text (table, _("Gap left"));
  _kb_chart_table_add_empty (table);
  _kb_chart_table_add_number (table, outcome.remaining_gap);
}

void
_kb_chart_table_fill_sector_measures (KbChart      *chart,
                                      KbChartTable *table)
{
  const KbTargetGap *gap = kb_chart_get_gap (chart);
  KbMeasuresOutcome outcome;
  g_autoptr(GArray) outcomes = NULL;

  if (gap == NULL || !kb_chart_get_outcome (chart, &outcome))
    return;
  outcomes = kb_sector_outcomes (kb_chart_get_sectors (chart), kb_chart_get_measures (chart), gap, &outcome);
  _kb_chart_table_add_header (table, _("Sector"));
  _kb_chart_table_add_header (table, _("Trend (t CO₂e)"));
  _kb_chart_table_add_header (table, _("The measures’ reduction (t CO₂e)"));
  _kb_chart_table_add_header (table, _("Share of the target level (t CO₂e)"));
  for (guint i = 0; i < outcomes->len; i++)
    {
      const KbSectorOutcome *o = &g_array_index (outcomes, KbSectorOutcome, i);

      _kb_chart_table_add_text (table, kb_series_display (o->sector, kb_chart_get_language (chart)));
      _kb_chart_table_add_number (table, o->trend_value);
      _kb_chart_table_add_number (table, o->effect);
      _kb_chart_table_add_number (table, o->target_share);
    }
}

/* A number, or an empty cell where the plan does not give it. */
static void
add_known (KbChartTable *table,
           double        number)
{
  if (isnan (number))
    _kb_chart_table_add_empty (table);
  else
    _kb_chart_table_add_number (table, number);
}

/* The cost curve's numbers: every measure, costed where it can be, in
 * the curve's order (cheapest first), those off the curve after it. */
void
_kb_chart_table_fill_cost_curve (KbChart      *chart,
                                 KbChartTable *table)
{
  const KbTargetGap *gap = kb_chart_get_gap (chart);
  g_autoptr(GArray) costs = NULL;
  g_autoptr(GArray) curve = NULL;
  g_autofree char *header = NULL;
  KbMeasuresOutcome outcome;

  if (gap == NULL || !kb_chart_get_outcome (chart, &outcome))
    return;
  costs = kb_measure_costs (kb_chart_get_measures (chart), gap->latest_year, outcome.year);
  curve = kb_cost_curve (costs);
  header = g_strdup_printf (_("Reduction %d (t CO₂e)"), outcome.year);
  _kb_chart_table_add_header (table, _("Measure"));
  _kb_chart_table_add_header (table, _("Who acts"));
  _kb_chart_table_add_header (table, _("Focus area"));
  _kb_chart_table_add_header (table, _("Investment (thousand kr)"));
  _kb_chart_table_add_header (table, header);
  _kb_chart_table_add_header (table, _("Reduction through 2045 (t CO₂e)"));
  _kb_chart_table_add_header (table, _("kr per t CO₂e"));
  for (guint pass = 0; pass < 2; pass++)
    {
      GArray *rows = pass == 0 ? curve : costs;

      for (guint i = 0; i < rows->len; i++)
        {
          const KbMeasureCost *c = &g_array_index (rows, KbMeasureCost, i);

          /* The second pass: what the curve leaves out. */
          if (pass == 1 && !isnan (c->sek_per_t) && c->reduction_t > 0)
            continue;
          _kb_chart_table_add_text (table, kb_measure_get_name (c->measure));
          _kb_chart_table_add_text (table, kb_label_owner (kb_measure_get_owner (c->measure)));
          _kb_chart_table_add_text (table, kb_measure_get_focus_area (c->measure));
          add_known (table, c->investment_ksek);
          _kb_chart_table_add_number (table, c->reduction_t);
          _kb_chart_table_add_number (table, c->cumulative_t);
          add_known (table, c->sek_per_t);
        }
    }
  g_ptr_array_add (table->notes, g_strdup (_("Kronor per tonne: the investment divided by the measure’s reductions "
                                             "summed from its start year through 2045. An empty cell: not given.")));
}

/* Known investments per year, a column an actor. */
void
_kb_chart_table_fill_investment (KbChart      *chart,
                                 KbChartTable *table)
{
  GListModel *measures = kb_chart_get_measures (chart);
  g_autofree double *spending = NULL;
  KbActorSum sums[KB_MEASURE_N_OWNERS];
  int first, n;

  kb_actor_investments (measures, sums);
  _kb_chart_table_add_header (table, _("Year"));
  for (int o = 0; o < KB_MEASURE_N_OWNERS; o++)
    _kb_chart_table_add_header (table, kb_label_owner (o));
  spending = kb_investment_by_year (measures, &first, &n);
  for (int y = 0; spending != NULL && y < n; y++)
    {
      g_autofree char *year = g_strdup_printf ("%d", first + y);

      _kb_chart_table_add_text (table, year);
      /* An actor whose every investment is unknown has no column of zeros. */
      for (int o = 0; o < KB_MEASURE_N_OWNERS; o++)
        add_known (table, isnan (sums[o].investment_ksek) ? NAN : spending[y * KB_MEASURE_N_OWNERS + o]);
    }
  g_ptr_array_add (table->notes, g_strdup (_("Thousand kr a year: each measure’s known investment spread evenly "
                                             "from its start year to its full year. Measures without an "
                                             "investment are not counted.")));
}

/* Each actor's reduction in the target year and known investment. */
void
_kb_chart_table_fill_actors (KbChart      *chart,
                             KbChartTable *table)
{
  const KbTargetGap *gap = kb_chart_get_gap (chart);
  g_autoptr(GArray) costs = NULL;
  g_autofree char *header = NULL;
  KbActorSum sums[KB_MEASURE_N_OWNERS];
  KbMeasuresOutcome outcome;

  if (gap == NULL || !kb_chart_get_outcome (chart, &outcome))
    return;
  costs = kb_measure_costs (kb_chart_get_measures (chart), gap->latest_year, outcome.year);
  kb_actor_sums (costs, sums);
  header = g_strdup_printf (_("Reduction %d (t CO₂e)"), outcome.year);
  _kb_chart_table_add_header (table, _("Who acts"));
  _kb_chart_table_add_header (table, header);
  _kb_chart_table_add_header (table, _("Investment (thousand kr)"));
  _kb_chart_table_add_header (table, _("Measures"));
  _kb_chart_table_add_header (table, _("Measures without an investment"));
  for (int o = 0; o < KB_MEASURE_N_OWNERS; o++)
    {
      if (sums[o].n_measures == 0)
        continue;
      _kb_chart_table_add_text (table, kb_label_owner (o));
      _kb_chart_table_add_number (table, sums[o].reduction_t);
      add_known (table, sums[o].investment_ksek);
      _kb_chart_table_add_number (table, sums[o].n_measures);
      _kb_chart_table_add_number (table, sums[o].n_without_investment);
    }
  _kb_chart_table_add_text (table, _("Gap left"));
  _kb_chart_table_add_number (table, outcome.remaining_gap);
  _kb_chart_table_add_empty (table);
  _kb_chart_table_add_empty (table);
  _kb_chart_table_add_empty (table);
}
