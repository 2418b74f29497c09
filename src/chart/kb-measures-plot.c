/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-measures-plot"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kb-chart-render-private.h"

/* What closes the gap, and what does not: a waterfall from the trend's
 * value in the target year, through each measure's reduction by then, to
 * what remains, against the target level. Decided, planned and idea
 * measures each have their own colour. */

static const KbColor trend_grey = { 0x55 / 255.0, 0x56 / 255.0, 0x5E / 255.0 };
static const KbColor status_colors[] = {
  { 0x11 / 255.0, 0x77 / 255.0, 0x33 / 255.0 }, /* beslutad: dark green */
  { 0x44 / 255.0, 0xAA / 255.0, 0x99 / 255.0 }, /* planerad: teal */
  { 0xBB / 255.0, 0xDD / 255.0, 0xCC / 255.0 }, /* idé: pale */
};

typedef struct
{
  KbMeasure *measure;
  double     effect;
} Effect;

static int
compare_effects (gconstpointer a,
                 gconstpointer b)
{
  double ea = ((const Effect *)a)->effect, eb = ((const Effect *)b)->effect;
  return (ea < eb) - (ea > eb);
}

static const char *
status_label (KbMeasureStatus status)
{
  switch (status)
    {
    case KB_MEASURE_DECIDED: return _("decided");
    case KB_MEASURE_PLANNED: return _("planned");
    case KB_MEASURE_IDEA:
    default: return _("idea");
    }
}

void
kb_measures_plot_draw (KbRender *render)
{
  KbChartLayout *l = &render->layout;
  GListModel *measures = kb_chart_get_measures (render->chart);
  const KbTargetGap *gap = kb_chart_get_gap (render->chart);
  KbLanguage lang = kb_chart_get_language (render->chart);
  guint n_measures = measures ? g_list_model_get_n_items (measures) : 0;
  g_autoptr(GArray) effects = g_array_new (FALSE, FALSE, sizeof (Effect));
  g_autofree KbBar *bars = kb_bars_new (n_measures + 2);
  g_autofree char *trend_label = NULL, *left_label = NULL, *goal = NULL, *level_text = NULL;
  g_autofree char *gap_kt = NULL, *gap_pct = NULL, *gap_text = NULL;
  KbMeasuresOutcome outcome;
  double level, x;
  guint n = 0;

  if (gap == NULL || !kb_chart_get_outcome (render->chart, &outcome))
    return;

  for (guint i = 0; i < n_measures; i++)
    {
      Effect e = { g_list_model_get_item (measures, i), 0 };
      e.effect = kb_measure_effect_after (e.measure, gap->latest_year, outcome.year);
      g_array_append_val (effects, e);
    }
  g_array_sort (effects, compare_effects);

  /* Translators: the trend's value in a year, e.g. "Trend 2030" */
  trend_label = g_strdup_printf (_("Trend %d"), outcome.year);
  bars[n++] = (KbBar) { trend_label, 0, outcome.trend_value, trend_grey,
                        kb_render_kt (render, outcome.trend_value, FALSE), .marker = NAN };
  level = outcome.trend_value;
  for (guint i = 0; i < effects->len; i++)
    {
      Effect *e = &g_array_index (effects, Effect, i);
      KbMeasureStatus status = kb_measure_get_status (e->measure);
      g_autofree char *value = kb_render_kt (render, -e->effect, TRUE);

      bars[n++] = (KbBar) {
        kb_measure_get_name (e->measure), level - e->effect, level,
        status_colors[CLAMP (status, 0, 2)],
        /* Translators: a measure's reduction and its status, e.g. "−20 kt (planerad)" */
        e->effect > 0 ? g_strdup_printf (_("%s (%s)"), value, status_label (status))
                      : g_strdup_printf (_("none by %d (starts %d)"), outcome.year,
                                         kb_measure_get_start_year (e->measure)),
        .marker = NAN,
      };
      level -= e->effect;
    }
  /* Translators: what remains of the emissions in a year after the measures */
  left_label = g_strdup_printf (_("Remaining %d"), outcome.year);
  bars[n++] = (KbBar) { left_label, 0, outcome.remaining, render->ink->history,
                        kb_render_kt (render, outcome.remaining, FALSE), .marker = NAN };

  kb_bar_plot_draw_reaching (render, bars, n, outcome.target_level);

  /* The target level across every row, and what is left of the gap. */
  x = kb_chart_layout_x (l, outcome.target_level);
  cairo_save (render->cr);
  cairo_set_source_rgb (render->cr, render->ink->target.red, render->ink->target.green, render->ink->target.blue);
  cairo_set_line_width (render->cr, l->line_width);
  cairo_move_to (render->cr, x, l->plot.y);
  cairo_line_to (render->cr, x, l->plot.y + l->plot.height);
  cairo_stroke (render->cr);
  cairo_restore (render->cr);

  level_text = kb_render_kt (render, outcome.target_level, FALSE);
  goal = g_strdup_printf (_("Target %d: %s"), outcome.year, level_text);
  /* Signed where a gap is left; what is to spare has no sign. */
  gap_kt = outcome.remaining_gap > 0 ? kb_render_kt (render, outcome.remaining_gap, TRUE)
                                     : kb_render_kt (render, fabs (outcome.remaining_gap), FALSE);
  gap_pct = kb_format_signed (outcome.remaining_gap / gap->baseline_value * 100, 1, lang);
  gap_text = outcome.remaining_gap > 0
    /* Translators: the gap left after the measures, in kt and in % of the baseline year's emissions */
    ? g_strdup_printf (_("Gap left: %s (%s %% of %d)"), gap_kt, gap_pct, gap->baseline_year)
    : g_strdup_printf (_("The target is met, with %s to spare"), gap_kt);
  kb_render_text (render, goal, x + l->small_px * 0.4, l->plot.y - l->body_px * 2.3, l->body_px, TRUE,
                  render->ink->target, KB_ALIGN_START, 0);
  kb_render_text (render, gap_text, l->plot.x + l->plot.width, l->subtitle.y, l->body_px * 1.1, TRUE,
                  outcome.remaining_gap > 0 ? render->ink->trend : render->ink->target, KB_ALIGN_END, 0);

  for (guint i = 0; i < n; i++)
    g_free (bars[i].value_text);
  for (guint i = 0; i < effects->len; i++)
    g_object_unref (g_array_index (effects, Effect, i).measure);
}

/* Each sector's trend in the target year against its share of the target
 * (the target level split as the sectors shared the baseline year), with
 * the measures that address it as the lighter part of its bar. */
void
kb_sector_measures_plot_draw (KbRender *render)
{
  GPtrArray *sectors = kb_chart_get_sectors (render->chart);
  GListModel *measures = kb_chart_get_measures (render->chart);
  const KbTargetGap *gap = kb_chart_get_gap (render->chart);
  g_autofree KbBar *bars = kb_bars_new (sectors->len);
  g_autoptr(GArray) outcomes = NULL;
  KbMeasuresOutcome outcome;
  guint n = 0;

  if (gap == NULL || !kb_chart_get_outcome (render->chart, &outcome))
    return;

  outcomes = kb_sector_outcomes (sectors, measures, gap, &outcome);
  for (guint i = 0; i < outcomes->len; i++)
    {
      const KbSectorOutcome *o = &g_array_index (outcomes, KbSectorOutcome, i);
      const char *name = kb_series_display (o->sector, kb_chart_get_language (render->chart));
      g_autofree char *after = kb_render_kt (render, o->trend_value - o->effect, FALSE);
      g_autofree char *target_text = kb_render_kt (render, o->target_share, FALSE);

      bars[n++] = (KbBar) {
        name, 0, o->trend_value - o->effect, kb_palette_sector (kb_series_get_sector (o->sector), o->index),
        o->cut_at_zero
        /* Translators: as below, where the sector's trend fell below zero and is shown as zero */
        ? g_strdup_printf (_("%s (trend cut at zero), target %s"), after, target_text)
        /* Translators: a sector's emissions after its measures, and its share of the target */
        : g_strdup_printf (_("%s, target %s"), after, target_text),
        o->trend_value - o->effect, o->trend_value, (KbColor) { 0.85, 0.85, 0.87 }, o->target_share,
      };
    }

  kb_bar_plot_draw (render, bars, n);
  for (guint i = 0; i < n; i++)
    g_free (bars[i].value_text);
}
