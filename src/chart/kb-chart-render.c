/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-chart-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kb-chart-render.h"
#include "kb-plots.h"

/* The renderer: computes a chart's layout, draws its frame and hands the
 * body to the plot layer of its kind (kb-plots.h), which draws with the
 * kit of kb-render.h. It depends on the layers, never they on it. */

static void
render_frame (KbRender *render)
{
  const KbChartLayout *l = &render->layout;
  g_autofree char *title = kb_chart_dup_title (render->chart);
  g_autofree char *subtitle = kb_chart_dup_subtitle (render->chart);
  g_autofree char *source = kb_chart_dup_source_line (render->chart);

  kb_render_text (render, title, l->title.x, l->title.y, l->title_px, TRUE,
                  render->ink->text, KB_ALIGN_START, l->title.width);
  kb_render_text (render, subtitle, l->subtitle.x, l->subtitle.y, l->subtitle_px, FALSE,
                  render->ink->muted_text, KB_ALIGN_START, l->subtitle.width);
  kb_render_text (render, source, l->source.x, l->source.y, l->small_px, FALSE,
                  render->ink->muted_text, KB_ALIGN_START, l->source.width);
  kb_render_text (render, kb_chart_get_axis_unit (render->chart), l->pad, l->plot.y - l->body_px * 2.3, l->body_px,
                  FALSE, render->ink->muted_text, KB_ALIGN_START, 0);
}

/* The chart's notes on the time axis: a dotted line at the year, the
 * text at the top of the plot, on the side where it fits. */
static void
render_annotations (KbRender *render)
{
  const KbChartLayout *l = &render->layout;
  cairo_t *cr = render->cr;

  for (guint i = 0; i < kb_chart_get_n_annotations (render->chart); i++)
    {
      int year;
      const char *text = kb_chart_get_annotation (render->chart, i, &year);
      double x = kb_chart_layout_x (l, year);
      double dash[2] = { l->line_width, l->line_width * 1.5 };
      g_autofree char *label = g_strdup_printf ("%d: %s", year, text);
      double width;
      gboolean left;

      if (year < l->x_min || year > l->x_max)
        continue;
      /* A note stays inside the plot: a long one is cut short ("…"), and
       * notes below the plot's foot are not drawn. */
      if (l->small_px * (2.9 + 1.4 * i) > l->plot.height)
        break;
      while (g_utf8_strlen (label, -1) > 8 &&
             kb_render_text_width (render, label, l->small_px, TRUE) > l->plot.width * 0.45)
        {
          char *cut = g_utf8_offset_to_pointer (label, g_utf8_strlen (label, -1) - 2);
          *cut = '\0';
          {
            char *shorter = g_strconcat (label, "…", NULL);
            g_free (label);
            label = shorter;
          }
        }
      width = kb_render_text_width (render, label, l->small_px, TRUE);
      left = x + width + l->small_px > l->plot.x + l->plot.width;

      cairo_save (cr);
      cairo_set_source_rgb (cr, render->ink->muted_text.red, render->ink->muted_text.green,
                            render->ink->muted_text.blue);
      cairo_set_line_width (cr, MAX (l->line_width * 0.4, 1));
      cairo_set_dash (cr, dash, 2, 0);
      cairo_move_to (cr, x, l->plot.y + l->small_px * (2.9 + 1.4 * i));
      cairo_line_to (cr, x, l->plot.y + l->plot.height);
      cairo_stroke (cr);
      cairo_restore (cr);

      kb_render_label (render, label, left ? x - l->small_px * 0.4 : x + l->small_px * 0.4,
                       l->plot.y + l->small_px * (1.6 + 1.4 * i), l->small_px,
                       render->ink->text, left ? KB_ALIGN_END : KB_ALIGN_START);
    }
}

/* Whether @chart shows the parts of the total and nothing without them. */
static gboolean
needs_sectors (KbChart *chart)
{
  switch (kb_chart_get_kind (chart))
    {
    case KB_CHART_KIND_SECTOR_RANKING:
    case KB_CHART_KIND_SECTOR_CHANGE:
    case KB_CHART_KIND_SECTOR_MEASURES:
      return TRUE;
    default:
      return FALSE;
    }
}

/* The bars of a body drawn as bars, built before the layout is fitted to
 * them; NULL for any other body, and where the chart lacks what its bars
 * need (a total of either year, a target, measures). */
static KbBarBody *
body_bars (KbRender    *render,
           KbChartBody  body)
{
  switch (body)
    {
    case KB_BODY_RANKING: return kb_ranking_plot_bars (render);
    case KB_BODY_CHANGE: return kb_change_plot_bars (render);
    case KB_BODY_COMPARE: return kb_compare_plot_bars (render);
    case KB_BODY_MEASURES: return kb_measures_plot_bars (render);
    case KB_BODY_SECTOR_MEASURES: return kb_sector_measures_plot_bars (render);
    case KB_BODY_ACTORS: return kb_actors_plot_bars (render);
    case KB_BODY_CAR_FUELS: return kb_car_fuels_plot_bars (render);
    default: return NULL;
    }
}

/* The layout's last step, where the body's plot area or axes follow its
 * data: done before anything is drawn, never changed after. */
static void
fit_body (KbRender    *render,
          KbChartBody  body,
          KbBarBody   *bars)
{
  if (bars != NULL)
    kb_bar_plot_fit (render, bars);
  else if (body == KB_BODY_COST_CURVE)
    kb_cost_curve_plot_fit (render);
  else if (body == KB_BODY_INVESTMENT)
    kb_investment_plot_fit (render);
  else if (body == KB_BODY_MODE_SHARE)
    kb_mode_share_plot_fit (render);
  else if (body == KB_BODY_YEAR_BAR)
    kb_year_bar_plot_fit (render);
}

static void
draw_body (KbRender        *render,
           KbChartBody      body,
           const KbBarBody *bars)
{
  switch (body)
    {
    case KB_BODY_TARGET: kb_target_plot_draw (render); break;
    case KB_BODY_CHANGE: kb_change_plot_draw (render, bars); break;
    case KB_BODY_MEASURES: kb_measures_plot_draw (render, bars); break;
    case KB_BODY_ACTORS: kb_actors_plot_draw (render, bars); break;
    case KB_BODY_CAR_FUELS: kb_car_fuels_plot_draw (render, bars); break;
    case KB_BODY_RANKING:
    case KB_BODY_COMPARE:
      kb_bar_plot_draw (render, bars);
      break;
    case KB_BODY_SECTOR_MEASURES: kb_sector_measures_plot_draw (render, bars); break;
    case KB_BODY_MODE_SHARE: kb_mode_share_plot_draw (render); break;
    case KB_BODY_COST_CURVE: kb_cost_curve_plot_draw (render); break;
    case KB_BODY_INVESTMENT: kb_investment_plot_draw (render); break;
    case KB_BODY_YEAR_BAR: kb_year_bar_plot_draw (render); break;
    case KB_BODY_STACKED: kb_sector_plot_draw (render); break;
    case KB_BODY_LINES:
    default: kb_lines_plot_draw (render); break;
    }
}

/* Draws @chart on @cr in the rectangle (0, 0, @width, @height) on a
 * white page: the one renderer behind the window, PNG, SVG and PDF. PLplot
 * draws the plot body; cairo and Pango the text around it. */
void
kb_chart_render (KbChart       *chart,
                 cairo_t       *cr,
                 double         width,
                 double         height,
                 KbChartLayout *layout_out)
{
  kb_chart_render_scheme (chart, cr, width, height, KB_SCHEME_LIGHT, layout_out);
}

/* The same on the page of @scheme: the window's, dark or high contrast. */
void
kb_chart_render_scheme (KbChart       *chart,
                        cairo_t       *cr,
                        double         width,
                        double         height,
                        KbScheme       scheme,
                        KbChartLayout *layout_out)
{
  KbRender render = { NULL };
  g_autoptr(KbBarBody) bars = NULL;
  KbChartBody body;
  gboolean no_sectors, with_body;

  g_return_if_fail (KB_IS_CHART (chart));
  g_return_if_fail (cr != NULL);
  render = (KbRender) { chart, cr, kb_palette_ink (scheme), NULL };
  body = kb_chart_layout_body (chart);

  cairo_save (cr);
  cairo_set_source_rgb (cr, render.ink->background.red, render.ink->background.green,
                        render.ink->background.blue);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  render.pango = pango_cairo_create_context (cr);
  kb_chart_layout_compute (chart, render.pango, width, height, &render.layout);
  render.legend_y = render.layout.side.y;

  render.x_format = KB_AXIS_YEARS;
  render.y_format = kb_chart_layout_in_thousands (chart) ? KB_AXIS_THOUSANDS : KB_AXIS_PLAIN;
  no_sectors = kb_chart_get_total (chart) != NULL && needs_sectors (chart) && kb_chart_get_sectors (chart)->len == 0;
  with_body = kb_chart_get_total (chart) != NULL && !no_sectors && kb_chart_render_check (NULL);
  if (with_body)
    {
      bars = body_bars (&render, body);
      fit_body (&render, body, bars);
    }

  render_frame (&render);
  if (no_sectors)
    {
      /* Say so, rather than leave the page blank. */
      const KbChartLayout *l = &render.layout;
      kb_render_text (&render, _("The data has no sectors for this municipality, only its total."),
                      l->plot.x + l->plot.width / 2, l->plot.y + l->plot.height / 2 - l->body_px,
                      l->body_px * 1.2, FALSE, render.ink->muted_text, KB_ALIGN_CENTER, l->plot.width);
    }
  else if (with_body)
    {
      draw_body (&render, body, bars);
      if (render.x_format == KB_AXIS_YEARS)
        render_annotations (&render);
      if (render.x_format == KB_AXIS_YEARS && kb_chart_get_guess_year (chart) != 0)
        kb_guess_plot_draw (&render);
    }

  if (layout_out != NULL)
    *layout_out = render.layout;

  g_object_unref (render.pango);
  cairo_restore (cr);
}
