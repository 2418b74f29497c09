/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "model/kb-series.h"

static KbSeries *
new_series (void)
{
  return kb_series_new ("0580", "Linköping", KB_INDICATOR_GHG, "Transporter", "",
                        "t CO2e", "Test", 2026);
}

static void
test_identity (void)
{
  g_autoptr(KbSeries) series = new_series ();
  g_autoptr(KbSeries) same = new_series ();
  g_autoptr(KbSeries) other_release =
    kb_series_new ("0580", "Linköping", KB_INDICATOR_GHG, "Transporter", "", "t CO2e", "Test", 2025);

  g_assert_cmpstr (kb_series_get_region_code (series), ==, "0580");
  g_assert_cmpstr (kb_series_get_region_name (series), ==, "Linköping");
  g_assert_cmpstr (kb_series_get_sector (series), ==, "Transporter");
  g_assert_cmpstr (kb_series_get_unit (series), ==, "t CO2e");
  g_assert_cmpint (kb_series_get_vintage (series), ==, 2026);
  g_assert_true (kb_series_same_identity (series, same));
  /* SMHI revises history every year: two releases are two series. */
  g_assert_false (kb_series_same_identity (series, other_release));
}

static void
test_observations_sorted (void)
{
  g_autoptr(KbSeries) series = new_series ();
  int years[] = { 2022, 1990, 2005, 2021 };
  double v;

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    kb_series_set_value (series, years[i], years[i] * 10.0);

  g_assert_cmpuint (kb_series_get_n_years (series), ==, 4);
  g_assert_cmpint (kb_series_get_year (series, 0), ==, 1990);
  g_assert_cmpint (kb_series_get_year (series, 1), ==, 2005);
  g_assert_cmpint (kb_series_get_year (series, 3), ==, 2022);
  g_assert_true (kb_series_get_value (series, 2005, &v));
  g_assert_cmpfloat (v, ==, 20050.0);

  /* Setting a year again replaces it. */
  kb_series_set_value (series, 2005, -3.5);
  g_assert_cmpuint (kb_series_get_n_years (series), ==, 4);
  g_assert_true (kb_series_get_value (series, 2005, &v));
  g_assert_cmpfloat (v, ==, -3.5);
  g_assert_false (kb_series_get_value (series, 2000, &v));
}

static void
test_missing_and_latest (void)
{
  g_autoptr(KbSeries) series = new_series ();
  int year = 0;
  double v = 0;

  g_assert_false (kb_series_get_latest (series, &year, &v));

  kb_series_set_value (series, 2020, 100);
  kb_series_set_missing (series, 2021);
  g_assert_true (kb_series_has_year (series, 2021));
  g_assert_false (kb_series_get_value (series, 2021, &v));
  g_assert_true (kb_series_get_latest (series, &year, &v));
  g_assert_cmpint (year, ==, 2020);
  g_assert_cmpfloat (v, ==, 100);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/series/identity", test_identity);
  g_test_add_func ("/series/sorted", test_observations_sorted);
  g_test_add_func ("/series/missing", test_missing_and_latest);

  return g_test_run ();
}
