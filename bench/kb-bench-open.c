/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "chart/kb-chart-render.h"
#include "kb-application.h"
#include "import/kb-import.h"
#include "ui/kb-chart-view.h"
#include "ui/kb-window.h"
#include "kb-bench-util.h"

/* How much the running app grows by when it opens a file: a window on
 * the default dataset, Översikt painted, then FILE opened as a user opens
 * it (read in a worker thread, merged with the embedded data, shown) and
 * painted again. The resident memory before and after (the goal:
 * growing by no more than the file's size). Linux (/proc) only:
 *   kb-bench-open FILE */

/* Runs the main loop for @ms milliseconds, or until @done says so. */
static void
run_until (int        ms,
           gboolean (*done) (KbWindow *window),
           KbWindow  *window)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end && (done == NULL || !done (window)))
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

static gboolean
painted (KbWindow *window)
{
  return kb_chart_view_get_render_count (KB_CHART_VIEW (kb_window_get_sector_view (window))) > 0;
}

static gboolean
imported (KbWindow *window)
{
  return !kb_window_is_importing (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KbDataset) dataset = NULL;
  g_autoptr(KbTarget) target = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  KbWindow *window;
  double before, after, file_mib;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s FILE\n", argv[0]);
      return EXIT_FAILURE;
    }
  kb_application_init_memory (); /* as main () does */
  kb_chart_render_init ();
  gtk_init ();
  adw_init ();

  file = g_file_new_for_commandline_arg (argv[1]);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, NULL);
  if (info == NULL)
    {
      fprintf (stderr, "%s: cannot read it\n", argv[1]);
      return EXIT_FAILURE;
    }
  file_mib = g_file_info_get_size (info) / 1048576.0;

  dataset = kb_import_default ();
  target = kb_target_new_default ();
  window = kb_window_new (NULL, dataset, target);
  g_clear_object (&dataset);
  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 900);
  gtk_window_present (GTK_WINDOW (window));
  run_until (10000, painted, window);
  if (!painted (window))
    {
      fprintf (stderr, "the window was not painted within 10 s\n");
      return EXIT_FAILURE;
    }
  run_until (1000, NULL, window);
#ifdef __GLIBC__
  /* What starting up freed is not counted as given back by the import. */
  malloc_trim (0);
#endif
  before = kb_bench_resident_mib ();

  kb_window_open_files (window, &file, 1);
  run_until (60000, imported, window);
  if (kb_window_is_importing (window))
    {
      fprintf (stderr, "%s: not read within a minute\n", argv[1]);
      return EXIT_FAILURE;
    }
  run_until (2000, NULL, window);
  after = kb_bench_resident_mib ();

  printf ("the app grew by %.1f MiB opening a %.1f MiB file (%.0f %% of it; %.1f → %.1f MiB resident)\n",
          after - before, file_mib, (after - before) / file_mib * 100, before, after);
  gtk_window_destroy (GTK_WINDOW (window));
  return EXIT_SUCCESS;
}
