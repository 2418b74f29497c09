/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "chart/kb-palette.h"
#include "import/kb-import.h"
#include "ui/kb-chart-view.h"
#include "ui/kb-window.h"

static gboolean
timed_out (gpointer data)
{
  *(gboolean *)data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until both charts have been drawn @count times. */
static void
wait_for_renders (KbWindow *window,
                  guint     count)
{
  KbChartView *sector = KB_CHART_VIEW (kb_window_get_sector_view (window));
  KbChartView *target = KB_CHART_VIEW (kb_window_get_target_view (window));
  gboolean expired = FALSE;
  guint timeout = g_timeout_add_seconds (20, timed_out, &expired);

  while (!expired && (kb_chart_view_get_render_count (sector) < count ||
                      kb_chart_view_get_render_count (target) < count))
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (expired);
  g_source_remove (timeout);
}

/* How many pixels of @surface have about @color: enough means it was drawn. */
static guint
count_color (cairo_surface_t *surface,
             KbColor          color)
{
  guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int want[3] = { color.red * 255 + 0.5, color.green * 255 + 0.5, color.blue * 255 + 0.5 };
  guint n = 0;

  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        guint32 p = *(guint32 *)(data + y * stride + x * 4);
        n += ABS ((int)(p >> 16 & 0xFF) - want[0]) <= 16 &&
             ABS ((int)(p >> 8 & 0xFF) - want[1]) <= 16 &&
             ABS ((int)(p & 0xFF) - want[2]) <= 16;
      }
  return n;
}

static void
test_window_shows_both_charts (void)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(KbTarget) target = kb_target_new_default ();
  KbWindow *window = kb_window_new (NULL, dataset, target);
  KbChartView *sector = KB_CHART_VIEW (kb_window_get_sector_view (window));
  KbChartView *target_view = KB_CHART_VIEW (kb_window_get_target_view (window));
  cairo_surface_t *surface;
  guint before;

  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_renders (window, 1);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (sector)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (sector)), >, 400);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (sector)), >, 300);

  /* The stacked sectors are drawn in their colours… */
  surface = kb_chart_view_get_surface (sector);
  g_assert_nonnull (surface);
  g_assert_cmpuint (count_color (surface, kb_palette_sector ("El och fjärrvärme")), >, 5000);
  g_assert_cmpuint (count_color (surface, kb_palette_sector ("Transporter")), >, 5000);
  /* …and the target gap shows the path and the trend. */
  surface = kb_chart_view_get_surface (target_view);
  g_assert_cmpuint (count_color (surface, kb_palette_target), >, 200);
  g_assert_cmpuint (count_color (surface, kb_palette_trend), >, 60);

  /* A new size redraws the chart for that size. */
  before = kb_chart_view_get_render_count (sector);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_unmaximize (GTK_WINDOW (window));
  gtk_widget_set_size_request (GTK_WIDGET (window), 1900, 900);
  wait_for_renders (window, before + 1);
  g_assert_cmpint (cairo_image_surface_get_width (kb_chart_view_get_surface (sector)), ==,
                   gtk_widget_get_width (GTK_WIDGET (sector)) * gtk_widget_get_scale_factor (GTK_WIDGET (sector)));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/both-charts", test_window_shows_both_charts);

  return g_test_run ();
}
