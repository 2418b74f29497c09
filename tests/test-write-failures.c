/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/resource.h>

#include "chart/kb-chart-export.h"
#include "import/kb-import.h"
#include "import/kb-measures-reader.h"
#include "model/kb-dashboard.h"

/* A failed write says so and leaves the old file as it was: exports and
 * measures files are written beside their destination, then renamed. */

static KbChart *
chart (void)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  return kb_chart_new (KB_CHART_KIND_SECTOR_TREND, dataset, "0580");
}

static void
test_unwritable_folder (void)
{
  g_autoptr(KbChart) c = chart ();
  g_autoptr(GError) error = NULL;

  /* No one, root included, creates files in /proc. */
  g_assert_false (kb_chart_export (c, "/proc/klimatbild-chart.png", 800, 450, 1, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test ("/proc/klimatbild-chart.png", G_FILE_TEST_EXISTS));

  {
    g_autoptr(KbDashboard) dashboard = kb_dashboard_new ();
    g_autoptr(GFile) file = g_file_new_for_path ("/proc/dialog.klimatbild");
    g_autoptr(GError) dashboard_error = NULL;

    g_assert_false (kb_dashboard_save (dashboard, file, &dashboard_error));
    g_assert_nonnull (dashboard_error);
  }
}

static char *dir;

/* In a child process with a file-size limit far below a chart's PNG: as
 * when the disk is full, the write fails half-way. */
static void
full_disk_child (void)
{
  g_autoptr(KbChart) c = chart ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) measures_error = NULL;
  g_autoptr(GListStore) measures = g_list_store_new (KB_TYPE_MEASURE);
  g_autofree char *png = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *csv = g_build_filename (dir, "measures.csv", NULL);
  g_autofree char *saved = g_build_filename (dir, "dialog.klimatbild", NULL);
  g_autoptr(GFile) saved_file = g_file_new_for_path (saved);
  g_autoptr(KbDashboard) dashboard = kb_dashboard_new ();
  g_autoptr(GError) dashboard_error = NULL;
  struct rlimit limit = { 4096, 4096 };

  for (int i = 0; i < 300; i++)
    kb_dashboard_add_annotation (dashboard, 2025, "A note long enough to fill a small disk quickly");

  for (int i = 0; i < 200; i++)
    {
      g_autoptr(KbMeasure) m = kb_measure_new ("A measure with a rather long name", "Transporter", 2025, 2030, i);
      g_list_store_append (measures, m);
    }

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  g_assert_false (kb_chart_export (c, png, 1920, 1080, 1, &error));
  g_assert_nonnull (error);
  g_assert_false (kb_measures_write (G_LIST_MODEL (measures), csv, &measures_error));
  g_assert_nonnull (measures_error);
  g_assert_false (kb_dashboard_save (dashboard, saved_file, &dashboard_error));
  g_assert_nonnull (dashboard_error);
}

static void
test_full_disk (void)
{
  g_autofree char *png = NULL, *csv = NULL, *saved = NULL;
  g_autofree char *png_after = NULL, *csv_after = NULL, *saved_after = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;
  guint n_files = 0;

  if (g_test_subprocess ())
    {
      full_disk_child ();
      return;
    }

  png = g_build_filename (dir, "chart.png", NULL);
  csv = g_build_filename (dir, "measures.csv", NULL);
  g_assert_true (g_file_set_contents (png, "the old chart", -1, NULL));
  g_assert_true (g_file_set_contents (csv, "the old plan", -1, NULL));
  saved = g_build_filename (dir, "dialog.klimatbild", NULL);
  g_assert_true (g_file_set_contents (saved, "the old dashboard", -1, NULL));

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();

  g_assert_true (g_file_get_contents (png, &png_after, NULL, NULL));
  g_assert_cmpstr (png_after, ==, "the old chart");
  g_assert_true (g_file_get_contents (csv, &csv_after, NULL, NULL));
  g_assert_cmpstr (csv_after, ==, "the old plan");
  g_assert_true (g_file_get_contents (saved, &saved_after, NULL, NULL));
  g_assert_cmpstr (saved_after, ==, "the old dashboard");

  /* No half-written temporary file is left behind. */
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 3);

  g_remove (png);
  g_remove (csv);
  g_remove (saved);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* The full-disk child finds the folder in its environment, set here
   * while the program has no threads. */
  if (g_test_subprocess ())
    dir = g_strdup (g_getenv ("KB_WRITE_TEST_DIR"));
  else
    {
      dir = g_dir_make_tmp ("kb-full-XXXXXX", NULL);
      g_setenv ("KB_WRITE_TEST_DIR", dir, TRUE);
    }
  g_test_add_func ("/write-failures/unwritable-folder", test_unwritable_folder);
  g_test_add_func ("/write-failures/full-disk", test_full_disk);

  return g_test_run ();
}
