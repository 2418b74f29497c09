/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-bar-plot"

#include "config.h"

#include <math.h>
#include <plplot.h>

#include "kb-plots.h"

/* Horizontal bars, one a row, labels to the left and values at the ends:
 * rankings, waterfalls and comparisons read best this way, since their
 * labels are long. Row 0 is at the top. The value axis runs along the
 * bottom. */

#define BAR_FILL 0.7

static double
bar_end (const KbBar *bar)
{
  double end = MAX (MAX (bar->start, bar->end), MAX (bar->overlay_start, bar->overlay_end));

  return isnan (bar->marker) ? end : MAX (end, bar->marker);
}

/* The widest the bars can be in @available, each value's words still
 * fitting after its bar's end: a long text beside a short bar needs no
 * room at the full length of the axis. */
static double
bars_width (KbRender    *render,
            const KbBar *bars,
            guint        n_bars,
            double       lo,
            double       hi,
            double       available)
{
  const KbChartLayout *l = &render->layout;
  double gap = l->body_px * 0.8, widest_text = 0, width = available;

  for (guint i = 0; i < n_bars; i++)
    {
      double text = bars[i].value_text != NULL
                    ? kb_render_text_width (render, bars[i].value_text, l->body_px, TRUE) + gap : 0;
      double fraction = hi > lo ? (bar_end (&bars[i]) - lo) / (hi - lo) : 1;

      widest_text = MAX (widest_text, text);
      if (fraction > 0)
        width = MIN (width, (available - text) / fraction);
    }
  /* Below zero the axis may start further left than @lo: every text is
   * kept clear of the full length instead. */
  if (lo < 0)
    width = available - widest_text;
  return MAX (MAX (width, available - widest_text), 10);
}

KbBarBody *
kb_bar_body_new (void)
{
  KbBarBody *body = g_new0 (KbBarBody, 1);

  body->bars = g_array_new (FALSE, TRUE, sizeof (KbBar));
  body->texts = g_ptr_array_new_with_free_func (g_free);
  return body;
}

void
kb_bar_body_free (KbBarBody *body)
{
  if (body == NULL)
    return;
  for (guint i = 0; i < body->bars->len; i++)
    g_free (g_array_index (body->bars, KbBar, i).value_text);
  g_array_unref (body->bars);
  g_ptr_array_unref (body->texts);
  g_free (body);
}

/* Keeps @text (taken) as long as the bars; returns it, for a bar's label. */
const char *
kb_bar_body_keep (KbBarBody *body,
                  char      *text)
{
  g_ptr_array_add (body->texts, text);
  return text;
}

/* Adds @bar; its value text is taken. */
void
kb_bar_body_add (KbBarBody *body,
                 KbBar      bar)
{
  g_array_append_val (body->bars, bar);
}

/* The plot area and the value axis for @body's bars, reaching its reach
 * too: the labels' column, the bars, and room for the values at their ends. */
void
kb_bar_plot_fit (KbRender  *render,
                 KbBarBody *body)
{
  KbChartLayout *l = &render->layout;
  const KbBar *bars = (const KbBar *)(void *)body->bars->data;
  guint n_bars = body->bars->len;
  double label_width = 0, lo = MIN (body->reach, 0), hi = MAX (body->reach, 0), span;

  if (n_bars == 0)
    return;

  for (guint i = 0; i < n_bars; i++)
    {
      label_width = MAX (label_width, kb_render_text_width (render, bars[i].label, l->body_px, FALSE));
      lo = MIN (lo, MIN (bars[i].start, bars[i].end));
      hi = MAX (hi, MAX (bars[i].start, bars[i].end));
      hi = MAX (hi, MAX (bars[i].overlay_start, bars[i].overlay_end));
      if (!isnan (bars[i].marker))
        hi = MAX (hi, bars[i].marker);
    }

  label_width = MIN (label_width, l->width * 0.42);
  body->label_width = label_width;
  l->plot.x = l->pad + label_width + l->body_px * 0.8;
  l->plot.width = bars_width (render, bars, n_bars, lo, hi, l->width - l->plot.x - l->pad);
  span = hi - lo > 0 ? hi - lo : 1;
  /* As many ticks as the width has room for numbers. */
  l->x_step = kb_nice_step (span, CLAMP ((int)(l->plot.width / (l->body_px * 4)), 2, 6));
  l->x_min = lo < 0 ? floor (lo / l->x_step) * l->x_step : 0;
  l->x_max = ceil (hi / l->x_step) * l->x_step;
  if (l->x_max <= l->x_min)
    l->x_max = l->x_min + l->x_step;
  l->y_min = 0;
  l->y_max = n_bars;
  l->y_step = 1;
  render->x_format = kb_chart_get_per_capita (render->chart) ||
                     kb_chart_get_kind (render->chart) == KB_CHART_KIND_CAR_FUELS ||
                     (kb_chart_get_kind (render->chart) == KB_CHART_KIND_COMPARE &&
                      kb_chart_get_compare_measure (render->chart) != KB_COMPARE_TOTAL &&
                      kb_chart_get_compare_measure (render->chart) != KB_COMPARE_PER_CAPITA)
                     ? KB_AXIS_PLAIN : KB_AXIS_THOUSANDS;
  render->y_format = KB_AXIS_NONE;
}

/* Draws @body's bars on the layout kb_bar_plot_fit () fitted to them. */
void
kb_bar_plot_draw (KbRender        *render,
                  const KbBarBody *body)
{
  const KbChartLayout *l = &render->layout;
  const KbBar *bars = (const KbBar *)(void *)body->bars->data;
  guint n_bars = body->bars->len;
  double label_width = body->label_width;
  double row_px;

  if (n_bars == 0)
    return;
  /* A label too long for its column wraps where its row has room for two lines. */
  row_px = l->plot.height / n_bars;

  kb_plot_begin (render);
  plwidth (MAX (l->line_width * 0.35, 1));
  kb_plot_color (render->ink->grid, 1.0);
  plbox ("g", l->x_step, 0, "", 0, 0);
  kb_plot_color (render->ink->muted_text, 1.0);
  plbox ("bnto", l->x_step, 0, "", 0, 0);

  for (guint i = 0; i < n_bars; i++)
    {
      double top = n_bars - i - (1 - BAR_FILL) / 2, bottom = top - BAR_FILL;
      double x[4] = { bars[i].start, bars[i].end, bars[i].end, bars[i].start };
      double y[4] = { bottom, bottom, top, top };

      kb_plot_color (bars[i].color, 1.0);
      kb_plot_polygon (x, y, 4);
      if (bars[i].overlay_start != bars[i].overlay_end)
        {
          double ox[4] = { bars[i].overlay_start, bars[i].overlay_end, bars[i].overlay_end, bars[i].overlay_start };

          kb_plot_color (bars[i].overlay_color, 1.0);
          kb_plot_polygon (ox, y, 4);
        }
    }

  /* The zero line, over the bars. */
  {
    double x[2] = { 0, 0 }, y[2] = { 0, n_bars };
    kb_plot_color (render->ink->text, 1.0);
    plwidth (MAX (l->line_width * 0.5, 1));
    plline (2, x, y);
  }
  kb_plot_end (render);

  for (guint i = 0; i < n_bars; i++)
    {
      double centre = kb_chart_layout_y (l, n_bars - i - 0.5) - l->body_px * 0.65;
      double end = bar_end (&bars[i]);

      if (!isnan (bars[i].marker))
        {
          double mx = kb_chart_layout_x (l, bars[i].marker);
          double top = kb_chart_layout_y (l, n_bars - i - 0.05), bottom = kb_chart_layout_y (l, n_bars - i - 0.95);

          cairo_save (render->cr);
          cairo_set_source_rgb (render->cr, render->ink->text.red, render->ink->text.green, render->ink->text.blue);
          cairo_set_line_width (render->cr, l->line_width);
          cairo_move_to (render->cr, mx, top);
          cairo_line_to (render->cr, mx, bottom);
          cairo_stroke (render->cr);
          cairo_restore (render->cr);
        }

      kb_render_text_line (render, bars[i].label, l->plot.x - l->body_px * 0.6, centre + l->body_px * 0.65,
                           l->body_px, render->ink->text, KB_ALIGN_END, label_width,
                           row_px >= l->body_px * 2.6 ? 2 : 1);
      if (bars[i].value_text != NULL)
        kb_render_text (render, bars[i].value_text, kb_chart_layout_x (l, end) + l->body_px * 0.4,
                        centre, l->body_px, TRUE, render->ink->text, KB_ALIGN_START, 0);
    }
}
