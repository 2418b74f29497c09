/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "analysis/kb-target-gap.h"
#include "import/kb-import.h"

#define B 1000.0

static void
test_default_target (void)
{
  g_autoptr(KbTarget) target = kb_target_new_default ();
  const KbMilestone *m2045;

  g_assert_cmpstr (kb_target_get_region_code (target), ==, "0580");
  g_assert_cmpint (kb_target_get_baseline_year (target), ==, 1990);
  g_assert_cmpuint (kb_target_get_n_milestones (target), ==, 2);
  g_assert_cmpint (kb_target_get_milestone (target, 0)->year, ==, 2030);
  g_assert_cmpfloat (kb_target_get_milestone (target, 0)->reduction_pct, ==, 70);
  m2045 = kb_target_find_milestone (target, 2045);
  g_assert_nonnull (m2045);
  g_assert_cmpfloat (m2045->reduction_pct, ==, 85);
  g_assert_cmpfloat (m2045->supplementary_pct, ==, 15);
  g_assert_cmpint (kb_target_get_last_year (target), ==, 2045);
}

static void
test_path (void)
{
  g_autoptr(KbTarget) target = kb_target_new_default ();
  double v;

  g_assert_true (kb_target_path_value (target, B, 1990, &v));
  g_assert_cmpfloat (v, ==, 1000);
  /* Halfway from 1990 (1000) to 2030 (300). */
  g_assert_true (kb_target_path_value (target, B, 2010, &v));
  g_assert_cmpfloat_with_epsilon (v, 650, 1e-9);
  g_assert_true (kb_target_path_value (target, B, 2030, &v));
  g_assert_cmpfloat_with_epsilon (v, 300, 1e-9);
  /* 2030 (300) to 2045 (150): 10 a year. */
  g_assert_true (kb_target_path_value (target, B, 2040, &v));
  g_assert_cmpfloat_with_epsilon (v, 200, 1e-9);
  g_assert_true (kb_target_path_value (target, B, 2045, &v));
  g_assert_cmpfloat_with_epsilon (v, 150, 1e-9);
  g_assert_false (kb_target_path_value (target, B, 1989, &v));
  g_assert_false (kb_target_path_value (target, B, 2046, &v));
}

static void
test_bad_targets (void)
{
  const char *no_milestone = "[Target]\nRegion=0580\nBaselineYear=1990\n";
  const char *bad_percent = "[Target]\nBaselineYear=1990\n[Milestone 2030]\nYear=2030\nReductionPercent=170\n";
  const char *early = "[Target]\nBaselineYear=1990\n[Milestone 1980]\nYear=1980\n";
  g_autoptr(GError) error = NULL;

  g_assert_null (kb_target_new_from_data (no_milestone, -1, "mål.ini", &error));
  g_assert_cmpstr (error->message, ==, "mål.ini:1: no [Milestone] group");
  g_clear_error (&error);

  g_assert_null (kb_target_new_from_data (bad_percent, -1, "mål.ini", &error));
  g_assert_cmpstr (error->message, ==,
                   "mål.ini:5: [Milestone 2030] ReductionPercent must be a percentage from 0 to 100");
  g_clear_error (&error);

  g_assert_null (kb_target_new_from_data (early, -1, "mål.ini", &error));
  g_assert_cmpstr (error->message, ==, "mål.ini:4: [Milestone 1980] needs a Year after the baseline year");
  g_clear_error (&error);

  /* Not a key file, or not text: the line, or the file, is named. */
  g_assert_null (kb_target_new_from_data ("[Target]\nBaselineYear=1990\nthis is no key\n", -1, "mål.ini", &error));
  g_assert_true (g_str_has_prefix (error->message, "mål.ini:3: "));
  g_clear_error (&error);
  g_assert_null (kb_target_new_from_data ("[Target]\n\xff\xfe", -1, "mål.ini", &error));
  g_assert_cmpstr (error->message, ==, "mål.ini:1: a targets file must be UTF-8 text");
  g_clear_error (&error);

  /* Two milestones for one year (found by the targets fuzzer). */
  g_assert_null (kb_target_new_from_data ("[Target]\nBaselineYear=1990\n[Milestone 2030]\nYear=2030\n"
                                          "[Milestone 200]\nYear=2030\n", -1, "mål.ini", &error));
  g_assert_cmpstr (error->message, ==, "mål.ini:6: [Milestone 200] is a second milestone for 2030");
}

/* Linköping's figures, computed by hand from the published totals:
 * baseline 1 237 762,39 t (1990), latest 736 445,33 t (2024). */
static void
test_linkoping_gap (void)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(KbSeries) total = kb_dataset_compute_total (dataset, "0580", KB_INDICATOR_GHG, 2026);
  g_autoptr(KbTarget) target = kb_target_new_default ();
  const double baseline = 1237762.39, latest = 736445.33;
  /* 2024 lies 34 of the 40 years from 1990 to 2030 along the path to −70 %. */
  const double path_2024 = baseline * (1 - 0.70 * 34 / 40);
  KbTargetGap gap;

  g_assert_true (kb_target_gap_compute (total, target, &gap, NULL));
  g_assert_cmpint (gap.baseline_year, ==, 1990);
  g_assert_cmpfloat_with_epsilon (gap.baseline_value, baseline, 1e-6);
  g_assert_cmpint (gap.latest_year, ==, 2024);
  g_assert_cmpfloat_with_epsilon (gap.latest_value, latest, 1e-6);
  g_assert_cmpfloat_with_epsilon (gap.change_since_baseline_pct, (latest / baseline - 1) * 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (gap.path_value_latest, path_2024, 1e-6);
  g_assert_cmpfloat_with_epsilon (gap.gap, latest - path_2024, 1e-6);
  g_assert_cmpfloat_with_epsilon (gap.gap, 235151.56205, 1e-4);
  g_assert_cmpfloat_with_epsilon (gap.gap_pct_of_baseline, 235151.56205 / baseline * 100, 1e-6);
  g_assert_cmpint (gap.milestone_year, ==, 2030);
  g_assert_cmpfloat_with_epsilon (gap.milestone_level, 0.3 * baseline, 1e-6);
  /* From 736 445 to 371 329 in six years: 1 − (371 329 / 736 445)^(1/6). */
  g_assert_cmpfloat_with_epsilon (gap.required_annual_reduction_pct,
                                  (1 - pow (0.3 * baseline / latest, 1.0 / 6)) * 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (gap.required_annual_reduction_pct, 10.785, 1e-3);
  g_assert_true (gap.have_trend);
  g_assert_cmpuint (gap.trend.n_points, ==, 6); /* 2015, 2020–2024 */
  /* Of the lines through two of those six, the one through 2015 and 2022
   * deviates least (132 795 t in all; the next best, 143 312 t). */
  g_assert_cmpfloat_with_epsilon (gap.trend.slope, (674470.11 - 689078.67) / 7, 1e-6);
  g_assert_cmpint (gap.trend.anchor_year, ==, 2024);
  g_assert_cmpfloat_with_epsilon (gap.trend_value_milestone,
                                  latest + 6 * (674470.11 - 689078.67) / 7, 1e-6);
}

static void
test_missing_baseline (void)
{
  g_autoptr(KbSeries) total = kb_series_new ("0580", "Linköping", KB_INDICATOR_GHG, "", "", "t CO2e", "", 0);
  g_autoptr(KbTarget) target = kb_target_new_default ();
  g_autoptr(GError) error = NULL;
  KbTargetGap gap;

  kb_series_set_value (total, 2020, 10);
  g_assert_false (kb_target_gap_compute (total, target, &gap, &error));
  g_assert_cmpstr (error->message, ==, "Linköping has no value for the baseline year 1990");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/target/default", test_default_target);
  g_test_add_func ("/target/path", test_path);
  g_test_add_func ("/target/bad", test_bad_targets);
  g_test_add_func ("/target/linkoping-gap", test_linkoping_gap);
  g_test_add_func ("/target/missing-baseline", test_missing_baseline);

  return g_test_run ();
}
