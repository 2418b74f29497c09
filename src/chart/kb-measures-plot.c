/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-measures-plot"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kb-plots.h"

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

/* A row of the waterfall: a measure, or the measures of a focus area or
 * an actor summed. */
typedef struct
{
  KbMeasure *measure;   /* the first of the row's measures */
  char      *label;
  double     effect;
  guint      n_measures;
  KbColor    color;
} Effect;

static int
compare_effects (gconstpointer a,
                 gconstpointer b)
{
  double ea = ((const Effect *)a)->effect, eb = ((const Effect *)b)->effect;
  return (ea < eb) - (ea > eb);
}

static void
clear_effect (gpointer data)
{
  Effect *e = data;

  g_clear_object (&e->measure);
  g_clear_pointer (&e->label, g_free);
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

/* The waterfall's rows, largest cut first: a measure a row, or one row
 * a focus area (a measure without one under "no focus area") or actor. */
static GArray *
effect_rows (GListModel         *measures,
             KbMeasuresGrouping  grouping,
             int                 from_year,
             int                 year)
{
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (Effect));
  g_autoptr(GHashTable) row_of = g_hash_table_new (g_str_hash, g_str_equal);

  g_array_set_clear_func (rows, clear_effect);
  for (guint i = 0; measures != NULL && i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(KbMeasure) m = g_list_model_get_item (measures, i);
      double effect = kb_measure_effect_after (m, from_year, year);
      const char *key;
      gpointer found;

      switch (grouping)
        {
        case KB_MEASURES_BY_FOCUS_AREA:
          key = kb_measure_get_focus_area (m);
          if (key == NULL || *key == '\0')
            key = _("No focus area");
          break;
        case KB_MEASURES_BY_OWNER:
          key = kb_label_owner (kb_measure_get_owner (m));
          break;
        case KB_MEASURES_BY_MEASURE:
        default:
          key = NULL;
          break;
        }
      if (key != NULL && g_hash_table_lookup_extended (row_of, key, NULL, &found))
        {
          Effect *e = &g_array_index (rows, Effect, GPOINTER_TO_UINT (found));
          e->effect += effect;
          e->n_measures++;
          continue;
        }
      {
        KbMeasureStatus status = kb_measure_get_status (m);
        Effect e = {
          g_object_ref (m), g_strdup (key ? key : kb_measure_get_name (m)), effect, 1,
          grouping == KB_MEASURES_BY_OWNER ? kb_palette_owner (kb_measure_get_owner (m))
          : grouping == KB_MEASURES_BY_FOCUS_AREA ? kb_palette_other (g_hash_table_size (row_of))
          : status_colors[CLAMP (status, 0, 2)],
        };

        if (key != NULL)
          g_hash_table_insert (row_of, e.label, GUINT_TO_POINTER (rows->len));
        g_array_append_val (rows, e);
      }
    }
  g_array_sort (rows, compare_effects);
  return rows;
}

KbBarBody *
kb_measures_plot_bars (KbRender *render)
{
  GListModel *measures = kb_chart_get_measures (render->chart);
  const KbTargetGap *gap = kb_chart_get_gap (render->chart);
  KbMeasuresGrouping grouping = kb_chart_get_measures_grouping (render->chart);
  g_autoptr(GArray) effects = NULL;
  KbMeasuresOutcome outcome;
  KbBarBody *body;
  double level;

  if (gap == NULL || !kb_chart_get_outcome (render->chart, &outcome))
    return NULL;

  effects = effect_rows (measures, grouping, gap->latest_year, outcome.year);
  body = kb_bar_body_new ();
  body->reach = outcome.target_level;

  kb_bar_body_add (body, (KbBar) {
    /* Translators: the trend's value in a year, e.g. "Trend 2030" */
    kb_bar_body_keep (body, g_strdup_printf (_("Trend %d"), outcome.year)), 0, outcome.trend_value, trend_grey,
    kb_render_kt (render, outcome.trend_value, FALSE), .marker = NAN,
  });
  level = outcome.trend_value;
  for (guint i = 0; i < effects->len; i++)
    {
      Effect *e = &g_array_index (effects, Effect, i);
      KbMeasureStatus status = kb_measure_get_status (e->measure);
      g_autofree char *value = kb_render_kt (render, -e->effect, TRUE);

      kb_bar_body_add (body, (KbBar) {
        kb_bar_body_keep (body, g_strdup (e->label)), level - e->effect, level, e->color,
        grouping != KB_MEASURES_BY_MEASURE
        /* Translators: the reduction of a group of measures, e.g. "−20 kt (3 measures)" */
        ? g_strdup_printf (ngettext ("%s (%u measure)", "%s (%u measures)", e->n_measures), value, e->n_measures)
        /* Translators: a measure's reduction and its status, e.g. "−20 kt (planerad)" */
        : e->effect > 0 ? g_strdup_printf (_("%s (%s)"), value, status_label (status))
                        : g_strdup_printf (_("none by %d (starts %d)"), outcome.year,
                                           kb_measure_get_start_year (e->measure)),
        .marker = NAN,
      });
      level -= e->effect;
    }
  /* Without measures (and no what-if cut), what remains is the trend:
   * said, not drawn twice. */
  if (effects->len == 0 && kb_chart_get_extra_cut (render->chart) == 0)
    {
      kb_bar_body_add (body, (KbBar) {
        /* Translators: the measures chart's row where no plan of measures is open */
        _("Measures"), level, level, trend_grey, g_strdup (_("none loaded")), .marker = NAN,
      });
      return body;
    }
  /* The what-if cut's own step, where it cuts (it was in "Remaining" unseen). */
  if (kb_chart_get_extra_cut (render->chart) > 0 && kb_measures_outcome_extra_cut (&outcome) > 0)
    {
      double step = kb_measures_outcome_extra_cut (&outcome);
      g_autofree char *percent = kb_format_number (kb_chart_get_extra_cut (render->chart), 1,
                                                   kb_chart_get_language (render->chart));

      kb_bar_body_add (body, (KbBar) {
        /* Translators: the waterfall's row of the what-if extra cut, e.g. "Extra −3,0 % a year" */
        kb_bar_body_keep (body, g_strdup_printf (_("Extra −%s\u00A0%% a year"), percent)), outcome.remaining,
        outcome.remaining + step, render->ink->scenario, kb_render_kt (render, -step, TRUE), .marker = NAN,
      });
    }
  kb_bar_body_add (body, (KbBar) {
    /* Translators: what remains of the emissions in a year after the measures */
    kb_bar_body_keep (body, g_strdup_printf (_("Remaining %d"), outcome.year)), 0, outcome.remaining,
    render->ink->history, kb_render_kt (render, outcome.remaining, FALSE), .marker = NAN,
  });
  return body;
}

/* The waterfall, the target level across every row, and what is left of
 * the gap. */
void
kb_measures_plot_draw (KbRender        *render,
                       const KbBarBody *body)
{
  const KbChartLayout *l = &render->layout;
  const KbTargetGap *gap = kb_chart_get_gap (render->chart);
  KbLanguage lang = kb_chart_get_language (render->chart);
  g_autofree char *goal = NULL, *level_text = NULL;
  g_autofree char *gap_kt = NULL, *gap_pct = NULL, *gap_text = NULL;
  KbMeasuresOutcome outcome;
  double x;

  if (body == NULL || !kb_chart_get_outcome (render->chart, &outcome))
    return;

  kb_bar_plot_draw (render, body);

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
  /* No sign: the words say which way ("+187 kt" read as a rise). */
  gap_kt = kb_render_kt (render, fabs (outcome.remaining_gap), FALSE);
  gap_pct = kb_format_number (fabs (outcome.remaining_gap / gap->baseline_value * 100), 1, lang);
  gap_text = outcome.remaining_gap > 0
    /* Translators: the gap left in the target's year after the measures, in kt and in % of the
     * baseline year's emissions: its year said, as Mål's gap is of the latest year */
    ? g_strdup_printf (_("Gap left in %d: %s (%s %% of %d)"), outcome.year, gap_kt, gap_pct, gap->baseline_year)
    : g_strdup_printf (_("The %d target is met, with %s to spare"), outcome.year, gap_kt);
  kb_render_text (render, goal, x + l->small_px * 0.4, l->plot.y - l->body_px * 2.3, l->body_px, TRUE,
                  render->ink->target, KB_ALIGN_START, 0);
  kb_render_text (render, gap_text, l->plot.x + l->plot.width, l->subtitle.y, l->body_px * 1.1, TRUE,
                  outcome.remaining_gap > 0 ? render->ink->trend : render->ink->target, KB_ALIGN_END, 0);

}

/* Each sector's trend in the target year against its share of the target
 * (the target level split as the sectors shared the baseline year), with
 * the measures that address it as the lighter part of its bar. */
KbBarBody *
kb_sector_measures_plot_bars (KbRender *render)
{
  GPtrArray *sectors = kb_chart_get_sectors (render->chart);
  GListModel *measures = kb_chart_get_measures (render->chart);
  const KbTargetGap *gap = kb_chart_get_gap (render->chart);
  g_autoptr(GArray) outcomes = NULL;
  KbMeasuresOutcome outcome;
  KbBarBody *body;

  if (gap == NULL || !kb_chart_get_outcome (render->chart, &outcome))
    return NULL;

  outcomes = kb_sector_outcomes (sectors, measures, gap, &outcome);
  body = kb_bar_body_new ();
  for (guint i = 0; i < outcomes->len; i++)
    {
      const KbSectorOutcome *o = &g_array_index (outcomes, KbSectorOutcome, i);
      const char *name = kb_series_display (o->sector, kb_chart_get_language (render->chart));
      g_autofree char *after = kb_render_kt (render, o->trend_value - o->effect, FALSE);
      g_autofree char *target_text = kb_render_kt (render, o->target_share, FALSE);

      kb_bar_body_add (body, (KbBar) {
        name, 0, o->trend_value - o->effect, kb_palette_sector (kb_series_get_sector (o->sector), o->index),
        o->cut_at_zero
        /* Translators: as below, where the sector's trend fell below zero and is shown as zero */
        ? g_strdup_printf (_("%s (trend cut at zero), target %s"), after, target_text)
        /* Translators: a sector's emissions after its measures, and its share of the target */
        : g_strdup_printf (_("%s, target %s"), after, target_text),
        o->trend_value - o->effect, o->trend_value, (KbColor) { 0.85, 0.85, 0.87 }, o->target_share,
      });
    }
  return body;
}

/* The sectors' bars, and beside the subtitle what their parts are: the
 * colour what is left after the measures, the grey what they cut, the
 * tick the sector's share of the target (a reader of an export has no
 * words under the chart). Left out where even its short form has no room. */
void
kb_sector_measures_plot_draw (KbRender        *render,
                              const KbBarBody *body)
{
  const KbChartLayout *l = &render->layout;
  g_autofree char *subtitle = NULL;
  const char *keys[] = {
    /* Translators: the key of "each sector against its share of the target" */
    _("Colour: left after the measures · grey: the measures' cut · tick: the sector's share of the target"),
    /* Translators: the same key, shorter, where the long one has no room */
    _("Grey: the measures' cut · tick: share of the target"),
  };
  double right = l->plot.x + l->plot.width, room;

  if (body == NULL)
    return;
  kb_bar_plot_draw (render, body);

  subtitle = kb_chart_dup_subtitle (render->chart);
  room = right - (l->subtitle.x + kb_render_text_width (render, subtitle, l->subtitle_px, FALSE) + l->body_px);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (kb_render_text_width (render, keys[i], l->small_px, FALSE) <= room)
      {
        kb_render_text (render, keys[i], right, l->subtitle.y + (l->subtitle_px - l->small_px) * 0.6, l->small_px,
                        FALSE, render->ink->muted_text, KB_ALIGN_END, 0);
        break;
      }
}

