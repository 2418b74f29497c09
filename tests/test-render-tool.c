/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "kb-test-util.h"

/* Runs klimatbild-render as a user would, returns its exit status. */
static int
run (const char * const  *args,
     char               **out,
     char               **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, (char *)g_getenv ("KB_RENDER"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *)args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                out, err, &status, &error);
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not in:\n%s", needle, haystack);
}

static void
test_summary_default (void)
{
  const char *args[] = { "--summary", NULL };
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run (args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_str_has_prefix (out, "{\"municipality\": \"Linköping\", \"code\": \"0580\""));
  assert_contains (out, "\"unit\": \"t CO2e\"");
  assert_contains (out, "\"vintage\": 2026");
  assert_contains (out, "\"source\": \"Nationella emissionsdatabasen (SMHI/RUS), sammanställning per huvudsektor\"");
  /* Exactly the published totals, not rounded to kt. */
  assert_contains (out, "\"1990\": 1237762.39");
  assert_contains (out, "\"2024\": 736445.33");
  assert_contains (out, "\"baseline\": {\"year\": 1990, \"value\": 1237762.39}");
  assert_contains (out, "\"latest\": {\"year\": 2024, \"value\": 736445.33}");
  assert_contains (out, "\"gap_latest\": {\"t\": 235151.56205");
  assert_contains (out, "\"method\": \"lad-2015\"");
  /* By hand: of the lines through two of the six totals from 2015 on, the
   * one through 2015 and 2022 deviates least: (674 470,11 − 689 078,67) / 7
   * t a year. From 736 445,33 t in 2024 it reaches 30 % of 1990
   * (371 328,717 t) after 174,95 years and zero after 352,88. */
  assert_contains (out, "\"slope_t_per_year\": -2086.937142857");
  assert_contains (out, "\"year_reaches_2030_target\": 2199");
  assert_contains (out, "\"year_reaches_zero\": 2377");
  g_assert_true (g_str_has_suffix (out, "}\n"));
}

static void
test_municipality_by_name (void)
{
  const char *by_code[] = { "--summary", "--municipality", "580", NULL };
  const char *unknown[] = { "--summary", "--municipality", "Atlantis", NULL };
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL;

  g_assert_cmpint (run (by_code, &out, &err), ==, 0);
  assert_contains (out, "\"code\": \"0580\"");
  g_assert_cmpint (run (unknown, &out2, &err2), !=, 0);
  assert_contains (err2, "Atlantis");
}

static void
test_png_output (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kb-render-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "trend.png", NULL);
  const char *args[] = { "--chart", "trend", "--size", "640x360", "--output", path, NULL };
  g_autofree char *out = NULL, *err = NULL;
  cairo_surface_t *png;

  g_assert_cmpint (run (args, &out, &err), ==, 0);
  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 640);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 360);
  cairo_surface_destroy (png);
  g_remove (path);
  g_rmdir (dir);
}

/* Jämför ranks per inhabitant unless told, as the window does: the CLI's
 * export of the same chart is the same chart; other charts stay totals. */
static void
test_compare_per_capita (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kb-render-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "compare.png", NULL);
  g_autofree char *csv = g_build_filename (dir, "compare.csv", NULL);
  const char *args[] = { "--chart", "compare", "--municipality", "Motala", "--size", "640x360",
                         "--output", png, "--data", csv, NULL };
  const char *totals[] = { "--chart", "compare", "--municipality", "Motala", "--compare-by", "total",
                           "--size", "640x360", "--output", png, "--data", csv, NULL };
  g_autofree char *out = NULL, *err = NULL, *text = NULL, *out2 = NULL, *err2 = NULL, *text2 = NULL;

  g_assert_cmpint (run (args, &out, &err), ==, 0);
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  assert_contains (text, "per inhabitant");
  /* Östergötland's most per inhabitant: Ödeshög, not Linköping. */
  assert_contains (text, "\n1;0509;Ödeshög;");
  g_assert_cmpint (run (totals, &out2, &err2), ==, 0);
  g_assert_true (g_file_get_contents (csv, &text2, NULL, NULL));
  /* The total once: no second column of the same figures. */
  assert_contains (text2, "\n1;0580;Linköping;736445,33\r\n");
  /* Other charts are per inhabitant only when asked (--per-capita). */
  {
    const char *trend[] = { "--chart", "target-gap", "--municipality", "Motala", "--size", "640x360",
                            "--output", png, "--data", csv, NULL };
    g_autofree char *out3 = NULL, *err3 = NULL, *text3 = NULL;
    const char *line;

    g_assert_cmpint (run (trend, &out3, &err3), ==, 0);
    g_assert_true (g_file_get_contents (csv, &text3, NULL, NULL));
    /* Motala's 1990: 216 kt, not 5.2 t per inhabitant. */
    line = strstr (text3, "\n1990;");
    g_assert_nonnull (line);
    g_assert_cmpfloat (g_ascii_strtod (line + 6, NULL), >, 100000);
  }
  g_remove (png);
  g_remove (csv);
  g_rmdir (dir);
}

static void
test_bad_file_message (void)
{
  g_autofree char *path = kb_test_fixture ("text-in-value.csv");
  const char *args[] = { "--summary", path, NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *expected = g_strconcat (path, ":3:5: “många” is not a number\n", NULL);

  g_assert_cmpint (run (args, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (err, ==, expected);
}

static void
test_bad_arguments (void)
{
  const char *bad_chart[] = { "--chart", "pie", "--summary", NULL };
  const char *bad_size[] = { "--size", "big", "--summary", NULL };
  const char *nothing[] = { NULL };
  g_autofree char *o1 = NULL, *e1 = NULL, *o2 = NULL, *e2 = NULL, *o3 = NULL, *e3 = NULL;

  g_assert_cmpint (run (bad_chart, &o1, &e1), !=, 0);
  assert_contains (e1, "--chart");
  g_assert_cmpint (run (bad_size, &o2, &e2), !=, 0);
  assert_contains (e2, "--size");
  g_assert_cmpint (run (nothing, &o3, &e3), !=, 0);
  assert_contains (e3, "--output");

  /* Releases are compared as published, never as shares (a review found
   * shares drawn over numbers in tonnes). */
  {
    const char *revision_shares[] = { "--chart", "revisions", "--share", "--summary", NULL };
    g_autofree char *o4 = NULL, *e4 = NULL;

    g_assert_cmpint (run (revision_shares, &o4, &e4), ==, 1);
    assert_contains (e4, "--share does not apply to --chart revisions");
  }

  /* A bad name for the numbers is refused before the chart is written
   * (the chart was written, then the numbers failed). */
  {
    g_autofree char *dir = g_dir_make_tmp ("kb-render-XXXXXX", NULL);
    g_autofree char *png = g_build_filename (dir, "k3.png", NULL);
    g_autofree char *txt = g_build_filename (dir, "k3.txt", NULL);
    const char *bad_data[] = { "--output", png, "--data", txt, NULL };
    g_autofree char *o5 = NULL, *e5 = NULL;

    g_assert_cmpint (run (bad_data, &o5, &e5), ==, 1);
    assert_contains (e5, "the numbers are written as .csv or .xlsx");
    g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
    g_rmdir (dir);
  }

  /* A what-if cut with a decimal comma, as a Swedish hand writes it. */
  {
    const char *comma[] = { "--chart", "target-gap", "--extra-reduction-pct", "2,5", "--summary", NULL };
    const char *point[] = { "--chart", "target-gap", "--extra-reduction-pct", "2.5", "--summary", NULL };
    const char *none[] = { "--chart", "target-gap", "--summary", NULL };
    const char *words[] = { "--extra-reduction-pct", "mycket", "--summary", NULL };
    g_autofree char *o6 = NULL, *e6 = NULL, *o7 = NULL, *e7 = NULL;
    g_autofree char *o8 = NULL, *e8 = NULL, *o9 = NULL, *e9 = NULL;

    g_assert_cmpint (run (comma, &o6, &e6), ==, 0);
    g_assert_cmpint (run (point, &o8, &e8), ==, 0);
    g_assert_cmpint (run (none, &o9, &e9), ==, 0);
    g_assert_cmpstr (o6, ==, o8);
    g_assert_cmpstr (o6, !=, o9);
    g_assert_cmpint (run (words, &o7, &e7), !=, 0);
    assert_contains (e7, "--extra-reduction-pct must be a number from 0 up to 100");
  }
}

static void
test_measures_summary (void)
{
  g_autofree char *measures = kb_test_fixture ("measures-old-format.csv");
  g_autofree char *unknown = kb_test_fixture ("measures-unknown-sector.csv");
  const char *args[] = { "--summary", "--measures", measures, NULL };
  const char *args_2045[] = { "--summary", "--measures", measures, "--target-year", "2045", NULL };
  const char *bad[] = { "--summary", "--measures", unknown, NULL };
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL, *out3 = NULL, *err3 = NULL;

  g_assert_cmpint (run (args, &out, &err), ==, 0);
  /* By hand: 200 000 + 15 000 + 10 000 + 8 000 + 0 t in 2030. */
  assert_contains (out, "\"measures\": {\"year\": 2030, \"total_reduction_t\": 233000, \"remaining_gap_t\": 119594.99");
  /* The plan's economics, by hand: 500 000 + 120 000 kSEK by the
   * municipality for 200 000 + 15 000 t in 2030. */
  assert_contains (out, "\"investment_ksek_total\": 750000, \"measures_without_investment\": 0, \"by_owner\": "
                        "{\"kommunen\": {\"investment_ksek\": 620000, \"reduction_t\": 215000, ");
  /* 500 000 kSEK over 3 700 000 t (500 000 t in 2025–2029, 200 000 t a
   * year 2030–2045). */
  assert_contains (out, "{\"name\": \"EXEMPEL Fossilfri fjärrvärme\", \"owner\": \"kommunen\", \"focus_area\": \"\", "
                        "\"investment_ksek\": 500000, \"reduction_t\": 200000, \"cumulative_reduction_t_2045\": 3700000, "
                        "\"sek_per_t\": 135.135135135135}");
  g_assert_cmpint (run (args_2045, &out2, &err2), ==, 0);
  assert_contains (out2, "\"measures\": {\"year\": 2045, \"total_reduction_t\": 257000,");
  g_assert_cmpint (run (bad, &out3, &err3), ==, 1);
  assert_contains (err3, ":3:2: “Flyg” is not one of the inventory’s main sectors");

  /* Unknown investments are null and counted, never 0. */
  {
    g_autofree char *plan = kb_test_fixture ("measures-plan.csv");
    const char *plan_args[] = { "--summary", "--measures", plan, NULL };
    g_autofree char *out4 = NULL, *err4 = NULL;

    g_assert_cmpint (run (plan_args, &out4, &err4), ==, 0);
    /* C starts in 2046: said. */
    assert_contains (err4, "warning: “C” starts in 2046 and cuts nothing by 2045");
    assert_contains (out4, "\"investment_ksek_total\": 23500, \"measures_without_investment\": 1,");
    assert_contains (out4, "\"näringsliv\": {\"investment_ksek\": null, \"reduction_t\": 50, \"measures_without_investment\": 1}");
    assert_contains (out4, "{\"name\": \"B\", \"owner\": \"näringsliv\", \"focus_area\": \"\", \"investment_ksek\": null, "
                           "\"reduction_t\": 50, \"cumulative_reduction_t_2045\": 800, \"sek_per_t\": null}");
    assert_contains (out4, "\"staten\": {\"investment_ksek\": 22000, \"reduction_t\": 0,");
  }
  /* A plan that gives no investment has no total: null, never 0. */
  {
    g_autofree char *bare = kb_test_fixture ("measures-no-investment.csv");
    const char *bare_args[] = { "--summary", "--measures", bare, NULL };
    const char *curve_args[] = { "--chart", "cost-curve", "--output", "/dev/null", NULL };
    g_autofree char *out5 = NULL, *err5 = NULL, *out6 = NULL, *err6 = NULL;

    g_assert_cmpint (run (bare_args, &out5, &err5), ==, 0);
    assert_contains (out5, "\"investment_ksek_total\": null, \"measures_without_investment\": 1,");
    /* The plan's economics without a plan: refused, and said why. */
    g_assert_cmpint (run (curve_args, &out6, &err6), ==, 1);
    assert_contains (err6, "need a plan: --measures FILE");
  }
}

static void
test_real_long_file (void)
{
  g_autofree char *path = kb_test_shared_file ("emissions/emissions-long.csv");
  const char *args[] = { "--summary", "--municipality", "Linköping", path, NULL };
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run (args, &out, &err), ==, 0);
  assert_contains (out, "\"municipality\": \"Linköping\"");
  assert_contains (out, "\"1990\": 1237762.39");
  assert_contains (out, "\"2023\": 642001.3,");
}

/* klimatbild-render --summary's JSON, parsed. */
static JsonObject *
summary_of (const char * const *args)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (run (args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/* The last figure of @code's row in SCB's population download. */
static double
published_population (const char *code)
{
  g_autofree char *path = kb_test_shared_file ("population/folkmangd-kommuner-2023-2024.csv");
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *prefix = g_strdup_printf ("\"%s ", code);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_ascii_strtod (strrchr (lines[i], ',') + 1, NULL);
  g_error ("%s not in %s", code, path);
}

/* Any municipality, without targets of its own: the trend, the budget,
 * Sweden's target named as such, per inhabitant. */
static void
test_summary_any_municipality (void)
{
  const char *args[] = { "--summary", "--municipality", "Norrköping", NULL };
  g_autoptr(JsonObject) summary = summary_of (args);
  JsonObject *trend = json_object_get_object_member (summary, "trend");
  JsonObject *totals = json_object_get_object_member (summary, "totals");
  JsonObject *population = json_object_get_object_member (summary, "population");
  JsonObject *per_capita = json_object_get_object_member (summary, "per_capita_t");
  double first, last;

  g_assert_cmpstr (json_object_get_string_member (summary, "code"), ==, "0581");
  g_assert_nonnull (trend);
  g_assert_cmpstr (json_object_get_string_member (trend, "method"), ==, "lad-2015");
  g_assert_nonnull (json_object_get_object_member (summary, "budget"));
  g_assert_cmpstr (json_object_get_string_member (summary, "targets_origin"), ==, "national");
  g_assert_nonnull (strstr (json_object_get_string_member (summary, "targets_source"), "Sveriges"));

  /* 2022: 631 032 t and 145 120 inhabitants. */
  g_assert_cmpfloat (round (json_object_get_double_member (totals, "2022")), ==, 631032);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (per_capita, "2022"),
                                  json_object_get_double_member (totals, "2022") / 145120, 1e-12);
  g_assert_cmpint (json_object_get_int_member (population, "year"), ==, 2024);
  g_assert_cmpfloat (json_object_get_double_member (population, "value"), ==, published_population ("0581"));
  /* Years without a population are not divided: every year here has one. */
  g_assert_cmpuint (json_object_get_size (per_capita), ==, json_object_get_size (totals));

  /* The compound annual change from 2015 to the latest year. */
  first = json_object_get_double_member (totals, "2015");
  last = json_object_get_double_member (totals, "2024");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (summary, "change_since_2015_cagr_pct"),
                                  (pow (last / first, 1.0 / 9) - 1) * 100, 1e-9);
}

/* Klimatkollen's carbon budget for Linköping, from 2026: the trend's 2026
 * value falling 11.72 % a year, summed 2026–2050 (Klimatkollen: 5 971 kt). */
static void
test_budget (void)
{
  const char *args[] = { "--summary", "--budget-from-year", "2026", NULL };
  g_autoptr(JsonObject) summary = summary_of (args);
  JsonObject *budget = json_object_get_object_member (summary, "budget");
  JsonObject *latest = json_object_get_object_member (summary, "latest");
  double slope = json_object_get_double_member (json_object_get_object_member (summary, "trend"),
                                                "slope_t_per_year");
  double anchor = json_object_get_double_member (latest, "value");
  double start = anchor + slope * (2026 - json_object_get_int_member (latest, "year"));
  double path = 0, trend = 0;

  for (int year = 2026; year <= 2050; year++)
    {
      path += start * pow (1 - 0.1172, year - 2026);
      trend += MAX (anchor + slope * (year - 2024), 0);
    }
  g_assert_cmpint (json_object_get_int_member (budget, "from_year"), ==, 2026);
  g_assert_cmpint (json_object_get_int_member (budget, "to_year"), ==, 2050);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (budget, "cumulative_t"), path, 1e-3);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (budget, "trend_cumulative_t"), trend, 1e-3);
  g_assert_cmpfloat (round (path / 1000), ==, 5971);
  g_assert_false (json_object_get_boolean_member (budget, "meets_paris"));

  /* A year out of range is refused. */
  {
    const char *bad[] = { "--summary", "--budget-from-year", "3000", NULL };
    g_autofree char *out = NULL, *err = NULL;

    g_assert_cmpint (run (bad, &out, &err), ==, 1);
    g_assert_nonnull (strstr (err, "--budget-from-year"));
  }
}

/* With files, the files' first municipality is the default, not the
 * embedded data's first; a file's release, when inferred, says so. */
static void
test_file_default_region (void)
{
  g_autofree char *path = kb_test_shared_file ("emissions/emissions-long.csv");
  const char *args[] = { "--summary", path, NULL };
  g_autoptr(JsonObject) summary = summary_of (args);

  g_assert_cmpstr (json_object_get_string_member (summary, "municipality"), ==, "Ale");
  g_assert_true (json_object_get_boolean_member (summary, "vintage_inferred"));
}

/* A measure that cuts more than its sector emits is a warning, named. */
static void
test_measures_warning (void)
{
  g_autofree char *path = kb_test_fixture ("measures-huge-cut.csv");
  const char *args[] = { "--summary", "--measures", path, NULL };
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run (args, &out, &err), ==, 0);
  g_assert_nonnull (strstr (err, "measures-huge-cut.csv: warning: “Fel enhet” cuts 229040730 t a year from Transporter"));
}

/* No output overwrites an input, whatever option names it. */
static void
test_no_output_over_input (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kb-input-XXXXXX", NULL);
  g_autofree char *input = g_build_filename (dir, "data.csv", NULL);
  g_autofree char *png = g_build_filename (dir, "chart.png", NULL);
  const char *text = "kommunkod;indikator;sektor;år;värde\n0580;växthusgaser;Transporter;2024;229040,73\n";
  const char *args[] = { "--output", png, "--data", input, input, NULL };
  g_autofree char *out = NULL, *err = NULL, *after = NULL;

  g_assert_true (g_file_set_contents (input, text, -1, NULL));
  g_assert_cmpint (run (args, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "is an input: it is never written over"));
  g_assert_true (g_file_get_contents (input, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, text);
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  g_remove (input);
  g_rmdir (dir);
}

/* --release picks among releases opened together; the newest by default. */
static void
test_release_option (void)
{
  g_autofree char *old = kb_test_shared_file ("emissions/emissions_per_municipality.csv");
  g_autofree char *new = kb_test_shared_file ("emissions/smhi-export-huvudsektorer.csv");
  const char *newest[] = { "--summary", "-m", "0580", old, new, NULL };
  const char *older[] = { "--summary", "-m", "0580", "--release", "2021", old, new, NULL };
  const char *missing[] = { "--summary", "-m", "0580", "--release", "2019", old, new, NULL };
  g_autoptr(JsonObject) a = summary_of (newest);
  g_autoptr(JsonObject) b = summary_of (older);
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (json_object_get_int_member (a, "vintage"), ==, 2026);
  g_assert_cmpfloat (round (json_object_get_double_member (json_object_get_object_member (a, "totals"), "1990")), ==, 1237762);
  g_assert_cmpint (json_object_get_int_member (b, "vintage"), ==, 2021);
  g_assert_cmpfloat (round (json_object_get_double_member (json_object_get_object_member (b, "totals"), "1990")), ==, 1270047);
  g_assert_cmpint (run (missing, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "2021, 2026"));
}

/* --targets takes the layout of data/linkoping-targets.ini; a bad file is
 * named with its line, one for another municipality is refused. */
static void
test_targets_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kb-targets-XXXXXX", NULL);
  g_autofree char *good = g_build_filename (dir, "norrkoping.ini", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.ini", NULL);
  const char *args[] = { "--summary", "-m", "0581", "--targets", good, NULL };
  g_autoptr(JsonObject) summary = NULL;
  JsonArray *targets;

  g_assert_true (g_file_set_contents (good, "[Target]\nRegion=0581\nBaselineYear=1990\n"
                                            "[Milestone 2030]\nYear=2030\nReductionPercent=60\n", -1, NULL));
  g_assert_true (g_file_set_contents (bad, "[Target]\nRegion=0581\nBaselineYear=1990\n"
                                           "[Milestone 2030]\nYear=2030\nReductionPercent=160\n", -1, NULL));
  summary = summary_of (args);
  targets = json_object_get_array_member (summary, "targets");
  g_assert_cmpuint (json_array_get_length (targets), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (targets, 0), "year"), ==, 2030);
  g_assert_cmpstr (json_object_get_string_member (summary, "targets_origin"), ==, "user");
  g_assert_cmpstr (json_object_get_string_member (summary, "targets_source"), ==, good);

  {
    const char *bad_args[] = { "--summary", "-m", "0581", "--targets", bad, NULL };
    const char *other_args[] = { "--summary", "-m", "0580", "--targets", good, NULL };
    g_autofree char *out = NULL, *err = NULL, *expected = g_strdup_printf ("%s:6: ", bad);

    g_assert_cmpint (run (bad_args, &out, &err), ==, 1);
    g_assert_true (g_str_has_prefix (err, expected));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (run (other_args, &out, &err), ==, 1);
    g_assert_nonnull (strstr (err, "not for Linköping"));
  }
  g_remove (good), g_remove (bad), g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render-tool/summary", test_summary_default);
  g_test_add_func ("/render-tool/compare-per-capita", test_compare_per_capita);
  g_test_add_func ("/render-tool/summary-any-municipality", test_summary_any_municipality);
  g_test_add_func ("/render-tool/budget", test_budget);
  g_test_add_func ("/render-tool/targets-file", test_targets_file);
  g_test_add_func ("/render-tool/release", test_release_option);
  g_test_add_func ("/render-tool/no-output-over-input", test_no_output_over_input);
  g_test_add_func ("/render-tool/measures-warning", test_measures_warning);
  g_test_add_func ("/render-tool/file-default-region", test_file_default_region);
  g_test_add_func ("/render-tool/municipality", test_municipality_by_name);
  g_test_add_func ("/render-tool/png", test_png_output);
  g_test_add_func ("/render-tool/bad-file", test_bad_file_message);
  g_test_add_func ("/render-tool/bad-arguments", test_bad_arguments);
  g_test_add_func ("/render-tool/real-long-file", test_real_long_file);
  g_test_add_func ("/render-tool/measures", test_measures_summary);

  return g_test_run ();
}
