/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "model/kb-dashboard.h"

static void
test_round_trip (void)
{
  g_autoptr(KbDashboard) dashboard = kb_dashboard_new ();
  g_autoptr(GFile) data = g_file_new_for_path ("/data/utsläpp.csv");
  g_autoptr(GFile) measures = g_file_new_for_path ("/data/åtgärder.csv");
  g_autoptr(KbDashboard) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  g_autofree char *measures_path = NULL;
  gsize length;
  int year;

  kb_dashboard_add_file (dashboard, data);
  kb_dashboard_set_municipality (dashboard, "0580");
  kb_dashboard_set_page (dashboard, "measures");
  kb_dashboard_set_measures (dashboard, measures);
  kb_dashboard_set_extra_cut (dashboard, 2.5);
  kb_dashboard_add_annotation (dashboard, 2025, "Eftersorteringsanläggning Gärstad");

  text = kb_dashboard_to_data (dashboard, &length);
  back = kb_dashboard_new_from_data (text, length, "dialog.klimatbild", NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (kb_dashboard_get_files (back)->len, ==, 1);
  path = g_file_get_path (g_ptr_array_index (kb_dashboard_get_files (back), 0));
  g_assert_cmpstr (path, ==, "/data/utsläpp.csv");
  g_assert_cmpstr (kb_dashboard_get_municipality (back), ==, "0580");
  g_assert_cmpstr (kb_dashboard_get_page (back), ==, "measures");
  measures_path = g_file_get_path (kb_dashboard_get_measures (back));
  g_assert_cmpstr (measures_path, ==, "/data/åtgärder.csv");
  g_assert_cmpfloat (kb_dashboard_get_extra_cut (back), ==, 2.5);
  g_assert_cmpuint (kb_dashboard_get_n_annotations (back), ==, 1);
  g_assert_cmpstr (kb_dashboard_get_annotation (back, 0, &year), ==, "Eftersorteringsanläggning Gärstad");
  g_assert_cmpint (year, ==, 2025);
}

/* Paths saved relative to the dashboard are found beside it. */
static void
test_relative_paths (void)
{
  const char *text = "[Dashboard]\nVersion=1\nFiles=data/utsläpp.csv;\n";
  g_autoptr(GFile) folder = g_file_new_for_path ("/home/kommun/dialog");
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDashboard) dashboard = kb_dashboard_new_from_data (text, strlen (text), "d.klimatbild", folder, &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  path = g_file_get_path (g_ptr_array_index (kb_dashboard_get_files (dashboard), 0));
  g_assert_cmpstr (path, ==, "/home/kommun/dialog/data/utsläpp.csv");
}

static void
test_bad_dashboards (void)
{
  const struct { const char *text, *message; } bad[] = {
    { "[Dashboard]\nVersion=2\n", "d.klimatbild: not a Klimatbild dashboard of a version this program reads" },
    { "[Dashboard]\nFiles=a.csv\n", "d.klimatbild: not a Klimatbild dashboard of a version this program reads" },
    { "[Dashboard]\nVersion=1\nExtraCutPercent=120\n", "d.klimatbild: [Dashboard] ExtraCutPercent: a percentage from 0 to 100" },
    { "[Dashboard]\nVersion=1\nExtraCutPercent=mycket\n", "d.klimatbild: [Dashboard] ExtraCutPercent: a percentage from 0 to 100" },
    { "[Dashboard]\nVersion=1\nFirstYear=-5\n", "d.klimatbild: [Dashboard] FirstYear: a year, or 0 for all" },
    { "[Dashboard]\nVersion=1\nAnnotations=Gärstad;\n", "d.klimatbild: [Dashboard] Annotations: each note must be YEAR:TEXT" },
    { "[Dashboard]\nVersion=1\nAnnotations=3000:Mars;\n", "d.klimatbild: [Dashboard] Annotations: each note must be YEAR:TEXT" },
    { "kommun;år;värde\n", NULL },
    { "[Dashboard]\nVersion=1\nPage=\xff\n", "d.klimatbild: a dashboard must be UTF-8 text" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KbDashboard) dashboard = kb_dashboard_new_from_data (bad[i].text, strlen (bad[i].text),
                                                                     "d.klimatbild", NULL, &error);
      g_assert_null (dashboard);
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, "d.klimatbild: "));
      if (bad[i].message != NULL)
        g_assert_cmpstr (error->message, ==, bad[i].message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dashboard/round-trip", test_round_trip);
  g_test_add_func ("/dashboard/relative-paths", test_relative_paths);
  g_test_add_func ("/dashboard/bad", test_bad_dashboards);

  return g_test_run ();
}
