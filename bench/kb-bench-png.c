/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "chart/kb-chart-render.h"
#include "chart/kb-png.h"
#include "import/kb-import.h"
#include "kb-bench-util.h"

/* zlib's level and libpng's filters for the PNG export, by measurement:
 * Linköping's stacked sector chart at 1920×1080 (the export the issue
 * times against matplotlib), drawn once, encoded with each setting: the
 * median of nine encodings and the file's size. KB_PNG_LEVEL and
 * KB_PNG_FILTERS (kb-png.h) are the choice. */

#define RUNS 9

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(KbChart) chart = kb_chart_new (KB_CHART_KIND_SECTOR_TREND, dataset, "0580");
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  cairo_t *cr = cairo_create (surface);
  static const struct { const char *name; int filters; } filters[] = {
    { "none", PNG_FILTER_NONE }, { "sub", PNG_FILTER_SUB }, { "up", PNG_FILTER_UP },
    { "paeth", PNG_FILTER_PAETH }, { "adaptive", PNG_ALL_FILTERS },
  };

  kb_chart_set_trend_style (chart, KB_TREND_STYLE_STACKED);
  kb_chart_render (chart, cr, 1920, 1080, NULL);
  cairo_destroy (cr);

  printf ("level filters    median ms   KiB%s\n", KB_PNG_LEVEL >= 0 ? "   (* = chosen)" : "");
  for (int level = 1; level <= 9; level++)
    for (guint f = 0; f < G_N_ELEMENTS (filters); f++)
      {
        double ms[RUNS];
        gsize size = 0;

        for (int i = 0; i < RUNS; i++)
          {
            gint64 start = g_get_monotonic_time ();
            g_autoptr(GBytes) png = kb_png_encode_with (surface, level, filters[f].filters, NULL);

            ms[i] = (g_get_monotonic_time () - start) / 1000.0;
            size = g_bytes_get_size (png);
          }
        qsort (ms, RUNS, sizeof ms[0], kb_bench_compare_doubles);
        printf ("%5d %-9s %9.1f %6zu%s\n", level, filters[f].name, ms[RUNS / 2], size / 1024,
                level == KB_PNG_LEVEL && filters[f].filters == KB_PNG_FILTERS ? " *" : "");
      }
  cairo_surface_destroy (surface);
  return EXIT_SUCCESS;
}
