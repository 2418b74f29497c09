/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "analysis/kb-budget.h"
#include "analysis/kb-trend.h"

static KbSeries *
series_of (const int    *years,
           const double *values,
           guint         n)
{
  KbSeries *s = kb_series_new ("0580", "Linköping", KB_INDICATOR_GHG, "", "", "t CO2e", "", 0);

  for (guint i = 0; i < n; i++)
    kb_series_set_value (s, years[i], values[i]);
  return s;
}

static void
test_lad_ignores_outlier (void)
{
  /* Four points on y = x and one far off: LAD follows the four (cost 36;
   * the line through the first and the outlier costs 9 + 18 + 27). */
  double x[] = { 0, 1, 2, 3, 4 }, y[] = { 0, 1, 2, 3, 40 };
  double shuffled_x[] = { 3, 4, 0, 2, 1 }, shuffled_y[] = { 3, 40, 0, 2, 1 };

  g_assert_cmpfloat_with_epsilon (kb_lad_slope (x, y, 5), 1.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (kb_lad_slope (shuffled_x, shuffled_y, 5), 1.0, 1e-12);
}

static void
test_lad_tie_is_order_free (void)
{
  /* (0,0) (1,1) (2,2) (3,30): y = x, the line through (0,0) and (3,30)
   * (slope 10) and through (1,1) and (3,30) (slope 14.5) all cost 27, as
   * does every slope between 1 and 14.5. The answer is the middle, 7.75,
   * in any order of the points. */
  double x[] = { 0, 1, 2, 3 }, y[] = { 0, 1, 2, 30 };
  double rx[] = { 3, 2, 1, 0 }, ry[] = { 30, 2, 1, 0 };

  g_assert_cmpfloat_with_epsilon (kb_lad_slope (x, y, 4), 7.75, 1e-12);
  g_assert_cmpfloat_with_epsilon (kb_lad_slope (rx, ry, 4), 7.75, 1e-12);
}

/* By hand: of the lines through two of (2015, 100), (2020, 90), (2021, 80),
 * (2022, 70), the one through 2015 and 2021 (slope −10/3) has the least
 * total deviation (6⅔ + 6⅔); anchored at 70 in 2022 it reaches 50 in 2028
 * and zero in 2043. */
static void
test_trend_anchored (void)
{
  int years[] = { 2010, 2015, 2020, 2021, 2022 };
  double values[] = { 500, 100, 90, 80, 70 };
  g_autoptr(KbSeries) s = series_of (years, values, 5);
  KbTrend trend;

  g_assert_true (kb_trend_fit_lad (s, 2015, &trend));
  g_assert_cmpuint (trend.n_points, ==, 4);
  g_assert_cmpfloat_with_epsilon (trend.slope, -10.0 / 3, 1e-9);
  g_assert_cmpint (trend.anchor_year, ==, 2022);
  g_assert_cmpfloat (trend.anchor_value, ==, 70);
  g_assert_cmpfloat_with_epsilon (kb_trend_value (&trend, 2030), 70 - 80.0 / 3, 1e-9);
  g_assert_cmpint (kb_trend_year_reaching (&trend, 50), ==, 2028);
  g_assert_cmpint (kb_trend_year_reaching (&trend, 49), ==, 2029);
  g_assert_cmpint (kb_trend_year_reaching (&trend, 0), ==, 2043);
  g_assert_cmpint (kb_trend_year_reaching (&trend, 80), ==, 2022);
}

static void
test_trend_rising_never (void)
{
  int years[] = { 2015, 2020, 2021 };
  double values[] = { 100, 110, 120 };
  g_autoptr(KbSeries) s = series_of (years, values, 3);
  KbTrend trend;

  g_assert_true (kb_trend_fit_lad (s, 2015, &trend));
  g_assert_cmpfloat (trend.slope, >, 0);
  g_assert_cmpint (kb_trend_year_reaching (&trend, 50), ==, KB_TREND_NEVER);
  g_assert_cmpint (kb_trend_year_reaching (&trend, 0), ==, KB_TREND_NEVER);
}

static void
test_trend_too_few (void)
{
  int years[] = { 2010, 2015 };
  double values[] = { 100, 90 };
  g_autoptr(KbSeries) s = series_of (years, values, 2);
  KbTrend trend;

  g_assert_false (kb_trend_fit_lad (s, 2015, &trend));
}

/* The carbon budget: the path cut by 11.72 % a year from the trend's
 * value in the first year, summed to the last, against the trend's own
 * sum (negative years counted as none). By hand. */
static void
test_budget (void)
{
  KbTrend falling = { -100, 2024, 1000, 5 }, rising = { 10, 2024, 1000, 5 }, crossing = { -500, 2024, 1000, 5 };
  KbBudget b;

  kb_budget_compute (&falling, 2026, 2028, &b);
  g_assert_cmpint (b.from_year, ==, 2026);
  g_assert_cmpint (b.to_year, ==, 2028);
  g_assert_cmpfloat (b.from_value, ==, 800);
  /* 800 + 800 × 0.8828 + 800 × 0.8828² */
  g_assert_cmpfloat_with_epsilon (b.budget, 800 + 706.24 + 623.468672, 1e-9);
  g_assert_cmpfloat_with_epsilon (kb_budget_path_value (&b, 2027), 706.24, 1e-9);
  g_assert_cmpfloat (b.trend_total, ==, 800 + 700 + 600);
  g_assert_true (b.meets_paris);

  kb_budget_compute (&rising, 2026, 2028, &b);
  g_assert_cmpfloat_with_epsilon (b.budget, 1020 * (1 + 0.8828 + 0.77933584), 1e-9);
  g_assert_cmpfloat (b.trend_total, ==, 1020 + 1030 + 1040);
  g_assert_false (b.meets_paris);

  /* Reaching zero in 2026: nothing left to cut, nothing counted below zero. */
  kb_budget_compute (&crossing, 2026, 2030, &b);
  g_assert_cmpfloat (b.from_value, ==, 0);
  g_assert_cmpfloat (b.budget, ==, 0);
  g_assert_cmpfloat (b.trend_total, ==, 0);
  g_assert_true (b.meets_paris);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/trend/lad-outlier", test_lad_ignores_outlier);
  g_test_add_func ("/trend/lad-tie", test_lad_tie_is_order_free);
  g_test_add_func ("/trend/anchored", test_trend_anchored);
  g_test_add_func ("/trend/rising", test_trend_rising_never);
  g_test_add_func ("/trend/too-few", test_trend_too_few);

  g_test_add_func ("/trend/budget", test_budget);
  return g_test_run ();
}
