/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>

#include "chart/kb-chart-render.h"
#include "import/kb-import.h"
#include "ui/kb-chart-view.h"
#include "ui/kb-window.h"

/* Start-up to the first painted Översikt with the default dataset: the
 * same steps as the app (GTK, the embedded data and targets, the window),
 * then exit as soon as both charts have been drawn. Run under Xvfb by
 * bench/run-startup.sh, which times the whole process. */

static gint64 start;

static gboolean
check_painted (gpointer data)
{
  KbWindow *window = data;

  if (kb_chart_view_get_render_count (KB_CHART_VIEW (kb_window_get_sector_view (window))) > 0 &&
      kb_chart_view_get_render_count (KB_CHART_VIEW (kb_window_get_target_view (window))) > 0)
    {
      printf ("first painted Översikt after %.3f s (from main)\n", (g_get_monotonic_time () - start) / 1e6);
      exit (EXIT_SUCCESS);
    }
  return G_SOURCE_CONTINUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KbDataset) dataset = NULL;
  g_autoptr(KbTarget) target = NULL;
  KbWindow *window;

  start = g_get_monotonic_time ();
  kb_chart_render_init ();
  gtk_init ();
  adw_init ();

  dataset = kb_import_default ();
  target = kb_target_new_default ();
  window = kb_window_new (NULL, dataset, target);
  gtk_window_present (GTK_WINDOW (window));
  g_timeout_add (2, check_painted, window);

  for (;;)
    g_main_context_iteration (NULL, TRUE);
}
