/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#ifdef G_OS_UNIX
#include <sys/stat.h>
#endif

#include "model/kb-dashboard.h"
#include "model/kb-guesses.h"

/* A dashboard names data, never a dashboard (itself or another: opening
 * would recurse for ever); its notes are capped in number and length,
 * the file in size; a pipe is never read. */
static void
test_limits (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) long_note = g_string_new ("[Dashboard]\nVersion=1\nAnnotations=2025:");
  g_autoptr(GString) many = g_string_new ("[Dashboard]\nVersion=1\nAnnotations=");
  g_autoptr(GString) huge = g_string_new ("[Dashboard]\nVersion=1\n#");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "self-listing.klimatbild", NULL);
  g_autoptr(GFile) self_listing = g_file_new_for_path (path);

  g_assert_null (kb_dashboard_new_from_file (self_listing, &error));
  g_assert_nonnull (strstr (error->message, "data files, not a dashboard"));
  g_clear_error (&error);
  /* Nor one named with a slash after it (found by fuzz-dashboard). */
  {
    const char *slash = "[Dashboard]\nVersion=1\nFiles=se.klimatbild/\n";

    g_assert_null (kb_dashboard_new_from_data (slash, strlen (slash), "a.klimatbild", NULL, &error));
    g_assert_nonnull (strstr (error->message, "data files, not a dashboard"));
    g_clear_error (&error);
  }

  /* Notes too long or too many are left out, and said. */
  for (guint i = 0; i < 201; i++)
    g_string_append_c (long_note, 'x');
  {
    g_autoptr(KbDashboard) dashboard = kb_dashboard_new_from_data (long_note->str, long_note->len, "a.klimatbild", NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (kb_dashboard_get_n_annotations (dashboard), ==, 0);
    g_assert_cmpuint (kb_dashboard_get_left_out (dashboard)->len, ==, 1);
    g_assert_cmpstr (g_ptr_array_index (kb_dashboard_get_left_out (dashboard), 0), ==,
                     "a.klimatbild: [Dashboard] Annotations: “xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…”: "
                     "a note of at most 200 characters");
  }

  for (guint i = 0; i < 51; i++)
    g_string_append (many, "2025:x;");
  {
    g_autoptr(KbDashboard) dashboard = kb_dashboard_new_from_data (many->str, many->len, "b.klimatbild", NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (kb_dashboard_get_n_annotations (dashboard), ==, 50);
    g_assert_cmpuint (kb_dashboard_get_left_out (dashboard)->len, ==, 1);
    g_assert_cmpstr (g_ptr_array_index (kb_dashboard_get_left_out (dashboard), 0), ==,
                     "b.klimatbild: [Dashboard] Annotations: at most 50 notes");
  }

  while (huge->len <= KB_DASHBOARD_MAX_BYTES)
    g_string_append (huge, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
  g_assert_null (kb_dashboard_new_from_data (huge->str, huge->len, "c.klimatbild", NULL, &error));
  g_assert_nonnull (strstr (error->message, "c.klimatbild: a dashboard is at most 1024 KiB"));
  g_clear_error (&error);

#ifdef G_OS_UNIX
  {
    g_autofree char *dir = g_dir_make_tmp ("kb-fifo-XXXXXX", NULL);
    g_autofree char *fifo = g_build_filename (dir, "pipe.klimatbild", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (fifo);

    g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
    g_assert_null (kb_dashboard_new_from_file (file, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
    g_unlink (fifo);
    g_rmdir (dir);
  }
#endif
}

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

/* A detail that is wrong is left out, and said: the rest is taken (a
 * colleague's note of 1800 does not cost the municipality and the years). */
static void
test_bad_details (void)
{
  const struct { const char *text, *message; } bad[] = {
    { "[Dashboard]\nVersion=1\nExtraCutPercent=120\n", "d.klimatbild: [Dashboard] ExtraCutPercent: a percentage from 0 to 100" },
    { "[Dashboard]\nVersion=1\nExtraCutPercent=mycket\n", "d.klimatbild: [Dashboard] ExtraCutPercent: a percentage from 0 to 100" },
    { "[Dashboard]\nVersion=1\nExtraCutPercent=2,5,1\n", "d.klimatbild: [Dashboard] ExtraCutPercent: a percentage from 0 to 100" },
    { "[Dashboard]\nVersion=1\nFirstYear=-5\n", "d.klimatbild: [Dashboard] FirstYear: a year, or 0 for all" },
    { "[Dashboard]\nVersion=1\nFirstYear=1990\nLastYear=3000\n", "d.klimatbild: [Dashboard] LastYear: a year, or 0 for all" },
    { "[Dashboard]\nVersion=1\nAnnotations=Gärstad;\n", "d.klimatbild: [Dashboard] Annotations: “Gärstad”: each note must be YEAR:TEXT" },
    { "[Dashboard]\nVersion=1\nAnnotations=3000:Mars;\n", "d.klimatbild: [Dashboard] Annotations: “Mars”: each note must be YEAR:TEXT" },
    /* A note of control characters only (found by fuzz-dashboard: saved
     * again, it did not read back). */
    { "[Dashboard]\nVersion=1\nAnnotations=2039:\x0c\x0c;\n",
      "d.klimatbild: [Dashboard] Annotations: each note must be YEAR:TEXT" },
    /* An empty entry: no parts at all (found by a review: read past them). */
    { "[Dashboard]\nVersion=1\nAnnotations=;\n", "d.klimatbild: [Dashboard] Annotations: each note must be YEAR:TEXT" },
    { "[Dashboard]\nVersion=1\nGuessYear=3000\n", "d.klimatbild: [Dashboard] GuessYear: a year, or 0 for all" },
    { "[Dashboard]\nVersion=1\nGuesses=2015:700000 2014:1\n",
      "d.klimatbild: [Dashboard] Guesses: guesses must be YEAR:VALUE points, a guess per “;”" },
    { "[Dashboard]\nVersion=1\nGuesses=2015:mycket\n",
      "d.klimatbild: [Dashboard] Guesses: guesses must be YEAR:VALUE points, a guess per “;”" },
    { "[Dashboard]\nVersion=1\nGuesses=2015:1;;\n",
      "d.klimatbild: [Dashboard] Guesses: guesses must be YEAR:VALUE points, a guess per “;”" },
    { "[Dashboard]\nVersion=1\nEmissionsView=tårta\n",
      "d.klimatbild: [Dashboard] EmissionsView: one of stacked, share, lines and index" },
    { "[Dashboard]\nVersion=1\nCompareWith=Norden\n",
      "d.klimatbild: [Dashboard] CompareWith: one of county, similar and all" },
    { "[Dashboard]\nVersion=1\nCompareBy=size\n",
      "d.klimatbild: [Dashboard] CompareBy: one of per-capita, total, change, electric-share and cycle-network" },
    { "[Dashboard]\nVersion=1\nNotes=Ny bro;\nNoteYears=1800;\n",
      "d.klimatbild: [Dashboard] Notes: “Ny bro”: a year from 1900 to 2100 and a text for each note" },
    { "[Guess 1]\nYears=2015;2016;\nValues=1;\n[Dashboard]\nVersion=1\n",
      "d.klimatbild: [Guess 1] Values: a value for each year of the guess" },
    /* The group that is wrong is named, and the guesses all left out. */
    { "[Guess 1]\nYears=2015;2016;\nValues=1;2;\n[Guess 2]\nYears=2016;2015;\nValues=1;2;\n[Dashboard]\nVersion=1\n",
      "d.klimatbild: [Guess 2] Years: each guess's years in order, with their values" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = g_strconcat (bad[i].text, "Municipality=0583\nPage=measures\n", NULL);
      g_autoptr(KbDashboard) dashboard = kb_dashboard_new_from_data (text, strlen (text), "d.klimatbild", NULL, &error);
      GPtrArray *left_out;
      KbGuesses *guesses;
      int first, last, guess_year;

      g_assert_no_error (error);
      g_assert_nonnull (dashboard);
      left_out = kb_dashboard_get_left_out (dashboard);
      g_assert_cmpuint (left_out->len, ==, 1);
      g_assert_cmpstr (g_ptr_array_index (left_out, 0), ==, bad[i].message);
      /* What was wrong is as if not named… */
      g_assert_cmpfloat (kb_dashboard_get_extra_cut (dashboard), ==, 0);
      g_assert_null (kb_dashboard_get_emissions_view (dashboard));
      g_assert_null (kb_dashboard_get_compare_scope (dashboard));
      g_assert_null (kb_dashboard_get_compare_by (dashboard));
      g_assert_cmpuint (kb_dashboard_get_n_annotations (dashboard), ==, 0);
      guesses = kb_dashboard_get_guesses (dashboard, &guess_year);
      g_assert_null (guesses);
      g_assert_cmpint (guess_year, ==, 0);
      /* … and the rest is there. */
      g_assert_cmpstr (kb_dashboard_get_municipality (dashboard), ==, "0583");
      g_assert_cmpstr (kb_dashboard_get_page (dashboard), ==, "measures");
      kb_dashboard_get_years (dashboard, &first, &last);
      g_assert_cmpint (first, ==, strstr (bad[i].text, "FirstYear=1990") ? 1990 : 0);
      g_assert_cmpint (last, ==, 0);
    }
}

static void
test_bad_dashboards (void)
{
  const struct { const char *text, *message; } bad[] = {
    { "[Dashboard]\nVersion=2\n", "d.klimatbild: not a Klimatbild dashboard of a version this program reads" },
    { "[Dashboard]\nFiles=a.csv\n", "d.klimatbild: not a Klimatbild dashboard of a version this program reads" },
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

/* A guess drawn back over itself is redrawn from there; guesses go to
 * text and back unchanged; text that is not guesses changes nothing. */
static void
test_guesses (void)
{
  g_autoptr(KbGuesses) guesses = kb_guesses_new ();
  g_autoptr(KbGuesses) copy = kb_guesses_new ();
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  double value;

  kb_guesses_extend (guesses, 2016, 1);  /* no guess begun: nothing */
  g_assert_cmpuint (kb_guesses_get_n_guesses (guesses), ==, 0);

  kb_guesses_begin (guesses, 2015, 689079);
  kb_guesses_extend (guesses, 2018, 600000);
  kb_guesses_extend (guesses, 2020, 500000);
  kb_guesses_extend (guesses, 2017, 650000);  /* back: 2018 and 2020 go */
  kb_guesses_extend (guesses, 2024, 400000);
  g_assert_cmpuint (kb_guesses_get_n_points (guesses, 0), ==, 3);
  g_assert_true (kb_guesses_value_at (guesses, 0, 2017, &value));
  g_assert_cmpfloat (value, ==, 650000);
  g_assert_true (kb_guesses_value_at (guesses, 0, 2020.5, &value));
  g_assert_cmpfloat_with_epsilon (value, 650000 - 250000 * 3.5 / 7, 1e-6);
  g_assert_false (kb_guesses_value_at (guesses, 0, 2014, &value));
  kb_guesses_begin (guesses, 2015, 689079);
  kb_guesses_extend (guesses, 2024.5, 900000);

  text = kb_guesses_to_string (guesses);
  g_assert_cmpstr (text, ==, "2015.00:689079 2017.00:650000 2024.00:400000;2015.00:689079 2024.50:900000");
  g_assert_true (kb_guesses_parse (copy, text));
  again = kb_guesses_to_string (copy);
  g_assert_cmpstr (again, ==, text);

  g_assert_false (kb_guesses_parse (copy, "2015:1 2015:2"));
  g_assert_false (kb_guesses_parse (copy, "nan:1"));
  g_assert_cmpuint (kb_guesses_get_n_guesses (copy), ==, 2);
  g_assert_true (kb_guesses_parse (copy, ""));
  g_assert_cmpuint (kb_guesses_get_n_guesses (copy), ==, 0);
}

/* Notes, guesses and targets are saved as typed keys (lists of years
 * and texts, groups of their own), and read back; earlier dashboards'
 * one text per note, guess line and target document still read. */
static void
test_typed_keys (void)
{
  const char *targets = "[Target]\nRegion=0580\nIndicator=växthusgaser\nBaselineYear=1990\n\n"
                        "[Milestone 2030]\nYear=2030\nReductionPercent=70\nSupplementaryPercent=0\n";
  g_autoptr(KbDashboard) dashboard = kb_dashboard_new ();
  g_autoptr(KbDashboard) back = NULL;
  g_autoptr(KbDashboard) earlier = NULL;
  g_autoptr(GKeyFile) saved = g_key_file_new ();
  g_autoptr(GKeyFile) target_back = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree int *years = NULL;
  g_auto(GStrv) notes = NULL;
  g_autofree double *guess_years = NULL;
  const char *legacy = "[Dashboard]\nVersion=1\nAnnotations=2018:Ny cykelbro;\nGuessYear=2015\n"
                       "Guesses=2015:700000 2020:600000\nTargets=[Target]\\nRegion=0580\\n\n";
  g_autoptr(KbGuesses) drawn = kb_guesses_new ();
  char *guesses;
  gsize length, n;
  int year, guess_year;

  kb_dashboard_add_annotation (dashboard, 2018, "Ny cykelbro; äntligen");
  kb_dashboard_add_annotation (dashboard, 2021, "Fossilfri fjärrvärme");
  g_assert_true (kb_guesses_parse (drawn, "2015:700000 2020.5:650000;2015:700000 2030:300000"));
  kb_dashboard_set_guesses (dashboard, 2015, drawn);
  /* Drawn by hand: years to a hundredth and values to a tonne, as
   * written; points closer than a hundredth of a year are one. */
  {
    g_autoptr(KbGuesses) by_hand = kb_guesses_new ();
    g_autoptr(KbDashboard) sketch = kb_dashboard_new ();
    g_autoptr(KbDashboard) sketch_back = NULL;
    g_autoptr(GError) sketch_error = NULL;
    g_autofree char *sketch_text = NULL;
    gsize sketch_length;

    kb_guesses_begin (by_hand, 2015, 700000.4);
    kb_guesses_extend (by_hand, 2016.3099999999999, 690000.6);
    kb_guesses_extend (by_hand, 2016.312, 680000);
    kb_guesses_extend (by_hand, 2024, 500000);
    kb_dashboard_set_guesses (sketch, 2015, by_hand);
    sketch_text = kb_dashboard_to_data (sketch, &sketch_length);
    g_assert_nonnull (strstr (sketch_text, "Years=2015;2016.31;2024;\n"));
    g_assert_nonnull (strstr (sketch_text, "Values=700000;690001;500000;\n"));
    sketch_back = kb_dashboard_new_from_data (sketch_text, sketch_length, "sketch.klimatbild", NULL, &sketch_error);
    g_assert_no_error (sketch_error);
    g_assert_cmpuint (kb_dashboard_get_left_out (sketch_back)->len, ==, 0);
    g_assert_cmpuint (kb_guesses_get_n_points (kb_dashboard_get_guesses (sketch_back, NULL), 0), ==, 3);
  }
  kb_dashboard_set_targets (dashboard, targets);
  text = kb_dashboard_to_data (dashboard, &length);

  g_assert_true (g_key_file_load_from_data (saved, text, length, G_KEY_FILE_NONE, NULL));
  years = g_key_file_get_integer_list (saved, "Dashboard", "NoteYears", &n, NULL);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (years[1], ==, 2021);
  notes = g_key_file_get_string_list (saved, "Dashboard", "Notes", NULL, NULL);
  g_assert_cmpstr (notes[0], ==, "Ny cykelbro; äntligen");
  g_assert_false (g_key_file_has_key (saved, "Dashboard", "Annotations", NULL));
  guess_years = g_key_file_get_double_list (saved, "Guess 1", "Years", &n, NULL);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpfloat (guess_years[1], ==, 2020.5);
  g_assert_true (g_key_file_has_group (saved, "Guess 2"));
  g_assert_cmpint (g_key_file_get_integer (saved, "Targets/Milestone 2030", "ReductionPercent", NULL), ==, 70);

  back = kb_dashboard_new_from_data (text, length, "typed.klimatbild", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kb_dashboard_get_n_annotations (back), ==, 2);
  g_assert_cmpstr (kb_dashboard_get_annotation (back, 0, &year), ==, "Ny cykelbro; äntligen");
  g_assert_cmpint (year, ==, 2018);
  guesses = kb_guesses_to_string (kb_dashboard_get_guesses (back, &guess_year));
  g_assert_cmpint (guess_year, ==, 2015);
  g_assert_cmpstr (guesses, ==, "2015.00:700000 2020.50:650000;2015.00:700000 2030.00:300000");
  g_assert_true (g_key_file_load_from_data (target_back, kb_dashboard_get_targets (back), -1, G_KEY_FILE_NONE, NULL));
  g_assert_cmpint (g_key_file_get_integer (target_back, "Milestone 2030", "Year", NULL), ==, 2030);
  {
    g_autofree char *region = g_key_file_get_string (target_back, "Target", "Region", NULL);

    g_assert_cmpstr (region, ==, "0580");
  }

  /* A what-if cut written by a Swedish hand, with a decimal comma. */
  {
    const char *comma = "[Dashboard]\nVersion=1\nExtraCutPercent=2,5\n";
    g_autoptr(KbDashboard) swedish = kb_dashboard_new_from_data (comma, strlen (comma), "komma.klimatbild", NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpfloat (kb_dashboard_get_extra_cut (swedish), ==, 2.5);
    g_assert_cmpuint (kb_dashboard_get_left_out (swedish)->len, ==, 0);
  }

  earlier = kb_dashboard_new_from_data (legacy, strlen (legacy), "earlier.klimatbild", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kb_dashboard_get_annotation (earlier, 0, &year), ==, "Ny cykelbro");
  g_free (guesses);
  guesses = kb_guesses_to_string (kb_dashboard_get_guesses (earlier, &guess_year));
  g_assert_cmpstr (guesses, ==, "2015.00:700000 2020.00:600000");
  g_free (guesses);
  g_assert_nonnull (strstr (kb_dashboard_get_targets (earlier), "Region=0580"));

  /* Lists that do not pair are named, and their notes left out. */
  {
    const char *unpaired = "[Dashboard]\nVersion=1\nNotes=a;b;\nNoteYears=2018;\n";
    g_autoptr(KbDashboard) none = kb_dashboard_new_from_data (unpaired, strlen (unpaired), "d.klimatbild", NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (kb_dashboard_get_n_annotations (none), ==, 0);
    g_assert_cmpstr (g_ptr_array_index (kb_dashboard_get_left_out (none), 0), ==,
                     "d.klimatbild: [Dashboard] NoteYears: a year from 1900 to 2100 for each note");
  }
}

/* A page the window does not have is left out and said, naming the
 * pages: a new user wrote "Page=target" for Mål, whose page is "goal". */
static void
test_unknown_page (void)
{
  const char *text = "[Dashboard]\nVersion=1\nMunicipality=0583\nPage=target\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDashboard) dashboard = kb_dashboard_new_from_data (text, strlen (text), "d.klimatbild", NULL, &error);

  g_assert_no_error (error);
  g_assert_null (kb_dashboard_get_page (dashboard));
  g_assert_cmpstr (kb_dashboard_get_municipality (dashboard), ==, "0583");
  g_assert_cmpuint (kb_dashboard_get_left_out (dashboard)->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (kb_dashboard_get_left_out (dashboard), 0), ==,
                   "d.klimatbild: [Dashboard] Page: not a page; the pages are overview, emissions, goal, "
                   "measures, sectors, travel, energy, compare, guess");
  g_assert_true (kb_dashboard_is_page ("goal"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dashboard/round-trip", test_round_trip);
  g_test_add_func ("/dashboard/limits", test_limits);
  g_test_add_func ("/dashboard/relative-paths", test_relative_paths);
  g_test_add_func ("/dashboard/bad", test_bad_dashboards);
  g_test_add_func ("/dashboard/bad-details", test_bad_details);
  g_test_add_func ("/dashboard/guesses", test_guesses);
  g_test_add_func ("/dashboard/typed-keys", test_typed_keys);
  g_test_add_func ("/dashboard/unknown-page", test_unknown_page);

  return g_test_run ();
}
