/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "analysis/kb-context.h"
#include "import/kb-import.h"
#include "kb-test-util.h"

/* Linköping, all greenhouse gases, June 2026 release, as published
 * (../shared/data/SOURCES.md), in whole tonnes. */
static const struct {
  int    year;
  double tonnes;
} published[] = {
  { 1990, 1237762 }, { 2000, 782634 }, { 2005, 804949 }, { 2010, 878243 },
  { 2015, 689079 }, { 2020, 655000 }, { 2021, 689177 }, { 2022, 674470 },
  { 2023, 642001 }, { 2024, 736445 },
};

static void
test_default_totals_match_publication (void)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(KbSeries) total = kb_dataset_compute_total (dataset, "0580", KB_INDICATOR_GHG, 2026);

  g_assert_cmpuint (kb_series_get_n_years (total), ==, G_N_ELEMENTS (published));
  for (guint i = 0; i < G_N_ELEMENTS (published); i++)
    {
      double v;

      g_assert_true (kb_series_get_value (total, published[i].year, &v));
      g_assert_cmpfloat (round (v), ==, published[i].tonnes);
    }
}

/* @mine has the years of @theirs and their values, exactly where
 * @epsilon is 0: how many values it compared. */
static guint
assert_same_values (KbSeries *mine,
                    KbSeries *theirs,
                    double    epsilon)
{
  g_assert_cmpuint (kb_series_get_n_years (mine), ==, kb_series_get_n_years (theirs));
  for (guint j = 0; j < kb_series_get_n_years (theirs); j++)
    {
      double a, b;

      g_assert_cmpint (kb_series_get_year (mine, j), ==, kb_series_get_year (theirs, j));
      g_assert_true (kb_series_get_value_at (mine, j, &a));
      g_assert_true (kb_series_get_value_at (theirs, j, &b));
      if (epsilon == 0)
        g_assert_cmpfloat (a, ==, b);
      else
        g_assert_cmpfloat_with_epsilon (a, b, epsilon);
    }
  return kb_series_get_n_years (theirs);
}

/* Every figure of the embedded dataset is the very number of the real
 * long-format file of the same release, sector by sector, year by year. */
static void
test_default_equals_real_file (void)
{
  g_autofree char *path = kb_test_shared_file ("emissions/emissions-long.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) real = kb_import_file (file, NULL, &error);
  g_autoptr(KbDataset) embedded = kb_import_default ();
  g_autoptr(GPtrArray) embedded_sectors = NULL;
  g_autofree char *code = NULL;
  guint compared = 0;

  g_assert_no_error (error);
  code = kb_dataset_find_region (real, "Linköping");
  g_assert_nonnull (code);

  embedded_sectors = kb_dataset_get_sectors (embedded, "0580", KB_INDICATOR_GHG, 2026);
  g_assert_cmpuint (embedded_sectors->len, ==, 9);

  for (guint i = 0; i < embedded_sectors->len; i++)
    {
      KbSeries *mine = g_ptr_array_index (embedded_sectors, i);
      KbSeries *theirs = kb_dataset_lookup (real, code, KB_INDICATOR_GHG,
                                            kb_series_get_sector (mine), 2026);

      g_assert_nonnull (theirs);
      compared += assert_same_values (mine, theirs, 0);
    }
  g_assert_cmpuint (compared, ==, 90);
}

/* The default dataset's one travel-survey figure, as Linköping's climate
 * contract publishes it: 37 % of trips within the city by bicycle, 2022. */
static void
test_default_cycling_share (void)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  KbSeries *cycling = kb_dataset_lookup (dataset, "0580", KB_INDICATOR_MODE_SHARE, "cykel", 0);
  double v;

  g_assert_nonnull (cycling);
  g_assert_cmpuint (kb_series_get_n_years (cycling), ==, 1);
  g_assert_true (kb_series_get_value (cycling, 2022, &v));
  g_assert_cmpfloat (v, ==, 37);
  g_assert_cmpstr (kb_series_get_unit (cycling), ==, "%");
  g_assert_nonnull (strstr (kb_series_get_source (cycling), "klimatkontrakt"));
}

/* Every municipality's total in the default dataset, the sum of its
 * sectors, is the release's "Alla" row (the sum of the same sectors,
 * rounded to the cent). */
static void
test_default_other_totals (void)
{
  g_autofree char *path = kb_test_shared_file ("emissions/smhi-export-huvudsektorer.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) real = kb_import_file (file, NULL, &error);
  g_autoptr(KbDataset) embedded = kb_import_default ();
  g_autoptr(GPtrArray) codes = kb_dataset_list_regions (embedded);
  guint compared = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (codes->len, ==, 290);
  for (guint i = 0; i < codes->len; i++)
    {
      const char *code = g_ptr_array_index (codes, i);
      g_autoptr(KbSeries) mine = kb_dataset_get_total (embedded, code, KB_INDICATOR_GHG, 2026);
      g_autoptr(KbSeries) theirs = kb_dataset_get_total (real, code, KB_INDICATOR_GHG,
                                                        kb_dataset_get_latest_vintage (real, code, KB_INDICATOR_GHG));

      g_assert_nonnull (mine);
      g_assert_nonnull (theirs);
      compared += assert_same_values (mine, theirs, 0.05);
    }
  g_assert_cmpuint (compared, ==, 2900);
}

/* Linköping's change beside Östergötland's and all municipalities': the
 * sums of the release's own totals, added up here from its file. */
static void
test_default_context (void)
{
  g_autofree char *path = kb_test_shared_file ("emissions/smhi-export-huvudsektorer.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) real = kb_import_file (file, NULL, &error);
  g_autoptr(KbDataset) embedded = kb_import_default ();
  g_autoptr(GPtrArray) codes = NULL;
  double county[2] = { 0 }, all[2] = { 0 };
  guint in_county = 0;
  KbChangeContext context;

  g_assert_no_error (error);
  codes = kb_dataset_list_regions (real);
  for (guint i = 0; i < codes->len; i++)
    {
      const char *code = g_ptr_array_index (codes, i);
      g_autoptr(KbSeries) total = kb_dataset_get_total (real, code, KB_INDICATOR_GHG,
                                                        kb_dataset_get_latest_vintage (real, code, KB_INDICATOR_GHG));
      double a, b;

      g_assert_true (kb_series_get_value (total, 1990, &a));
      g_assert_true (kb_series_get_value (total, 2024, &b));
      all[0] += a, all[1] += b;
      if (g_str_has_prefix (code, "05"))
        county[0] += a, county[1] += b, in_county++;
    }
  g_assert_cmpuint (in_county, ==, 13);

  g_assert_true (kb_context_change (embedded, "0580", KB_INDICATOR_GHG, 1990, 2024, &context));
  g_assert_true (context.has_county);
  g_assert_cmpstr (context.county_name, ==, "Östergötlands län");
  g_assert_cmpfloat_with_epsilon (context.county_pct, (county[1] - county[0]) / county[0] * 100, 1e-6);
  g_assert_true (context.has_country);
  g_assert_true (context.country_is_sum);
  g_assert_cmpfloat_with_epsilon (context.country_pct, (all[1] - all[0]) / all[0] * 100, 1e-6);

  /* Without the other municipalities there is nothing to set beside it. */
  {
    g_autoptr(KbDataset) alone = kb_dataset_new ();
    g_autoptr(GPtrArray) sectors = kb_dataset_get_sectors (embedded, "0580", KB_INDICATOR_GHG, 2026);

    kb_dataset_add_many (alone, sectors);
    g_assert_false (kb_context_change (alone, "0580", KB_INDICATOR_GHG, 1990, 2024, &context));
    g_assert_false (context.has_county || context.has_country);
  }
}

static void
test_real_file_all_municipalities (void)
{
  g_autofree char *path = kb_test_shared_file ("emissions/emissions-long.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) real = kb_import_file (file, NULL, &error);
  g_autoptr(GHashTable) regions = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (real)); i++)
    {
      g_autoptr(KbSeries) s = g_list_model_get_item (G_LIST_MODEL (real), i);
      g_hash_table_add (regions, (gpointer)kb_series_get_region_code (s));
    }
  g_assert_cmpuint (g_hash_table_size (regions), ==, 290);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/real-data/default-totals", test_default_totals_match_publication);
  g_test_add_func ("/real-data/default-equals-real-file", test_default_equals_real_file);
  g_test_add_func ("/real-data/default-cycling-share", test_default_cycling_share);
  g_test_add_func ("/real-data/default-other-totals", test_default_other_totals);
  g_test_add_func ("/real-data/default-context", test_default_context);
  g_test_add_func ("/real-data/all-municipalities", test_real_file_all_municipalities);

  return g_test_run ();
}
