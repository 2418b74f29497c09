/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-sector-plot"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <plplot.h>

#include "kb-chart-render-private.h"

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

static double
latest_value (KbSeries *series)
{
  double v = 0;

  kb_series_get_latest (series, NULL, &v);
  return v;
}

static int
compare_largest_first (gconstpointer a,
                       gconstpointer b)
{
  double va = latest_value (*(KbSeries **)a), vb = latest_value (*(KbSeries **)b);
  return (va < vb) - (va > vb);
}

/* The lower and upper edge of each sector's band in each year. */
static void
stack_bands (GPtrArray *sectors,
             KbSeries  *total,
             gboolean   share,
             double    *lower,
             double    *upper)
{
  guint n_years = kb_series_get_n_years (total);

  for (guint y = 0; y < n_years; y++)
    {
      int year = kb_series_get_year (total, y);
      double up = 0, down = 0, positive, negative;

      /* As shares: of the year's emissions, removals below zero. */
      kb_stack_by_sign (sectors, year, &positive, &negative);
      for (guint s = 0; s < sectors->len; s++)
        {
          double v = 0;
          guint at = s * n_years + y;

          kb_series_get_value (g_ptr_array_index (sectors, s), year, &v);
          if (share)
            v = positive > 0 ? v / positive * 100.0 : 0;
          if (v >= 0)
            lower[at] = up, upper[at] = up + v, up += v;
          else
            upper[at] = down, lower[at] = down + v, down += v;
        }
    }
}

/* Each sector is one polygon, its upper edge forward and its lower edge
 * back: bands drawn as one shape leave no seams between years. */
static void
draw_bands (KbRender  *render,
            GPtrArray *sectors,
            KbSeries  *total,
            double    *lower,
            double    *upper)
{
  guint n_years = kb_series_get_n_years (total);
  g_autofree double *px = g_new (double, 2 * n_years);
  g_autofree double *py = g_new (double, 2 * n_years);

  if (n_years < 2)
    return;

  for (guint s = 0; s < sectors->len; s++)
    {
      KbSeries *sector = g_ptr_array_index (sectors, s);
      gboolean empty = TRUE;

      for (guint y = 0; y < n_years; y++)
        {
          guint at = s * n_years + y;

          px[y] = px[2 * n_years - 1 - y] = kb_series_get_year (total, y);
          py[y] = upper[at];
          py[2 * n_years - 1 - y] = lower[at];
          empty = empty && upper[at] == lower[at];
        }

      if (!empty)
        {
          kb_plot_color (sector_color (render, sector), 1.0);
          kb_plot_polygon (px, py, 2 * n_years);
        }
    }
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

void
kb_sector_plot_draw (KbRender *render)
{
  KbSeries *total = kb_chart_get_total (render->chart);
  GPtrArray *chart_sectors = kb_chart_get_sectors (render->chart);
  g_autoptr(GPtrArray) sectors = g_ptr_array_new_full (chart_sectors->len, NULL);
  guint n = chart_sectors->len * kb_series_get_n_years (total);
  g_autofree double *lower = g_new0 (double, n);
  g_autofree double *upper = g_new0 (double, n);
  gboolean filtered;

  /* The chart owns the series; this is only another order of them. */
  for (guint i = 0; i < chart_sectors->len; i++)
    g_ptr_array_add (sectors, g_ptr_array_index (chart_sectors, i));
  /* The largest sector at the bottom, where its size reads best. */
  g_ptr_array_sort (sectors, compare_largest_first);
  stack_bands (sectors, total, kb_chart_get_share (render->chart), lower, upper);
  if (kb_chart_get_share (render->chart))
    {
      double positive, negative, lowest = 0;

      for (guint i = 0; i < kb_series_get_n_years (total); i++)
        {
          kb_stack_by_sign (sectors, kb_series_get_year (total, i), &positive, &negative);
          if (positive > 0)
            lowest = MIN (lowest, negative / positive * 100.0);
        }
      render->layout.y_max = 100;
      render->layout.y_step = 20;
      render->layout.y_min = lowest < 0 ? floor (lowest / 20) * 20 : 0;
    }

  kb_plot_begin (render);
  kb_plot_axes (render);
  draw_bands (render, sectors, total, lower, upper);
  /* Sectors picked out: the total is not what the bands add up to. */
  filtered = kb_chart_get_sector_filter (render->chart) != NULL;
  if (!filtered)
    draw_total (render, total);
  kb_plot_end (render);

  /* Each band named at its right end, the total first. */
  {
    guint n_years = kb_series_get_n_years (total);
    g_autofree KbDirectLabel *labels = g_new0 (KbDirectLabel, sectors->len);
    guint n = 0;

    if (!filtered)
      kb_render_legend (render, KB_LEGEND_LINE, render->ink->history, _("Total (markers: years with data)"));
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

/* The sector whose band is at @value in @year (between data years, where
 * the bands run straight), or NULL: for a click on the stacked chart. */
KbSeries *
kb_chart_sector_at (KbChart *chart,
                    double   year,
                    double   value)
{
  KbSeries *total = kb_chart_get_total (chart);
  GPtrArray *chart_sectors = kb_chart_get_sectors (chart);
  g_autoptr(GPtrArray) sectors = NULL;
  g_autofree double *lower = NULL, *upper = NULL;
  guint n_years, before = 0;
  double t = 0;

  if (total == NULL || chart_sectors->len == 0 || kb_series_get_n_years (total) == 0)
    return NULL;
  n_years = kb_series_get_n_years (total);
  if (year < kb_series_get_year (total, 0) || year > kb_series_get_year (total, n_years - 1))
    return NULL;

  sectors = g_ptr_array_new_full (chart_sectors->len, NULL);
  for (guint i = 0; i < chart_sectors->len; i++)
    g_ptr_array_add (sectors, g_ptr_array_index (chart_sectors, i));
  g_ptr_array_sort (sectors, compare_largest_first);
  lower = g_new0 (double, sectors->len * n_years);
  upper = g_new0 (double, sectors->len * n_years);
  stack_bands (sectors, total, kb_chart_get_share (chart), lower, upper);

  /* The data years either side, and how far between them. */
  while (before + 1 < n_years && kb_series_get_year (total, before + 1) <= year)
    before++;
  if (before + 1 < n_years)
    t = (year - kb_series_get_year (total, before)) /
        (kb_series_get_year (total, before + 1) - kb_series_get_year (total, before));

  for (guint s = 0; s < sectors->len; s++)
    {
      guint a = s * n_years + before, b = before + 1 < n_years ? a + 1 : a;
      double lo = lower[a] + (lower[b] - lower[a]) * t;
      double hi = upper[a] + (upper[b] - upper[a]) * t;

      if (hi > lo && value >= lo && value <= hi)
        return g_ptr_array_index (sectors, s);
    }
  return NULL;
}
