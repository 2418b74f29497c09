/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>

#include "import/kb-import.h"
#include "model/kb-region.h"
#include "kb-test-util.h"

/* The embedded national data against the published files, every value:
 * emissions against the release's original JSON (read here with
 * json-glib, not with the app's readers), energy and population against
 * the app's reading of SCB's own downloads (their readers are tested
 * against published figures elsewhere), suppressed cells included. */

static KbDataset *
shared_dataset (const char * const *relatives)
{
  g_autoptr(KbDataset) dataset = kb_dataset_new ();

  for (guint i = 0; relatives[i] != NULL; i++)
    {
      g_autofree char *path = kb_test_shared_file (relatives[i]);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(KbDataset) part = kb_import_file (file, NULL, &error);

      g_assert_no_error (error);
      g_assert_true (kb_dataset_merge (dataset, part, &error));
      g_assert_no_error (error);
    }
  return g_steal_pointer (&dataset);
}

static void
test_emissions_equal_json (void)
{
  g_autofree char *path = kb_test_shared_file ("emissions/klimatkollen-municipality-sector-emissions.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(KbDataset) embedded = kb_import_default ();
  g_autoptr(GError) error = NULL;
  JsonArray *municipalities;
  guint compared = 0;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  municipalities = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (municipalities), ==, 290);

  for (guint m = 0; m < json_array_get_length (municipalities); m++)
    {
      JsonObject *entry = json_array_get_object_element (municipalities, m);
      const char *name = json_object_get_string_member (entry, "name");
      JsonObject *years = json_object_get_object_member (entry, "sectors");
      g_autoptr(GList) year_names = json_object_get_members (years);
      const KbRegion *region = kb_region_find (name);
      g_autoptr(GPtrArray) sectors = NULL;

      g_assert_nonnull (region);
      sectors = kb_dataset_get_sectors (embedded, region->code, KB_INDICATOR_GHG, 2026);
      g_assert_cmpuint (sectors->len, ==, 9);
      for (guint i = 0; i < sectors->len; i++)
        g_assert_cmpuint (kb_series_get_n_years (g_ptr_array_index (sectors, i)), ==,
                          g_list_length (year_names));

      for (const GList *y = year_names; y != NULL; y = y->next)
        {
          JsonObject *values = json_object_get_object_member (years, y->data);
          int year = atoi (y->data);
          g_autoptr(GList) sector_names = json_object_get_members (values);

          g_assert_cmpuint (g_list_length (sector_names), ==, 9);
          for (const GList *s = sector_names; s != NULL; s = s->next)
            {
              KbSeries *series = kb_dataset_lookup (embedded, region->code, KB_INDICATOR_GHG, s->data, 2026);
              double v;

              g_assert_nonnull (series);
              g_assert_true (kb_series_get_value (series, year, &v));
              g_assert_cmpfloat (v, ==, json_object_get_double_member (values, s->data));
              compared++;
            }
        }
    }
  g_assert_cmpuint (compared, ==, 290 * 9 * 10);
}

static char *
series_key (KbSeries *s)
{
  return g_strdup_printf ("%s|%s|%s|%s", kb_series_get_region_code (s), kb_series_get_indicator (s),
                          kb_series_get_sector (s), kb_series_get_subsector (s));
}

/* Every series of @real is in @embedded (asked for region by region, as the
 * app asks), with the same years, values and suppressed cells. */
static guint
assert_embedded (KbDataset  *embedded,
                 KbDataset  *real,
                 const char *indicator,
                 guint      *n_suppressed)
{
  g_autoptr(GPtrArray) codes = kb_dataset_list_regions (real);
  g_autoptr(GHashTable) mine = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint compared = 0;

  for (guint i = 0; i < codes->len; i++)
    g_assert_true (kb_dataset_has_indicator (embedded, g_ptr_array_index (codes, i), indicator));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (embedded)); i++)
    {
      g_autoptr(KbSeries) s = g_list_model_get_item (G_LIST_MODEL (embedded), i);

      if (g_str_equal (kb_series_get_indicator (s), indicator))
        g_hash_table_insert (mine, series_key (s), s);
    }

  *n_suppressed = 0;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (real)); i++)
    {
      g_autoptr(KbSeries) theirs = g_list_model_get_item (G_LIST_MODEL (real), i);
      g_autofree char *key = series_key (theirs);
      KbSeries *ours = g_hash_table_lookup (mine, key);

      if (ours == NULL)
        g_error ("%s is not embedded", key);
      g_assert_cmpuint (kb_series_get_n_years (ours), ==, kb_series_get_n_years (theirs));
      for (guint j = 0; j < kb_series_get_n_years (theirs); j++)
        {
          double a = NAN, b = NAN;
          gboolean has_a = kb_series_get_value_at (ours, j, &a);
          gboolean has_b = kb_series_get_value_at (theirs, j, &b);

          g_assert_cmpint (kb_series_get_year (ours, j), ==, kb_series_get_year (theirs, j));
          g_assert_cmpint (has_a, ==, has_b);
          if (has_b)
            g_assert_cmpfloat (a, ==, b);
          else
            (*n_suppressed)++;
          compared++;
        }
    }
  g_assert_cmpuint (g_hash_table_size (mine), ==, g_list_model_get_n_items (G_LIST_MODEL (real)));
  return compared;
}

static void
test_energy_equal_scb (void)
{
  static const char * const parts[] = {
    "energy/EN0203AE_20221201-145355.csv", "energy/EN0203AE_20221201-145332.csv",
    "energy/EN0203AE_20221201-145253.csv", NULL,
  };
  g_autoptr(KbDataset) real = shared_dataset (parts);
  g_autoptr(KbDataset) embedded = kb_import_default ();
  g_autoptr(KbSeries) linkoping = NULL;
  guint suppressed;
  double v;

  /* 312 regions (Sweden, 21 counties, 290 municipalities), 81 rows each,
   * 2009–2020. */
  g_assert_cmpuint (assert_embedded (embedded, real, KB_INDICATOR_ENERGY, &suppressed), ==, 312 * 81 * 12);
  g_assert_cmpuint (suppressed, >, 0);

  /* Linköping's published total (SOURCES.md), and its suppressed 2020. */
  linkoping = kb_dataset_get_total (embedded, "0580", KB_INDICATOR_ENERGY,
                                    kb_dataset_get_latest_vintage (embedded, "0580", KB_INDICATOR_ENERGY));
  g_assert_true (kb_series_get_value (linkoping, 2009, &v));
  g_assert_cmpfloat (v, ==, 3907815);
  g_assert_true (kb_series_has_year (linkoping, 2020));
  g_assert_false (kb_series_get_value (linkoping, 2020, &v));
}

static void
test_population_equal_scb (void)
{
  static const char * const parts[] = {
    "population/folkmangd-kommuner-1950-2022.csv", "population/folkmangd-kommuner-2023-2024.csv", NULL,
  };
  g_autoptr(KbDataset) real = shared_dataset (parts);
  g_autoptr(KbDataset) embedded = kb_import_default ();
  g_autoptr(GPtrArray) codes = kb_dataset_list_regions (real);
  guint compared = 0;

  g_assert_cmpuint (codes->len, ==, 290);
  for (guint i = 0; i < codes->len; i++)
    {
      const char *code = g_ptr_array_index (codes, i);
      KbSeries *ours = kb_dataset_lookup (embedded, code, KB_INDICATOR_POPULATION, "", 0);

      g_assert_nonnull (ours);
      g_assert_cmpuint (kb_series_get_n_years (ours), ==, 2024 - 1950 + 1);
      /* The two files are two series each: every year of either. */
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (real)); k++)
        {
          g_autoptr(KbSeries) theirs = g_list_model_get_item (G_LIST_MODEL (real), k);

          if (!g_str_equal (kb_series_get_region_code (theirs), code))
            continue;
          for (guint j = 0; j < kb_series_get_n_years (theirs); j++)
            {
              double a, b;

              g_assert_true (kb_series_get_value_at (theirs, j, &b));
              g_assert_true (kb_series_get_value (ours, kb_series_get_year (theirs, j), &a));
              g_assert_cmpfloat (a, ==, b);
              compared++;
            }
        }
    }
  g_assert_cmpuint (compared, ==, 290 * 75);

  /* As SOURCES.md gives them: Linköping 1950 and 2024. */
  {
    KbSeries *linkoping = kb_dataset_lookup (embedded, "0580", KB_INDICATOR_POPULATION, "", 0);
    double v;

    g_assert_true (kb_series_get_value (linkoping, 1950, &v));
    g_assert_cmpfloat (v, ==, 83641);
    g_assert_true (kb_series_get_value (linkoping, 2024, &v));
    g_assert_cmpfloat (v, ==, 168035);
  }
}

/* The mobility tables, every figure of every region as the agencies'
 * workbooks have it (to the last digit of unrounded metres). */
static void
test_mobility_equal_workbooks (void)
{
  static const char * const cars_file[] = { "mobility/fordon-i-lan-och-kommuner-2025.xlsx", NULL };
  static const char * const cycle_file[] = { "mobility/antal-meter-cykelnat-per-vaghallare-efter-lan-och-kommun.xlsx", NULL };
  const char * const *files[] = { cars_file, cycle_file };
  g_autoptr(KbDataset) embedded = kb_import_default ();
  guint compared = 0;

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autoptr(KbDataset) real = shared_dataset (files[f]);

      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (real)); k++)
        {
          g_autoptr(KbSeries) theirs = g_list_model_get_item (G_LIST_MODEL (real), k);
          KbSeries *ours = kb_dataset_lookup (embedded, kb_series_get_region_code (theirs),
                                              kb_series_get_indicator (theirs), kb_series_get_sector (theirs), 0);

          if (ours == NULL)
            g_error ("no %s %s “%s”", kb_series_get_region_code (theirs), kb_series_get_indicator (theirs),
                     kb_series_get_sector (theirs));
          g_assert_cmpstr (kb_series_get_unit (ours), ==, kb_series_get_unit (theirs));
          g_assert_cmpstr (kb_series_get_source (ours), ==, kb_series_get_source (theirs));
          for (guint j = 0; j < kb_series_get_n_years (theirs); j++)
            {
              double a = NAN, b = NAN;
              gboolean has_b = kb_series_get_value_at (theirs, j, &b);

              g_assert_cmpint (kb_series_get_value (ours, kb_series_get_year (theirs, j), &a), ==, has_b);
              if (has_b)
                g_assert_cmpfloat (a, ==, b);
              compared++;
            }
        }
    }
  /* 312 regions: cars by 8 fuels and in all, and per 1 000 inhabitants
   * (one year); cycle network by 3 road owners, 2020–2025. */
  g_assert_cmpuint (compared, ==, 312 * 9 + 312 + 312 * 3 * 6);
}

/* A user's energy table replaces the embedded one, opened in one go or
 * in parts; the emissions stay; a CO2 file replaces the embedded
 * greenhouse gases too (emissions are one quantity). */
static void
test_copy_for (void)
{
  static const char * const parts[] = {
    "energy/EN0203AE_20221201-145355.csv", "energy/EN0203AE_20221201-145332.csv", NULL,
  };
  static const char * const last[] = { "energy/EN0203AE_20221201-145253.csv", NULL };
  static const char * const co2[] = { "emissions/co2-totals-2022.csv", NULL };
  g_autoptr(KbDataset) embedded = kb_import_default ();
  g_autoptr(KbDataset) first = shared_dataset (parts);
  g_autoptr(KbDataset) second = shared_dataset (last);
  g_autoptr(KbDataset) carbon = shared_dataset (co2);
  g_autoptr(KbDataset) once = kb_dataset_copy_for (embedded, first);
  g_autoptr(KbDataset) twice = NULL;
  g_autoptr(KbDataset) with_co2 = NULL;
  g_autoptr(GPtrArray) sectors = kb_dataset_get_sectors (once, "0586", KB_INDICATOR_GHG, 2026);
  g_autoptr(GPtrArray) categories = NULL;

  g_assert_cmpuint (sectors->len, ==, 9);
  g_assert_false (kb_dataset_has_indicator (once, "0586", KB_INDICATOR_ENERGY));
  g_assert_true (kb_dataset_has_indicator (embedded, "0586", KB_INDICATOR_ENERGY));

  /* The second file adds to the first; the embedded energy stays out. */
  g_assert_true (kb_dataset_merge (once, first, NULL));
  twice = kb_dataset_copy_for (once, second);
  g_assert_true (kb_dataset_merge (twice, second, NULL));
  categories = kb_dataset_get_sectors (twice, "0580", KB_INDICATOR_ENERGY,
                                       kb_dataset_get_latest_vintage (twice, "0580", KB_INDICATOR_ENERGY));
  g_assert_cmpuint (categories->len, ==, 8);
  for (guint i = 0; i < categories->len; i++)
    g_assert_cmpuint (kb_series_get_n_years (g_ptr_array_index (categories, i)), ==, 12);

  with_co2 = kb_dataset_copy_for (embedded, carbon);
  g_assert_false (kb_dataset_has_indicator (with_co2, "0580", KB_INDICATOR_GHG));
  g_assert_true (kb_dataset_has_indicator (with_co2, "0580", KB_INDICATOR_POPULATION));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/embedded/emissions-equal-json", test_emissions_equal_json);
  g_test_add_func ("/embedded/energy-equal-scb", test_energy_equal_scb);
  g_test_add_func ("/embedded/population-equal-scb", test_population_equal_scb);
  g_test_add_func ("/embedded/copy-for", test_copy_for);
  g_test_add_func ("/embedded/mobility-equal-workbooks", test_mobility_equal_workbooks);

  return g_test_run ();
}
