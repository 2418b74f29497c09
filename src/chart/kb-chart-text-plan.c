/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-chart-text"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "analysis/kb-investment.h"
#include "kb-chart-text.h"
#include "kb-labels.h"

/* The words under a climate investment plan's charts: what a tonne
 * costs, who pays and when, and who can close the gap, with the
 * definitions the numbers rest on. Unknown investments are counted and
 * named, never summed as nothing. */

static char *
kt (KbChart *chart,
    double   tonnes)
{
  return kb_format_kt (tonnes, kb_chart_get_language (chart));
}

static char *
million_kr (KbChart *chart,
            double   ksek)
{
  return kb_format_million_kr (ksek, kb_chart_get_language (chart));
}

static void
append_unknown (GString    *text,
                GListModel *measures)
{
  guint n_without, n = g_list_model_get_n_items (measures);

  kb_investment_total (measures, &n_without);
  if (n_without > 0)
    {
      g_string_append_c (text, ' ');
      /* Translators: "3 of 7 measures have no investment given" */
      g_string_append_printf (text, ngettext ("%u of %u measures has no investment given and is not counted.",
                                              "%u of %u measures have no investment given and are not counted.",
                                              n_without),
                              n_without, n);
    }
}

static char *
describe_cost_curve (KbChart                 *chart,
                     const KbTargetGap       *gap,
                     const KbMeasuresOutcome *outcome)
{
  GListModel *measures = kb_chart_get_measures (chart);
  g_autoptr(GArray) costs = kb_measure_costs (measures, gap->latest_year, outcome->year);
  g_autoptr(GArray) curve = kb_cost_curve (costs);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *gap_kt = kt (chart, outcome->trend_value - outcome->target_level);
  double cut = 0;

  for (guint i = 0; i < curve->len; i++)
    cut += g_array_index (curve, KbMeasureCost, i).reduction_t;
  if (curve->len > 0)
    {
      const KbMeasureCost *cheapest = &g_array_index (curve, KbMeasureCost, 0);
      const KbMeasureCost *dearest = &g_array_index (curve, KbMeasureCost, curve->len - 1);
      g_autofree char *low = kb_format_number (cheapest->sek_per_t, 0, kb_chart_get_language (chart));
      g_autofree char *high = kb_format_number (dearest->sek_per_t, 0, kb_chart_get_language (chart));
      g_autofree char *cut_kt = kt (chart, cut);

      /* Translators: the cost curve in words: the cheapest and the dearest measure */
      g_string_append_printf (text, _("The cheapest tonne: %s at %s kr; the dearest: %s at %s kr."),
                              kb_measure_get_name (cheapest->measure), low,
                              kb_measure_get_name (dearest->measure), high);
      g_string_append_c (text, ' ');
      /* Translators: how many measures the cost curve has, what they cut and when */
      g_string_append_printf (text, ngettext ("The %u measure on the curve cuts %s in %d",
                                              "The %u measures on the curve cut %s in %d", curve->len),
                              curve->len, cut_kt, outcome->year);
      if (outcome->trend_value - outcome->target_level > 0)
        g_string_append_printf (text, _(", against a gap of %s."), gap_kt);
      else
        g_string_append (text, ".");
    }
  else
    g_string_append (text, _("No measure has both a known investment and a reduction in the target year."));
  append_unknown (text, measures);
  g_string_append_c (text, ' ');
  g_string_append (text, _("Kronor per tonne: the investment divided by the measure’s reductions summed from its "
                           "start year through 2045 (none in the start year, in full from its full year)."));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
describe_investment (KbChart *chart)
{
  GListModel *measures = kb_chart_get_measures (chart);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree double *spending = NULL;
  KbActorSum sums[KB_MEASURE_N_OWNERS];
  guint n_without;
  double total = kb_investment_total (measures, &n_without), peak = 0;
  int first, n, peak_year = 0;

  spending = kb_investment_by_year (measures, &first, &n);
  if (spending == NULL)
    return g_strdup (_("No measure has an investment given."));
  for (int y = 0; y < n; y++)
    {
      double sum = 0;
      for (int o = 0; o < KB_MEASURE_N_OWNERS; o++)
        sum += spending[y * KB_MEASURE_N_OWNERS + o];
      if (sum > peak)
        peak = sum, peak_year = first + y;
    }
  {
    g_autofree char *all = million_kr (chart, total);
    g_autofree char *most = million_kr (chart, peak);

    /* Translators: the known investments in all, their years, and the year of the most */
    g_string_append_printf (text, _("The known investments come to %s over %d–%d, the most in %d (%s)."),
                            all, first, first + n - 1, peak_year, most);
  }
  kb_actor_investments (measures, sums);
  for (int o = 0; o < KB_MEASURE_N_OWNERS; o++)
    {
      if (sums[o].n_measures == 0)
        continue;
      g_string_append_c (text, ' ');
      if (isnan (sums[o].investment_ksek))
        /* Translators: an actor none of whose measures has an investment given */
        g_string_append_printf (text, _("%s: no investment given."), kb_label_owner (o));
      else
        {
          g_autofree char *amount = million_kr (chart, sums[o].investment_ksek);
          g_autofree char *share = kb_format_share (total > 0 ? sums[o].investment_ksek / total * 100 : 0,
                                                    kb_chart_get_language (chart));

          /* Translators: an actor's known investments and their share, "Kommunkoncernen: 647 mnkr (39 %)." */
          g_string_append_printf (text, _("%s: %s (%s %%)."), kb_label_owner (o), amount, share);
        }
    }
  append_unknown (text, measures);
  g_string_append_c (text, ' ');
  g_string_append (text, _("Each measure’s investment is spread evenly over the years from its start to its full "
                           "effect, both included."));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
describe_actors (KbChart                 *chart,
                 const KbTargetGap       *gap,
                 const KbMeasuresOutcome *outcome)
{
  GListModel *measures = kb_chart_get_measures (chart);
  g_autoptr(GArray) costs = kb_measure_costs (measures, gap->latest_year, outcome->year);
  g_autoptr(GString) text = g_string_new (NULL);
  KbActorSum sums[KB_MEASURE_N_OWNERS];
  double cut = 0;

  kb_actor_sums (costs, sums);
  for (int o = 0; o < KB_MEASURE_N_OWNERS; o++)
    cut += sums[o].reduction_t;
  {
    g_autofree char *all = kt (chart, cut);

    /* Translators: the measures' cut in a year, followed by each actor's part */
    g_string_append_printf (text, _("In %d the measures cut %s:"), outcome->year, all);
  }
  for (int o = 0, n = 0; o < KB_MEASURE_N_OWNERS; o++)
    if (sums[o].n_measures > 0)
      {
        g_autofree char *part = kt (chart, sums[o].reduction_t);
        g_autofree char *share = kb_format_share (cut > 0 ? sums[o].reduction_t / cut * 100 : 0,
                                                  kb_chart_get_language (chart));

        /* Translators: between the parts of a list */
        g_string_append (text, n++ > 0 ? _(", ") : " ");
        /* Translators: an actor's part of the cut, "Kommunkoncernen 220 kt (88 %)" */
        g_string_append_printf (text, _("%s %s (%s %%)"), kb_label_owner (o), part, share);
      }
  g_string_append (text, ".");
  {
    g_autofree char *left = kt (chart, fabs (outcome->remaining_gap));

    g_string_append_c (text, ' ');
    if (outcome->remaining_gap > 0)
      g_string_append_printf (text, _("%s of the gap remain that no measure covers yet."), left);
    else
      g_string_append_printf (text, _("The target is met, with %s to spare."), left);
  }
  append_unknown (text, measures);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The words for a plan's chart of @chart's kind; NULL for other kinds. */
char *
kb_chart_dup_plan_description (KbChart *chart)
{
  const KbTargetGap *gap = kb_chart_get_gap (chart);
  GListModel *measures = kb_chart_get_measures (chart);
  KbMeasuresOutcome outcome;
  KbChartKind kind = kb_chart_get_kind (chart);

  if (!kb_chart_kind_is_plan_economics (kind))
    return NULL;
  if (measures == NULL || g_list_model_get_n_items (measures) == 0)
    return g_strdup (_("No measures yet: open a measures file, add measures, or try the example plan."));
  if (kind == KB_CHART_KIND_INVESTMENT)
    return describe_investment (chart);
  if (gap == NULL || !kb_chart_get_outcome (chart, &outcome))
    return g_strdup (_("The measures are weighed against a target: this municipality has none loaded."));
  if (kind == KB_CHART_KIND_COST_CURVE)
    return describe_cost_curve (chart, gap, &outcome);
  return describe_actors (chart, gap, &outcome);
}
