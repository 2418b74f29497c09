/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "chart/kb-chart-export.h"
#include "chart/kb-chart-render.h"
#include "import/kb-import.h"

/* The draw call alone, per chart kind, at 1920×1080: the mean of twenty
 * renders into an image (what a window redraw costs), and one PNG export
 * (drawing and compression). Whole-process times: bench/run-render.sh. */

#define RUNS 20

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(KbTarget) target = kb_target_new_default ();
  const char *kinds[] = { "trend", "target-gap", "sector-ranking", "sector-change", "compare" };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      KbChartKind kind;
      g_autoptr(KbChart) chart = NULL;
      g_autoptr(GBytes) png = NULL;
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
      gint64 start;
      double draw_ms, png_ms;

      kb_chart_kind_from_string (kinds[k], &kind);
      chart = kb_chart_new (kind, dataset, "0580");
      kb_chart_set_target (chart, target);
      kb_chart_set_trend_style (chart, KB_TREND_STYLE_STACKED);

      for (int i = 0; i <= RUNS; i++)
        {
          cairo_t *cr = cairo_create (surface);

          if (i == 1)
            start = g_get_monotonic_time (); /* the first run warms the fonts */
          kb_chart_render (chart, cr, 1920, 1080, NULL);
          cairo_destroy (cr);
        }
      draw_ms = (g_get_monotonic_time () - start) / 1000.0 / RUNS;

      start = g_get_monotonic_time ();
      png = kb_chart_export_bytes (chart, KB_EXPORT_PNG, 1920, 1080, 1, NULL);
      png_ms = (g_get_monotonic_time () - start) / 1000.0;

      printf ("%-15s draw %6.2f ms   PNG export %6.1f ms (%zu bytes)\n",
              kinds[k], draw_ms, png_ms, g_bytes_get_size (png));
      cairo_surface_destroy (surface);
    }
  return EXIT_SUCCESS;
}
