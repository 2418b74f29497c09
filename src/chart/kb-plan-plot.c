/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-plan-plot"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <plplot.h>

#include "analysis/kb-investment.h"
#include "kb-plots.h"

/* The climate investment plan's economics: what a tonne costs, when the
 * money is spent and by whom, and who can close the gap. Each actor has
 * its colour on all three. Unknown investments are listed, never drawn
 * as nothing. */

/* Says why the plot is empty, in its middle. */
static void
say_empty (KbRender   *render,
           const char *text)
{
  const KbChartLayout *l = &render->layout;

  kb_render_text (render, text, l->plot.x + l->plot.width / 2, l->plot.y + l->plot.height / 2 - l->body_px,
                  l->body_px * 1.2, FALSE, render->ink->muted_text, KB_ALIGN_CENTER, l->plot.width);
}

static gboolean
has_measures (KbRender *render)
{
  return kb_chart_has_plan (render->chart);
}

static gboolean
has_outcome (KbRender          *render,
             KbMeasuresOutcome *outcome)
{
  return kb_chart_get_gap (render->chart) != NULL && kb_chart_get_outcome (render->chart, outcome);
}

static gboolean
measures_or_say_none (KbRender *render)
{
  if (has_measures (render))
    return TRUE;
  say_empty (render, _("No measures yet: open a measures file, add measures, or try the example plan."));
  return FALSE;
}

/* The target year's outcome, or why there is none. */
static gboolean
outcome_or_say_none (KbRender          *render,
              KbMeasuresOutcome *outcome)
{
  if (has_outcome (render, outcome))
    return TRUE;
  say_empty (render, _("The measures are weighed against a target: this municipality has none loaded."));
  return FALSE;
}

static char *
million_kr (KbRender *render,
            double    ksek)
{
  return kb_format_million_kr (ksek, kb_chart_get_language (render->chart));
}

/* A line of words in the side column, where it still fits above the
 * plot's foot with @reserve to spare; FALSE where it does not (and
 * nothing is drawn). */
static gboolean
side_line (KbRender   *render,
           const char *text,
           gboolean    bold,
           gboolean    muted,
           double      reserve)
{
  const KbChartLayout *l = &render->layout;
  double h = kb_render_text_height (render, text, l->small_px, bold, l->side.width);

  if (render->legend_y + h + reserve > l->plot.y + l->plot.height + l->small_px)
    return FALSE;
  render->legend_y += kb_render_text (render, text, l->side.x, render->legend_y, l->small_px, bold,
                                      muted ? render->ink->muted_text : render->ink->text, KB_ALIGN_START,
                                      l->side.width);
  return TRUE;
}

/* The names of @costs' measures that @pick picks, comma-separated, under
 * @heading in the side column. */
static char *
picked_names (GArray    *costs,
              gboolean (*pick) (const KbMeasureCost *cost))
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < costs->len; i++)
    {
      const KbMeasureCost *c = &g_array_index (costs, KbMeasureCost, i);

      if (pick (c))
        /* Translators: between the names of measures in a list */
        g_string_append_printf (names, "%s%s", names->len ? _(", ") : "", kb_measure_get_name (c->measure));
    }
  return names->len ? g_string_free (g_steal_pointer (&names), FALSE) : NULL;
}

/* The height list_measures() takes. */
static double
list_height (KbRender   *render,
             GArray     *costs,
             gboolean  (*pick) (const KbMeasureCost *cost),
             const char *heading)
{
  const KbChartLayout *l = &render->layout;
  g_autofree char *names = picked_names (costs, pick);

  if (names == NULL)
    return 0;
  return l->small_px * 0.6 + kb_render_text_height (render, heading, l->small_px, TRUE, l->side.width) +
         kb_render_text_height (render, names, l->small_px, FALSE, l->side.width);
}

static void
list_measures (KbRender   *render,
               GArray     *costs,
               gboolean  (*pick) (const KbMeasureCost *cost),
               const char *heading)
{
  const KbChartLayout *l = &render->layout;
  g_autofree char *names = picked_names (costs, pick);

  if (names == NULL)
    return;
  render->legend_y += l->small_px * 0.6;
  if (side_line (render, heading, TRUE, FALSE, l->small_px * 1.3))
    side_line (render, names, FALSE, TRUE, 0);
}

static gboolean
lacks_investment (const KbMeasureCost *cost)
{
  return isnan (cost->investment_ksek);
}

static gboolean
costed_without_cut (const KbMeasureCost *cost)
{
  return !isnan (cost->investment_ksek) && !(cost->reduction_t > 0);
}

/* A swatch for each actor that has a measure in @costs. */
static void
legend_owners (KbRender *render,
               GArray   *costs)
{
  KbActorSum sums[KB_MEASURE_N_OWNERS];

  kb_actor_sums (costs, sums);
  for (int o = 0; o < KB_MEASURE_N_OWNERS; o++)
    if (sums[o].n_measures > 0)
      kb_render_legend (render, KB_LEGEND_SWATCH, kb_palette_owner (o), kb_label_owner (o));
}

/* The marginal abatement cost curve: a bar a measure, as wide as its cut
 * in the target year and as high as its cost per tonne, cheapest first,
 * with the gap to the target marked on the reduction axis. */
static GArray *
cost_curve (KbRender                *render,
            const KbMeasuresOutcome *outcome,
            GArray                 **costs,
            double                  *width,
            double                  *gap_before,
            double                  *lo,
            double                  *hi)
{
  const KbTargetGap *gap = kb_chart_get_gap (render->chart);
  GArray *curve;

  *costs = kb_measure_costs (kb_chart_get_measures (render->chart), gap->latest_year, outcome->year);
  curve = kb_cost_curve (*costs);
  *gap_before = outcome->trend_value - outcome->target_level;
  *width = *hi = *lo = 0;
  for (guint i = 0; i < curve->len; i++)
    {
      const KbMeasureCost *c = &g_array_index (curve, KbMeasureCost, i);

      *width += c->reduction_t;
      *hi = MAX (*hi, c->sek_per_t);
      *lo = MIN (*lo, c->sek_per_t);
    }
  return curve;
}

/* The cost curve's axes: its cuts (and the gap) along, its costs up. */
void
kb_cost_curve_plot_fit (KbRender *render)
{
  KbChartLayout *l = &render->layout;
  g_autoptr(GArray) costs = NULL;
  g_autoptr(GArray) curve = NULL;
  KbMeasuresOutcome outcome;
  double width, hi, lo, gap_before;

  if (!has_measures (render) || !has_outcome (render, &outcome))
    return;
  curve = cost_curve (render, &outcome, &costs, &width, &gap_before, &lo, &hi);
  l->x_step = kb_nice_step (MAX (MAX (width, gap_before), 1), 6);
  l->x_min = 0;
  l->x_max = ceil (MAX (MAX (width, gap_before), 1) * 1.02 / l->x_step) * l->x_step;
  l->y_step = kb_nice_step (MAX (hi - lo, 1), 6);
  l->y_max = ceil (MAX (hi, 1) * 1.05 / l->y_step) * l->y_step;
  l->y_min = lo < 0 ? floor (lo * 1.05 / l->y_step) * l->y_step : 0;
  render->x_format = KB_AXIS_THOUSANDS;
  render->y_format = KB_AXIS_PLAIN;
}

void
kb_cost_curve_plot_draw (KbRender *render)
{
  const KbChartLayout *l = &render->layout;
  KbLanguage lang = kb_chart_get_language (render->chart);
  g_autoptr(GArray) costs = NULL;
  g_autoptr(GArray) curve = NULL;
  g_autofree char *no_cut_heading = NULL;
  KbMeasuresOutcome outcome;
  double width, hi, lo, gap_before, x = 0, kept;

  if (!measures_or_say_none (render) || !outcome_or_say_none (render, &outcome))
    return;

  curve = cost_curve (render, &outcome, &costs, &width, &gap_before, &lo, &hi);
  if (curve->len == 0)
    say_empty (render, _("No measure has both a known investment and a reduction in the target year."));

  kb_plot_begin (render);
  kb_plot_axes (render);
  for (guint i = 0; i < curve->len; i++)
    {
      const KbMeasureCost *c = &g_array_index (curve, KbMeasureCost, i);
      double bx[4] = { x, x + c->reduction_t, x + c->reduction_t, x };
      double by[4] = { 0, 0, c->sek_per_t, c->sek_per_t };

      kb_plot_color (kb_palette_owner (kb_measure_get_owner (c->measure)), 1.0);
      kb_plot_polygon (bx, by, 4);
      /* A hairline of the page between neighbours of one colour. */
      kb_plot_color (render->ink->background, 1.0);
      kb_plot_line (render, (double[]) { x, x }, (double[]) { 0, c->sek_per_t }, 2, MAX (l->line_width * 0.3, 1),
                    FALSE);
      x += c->reduction_t;
    }
  if (gap_before > 0)
    {
      kb_plot_color (render->ink->target, 1.0);
      kb_plot_line (render, (double[]) { gap_before, gap_before }, (double[]) { l->y_min, l->y_max }, 2,
                    l->line_width * 0.7, TRUE);
    }
  kb_plot_end (render);

  /* Numbers on the bars wide enough for one; the names in the side. */
  x = 0;
  for (guint i = 0; i < curve->len; i++)
    {
      const KbMeasureCost *c = &g_array_index (curve, KbMeasureCost, i);
      double left = kb_chart_layout_x (l, x), right = kb_chart_layout_x (l, x + c->reduction_t);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      if (right - left > l->small_px * 1.1)
        kb_render_text (render, number, (left + right) / 2,
                        kb_chart_layout_y (l, MAX (c->sek_per_t, 0)) - l->small_px * 1.5, l->small_px, TRUE,
                        render->ink->text, KB_ALIGN_CENTER, 0);
      x += c->reduction_t;
    }
  if (gap_before > 0)
    {
      double gx = kb_chart_layout_x (l, gap_before);
      g_autofree char *kt = kb_format_kt (gap_before, lang);
      /* Translators: the gap the measures are to close, marked on the reduction axis */
      g_autofree char *text = g_strdup_printf (_("Gap without the measures, %d: %s"), outcome.year, kt);
      gboolean left = gx + kb_render_text_width (render, text, l->body_px, TRUE) > l->plot.x + l->plot.width;

      kb_render_text (render, text, left ? gx - l->small_px * 0.4 : gx + l->small_px * 0.4, l->plot.y,
                      l->body_px, TRUE, render->ink->target, left ? KB_ALIGN_END : KB_ALIGN_START, 0);
    }
  else
    kb_render_text (render, _("The trend alone reaches the target level."), l->plot.x + l->plot.width, l->plot.y,
                    l->body_px, TRUE, render->ink->target, KB_ALIGN_END, 0);
  /* Translators: measures that cut nothing by the target year, e.g. "No reduction by 2030:" */
  no_cut_heading = g_strdup_printf (_("No reduction by %d:"), outcome.year);
  /* What is not on the curve is always said: its room is kept first. */
  kept = list_height (render, costs, lacks_investment, _("No investment given:")) +
         list_height (render, costs, costed_without_cut, no_cut_heading);
  legend_owners (render, costs);
  render->legend_y += l->small_px * 0.6;
  for (guint i = 0; i < curve->len; i++)
    {
      const KbMeasureCost *c = &g_array_index (curve, KbMeasureCost, i);
      g_autofree char *cost = kb_format_number (c->sek_per_t, 0, lang);
      /* Translators: a numbered measure on the cost curve and its cost, "1. Cykelsatsning: 258 kr/t" */
      g_autofree char *line = g_strdup_printf (_("%u. %s: %s\u00A0kr/t"), i + 1, kb_measure_get_name (c->measure), cost);

      /* Room kept for a last line that says what did not fit. */
      if (!side_line (render, line, FALSE, FALSE, kept + (i + 1 < curve->len ? l->small_px * 1.4 : 0)))
        {
          /* Translators: where the side has no room for the rest of the measures */
          g_autofree char *more = g_strdup_printf (ngettext ("… and %u more: see the numbers",
                                                             "… and %u more: see the numbers", curve->len - i),
                                                   curve->len - i);
          side_line (render, more, FALSE, TRUE, kept);
          break;
        }
    }
  list_measures (render, costs, lacks_investment, _("No investment given:"));
  list_measures (render, costs, costed_without_cut, no_cut_heading);
}

/* The investments per year and the highest year's sum; NULL where no
 * measure has an investment given. */
static double *
investments (KbRender *render,
             int      *first,
             int      *n,
             double   *hi)
{
  double *table = kb_investment_by_year (kb_chart_get_measures (render->chart), first, n);

  *hi = 0;
  for (int y = 0; table != NULL && y < *n; y++)
    {
      double sum = 0;
      for (int o = 0; o < KB_MEASURE_N_OWNERS; o++)
        sum += table[y * KB_MEASURE_N_OWNERS + o];
      *hi = MAX (*hi, sum);
    }
  return table;
}

/* The investments' axes: a column a year, their sums up. */
void
kb_investment_plot_fit (KbRender *render)
{
  KbChartLayout *l = &render->layout;
  g_autofree double *table = NULL;
  double hi;
  int first, n;

  if (!has_measures (render) || (table = investments (render, &first, &n, &hi)) == NULL)
    return;
  l->x_min = first - 0.6;
  l->x_max = first + n - 0.4;
  /* Whole years between ticks. */
  l->x_step = n <= 12 ? 1 : n <= 24 ? 2 : 5;
  l->y_min = 0;
  l->y_step = kb_nice_step (MAX (hi, 1), 6);
  l->y_max = ceil (MAX (hi, 1) * 1.02 / l->y_step) * l->y_step;
  render->x_format = KB_AXIS_YEARS;
  render->y_format = KB_AXIS_THOUSANDS;
}

/* Known investments per year, stacked by actor: each measure's spread
 * evenly from its start year to its full year. */
void
kb_investment_plot_draw (KbRender *render)
{
  GListModel *measures = kb_chart_get_measures (render->chart);
  g_autoptr(GArray) costs = NULL;
  g_autofree double *table = NULL;
  KbActorSum sums[KB_MEASURE_N_OWNERS];
  double hi;
  int first, n;

  if (!measures_or_say_none (render))
    return;
  table = investments (render, &first, &n, &hi);
  costs = kb_measure_costs (measures, 0, 0);
  kb_actor_investments (measures, sums);
  if (table == NULL)
    {
      say_empty (render, _("No measure has an investment given."));
      list_measures (render, costs, lacks_investment, _("No investment given:"));
      return;
    }

  kb_plot_begin (render);
  kb_plot_axes (render);
  for (int y = 0; y < n; y++)
    {
      double base = 0;

      for (int o = 0; o < KB_MEASURE_N_OWNERS; o++)
        {
          double v = table[y * KB_MEASURE_N_OWNERS + o];
          double bx[4] = { first + y - 0.35, first + y + 0.35, first + y + 0.35, first + y - 0.35 };
          double by[4] = { base, base, base + v, base + v };

          if (v <= 0)
            continue;
          kb_plot_color (kb_palette_owner (o), 1.0);
          kb_plot_polygon (bx, by, 4);
          base += v;
        }
    }
  kb_plot_end (render);

  for (int o = 0; o < KB_MEASURE_N_OWNERS; o++)
    {
      g_autofree char *amount = NULL, *label = NULL;

      if (sums[o].n_measures == 0)
        continue;
      amount = million_kr (render, sums[o].investment_ksek);
      label = isnan (sums[o].investment_ksek)
        /* Translators: an actor none of whose measures has an investment given */
        ? g_strdup_printf (ngettext ("%s: no investment given (%u measure)",
                                     "%s: no investment given (%u measures)", sums[o].n_measures),
                           kb_label_owner (o), sums[o].n_measures)
        : sums[o].n_without_investment > 0
        /* Translators: an actor, its known investments in all, and how many of its measures lack one */
        ? g_strdup_printf (ngettext ("%s: %s in all (%u measure without an investment)",
                                     "%s: %s in all (%u measures without an investment)",
                                     sums[o].n_without_investment),
                           kb_label_owner (o), amount, sums[o].n_without_investment)
        /* Translators: an actor and its investments in all */
        : g_strdup_printf (_("%s: %s in all"), kb_label_owner (o), amount);
      kb_render_legend (render, KB_LEGEND_SWATCH, kb_palette_owner (o), label);
    }
  list_measures (render, costs, lacks_investment, _("No investment given:"));
}

/* Each actor's part of the reductions in the target year and of the
 * known investments, and the gap their measures leave. */
KbBarBody *
kb_actors_plot_bars (KbRender *render)
{
  const KbTargetGap *gap = kb_chart_get_gap (render->chart);
  KbLanguage lang = kb_chart_get_language (render->chart);
  g_autoptr(GArray) costs = NULL;
  const char *remaining_label;
  KbActorSum sums[KB_MEASURE_N_OWNERS];
  KbMeasuresOutcome outcome;
  KbBarBody *body;
  double all_cut = 0, all_invested = 0;

  if (!has_measures (render) || !has_outcome (render, &outcome))
    return NULL;

  costs = kb_measure_costs (kb_chart_get_measures (render->chart), gap->latest_year, outcome.year);
  kb_actor_sums (costs, sums);
  body = kb_bar_body_new ();
  for (int o = 0; o < KB_MEASURE_N_OWNERS; o++)
    {
      all_cut += sums[o].reduction_t;
      if (!isnan (sums[o].investment_ksek))
        all_invested += sums[o].investment_ksek;
    }

  for (int o = 0; o < KB_MEASURE_N_OWNERS; o++)
    {
      g_autofree char *kt = NULL, *cut_pct = NULL, *money = NULL, *money_pct = NULL;

      if (sums[o].n_measures == 0)
        continue;
      kt = kb_render_kt (render, -sums[o].reduction_t, TRUE);
      cut_pct = kb_format_number (all_cut > 0 ? sums[o].reduction_t / all_cut * 100 : 0, 0, lang);
      money = isnan (sums[o].investment_ksek) ? NULL : million_kr (render, sums[o].investment_ksek);
      money_pct = kb_format_number (all_invested > 0 ? sums[o].investment_ksek / all_invested * 100 : 0, 0, lang);
      kb_bar_body_add (body, (KbBar) {
        kb_label_owner (o), 0, sums[o].reduction_t, kb_palette_owner (o),
        isnan (sums[o].investment_ksek)
        /* Translators: an actor's cut and its share, where none of its measures has an investment given */
        ? g_strdup_printf (_("%s (%s %%) · investment not given"), kt, cut_pct)
        : sums[o].n_without_investment > 0
        /* Translators: an actor's cut and its share; its known investment and its share; how many lack one */
        ? g_strdup_printf (ngettext ("%s (%s %%) · %s (%s %%), %u without an investment",
                                     "%s (%s %%) · %s (%s %%), %u without an investment",
                                     sums[o].n_without_investment),
                           kt, cut_pct, money, money_pct, sums[o].n_without_investment)
        /* Translators: an actor's cut and its share of all cuts; its investment and its share */
        : g_strdup_printf (_("%s (%s %%) · %s (%s %%)"), kt, cut_pct, money, money_pct),
        .marker = NAN,
      });
    }
  /* What no actor's measure covers yet. */
  remaining_label = kb_bar_body_keep (body, outcome.remaining_gap > 0
                                             /* Translators: the part of the gap in a year that no measure covers */
                                             ? g_strdup_printf (_("Gap left %d"), outcome.year)
                                             : g_strdup_printf (_("To spare %d"), outcome.year));
  kb_bar_body_add (body, (KbBar) {
    remaining_label, 0, fabs (outcome.remaining_gap),
    outcome.remaining_gap > 0 ? render->ink->trend : render->ink->target,
    kb_render_kt (render, fabs (outcome.remaining_gap), FALSE), .marker = NAN,
  });
  return body;
}

/* The bars, or why there are none. */
void
kb_actors_plot_draw (KbRender        *render,
                     const KbBarBody *body)
{
  KbMeasuresOutcome outcome;

  if (body != NULL)
    kb_bar_plot_draw (render, body);
  else if (measures_or_say_none (render))
    outcome_or_say_none (render, &outcome);
}
