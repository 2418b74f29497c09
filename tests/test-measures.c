/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "chart/kb-chart-render.h"
#include "chart/kb-palette.h"
#include "import/kb-import.h"
#include "import/kb-measures-reader.h"
#include "kb-test-util.h"

/* Linköping's totals (2026 release) and trend, by hand: baseline 1990
 * 1 237 762,39 t; 2024 736 445,33 t; the LAD line through 2015 and 2022
 * falls (674 470,11 − 689 078,67) / 7 t a year. */
#define BASELINE 1237762.39
#define LATEST 736445.33
#define SLOPE ((674470.11 - 689078.67) / 7)
#define TREND(year) (LATEST + SLOPE * ((year) - 2024))

static GListStore *
read_measures (const char  *path,
               GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  return kb_measures_read_file (file, error);
}

static GListStore *
example (void)
{
  g_autofree char *path = kb_test_fixture ("measures-old-format.csv");
  g_autoptr(GError) error = NULL;
  GListStore *measures = read_measures (path, &error);

  g_assert_no_error (error);
  return measures;
}

static KbChart *
chart_with (KbChartKind  kind,
            GListModel  *measures)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(KbTarget) target = kb_target_new_default ();
  KbChart *chart = kb_chart_new (kind, dataset, "0580");

  kb_chart_set_target (chart, target);
  kb_chart_set_measures (chart, measures);
  return chart;
}

/* The sectors' trends add up to the total's trend in the target year
 * (Linköping 2030: 724 kt), for 2030 and 2045; where one is cut at zero,
 * it says so and the rest still add up above it. */
static void
test_sector_trends_agree (void)
{
  g_autoptr(GListStore) measures = example ();
  const int years[] = { 2030, 2045 };

  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    {
      g_autoptr(KbChart) chart = chart_with (KB_CHART_KIND_SECTOR_MEASURES, G_LIST_MODEL (measures));
      g_autoptr(GArray) outcomes = NULL;
      KbMeasuresOutcome outcome;
      double sum = 0;

      kb_chart_set_target_year (chart, years[y]);
      g_assert_true (kb_chart_get_outcome (chart, &outcome));
      outcomes = kb_sector_outcomes (kb_chart_get_sectors (chart), G_LIST_MODEL (measures),
                                     kb_chart_get_gap (chart), &outcome);
      g_assert_cmpuint (outcomes->len, ==, 9);
      for (guint i = 0; i < outcomes->len; i++)
        {
          const KbSectorOutcome *o = &g_array_index (outcomes, KbSectorOutcome, i);

          g_assert_cmpfloat (o->trend_value, >=, 0);
          sum += o->trend_value;
        }
      g_assert_cmpfloat_with_epsilon (sum, outcome.trend_value, 1e-6 * MAX (sum, 1));
    }

  /* Where the total's trend reaches zero (Danderyd by 2045) the sectors
   * cut at zero leave the others to add up to it, zero included. */
  {
    const char *codes[] = { "0162", "2584", "0583" };

    for (guint c = 0; c < G_N_ELEMENTS (codes); c++)
      {
        g_autoptr(KbDataset) dataset = kb_import_default ();
        g_autoptr(KbTarget) target = kb_target_new_national (codes[c]);
        g_autoptr(KbChart) chart = kb_chart_new (KB_CHART_KIND_SECTOR_MEASURES, dataset, codes[c]);
        g_autoptr(GArray) outcomes = NULL;
        KbMeasuresOutcome outcome;
        double sum = 0;

        kb_chart_set_target (chart, target);
        g_assert_true (kb_chart_get_outcome (chart, &outcome));
        outcomes = kb_sector_outcomes (kb_chart_get_sectors (chart), NULL, kb_chart_get_gap (chart), &outcome);
        for (guint i = 0; i < outcomes->len; i++)
          {
            g_assert_cmpfloat (g_array_index (outcomes, KbSectorOutcome, i).trend_value, >=, 0);
            sum += g_array_index (outcomes, KbSectorOutcome, i).trend_value;
          }
        g_assert_cmpfloat_with_epsilon (sum, outcome.trend_value, 1e-6 * MAX (sum, 1));
        if (g_str_equal (codes[c], "0162"))
          g_assert_cmpfloat (outcome.trend_value, ==, 0);
      }
  }
}

static void
test_read_example (void)
{
  g_autoptr(GListStore) measures = example ();
  g_autoptr(KbMeasure) first = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (measures)), ==, 5);
  first = g_list_model_get_item (G_LIST_MODEL (measures), 0);
  g_assert_cmpstr (kb_measure_get_name (first), ==, "EXEMPEL Fossilfri fjärrvärme");
  g_assert_cmpstr (kb_measure_get_sector (first), ==, "El och fjärrvärme");
  g_assert_cmpint (kb_measure_get_start_year (first), ==, 2024);
  g_assert_cmpint (kb_measure_get_full_year (first), ==, 2030);
  g_assert_cmpfloat (kb_measure_get_reduction (first), ==, 200000);
  g_assert_cmpint (kb_measure_get_status (first), ==, KB_MEASURE_PLANNED);
  g_assert_cmpint (kb_measure_get_owner (first), ==, KB_MEASURE_OWNER_MUNICIPALITY);
  g_assert_cmpfloat (kb_measure_get_investment (first), ==, 500000);
}

/* Ramps, by hand. */
static void
test_ramps (void)
{
  g_autoptr(KbMeasure) ramp = kb_measure_new ("R", "Transporter", 2025, 2035, 20000);
  g_autoptr(KbMeasure) step = kb_measure_new ("S", "Transporter", 2028, 2028, 5000);
  g_autoptr(GListStore) measures = example ();

  g_assert_cmpfloat (kb_measure_effect (ramp, 2024), ==, 0);
  g_assert_cmpfloat (kb_measure_effect (ramp, 2025), ==, 0);
  g_assert_cmpfloat (kb_measure_effect (ramp, 2030), ==, 10000);
  g_assert_cmpfloat (kb_measure_effect (ramp, 2035), ==, 20000);
  g_assert_cmpfloat (kb_measure_effect (ramp, 2050), ==, 20000);
  g_assert_cmpfloat (kb_measure_effect (step, 2027), ==, 0);
  g_assert_cmpfloat (kb_measure_effect (step, 2028), ==, 5000);

  /* 2030: 200 000 (full) + 15 000 (full) + 20 000 × 5/10 + 12 000 × 4/6 + 0
   * (the biogas measure starts in 2031). */
  g_assert_cmpfloat_with_epsilon (kb_measures_effect (G_LIST_MODEL (measures), 2024, 2030, NULL), 233000, 1e-6);
  g_assert_cmpfloat_with_epsilon (kb_measures_effect (G_LIST_MODEL (measures), 2024, 2030, "Transporter"), 25000, 1e-6);
  /* A measure done by the inventory's latest year is in its figures
   * already: it adds nothing to 2030; one half done adds its other half. */
  {
    g_autoptr(KbMeasure) done = kb_measure_new ("D", "Transporter", 2015, 2020, 9000);
    g_autoptr(KbMeasure) half = kb_measure_new ("H", "Transporter", 2020, 2028, 8000);

    g_assert_cmpfloat (kb_measure_effect_after (done, 2024, 2030), ==, 0);
    g_assert_cmpfloat (kb_measure_effect_after (half, 2024, 2030), ==, 4000);
  }
  /* 2045: every measure at full effect. */
  g_assert_cmpfloat_with_epsilon (kb_measures_effect (G_LIST_MODEL (measures), 2024, 2045, NULL), 257000, 1e-6);
}

static void
test_outcome (void)
{
  g_autoptr(GListStore) measures = example ();
  g_autoptr(KbChart) chart = chart_with (KB_CHART_KIND_MEASURES, G_LIST_MODEL (measures));
  KbMeasuresOutcome outcome;

  g_assert_true (kb_chart_get_outcome (chart, &outcome));
  g_assert_cmpint (outcome.year, ==, 2030);
  g_assert_cmpfloat_with_epsilon (outcome.trend_value, TREND (2030), 1e-6);
  g_assert_cmpfloat_with_epsilon (outcome.total_reduction, 233000, 1e-6);
  g_assert_cmpfloat_with_epsilon (outcome.remaining, TREND (2030) - 233000, 1e-6);
  g_assert_cmpfloat_with_epsilon (outcome.target_level, 0.3 * BASELINE, 1e-6);
  g_assert_cmpfloat_with_epsilon (outcome.remaining_gap, TREND (2030) - 233000 - 0.3 * BASELINE, 1e-6);

  /* A further 10 % a year from 2024: six years of it by 2030. */
  kb_chart_set_extra_cut (chart, 10);
  g_assert_true (kb_chart_get_outcome (chart, &outcome));
  g_assert_cmpfloat_with_epsilon (outcome.remaining, (TREND (2030) - 233000) * pow (0.9, 6), 1e-6);
  /* (724 kt − 233 kt) × 0,9⁶ = 261 kt is below the 371 kt level, so the
   * level is reached by 2030: in the first year at or below it. */
  g_assert_cmpint (outcome.target_reached_year, <=, 2030);
  g_assert_cmpfloat (kb_scenario_value (kb_chart_get_gap (chart), G_LIST_MODEL (measures), 10,
                                        outcome.target_reached_year), <=, outcome.target_level);
  g_assert_cmpfloat (kb_scenario_value (kb_chart_get_gap (chart), G_LIST_MODEL (measures), 10,
                                        outcome.target_reached_year - 1), >, outcome.target_level);

  /* Against 2045: every measure at full effect. */
  kb_chart_set_extra_cut (chart, 0);
  kb_chart_set_target_year (chart, 2045);
  g_assert_true (kb_chart_get_outcome (chart, &outcome));
  g_assert_cmpfloat_with_epsilon (outcome.total_reduction, 257000, 1e-6);
  g_assert_cmpfloat_with_epsilon (outcome.target_level, 0.15 * BASELINE, 1e-6);
}

static void
test_empty_file (void)
{
  g_autofree char *path = kb_test_fixture ("measures-empty.csv");
  g_autofree char *zero = kb_test_fixture ("empty.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) measures = read_measures (path, &error);
  g_autoptr(GListStore) none = NULL;
  g_autoptr(KbChart) chart = NULL;
  KbMeasuresOutcome outcome;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (measures)), ==, 0);
  none = read_measures (zero, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (none)), ==, 0);

  chart = chart_with (KB_CHART_KIND_MEASURES, G_LIST_MODEL (measures));
  g_assert_true (kb_chart_get_outcome (chart, &outcome));
  g_assert_cmpfloat (outcome.total_reduction, ==, 0);
  g_assert_cmpfloat_with_epsilon (outcome.remaining, TREND (2030), 1e-6);
}

static void
test_bad_files (void)
{
  const struct { const char *fixture, *location, *message; } bad[] = {
    { "measures-unknown-sector.csv", ":3:2: ", "“Flyg” is not one of the inventory’s main sectors" },
    { "measures-bad-status.csv", ":2:6: ", "the status must be beslutad, planerad or idé, not “kanske”" },
    { "measures-backwards.csv", ":2:4: ", "the full effect (2025) comes before the start (2030)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *path = kb_test_fixture (bad[i].fixture);
      g_autofree char *expected = g_strconcat (path, bad[i].location, bad[i].message, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GListStore) measures = read_measures (path, &error);

      g_assert_null (measures);
      g_assert_cmpstr (error->message, ==, expected);
    }
}

/* Numbers as the file writes them: decimal commas in a Swedish file;
 * a reduction beyond any figure is refused with its cell. */
static void
test_number_forms (void)
{
  const char *comma = "namn;sektor;startår;fullt_år;minskning_t;investering_ksek\n"
                      "Solceller;El och fjärrvärme;2026;2028;1 250,5;3,5\n";
  const char *huge = "namn;sektor;startår;fullt_år;minskning_t\n"
                     "Solceller;El och fjärrvärme;2026;2028;2e13\n";
  g_autoptr(GBytes) comma_bytes = g_bytes_new_static (comma, strlen (comma));
  g_autoptr(GBytes) huge_bytes = g_bytes_new_static (huge, strlen (huge));
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) read = kb_measures_read_bytes (comma_bytes, "komma.csv", &error);
  g_autoptr(KbMeasure) first = NULL;

  g_assert_no_error (error);
  first = g_list_model_get_item (G_LIST_MODEL (read), 0);
  g_assert_cmpfloat (kb_measure_get_reduction (first), ==, 1250.5);
  g_assert_cmpfloat (kb_measure_get_investment (first), ==, 3.5);

  g_assert_null (kb_measures_read_bytes (huge_bytes, "stor.csv", &error));
  g_assert_cmpstr (error->message, ==, "stor.csv:2:5: “2e13”: is beyond any figure of these statistics (more than a trillion)");
}

static void
test_round_trip (void)
{
  g_autoptr(GListStore) measures = example ();
  g_autoptr(GBytes) bytes = kb_measures_to_bytes (G_LIST_MODEL (measures));
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) back = kb_measures_read_bytes (bytes, "back.csv", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (back)), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(KbMeasure) a = g_list_model_get_item (G_LIST_MODEL (measures), i);
      g_autoptr(KbMeasure) b = g_list_model_get_item (G_LIST_MODEL (back), i);

      g_assert_cmpstr (kb_measure_get_name (a), ==, kb_measure_get_name (b));
      g_assert_cmpfloat (kb_measure_get_reduction (a), ==, kb_measure_get_reduction (b));
      g_assert_cmpint (kb_measure_get_status (a), ==, kb_measure_get_status (b));
      g_assert_cmpint (kb_measure_get_owner (a), ==, kb_measure_get_owner (b));
      g_assert_cmpstr (kb_measure_get_source (a), ==, kb_measure_get_source (b));
    }
}

static guint32
pixel_at (cairo_surface_t     *surface,
          const KbChartLayout *layout,
          double               value,
          double               row_centre)
{
  int x = (int)round (kb_chart_layout_x (layout, value));
  int y = (int)round (kb_chart_layout_y (layout, row_centre));
  return *(guint32 *)(cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface) + x * 4);
}

static gboolean
near (guint32 p,
      KbColor c)
{
  return fabs ((p >> 16 & 0xFF) / 255.0 - c.red) < 0.06 && fabs ((p >> 8 & 0xFF) / 255.0 - c.green) < 0.06 &&
         fabs ((p & 0xFF) / 255.0 - c.blue) < 0.06;
}

/* Seven rows: the trend, five measures largest first, what remains. */
static void
test_waterfall_pixels (void)
{
  g_autoptr(GListStore) measures = example ();
  g_autoptr(KbChart) chart = chart_with (KB_CHART_KIND_MEASURES, G_LIST_MODEL (measures));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1600, 900);
  cairo_t *cr = cairo_create (surface);
  const KbColor planned = { 0x44 / 255.0, 0xAA / 255.0, 0x99 / 255.0 };
  const KbColor decided = { 0x11 / 255.0, 0x77 / 255.0, 0x33 / 255.0 };
  KbChartLayout l;

  kb_chart_render (chart, cr, 1600, 900, &l);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  g_assert_cmpfloat (l.y_max, ==, 7);
  /* Row 1: the 200 kt district-heating measure, from the trend down. */
  g_assert_true (near (pixel_at (surface, &l, TREND (2030) - 100000, 5.5), planned));
  g_assert_false (near (pixel_at (surface, &l, TREND (2030) - 230000, 5.5), planned));
  /* Row 2: the 15 kt buses, decided, just below it. */
  g_assert_true (near (pixel_at (surface, &l, TREND (2030) - 207500, 4.5), decided));
  /* The last row: what remains, from zero. */
  g_assert_true (near (pixel_at (surface, &l, 150000, 0.5), kb_ink_light.history));
  g_assert_true (near (pixel_at (surface, &l, TREND (2030) - 233000 + 2000, 0.5), kb_ink_light.background));
  /* The target level, across the rows: 30 % of 1990. */
  g_assert_true (near (pixel_at (surface, &l, 0.3 * BASELINE, 3.0), kb_ink_light.target));
  cairo_surface_destroy (surface);
}

/* A municipality whose trend reaches zero before 2045 (Danderyd): the
 * bars are all at zero, and the axis still reaches the target level, so
 * the target line is drawn inside the plot, never off it. */
static void
test_waterfall_reaches_target (void)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(KbTarget) target = kb_target_new_national ("0162");
  g_autoptr(KbChart) chart = kb_chart_new (KB_CHART_KIND_MEASURES, dataset, "0162");
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1600, 900);
  cairo_t *cr = cairo_create (surface);
  KbMeasuresOutcome outcome;
  KbChartLayout l;

  kb_chart_set_target (chart, target);
  g_assert_true (kb_chart_get_outcome (chart, &outcome));
  g_assert_cmpfloat (outcome.trend_value, ==, 0);
  g_assert_cmpfloat (outcome.target_level, >, 0);

  kb_chart_render (chart, cr, 1600, 900, &l);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  g_assert_cmpfloat (l.x_max, >=, outcome.target_level);
  g_assert_true (near (pixel_at (surface, &l, outcome.target_level, 1.0), kb_ink_light.target));
  cairo_surface_destroy (surface);
}

/* The example, written for Linköping, brought to Kiruna's size: each
 * cut in proportion to its sector's latest emissions there and here. */
static void
test_scale_to_region (void)
{
  g_autoptr(GListStore) measures = example ();
  g_autoptr(GListStore) original = example ();
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(KbChart) chart = kb_chart_new (KB_CHART_KIND_SECTOR_TREND, dataset, "2584");
  g_autoptr(GPtrArray) from = kb_chart_dup_emission_sectors (chart, "0580");
  g_autoptr(GPtrArray) to = kb_chart_dup_emission_sectors (chart, "2584");

  g_assert_cmpuint (from->len, ==, 9);
  g_assert_cmpuint (to->len, ==, 9);
  kb_measures_scale (G_LIST_MODEL (measures), from, to, "skalat");
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (measures)); i++)
    {
      g_autoptr(KbMeasure) scaled = g_list_model_get_item (G_LIST_MODEL (measures), i);
      g_autoptr(KbMeasure) before = g_list_model_get_item (G_LIST_MODEL (original), i);
      double here = NAN, there = NAN;

      for (guint s = 0; s < from->len; s++)
        if (g_str_equal (kb_series_get_sector (g_ptr_array_index (from, s)), kb_measure_get_sector (before)))
          {
            g_assert_true (kb_series_get_latest (g_ptr_array_index (from, s), NULL, &here));
            g_assert_true (kb_series_get_latest (g_ptr_array_index (to, s), NULL, &there));
            g_assert_cmpstr (kb_series_get_sector (g_ptr_array_index (to, s)), ==, kb_measure_get_sector (before));
          }
      /* In whole tonnes: an example's precision. */
      g_assert_cmpfloat (kb_measure_get_reduction (scaled), ==, kb_measures_round_example (kb_measure_get_reduction (before) * there / here));
      g_assert_cmpstr (kb_measure_get_source (scaled), ==, "skalat");
      /* No scaled cut is larger than its sector in Kiruna. */
      g_assert_cmpfloat (kb_measure_get_reduction (scaled), <=, there);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/measures/read-example", test_read_example);
  g_test_add_func ("/measures/sector-trends-agree", test_sector_trends_agree);
  g_test_add_func ("/measures/ramps", test_ramps);
  g_test_add_func ("/measures/outcome", test_outcome);
  g_test_add_func ("/measures/empty-file", test_empty_file);
  g_test_add_func ("/measures/bad-files", test_bad_files);
  g_test_add_func ("/measures/number-forms", test_number_forms);
  g_test_add_func ("/measures/round-trip", test_round_trip);
  g_test_add_func ("/measures/scale-to-region", test_scale_to_region);
  g_test_add_func ("/measures/waterfall-pixels", test_waterfall_pixels);
  g_test_add_func ("/measures/waterfall-reaches-target", test_waterfall_reaches_target);

  return g_test_run ();
}
