/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-target-plot"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <math.h>
#include <plplot.h>

#include "kb-chart-text.h"
#include "kb-plots.h"

/* The total against the target path: history as measured, the path as
 * its own line, supplementary measures as a band, and the trend carried
 * forward dashed over a shaded future, so no projection reads as data. */

#define SHADE_ALPHA 0.07
#define BAND_ALPHA 0.25

static void
draw_future_shade (KbRender          *render,
                   const KbTargetGap *gap)
{
  const KbChartLayout *l = &render->layout;
  double x[4] = { gap->latest_year, l->x_max, l->x_max, gap->latest_year };
  double y[4] = { l->y_min, l->y_min, l->y_max, l->y_max };

  kb_plot_color (render->ink->text, SHADE_ALPHA);
  kb_plot_polygon (x, y, 4);
}

static void
draw_supplementary_band (KbRender          *render,
                         const KbTargetGap *gap,
                         KbTarget          *target)
{
  const KbChartLayout *l = &render->layout;

  for (guint i = 0; i < kb_target_get_n_milestones (target); i++)
    {
      const KbMilestone *m = kb_target_get_milestone (target, i);
      double top = gap->baseline_value * m->supplementary_pct / 100.0;
      double x[4] = { m->year, l->x_max, l->x_max, m->year };
      double y[4] = { 0, 0, top, top };

      if (m->supplementary_pct > 0)
        {
          kb_plot_color (render->ink->target, BAND_ALPHA);
          kb_plot_polygon (x, y, 4);
        }
    }
}

static void
draw_target_path (KbRender          *render,
                  const KbTargetGap *gap,
                  KbTarget          *target)
{
  const KbChartLayout *l = &render->layout;
  guint n = kb_target_get_n_milestones (target) + 1;
  g_autofree double *x = g_new (double, n);
  g_autofree double *y = g_new (double, n);

  x[0] = gap->baseline_year;
  y[0] = gap->baseline_value;
  for (guint i = 1; i < n; i++)
    {
      const KbMilestone *m = kb_target_get_milestone (target, i - 1);
      x[i] = m->year;
      y[i] = gap->baseline_value * (1.0 - m->reduction_pct / 100.0);
    }

  kb_plot_color (render->ink->target, 1.0);
  kb_plot_line (render, x, y, n, l->line_width * 0.8, FALSE);
  for (guint i = 1; i < n; i++)
    kb_plot_dot (render, x[i], y[i], l->line_width * 1.6);
}

static void
draw_history (KbRender *render,
              KbSeries *total)
{
  const KbChartLayout *l = &render->layout;
  guint n = kb_series_get_n_years (total);

  kb_plot_color (render->ink->history, 1.0);
  for (guint i = 0; i + 1 < n; i++)
    {
      double x[2] = { kb_series_get_year (total, i), kb_series_get_year (total, i + 1) };
      double y[2];

      if (kb_series_get_value_at (total, i, &y[0]) && kb_series_get_value_at (total, i + 1, &y[1]))
        kb_plot_line (render, x, y, 2, l->line_width, x[1] - x[0] > 1);
    }
  for (guint i = 0; i < n; i++)
    {
      double v;

      if (kb_series_get_value_at (total, i, &v))
        kb_plot_dot (render, kb_series_get_year (total, i), v, l->line_width * 1.3);
    }
}

static void
draw_trend (KbRender          *render,
            const KbTargetGap *gap)
{
  const KbChartLayout *l = &render->layout;
  double end_year = l->x_max;
  double x[2], y[2];

  if (!gap->have_trend)
    return;

  /* A falling trend stops at zero: it says nothing about removals. */
  if (gap->trend.slope < 0)
    end_year = MIN (end_year, gap->trend.anchor_year - gap->trend.anchor_value / gap->trend.slope);

  x[0] = gap->trend.anchor_year;
  y[0] = gap->trend.anchor_value;
  x[1] = end_year;
  y[1] = kb_trend_value (&gap->trend, end_year);

  kb_plot_color (render->ink->trend, 1.0);
  kb_plot_line (render, x, y, 2, l->line_width, TRUE);
}

/* Keeps the part of the polygon @x, @y (@n points, room for 2 more) on
 * the side of the level @bound where @above says; returns its points. */
static guint
clip_at_level (double   *x,
               double   *y,
               guint     n,
               double    bound,
               gboolean  above)
{
  double cx[8], cy[8];
  guint m = 0;

  for (guint i = 0; i < n; i++)
    {
      guint j = (i + 1) % n;
      gboolean in_i = above ? y[i] >= bound : y[i] <= bound;
      gboolean in_j = above ? y[j] >= bound : y[j] <= bound;

      if (in_i)
        cx[m] = x[i], cy[m++] = y[i];
      if (in_i != in_j)
        {
          cx[m] = x[i] + (x[j] - x[i]) * (bound - y[i]) / (y[j] - y[i]);
          cy[m++] = bound;
        }
    }
  memcpy (x, cx, m * sizeof *x);
  memcpy (y, cy, m * sizeof *y);
  return m;
}

/* The spread of reasonable fits, as a band around the trend. */
static void
draw_trend_band (KbRender          *render,
                 const KbTargetGap *gap)
{
  const KbChartLayout *l = &render->layout;
  double x0 = gap->trend.anchor_year, y0 = gap->trend.anchor_value;
  double x[8] = { x0, l->x_max, l->x_max };
  double y[8] = { y0, y0 + gap->slope_lowest * (l->x_max - x0), y0 + gap->slope_highest * (l->x_max - x0) };
  guint n;

  if (!gap->have_trend)
    return;
  /* Cut where it leaves the plot, each edge keeping its slope: a band
   * squeezed onto the axis at the plot's end would lie above a trend
   * that reaches zero sooner (Danderyd's). */
  n = clip_at_level (x, y, 3, l->y_min, TRUE);
  n = clip_at_level (x, y, n, l->y_max, FALSE);
  if (n < 3)
    return;
  kb_plot_color (render->ink->trend, 0.13);
  kb_plot_polygon (x, y, n);
}

static void
draw_budget (KbRender          *render,
             const KbTargetGap *gap)
{
  const KbChartLayout *l = &render->layout;
  int n = (int)l->x_max - gap->budget.from_year + 1;
  g_autofree double *x = NULL;
  g_autofree double *y = NULL;

  if (!gap->have_trend || n < 2)
    return;
  x = g_new (double, n);
  y = g_new (double, n);
  for (int i = 0; i < n; i++)
    {
      x[i] = gap->budget.from_year + i;
      y[i] = kb_budget_path_value (&gap->budget, gap->budget.from_year + i);
    }
  kb_plot_color (render->ink->budget, 1.0);
  kb_plot_line (render, x, y, (guint)n, l->line_width * 0.7, TRUE);
}

static gboolean
has_scenario (KbRender *render)
{
  return kb_chart_has_plan (render->chart) || kb_chart_get_extra_cut (render->chart) > 0;
}

/* The trend with the measures (and any extra yearly cut) applied. */
static void
draw_scenario (KbRender          *render,
               const KbTargetGap *gap)
{
  const KbChartLayout *l = &render->layout;
  int n = (int)l->x_max - gap->latest_year + 1;
  g_autofree double *x = NULL;
  g_autofree double *y = NULL;

  if (!has_scenario (render) || n < 2)
    return;
  x = g_new (double, n);
  y = g_new (double, n);
  for (int i = 0; i < n; i++)
    {
      x[i] = gap->latest_year + i;
      y[i] = kb_scenario_value (gap, kb_chart_get_measures (render->chart),
                                kb_chart_get_extra_cut (render->chart), gap->latest_year + i);
    }
  kb_plot_color (render->ink->scenario, 1.0);
  kb_plot_line (render, x, y, (guint)n, l->line_width, FALSE);
}

/* Above the path, the gap is the trend's red; on or below it, ahead of
 * the target, the target's green. */
static KbColor
gap_ink (KbRender          *render,
         const KbTargetGap *gap)
{
  return gap->latest_value > gap->path_value_latest ? render->ink->trend : render->ink->target;
}

static void
draw_gap_marker (KbRender          *render,
                 const KbTargetGap *gap)
{
  const KbChartLayout *l = &render->layout;
  double x[2] = { gap->latest_year, gap->latest_year };
  double y[2] = { gap->path_value_latest, gap->latest_value };

  kb_plot_color (gap_ink (render, gap), 1.0);
  kb_plot_line (render, x, y, 2, l->line_width * 0.6, FALSE);
}

/* Where the side column's figures must end: above the source line, or
 * beside the plot where the time axis's last year reaches into the column
 * (a figure there ran into "2050" in Översikt's card). */
static double
figures_end (KbRender *render)
{
  const KbChartLayout *l = &render->layout;
  g_autofree char *last_year = g_strdup_printf ("%d", (int)l->x_max);
  double reach = l->plot.x + l->plot.width + kb_render_text_width (render, last_year, l->body_px, FALSE) / 2;

  return reach >= l->side.x ? l->plot.y + l->plot.height : l->source.y - l->small_px * 0.5;
}

/* A figure in the side column: a muted label over a bold value; left out
 * where the column has no room left above @end (figures_end ()). The
 * figures show whole in the presentation and export sizes. */
static void
key_figure (KbRender   *render,
            double      end,
            const char *label,
            const char *value)
{
  const KbChartLayout *l = &render->layout;
  double height = kb_render_text_height (render, label, l->small_px, FALSE, l->side.width) +
                  kb_render_text_height (render, value, l->body_px * 1.15, TRUE, l->side.width);

  if (render->legend_y + height > end)
    return;
  render->legend_y += kb_render_text (render, label, l->side.x, render->legend_y,
                                      l->small_px, FALSE, render->ink->muted_text,
                                      KB_ALIGN_START, l->side.width);
  render->legend_y += kb_render_text (render, value, l->side.x, render->legend_y,
                                      l->body_px * 1.15, TRUE, render->ink->text,
                                      KB_ALIGN_START, l->side.width);
  render->legend_y += l->body_px * 0.5;
}

static void
draw_key_figures (KbRender          *render,
                  const KbTargetGap *gap)
{
  KbLanguage lang = kb_chart_get_language (render->chart);
  g_autofree char *latest = kb_format_number (gap->latest_value / 1000, 0, lang);
  g_autofree char *gap_kt = kb_format_gap_kt (gap->gap, lang);
  /* Whole percent from 100 on ("208 %"): the figure stays on one line of an A4 export. */
  g_autofree char *gap_pct = kb_format_number (fabs (gap->gap_pct_of_baseline), fabs (gap->gap_pct_of_baseline) >= 99.95 ? 0 : 1, lang);
  g_autofree char *needed = kb_format_number (gap->required_annual_reduction_pct, 1, lang);
  g_autofree char *level = kb_format_number (gap->milestone_level / 1000, 0, lang);
  g_autofree char *label = NULL;
  g_autofree char *value = NULL;
  double end = figures_end (render);

  render->legend_y += render->layout.body_px * 0.8;

  label = g_strdup_printf (_("Emissions %d"), gap->latest_year);
  value = g_strdup_printf (_("%s kt"), latest);
  key_figure (render, end, label, value);

  g_free (label), g_free (value);
  label = kb_chart_has_national_target (render->chart)
          ? g_strdup_printf (_("Gap to Sweden’s target path, %d"), gap->latest_year)
          : g_strdup_printf (_("Gap to the target path, %d"), gap->latest_year);
  /* Translators: the gap in words ("14 kt below"), then in % of the
   * baseline year's total; short, to stay on one line of an A4 export */
  value = g_strdup_printf (_("%s (%s %% of %d)"), gap_kt, gap_pct, gap->baseline_year);
  key_figure (render, end, label, value);

  g_free (label), g_free (value);
  label = g_strdup_printf (_("Trend reaches the %d level (%s kt)"), gap->milestone_year, level);
  if (!gap->have_trend)
    value = g_strdup (_("too few years to tell"));
  else if (gap->trend_reaches_milestone == KB_TREND_NEVER)
    value = g_strdup (_("never: the trend is rising"));
  else if (gap->trend_reaches_milestone > KB_TREND_HORIZON)
    /* Kiruna's 2265: a straight line's far end, nothing to read out. */
    value = g_strdup_printf (_("not before %d"), KB_TREND_HORIZON);
  else
    value = g_strdup_printf ("%d", gap->trend_reaches_milestone);
  key_figure (render, end, label, value);

  g_free (label), g_free (value);
  label = g_strdup_printf (_("Reduction needed to meet %d"), gap->milestone_year);
  value = g_strdup_printf (_("%s %% a year"), needed);
  key_figure (render, end, label, value);

  if (has_scenario (render))
    {
      KbMeasuresOutcome outcome;

      if (kb_chart_get_outcome (render->chart, &outcome))
        {
          g_free (label), g_free (value);
          g_autofree char *percent = kb_format_number (kb_chart_get_extra_cut (render->chart), 1, lang);

          if (kb_chart_get_extra_cut (render->chart) <= 0)
            label = g_strdup_printf (_("With the measures, the %d level is reached"), outcome.year);
          else if (kb_chart_has_plan (render->chart))
            /* Translators: the measures and the what-if cut, then the target year */
            label = g_strdup_printf (_("With the measures and −%s\u00A0%% a year more, the %d level is reached"),
                                     percent, outcome.year);
          else
            /* Translators: the what-if cut alone (no measures open), then the target year */
            label = g_strdup_printf (_("With −%s\u00A0%% a year more, the %d level is reached"), percent, outcome.year);
          value = outcome.target_reached_year == KB_TREND_NEVER
                  ? g_strdup_printf (_("not by %d"), KB_SCENARIO_LAST_YEAR)
                  : g_strdup_printf ("%d", outcome.target_reached_year);
          key_figure (render, end, label, value);
        }
    }

  if (gap->have_trend)
    {
      g_autofree char *budget = kb_format_number (gap->budget.budget / 1000, 0, lang);
      g_autofree char *trend = kb_format_number (gap->budget.trend_total / 1000, 0, lang);

      g_free (label), g_free (value);
      /* Translators: the years the carbon budget covers */
      label = g_strdup_printf (_("Carbon budget %d–%d vs the trend"),
                               gap->budget.from_year, gap->budget.to_year);
      value = g_strdup_printf (_("%s kt vs %s kt"), budget, trend);
      key_figure (render, end, label, value);
    }
}

/* Whether a projection (the trend, its band, the carbon budget, the
 * scenario) passes through the box from @left to @right, @top to @bottom
 * (device units), where a label would hide it and be crossed by it. */
static gboolean
crosses_projection (KbRender          *render,
                    const KbTargetGap *gap,
                    double             left,
                    double             right,
                    double             top,
                    double             bottom)
{
  const KbChartLayout *l = &render->layout;
  double high = kb_chart_layout_value (l, top), low = kb_chart_layout_value (l, bottom);

  if (!gap->have_trend)
    return FALSE;
  for (int k = 0; k <= 8; k++)
    {
      double year = kb_chart_layout_year (l, left + (right - left) * k / 8.0);
      double since = year - gap->trend.anchor_year;
      double trend = kb_trend_value (&gap->trend, year);
      double lowest = gap->trend.anchor_value + MIN (gap->slope_lowest, gap->slope_highest) * since;
      double highest = gap->trend.anchor_value + MAX (gap->slope_lowest, gap->slope_highest) * since;

      /* The trend stops at zero; its band is the spread around it. */
      if (trend >= 0)
        lowest = MIN (lowest, trend), highest = MAX (highest, trend);
      if (since >= 0 && MAX (lowest, l->y_min) <= high && highest >= low)
        return TRUE;
      if (year >= gap->budget.from_year)
        {
          double budget = kb_budget_path_value (&gap->budget, (int)round (year));

          if (budget >= low && budget <= high)
            return TRUE;
        }
      if (has_scenario (render) && year >= gap->latest_year)
        {
          double scenario = kb_scenario_value (gap, kb_chart_get_measures (render->chart),
                                               kb_chart_get_extra_cut (render->chart), (int)round (year));

          if (scenario >= low && scenario <= high)
            return TRUE;
        }
    }
  return FALSE;
}

/* The top of a milestone's label above the path to @level, where the
 * path starts under the label's @left edge: the line that falls to the
 * marker never crosses it. */
static double
above_path (KbRender          *render,
            const KbTargetGap *gap,
            KbTarget          *target,
            double             level,
            double             left)
{
  const KbChartLayout *l = &render->layout;
  int left_year = (int)floor (kb_chart_layout_year (l, left));
  double y = kb_chart_layout_y (l, level) - l->body_px * 1.8;
  double path;

  if (kb_target_path_value (target, gap->baseline_value, left_year, &path))
    y = MIN (y, kb_chart_layout_y (l, path) - l->body_px * 1.5);
  return y;
}

/* Each milestone's reduction beside its marker, and the gap beside its
 * bar: the numbers a room asks about, where they are. */
static void
draw_labels (KbRender          *render,
             const KbTargetGap *gap,
             KbTarget          *target)
{
  const KbChartLayout *l = &render->layout;
  KbLanguage lang = kb_chart_get_language (render->chart);
  g_autofree char *gap_text = kb_format_gap_kt (gap->gap, lang);
  double gap_x = kb_chart_layout_x (l, gap->latest_year);
  double gap_y = kb_chart_layout_y (l, (gap->latest_value + gap->path_value_latest) / 2);

  for (guint i = 0; i < kb_target_get_n_milestones (target); i++)
    {
      const KbMilestone *m = kb_target_get_milestone (target, i);
      double level = gap->baseline_value * (1.0 - m->reduction_pct / 100.0);
      g_autofree char *pct = kb_format_number (-m->reduction_pct, 0, lang);
      /* Translators: a milestone: its year and its reduction, e.g. "2030: −70 %" */
      g_autofree char *text = g_strdup_printf (_("%d: %s %%"), m->year, pct);

      /* Below and left of the marker, under the falling path; above it
       * where the level is too near the axis for a line of text, or
       * where the trend, its band or another path runs under it and
       * not above (Danderyd's 2045). */
      double y = kb_chart_layout_y (l, level) + l->body_px * 0.3;
      double right = kb_chart_layout_x (l, m->year) - l->body_px * 0.6;
      double left = right - kb_render_text_width (render, text, l->body_px, TRUE);
      double above = above_path (render, gap, target, level, left);
      double height = l->body_px * 1.4;

      if (y + height > l->plot.y + l->plot.height ||
          (crosses_projection (render, gap, left, right, y, y + height) &&
           !crosses_projection (render, gap, left, right, above, above + height)))
        y = above;
      kb_render_label (render, text, right, y, l->body_px, render->ink->target, KB_ALIGN_END);
    }

  kb_render_label (render, gap_text, gap_x + l->small_px * 0.5, gap_y - l->body_px * 0.6,
                   l->body_px, gap_ink (render, gap), KB_ALIGN_START);
}

void
kb_target_plot_draw (KbRender *render)
{
  const KbChartLayout *l = &render->layout;
  KbSeries *total = kb_chart_get_total (render->chart);
  KbTarget *target = kb_chart_get_target (render->chart);
  const KbTargetGap *gap = kb_chart_get_gap (render->chart);
  double shade_x;

  kb_plot_begin (render);
  if (gap != NULL)
    {
      draw_future_shade (render, gap);
      draw_supplementary_band (render, gap, target);
    }
  kb_plot_axes (render);
  if (gap != NULL)
    {
      draw_trend_band (render, gap);
      draw_target_path (render, gap, target);
      draw_budget (render, gap);
      draw_gap_marker (render, gap);
      draw_trend (render, gap);
      draw_scenario (render, gap);
    }
  draw_history (render, total);
  kb_plot_end (render);

  kb_render_legend (render, KB_LEGEND_LINE, render->ink->history, _("Emissions (markers: years with data)"));
  if (gap == NULL)
    return;

  kb_render_legend (render, KB_LEGEND_LINE, render->ink->target,
                    kb_chart_has_national_target (render->chart)
                    ? _("Sweden’s target path")
                    : _("Target path"));
  kb_render_legend (render, KB_LEGEND_BAND, render->ink->target,
                    _("Supplementary measures may cover the rest"));
  kb_render_legend (render, KB_LEGEND_DASHED, render->ink->trend,
                    _("Trend if nothing changes (2015 on)"));
  kb_render_legend (render, KB_LEGEND_BAND, render->ink->trend, _("Spread of other reasonable fits"));
  kb_render_legend (render, KB_LEGEND_DASHED, render->ink->budget,
                    /* Translators: Klimatkollen's Paris-aligned budget, beside the cut the target
                     * needs (a workshop took the two rates for one) */
                    /* xgettext:no-c-format */
                    _("Paris-aligned carbon budget (−11.72 % a year)"));
  if (has_scenario (render))
    {
      g_autofree char *label = kb_chart_dup_scenario_label (render->chart);

      kb_render_legend (render, KB_LEGEND_LINE, render->ink->scenario, label);
    }
  draw_key_figures (render, gap);

  draw_labels (render, gap, target);

  shade_x = kb_chart_layout_x (l, gap->latest_year);
  kb_render_text (render, _("Trend if nothing changes"), shade_x + l->small_px * 0.5,
                  l->plot.y + l->small_px * 0.3, l->small_px, FALSE,
                  render->ink->muted_text, KB_ALIGN_START, l->plot.x + l->plot.width - shade_x);
}
