/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-sector-plot"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <plplot.h>

#include "kb-plots.h"

/* Emissions by sector over time: areas stacked up from zero for
 * emissions and down from zero for removals, the net total on top as a
 * line with a marker on every year that has data. */

/* A sector's colour: its own, or by its place in the source's order. */
static KbColor
sector_color (KbRender *render,
              KbSeries *sector)
{
  guint index = 0;

  g_ptr_array_find (kb_chart_get_sectors (render->chart), sector, &index);
  return kb_palette_sector (kb_series_get_sector (sector), index);
}

/* One band: an area over each run of two or more complete years (one
 * polygon, no seams); a column on each other drawable year, so a part
 * suppressed in one year never slopes to zero from its neighbours. */
static void
draw_band (KbRender       *render,
           KbSeries       *total,
           const double   *lower,
           const double   *upper,
           const gboolean *complete,
           const gboolean *drawable)
{
  guint n_years = kb_series_get_n_years (total);
  g_autofree double *px = g_new (double, 2 * n_years);
  g_autofree double *py = g_new (double, 2 * n_years);

  for (guint start = 0; start < n_years;)
    {
      guint end = start, n;
      gboolean empty = TRUE;

      while (complete[start] && end + 1 < n_years && complete[end + 1])
        end++;
      n = end - start + 1;
      if (n >= 2)
        {
          for (guint i = 0; i < n; i++)
            {
              px[i] = px[2 * n - 1 - i] = kb_series_get_year (total, start + i);
              py[i] = upper[start + i];
              py[2 * n - 1 - i] = lower[start + i];
              empty = empty && upper[start + i] == lower[start + i];
            }
          if (!empty)
            kb_plot_polygon (px, py, 2 * n);
        }
      else if (drawable[start] && upper[start] != lower[start])
        {
          int year = kb_series_get_year (total, start);
          int before = start > 0 ? kb_series_get_year (total, start - 1) : year - 1;
          int after = start + 1 < n_years ? kb_series_get_year (total, start + 1) : year + 1;
          double half = MIN (MIN (year - before, after - year) * 0.3, 0.4);
          double x[4] = { year - half, year + half, year + half, year - half };
          double y[4] = { lower[start], lower[start], upper[start], upper[start] };

          kb_plot_polygon (x, y, 4);
        }
      start = end + 1;
    }
}

/* Each sector is one polygon per run of years, its upper edge forward and
 * its lower edge back: bands drawn as one shape leave no seams between
 * years. What was not published is hatched on top. Returns whether any
 * year has such a part. */
static gboolean
draw_bands (KbRender       *render,
            GPtrArray      *sectors,
            KbSeries       *total,
            const double   *lower,
            const double   *upper,
            const gboolean *drawable,
            const gboolean *complete)
{
  const KbChartLayout *l = &render->layout;
  guint n_years = kb_series_get_n_years (total);
  guint top = (guint)sectors->len * n_years;
  gboolean unreported = FALSE;

  for (guint y = 0; y < n_years; y++)
    unreported |= drawable[y] && !complete[y];
  for (guint s = 0; s < sectors->len; s++)
    {
      kb_plot_color (sector_color (render, g_ptr_array_index (sectors, s)), 1.0);
      draw_band (render, total, lower + s * n_years, upper + s * n_years, complete, drawable);
    }
  if (unreported)
    {
      kb_plot_color (render->ink->muted_text, 1.0);
      plwidth (MAX (l->line_width * 0.35, 1));
      plpsty (3);
      draw_band (render, total, lower + top, upper + top, complete, drawable);
      plpsty (0);
    }
  return unreported;
}

/* The net total: solid between consecutive years, dashed across years
 * without data, so no line suggests annual data where there is none. */
static void
draw_total (KbRender *render,
            KbSeries *total)
{
  const KbChartLayout *l = &render->layout;
  guint n = kb_series_get_n_years (total);

  /* As shares the top is 100 % every year: only the markers tell. */
  if (kb_chart_get_share (render->chart))
    {
      for (guint i = 0; i < n; i++)
        if (kb_series_get_value_at (total, i, NULL))
          {
            kb_plot_color (render->ink->history, 1.0);
            kb_plot_dot (render, kb_series_get_year (total, i), 100, l->line_width * 1.3);
          }
      return;
    }

  kb_plot_color (render->ink->history, 1.0);
  for (guint i = 0; i + 1 < n; i++)
    {
      double x[2] = { kb_series_get_year (total, i), kb_series_get_year (total, i + 1) };
      double y[2];

      if (kb_series_get_value_at (total, i, &y[0]) && kb_series_get_value_at (total, i + 1, &y[1]))
        kb_plot_line (render, x, y, 2, l->line_width * 0.6, x[1] - x[0] > 1);
    }

  for (guint i = 0; i < n; i++)
    {
      double v;

      if (kb_series_get_value_at (total, i, &v))
        {
          kb_plot_color (render->ink->background, 1.0);
          kb_plot_dot (render, kb_series_get_year (total, i), v, l->line_width * 1.9);
          kb_plot_color (render->ink->history, 1.0);
          kb_plot_dot (render, kb_series_get_year (total, i), v, l->line_width * 1.3);
        }
    }
}

/* Sectors picked out, without the total's line: a marker on the stack's
 * top in every year with data, so that the years between (1991–1999)
 * do not read as data (found by a workshop on Kiruna's transport). */
static void
draw_data_years (KbRender           *render,
                 KbSeries           *total,
                 const KbChartStack *stack)
{
  const KbChartLayout *l = &render->layout;
  guint n_years = stack->n_years;

  for (guint y = 0; y < n_years; y++)
    {
      guint top = stack->sectors->len * n_years + y;
      double v = MAX (stack->upper[top], 0);

      if (!stack->drawable[y])
        continue;
      kb_plot_color (render->ink->background, 1.0);
      kb_plot_dot (render, kb_series_get_year (total, y), v, l->line_width * 1.9);
      kb_plot_color (render->ink->history, 1.0);
      kb_plot_dot (render, kb_series_get_year (total, y), v, l->line_width * 1.3);
    }
}

void
kb_sector_plot_draw (KbRender *render)
{
  KbSeries *total = kb_chart_get_total (render->chart);
  const KbChartStack *stack = kb_chart_get_stack (render->chart);
  GPtrArray *sectors = stack->sectors;
  const double *lower = stack->lower, *upper = stack->upper;
  const gboolean *drawable = stack->drawable, *complete = stack->complete;
  gboolean filtered, unreported;

  kb_plot_begin (render);
  kb_plot_axes (render);
  unreported = draw_bands (render, sectors, total, lower, upper, drawable, complete);
  /* Sectors picked out: the total is not what the bands add up to. */
  filtered = kb_chart_get_sector_filter (render->chart) != NULL;
  if (!filtered)
    draw_total (render, total);
  else
    draw_data_years (render, total, stack);
  kb_plot_end (render);

  /* Each band named at its right end, the total first. */
  {
    guint n_years = kb_series_get_n_years (total);
    g_autofree KbDirectLabel *labels = g_new0 (KbDirectLabel, sectors->len);
    guint n = 0;

    if (!filtered)
      kb_render_legend (render, KB_LEGEND_LINE, render->ink->history, _("Total (markers: years with data)"));
    else
      /* Translators: beside a stack of some sectors: its markers */
      kb_render_legend (render, KB_LEGEND_NONE, render->ink->muted_text, _("Markers: years with data"));
    if (unreported)
      kb_render_legend (render, KB_LEGEND_HATCHED, render->ink->muted_text,
                        /* Translators: the hatched part of a stack: parts the source suppressed ("ej redovisat") */
                        _("Not published by the source (hatched)"));
    /* Years whose total the source suppressed are left out of the stack:
     * an export says so, not only the window's words (those on the axis;
     * a last year without a total ends it before). */
    {
      guint n_missing;
      g_autofree char *years = kb_chart_dup_years_without_total (render->chart, (int)ceil (render->layout.x_min),
                                                                (int)floor (render->layout.x_max), &n_missing);

      if (n_missing > 0)
        {
          /* Translators: beside the chart: years whose total the source suppressed, e.g. "2016, 2019" */
          g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "No total published for %s: not drawn",
                                                                "No total published for %s: not drawn", n_missing),
                                                   years);

          kb_render_legend (render, KB_LEGEND_NONE, render->ink->muted_text, text);
        }
    }
    for (guint s = 0; s < sectors->len && n_years > 0; s++)
      {
        KbSeries *sector = g_ptr_array_index (sectors, s);
        guint at = s * n_years + n_years - 1;

        labels[n++] = (KbDirectLabel) {
          kb_series_display (sector, kb_chart_get_language (render->chart)),
          sector_color (render, sector),
          kb_chart_layout_y (&render->layout, (lower[at] + upper[at]) / 2),
          TRUE,
        };
      }
    kb_render_direct_labels (render, labels, n);
  }
}
