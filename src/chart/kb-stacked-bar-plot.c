/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-mode-share-plot"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <plplot.h>

#include "kb-plots.h"

/* Stacked vertical bars, one a year: travel-survey mode shares (a bar of
 * 100 % a survey year), or a stacked trend collapsed to the one year
 * chosen. A segment's value is written in it where it fits. */

#define BAR_WIDTH 0.6

static double
bar_value (KbRender *render,
           KbSeries *part,
           int       year,
           double    divisor)
{
  double v = 0;

  kb_series_get_value (part, year, &v);
  return divisor > 0 ? v / divisor * 100.0 : v;
}

/* A part keeps the colour of its place in the source, however drawn. */
static KbColor
part_color (KbRender  *render,
            GPtrArray *parts,
            guint      index)
{
  KbSeries *part = g_ptr_array_index (parts, index);
  guint source_index = index;

  g_ptr_array_find (kb_chart_get_sectors (render->chart), part, &source_index);
  return kb_palette_sector (kb_series_get_sector (part), source_index);
}

/* @divisors: per year, what 100 % is; NULL draws values as they are.
 * @unreported: per year, what the source did not publish of the total,
 * hatched on top (as drawn: in % where @divisors is given); may be NULL. */
static void
draw_bars (KbRender     *render,
           GPtrArray    *parts,
           const int    *years,
           const double *divisors,
           const double *unreported,
           guint         n)
{
  gboolean any_unreported = FALSE;

  const KbChartLayout *l = &render->layout;
  KbLanguage lang = kb_chart_get_language (render->chart);
  double mode_target = 0;
  const char *target_mode = kb_chart_get_mode_target (render->chart, &mode_target);

  kb_plot_begin (render);
  plwidth (MAX (l->line_width * 0.35, 1));
  kb_plot_color (render->ink->grid, 1.0);
  plbox ("", 0, 0, "g", l->y_step, 0);
  kb_plot_color (render->ink->muted_text, 1.0);
  plbox ("b", 0, 0, "bnstvo", l->y_step, 0);

  for (guint i = 0; i < n; i++)
    {
      double up = 0, down = 0;

      for (guint m = 0; m < parts->len; m++)
        {
          double v = bar_value (render, g_ptr_array_index (parts, m), years[i], divisors ? divisors[i] : 0);
          double x0 = i + (1 - BAR_WIDTH) / 2, x1 = x0 + BAR_WIDTH;
          /* Emissions stack up from zero, removals down from it. */
          double lo = v >= 0 ? up : down + v, hi = v >= 0 ? up + v : down;
          double x[4] = { x0, x1, x1, x0 }, y[4] = { lo, lo, hi, hi };

          kb_plot_color (part_color (render, parts, m), 1.0);
          kb_plot_polygon (x, y, 4);
          if (v >= 0)
            up += v;
          else
            down += v;
        }
      if (unreported != NULL && unreported[i] > 0)
        {
          double x0 = i + (1 - BAR_WIDTH) / 2, x1 = x0 + BAR_WIDTH;
          double x[4] = { x0, x1, x1, x0 }, y[4] = { up, up, up + unreported[i], up + unreported[i] };

          kb_plot_color (render->ink->muted_text, 1.0);
          plpsty (3);
          kb_plot_polygon (x, y, 4);
          plpsty (0);
          any_unreported = TRUE;
        }
    }
  kb_plot_end (render);
  if (any_unreported)
    kb_render_legend (render, KB_LEGEND_HATCHED, render->ink->muted_text,
                      _("Not published by the source (hatched)"));

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = g_strdup_printf ("%d", years[i]);
      double up = 0, down = 0;

      kb_render_text (render, label, kb_chart_layout_x (l, i + 0.5), l->plot.y + l->plot.height + l->body_px * 0.3,
                      l->body_px, FALSE, render->ink->muted_text, KB_ALIGN_CENTER, 0);
      for (guint m = 0; m < parts->len; m++)
        {
          KbSeries *part = g_ptr_array_index (parts, m);
          double v = bar_value (render, part, years[i], divisors ? divisors[i] : 0);
          double base = v >= 0 ? up : down + v;
          double top = kb_chart_layout_y (l, base + fabs (v)), bottom = kb_chart_layout_y (l, base);
          KbColor fill = part_color (render, parts, m);
          /* Dark text on light colours, white on dark. */
          double luminance = 0.2126 * fill.red + 0.7152 * fill.green + 0.0722 * fill.blue;

          if (bottom - top > l->body_px * 1.4)
            {
              g_autofree char *number = kb_format_number (v, 0, lang);
              g_autofree char *text = divisors != NULL || kb_chart_get_kind (render->chart) == KB_CHART_KIND_MODE_SHARE
                                      ? g_strdup_printf ("%s %%", number)
                                      : kb_render_kt (render, v, FALSE);
              kb_render_text (render, text, kb_chart_layout_x (l, i + 0.5), (top + bottom) / 2 - l->body_px * 0.65,
                              l->body_px, TRUE, luminance > 0.5 ? render->ink->text : render->ink->background,
                              KB_ALIGN_CENTER, 0);
            }
          /* The target for one mode: a line where its share should reach. */
          if (target_mode != NULL && g_strcmp0 (kb_series_get_sector (part), target_mode) == 0)
            {
              double y = kb_chart_layout_y (l, base + mode_target);
              double x0 = kb_chart_layout_x (l, i + (1 - BAR_WIDTH) / 2 - 0.08);
              double x1 = kb_chart_layout_x (l, i + (1 + BAR_WIDTH) / 2 + 0.08);
              g_autofree char *pct = kb_format_number (mode_target, 0, lang);
              /* Translators: a target share for a travel mode, e.g. "Mål cykel: 45 %" */
              g_autofree char *goal = g_strdup_printf (_("Target %s: %s %%"), target_mode, pct);

              cairo_save (render->cr);
              cairo_set_source_rgb (render->cr, render->ink->text.red, render->ink->text.green, render->ink->text.blue);
              cairo_set_line_width (render->cr, l->line_width);
              cairo_move_to (render->cr, x0, y);
              cairo_line_to (render->cr, x1, y);
              cairo_stroke (render->cr);
              cairo_restore (render->cr);
              kb_render_text (render, goal, x1 + l->small_px * 0.3, y - l->body_px * 0.65, l->body_px, TRUE,
                              render->ink->text, KB_ALIGN_START, 0);
            }
          if (v >= 0)
            up += v;
          else
            down += v;
        }
    }

  /* The legend lists the parts top first, as the bars stack them. */
  for (guint m = parts->len; m > 0; m--)
    {
      KbSeries *part = g_ptr_array_index (parts, m - 1);
      kb_render_legend (render, KB_LEGEND_SWATCH, part_color (render, parts, m - 1),
                        kb_series_display (part, kb_chart_get_language (render->chart)));
    }
}

/* The shares' axes: a column a survey year, 0–100 % up. */
void
kb_mode_share_plot_fit (KbRender *render)
{
  KbChartLayout *l = &render->layout;

  l->x_min = 0;
  l->x_max = MAX (kb_series_get_n_years (kb_chart_get_total (render->chart)), 1);
  l->x_step = 1;
  l->y_min = 0;
  l->y_max = 100;
  l->y_step = 20;
  render->x_format = KB_AXIS_NONE;
  render->y_format = KB_AXIS_PLAIN;
}

void
kb_mode_share_plot_draw (KbRender *render)
{
  KbSeries *total = kb_chart_get_total (render->chart);
  GPtrArray *modes = kb_chart_get_sectors (render->chart);
  guint n = kb_series_get_n_years (total);
  g_autofree int *years = g_new (int, MAX (n, 1));
  double target = 0;
  const char *target_mode = kb_chart_get_mode_target (render->chart, &target);
  g_autoptr(GPtrArray) ordered = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    years[i] = kb_series_get_year (total, i);
  /* A mode with a target goes at the bottom, where its share reads from 0. */
  for (guint m = 0; m < modes->len; m++)
    if (g_strcmp0 (kb_series_get_sector (g_ptr_array_index (modes, m)), target_mode) == 0)
      g_ptr_array_add (ordered, g_ptr_array_index (modes, m));
  for (guint m = 0; m < modes->len; m++)
    if (g_strcmp0 (kb_series_get_sector (g_ptr_array_index (modes, m)), target_mode) != 0)
      g_ptr_array_add (ordered, g_ptr_array_index (modes, m));

  draw_bars (render, ordered, years, NULL, NULL, n);
}

static int
compare_in_year (gconstpointer a,
                 gconstpointer b,
                 gpointer      year)
{
  double va = 0, vb = 0;

  kb_series_get_value (*(KbSeries **)a, GPOINTER_TO_INT (year), &va);
  kb_series_get_value (*(KbSeries **)b, GPOINTER_TO_INT (year), &vb);
  return (va < vb) - (va > vb);
}

/* The chart's year as one bar: its parts, and what the source left
 * unpublished of a published total (hatched, never 0). FALSE where a
 * part is suppressed and no total says how much: the year is not shown
 * whole (the stack leaves it out too). */
static gboolean
year_stack (KbRender    *render,
            KbYearParts *parts)
{
  kb_chart_get_year_parts (render->chart, kb_chart_get_sectors (render->chart),
                           kb_chart_get_year (render->chart), parts);
  if (!isnan (parts->unreported) && !(kb_chart_get_share (render->chart) && isnan (parts->base)))
    return TRUE;
  parts->unreported = 0;
  return FALSE;
}

/* One bar, with room around it; the values' axis, or 0–100 % as shares. */
void
kb_year_bar_plot_fit (KbRender *render)
{
  KbChartLayout *l = &render->layout;
  KbYearParts parts;
  double top;

  l->x_min = -1;
  l->x_max = 2;
  l->x_step = 1;
  render->x_format = KB_AXIS_NONE;
  if (kb_chart_get_share (render->chart))
    {
      l->y_min = 0, l->y_max = 100, l->y_step = 20;
      render->y_format = KB_AXIS_PLAIN;
      return;
    }
  (void) year_stack (render, &parts);
  top = parts.positive + parts.unreported;
  /* Nothing but zeros: an axis of one unit as it reads (1 kt). */
  if (top - parts.negative <= 0)
    top = kb_chart_layout_in_thousands (render->chart) ? 1000 : 1;
  l->y_step = kb_nice_step (top - parts.negative, 7);
  l->y_max = ceil (top * 1.02 / l->y_step) * l->y_step;
  l->y_min = parts.negative < 0 ? floor (parts.negative * 1.02 / l->y_step) * l->y_step : 0;
}

/* A stacked trend collapsed to one year: a single stacked bar, in the
 * data's unit or as shares of the total. */
void
kb_year_bar_plot_draw (KbRender *render)
{
  GPtrArray *sectors = kb_chart_get_sectors (render->chart);
  int year = kb_chart_get_year (render->chart);
  KbYearParts parts;
  g_autoptr(GPtrArray) sorted = NULL;

  /* Parts suppressed and the total too: the published parts are not the
   * whole, as a bar or as shares (a bar of them read as a fall). */
  if (!year_stack (render, &parts))
    {
      const KbChartLayout *l = &render->layout;
      g_autofree char *text = NULL;

      text = g_strdup_printf (_("The source published no total for %d, and some parts are suppressed: "
                                "the year cannot be shown whole."), year);
      kb_render_text (render, text, l->plot.x + l->plot.width / 2, l->plot.y + l->plot.height / 2 - l->body_px,
                      l->body_px * 1.2, FALSE, render->ink->muted_text, KB_ALIGN_CENTER, l->plot.width);
      return;
    }
  /* Largest at the bottom, as the stacked area has it. */
  sorted = g_ptr_array_new ();
  for (guint i = 0; i < sectors->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (sectors, i));
  g_ptr_array_sort_with_data (sorted, compare_in_year, GINT_TO_POINTER (year));
  if (kb_chart_get_share (render->chart))
    {
      /* A sector alone: its part of every sector's emissions. */
      double unreported_share = parts.base > 0 ? parts.unreported / parts.base * 100 : 0;

      draw_bars (render, sorted, &year, &parts.base, &unreported_share, 1);
      return;
    }
  draw_bars (render, sorted, &year, NULL, &parts.unreported, 1);
}
