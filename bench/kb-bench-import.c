/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "import/kb-import.h"
#include "kb-bench-util.h"

/* Imports FILE as the app does, beside libcsv alone tokenizing the same
 * file in the same process (empty callbacks, nothing stored: the floor
 * of any libcsv import), and prints both times, their ratio, the peak
 * memory against the file's size and how much the process grew by the
 * import (what the running app grows by when it opens the file).
 * Whole-process times and the 1×–4× files: bench/run-import.sh. */

static gsize n_fields;

static void
on_field (void   *data,
          size_t  length,
          void   *user_data)
{
  n_fields++;
}

static void
on_record (int   c,
           void *user_data)
{
}

/* Seconds libcsv alone takes to tokenize @path. */
static double
tokenize (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, NULL);
  g_autofree char *buffer = g_malloc (1 << 20);
  struct csv_parser parser;
  gint64 start = g_get_monotonic_time ();
  gssize n;

  g_assert (stream != NULL);
  csv_init (&parser, 0);
  csv_set_delim (&parser, ';');
  while ((n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, 1 << 20, NULL, NULL)) > 0)
    csv_parse (&parser, buffer, n, on_field, on_record, NULL);
  csv_fini (&parser, on_field, on_record, NULL);
  csv_free (&parser);
  return (g_get_monotonic_time () - start) / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  guint n_series = 0;
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  gint64 start, end;
  double seconds, megabytes, libcsv, before, after;

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

  /* The fastest of five runs of each, alternating (this machine's speed
   * wanders by a third from run to run); the memory of the first import. */
  libcsv = G_MAXDOUBLE;
  seconds = G_MAXDOUBLE;
  for (guint run = 0; run < 5; run++)
    {
      g_autoptr(KbDataset) imported = NULL;

      libcsv = MIN (libcsv, tokenize (argv[1]));
      if (run == 0)
        before = kb_bench_resident_mib ();
      start = g_get_monotonic_time ();
      imported = kb_import_file (file, NULL, &error);
      end = g_get_monotonic_time ();
      if (imported == NULL)
        {
          fprintf (stderr, "%s\n", error->message);
          return EXIT_FAILURE;
        }
      seconds = MIN (seconds, (end - start) / 1e6);
      /* Freed before the next run: one dataset at a time, as in the app. */
      if (run == 0)
        {
          after = kb_bench_resident_mib ();
          n_series = g_list_model_get_n_items (G_LIST_MODEL (imported));
        }
    }
  getrusage (RUSAGE_SELF, &usage);
  megabytes = g_file_info_get_size (info) / 1e6;
  printf ("import: %.3f s, %.1f MB/s; libcsv alone %.3f s: %.2f× libcsv's time; "
          "peak %.1f MiB for a %.1f MiB file (%+.1f MiB); the process grew by %.1f MiB; %u series\n",
          seconds, megabytes / seconds, libcsv, seconds / libcsv, usage.ru_maxrss / 1024.0,
          g_file_info_get_size (info) / 1048576.0, usage.ru_maxrss / 1024.0 - g_file_info_get_size (info) / 1048576.0,
          after - before, n_series);
  return EXIT_SUCCESS;
}
