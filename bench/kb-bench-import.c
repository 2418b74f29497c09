/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "import/kb-import.h"

/* Imports FILE as the app does and prints wall time, throughput, peak
 * memory and what was read. Whole-process time is measured around it
 * by bench/run-import.sh. */
int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(KbDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  gint64 start, end;
  double seconds, megabytes;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s FILE\n", argv[0]);
      return EXIT_FAILURE;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, &error);
  if (info == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return EXIT_FAILURE;
    }

  start = g_get_monotonic_time ();
  dataset = kb_import_file (file, NULL, &error);
  end = g_get_monotonic_time ();
  if (dataset == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return EXIT_FAILURE;
    }

  getrusage (RUSAGE_SELF, &usage);
  seconds = (end - start) / 1e6;
  megabytes = g_file_info_get_size (info) / 1e6;
  printf ("import: %.3f s, %.1f MB/s, peak %.1f MiB, %u series\n",
          seconds, megabytes / seconds, usage.ru_maxrss / 1024.0,
          g_list_model_get_n_items (G_LIST_MODEL (dataset)));
  return EXIT_SUCCESS;
}
