/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-lines-plot"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kb-plots.h"

/* The total and each sector as lines, in the data's unit or as an index
 * (first year = 100). Solid between consecutive years, dashed across
 * years without data, a marker on every year that has data. */

static gboolean
value_of (KbRender *render,
          KbSeries *series,
          guint     index,
          double   *value)
{
  return kb_chart_line_value (render->chart, series, index, value);
}

static void
draw_series (KbRender *render,
             KbSeries *series,
             KbColor   color,
             double    width)
{
  const KbChartLayout *l = &render->layout;
  guint n = kb_series_get_n_years (series);

  kb_plot_color (color, 1.0);
  for (guint i = 0; i + 1 < n; i++)
    {
      double x[2] = { kb_series_get_year (series, i), kb_series_get_year (series, i + 1) };
      double y[2];

      if (value_of (render, series, i, &y[0]) && value_of (render, series, i + 1, &y[1]))
        kb_plot_line (render, x, y, 2, width, x[1] - x[0] > 1);
    }
  for (guint i = 0; i < n; i++)
    {
      double v;

      if (value_of (render, series, i, &v))
        kb_plot_dot (render, kb_series_get_year (series, i), v, MAX (width * 1.2, l->line_width * 0.9));
    }
}

void
kb_lines_plot_draw (KbRender *render)
{
  KbSeries *total = kb_chart_get_total (render->chart);
  g_autoptr(GPtrArray) no_sectors = g_ptr_array_new ();
  /* A guess is of the total: the game draws that alone. */
  GPtrArray *sectors = kb_chart_get_guess_year (render->chart) != 0 ? no_sectors
                                                                      : kb_chart_get_sectors (render->chart);
  const KbChartLayout *l = &render->layout;
  /* Releases compared: each is a total; the newest is not drawn twice. */
  gboolean with_total = kb_chart_get_kind (render->chart) != KB_CHART_KIND_REVISIONS;

  kb_plot_begin (render);
  kb_plot_axes (render);
  for (guint s = 0; s < sectors->len; s++)
    {
      KbSeries *sector = g_ptr_array_index (sectors, s);
      draw_series (render, sector, kb_palette_sector (kb_series_get_sector (sector), s),
                   l->line_width * 0.6);
    }
  if (with_total)
    draw_series (render, total, render->ink->history, l->line_width);
  kb_plot_end (render);

  /* Each line named at its right end. */
  {
    g_autofree KbDirectLabel *labels = g_new0 (KbDirectLabel, sectors->len + 1);
    guint n = 0;

    for (guint s = 0; s <= sectors->len; s++)
      {
        KbSeries *series = s < sectors->len ? g_ptr_array_index (sectors, s) : total;
        guint last = kb_series_get_n_years (series);
        double v;

        while (last > 0 && !value_of (render, series, last - 1, &v))
          last--;
        if (last == 0 || (s == sectors->len && !with_total))
          continue;
        labels[n++] = (KbDirectLabel) {
          s == sectors->len ? _("Total")
                            : kb_series_display (series, kb_chart_get_language (render->chart)),
          s == sectors->len ? render->ink->history : kb_palette_sector (kb_series_get_sector (series), s),
          kb_chart_layout_y (l, v),
          FALSE,
        };
      }
    kb_render_direct_labels (render, labels, n);
  }
}
