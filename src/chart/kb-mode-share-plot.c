/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-mode-share-plot"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <plplot.h>

#include "kb-chart-render-private.h"

/* Travel-survey mode shares: one bar of 100 % a survey year, a segment
 * a mode, its share written in it where it fits. */

#define BAR_WIDTH 0.6

void
kb_mode_share_plot_draw (KbRender *render)
{
  KbChartLayout *l = &render->layout;
  KbSeries *total = kb_chart_get_total (render->chart);
  GPtrArray *modes = kb_chart_get_sectors (render->chart);
  KbLanguage lang = kb_chart_get_language (render->chart);
  guint n = kb_series_get_n_years (total);

  l->x_min = 0;
  l->x_max = MAX (n, 1);
  l->x_step = 1;
  l->y_min = 0;
  l->y_max = 100;
  l->y_step = 20;
  render->x_format = KB_AXIS_NONE;
  render->y_format = KB_AXIS_PLAIN;

  kb_plot_begin (render);
  plwidth (MAX (l->line_width * 0.35, 1));
  kb_plot_color (kb_palette_grid, 1.0);
  plbox ("", 0, 0, "g", l->y_step, 0);
  kb_plot_color (kb_palette_muted_text, 1.0);
  plbox ("b", 0, 0, "bnstvo", l->y_step, 0);

  for (guint i = 0; i < n; i++)
    {
      int year = kb_series_get_year (total, i);
      double base = 0;

      for (guint m = 0; m < modes->len; m++)
        {
          KbSeries *mode = g_ptr_array_index (modes, m);
          double share, x0 = i + (1 - BAR_WIDTH) / 2, x1 = x0 + BAR_WIDTH;

          if (!kb_series_get_value (mode, year, &share))
            continue;
          {
            double x[4] = { x0, x1, x1, x0 }, y[4] = { base, base, base + share, base + share };
            kb_plot_color (kb_palette_sector (kb_series_get_sector (mode), m), 1.0);
            kb_plot_polygon (x, y, 4);
          }
          base += share;
        }
    }
  kb_plot_end (render);

  for (guint i = 0; i < n; i++)
    {
      int year = kb_series_get_year (total, i);
      g_autofree char *label = g_strdup_printf ("%d", year);
      double base = 0;

      kb_render_text (render, label, kb_chart_layout_x (l, i + 0.5), l->plot.y + l->plot.height + l->body_px * 0.3,
                      l->body_px, FALSE, kb_palette_muted_text, KB_ALIGN_CENTER, 0);
      for (guint m = 0; m < modes->len; m++)
        {
          double share, top, bottom;

          if (!kb_series_get_value (g_ptr_array_index (modes, m), year, &share))
            continue;
          top = kb_chart_layout_y (l, base + share);
          bottom = kb_chart_layout_y (l, base);
          if (bottom - top > l->body_px * 1.4)
            {
              g_autofree char *number = kb_format_number (share, 0, lang);
              g_autofree char *text = g_strdup_printf ("%s %%", number);
              KbColor fill = kb_palette_sector (kb_series_get_sector (g_ptr_array_index (modes, m)), m);
              /* Dark text on light colours, white on dark. */
              double luminance = 0.2126 * fill.red + 0.7152 * fill.green + 0.0722 * fill.blue;

              kb_render_text (render, text, kb_chart_layout_x (l, i + 0.5), (top + bottom) / 2 - l->body_px * 0.65,
                              l->body_px, TRUE, luminance > 0.5 ? kb_palette_text : kb_palette_background,
                              KB_ALIGN_CENTER, 0);
            }
          base += share;
        }
    }

  /* The legend lists the modes top first, as the bars stack them. */
  for (guint m = modes->len; m > 0; m--)
    {
      KbSeries *mode = g_ptr_array_index (modes, m - 1);
      kb_render_legend (render, KB_LEGEND_SWATCH, kb_palette_sector (kb_series_get_sector (mode), m - 1),
                        kb_series_get_sector (mode));
    }
}
