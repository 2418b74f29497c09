/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "import/kb-import.h"
#include "kb-test-util.h"
#include "model/kb-region.h"

static KbDataset *
import_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KbDataset *dataset = kb_import_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static KbDataset *
import_shared (const char *relative)
{
  g_autofree char *path = kb_test_shared_file (relative);
  return import_path (path);
}

static KbDataset *
import_fixture (const char *name)
{
  g_autofree char *path = kb_test_fixture (name);
  return import_path (path);
}

static guint
count_municipalities (KbDataset *dataset)
{
  g_autoptr(GPtrArray) codes = kb_dataset_list_regions (dataset);
  guint n = 0;

  for (guint i = 0; i < codes->len; i++)
    {
      const KbRegion *region = kb_region_find (g_ptr_array_index (codes, i));
      n += region != NULL && region->kind == KB_REGION_MUNICIPALITY;
    }
  return n;
}

static double
value_of (KbSeries *series,
          int       year)
{
  double v = NAN;

  g_assert_nonnull (series);
  if (!kb_series_get_value (series, year, &v))
    g_error ("%s, %s has no value for %d", kb_series_get_region_name (series),
             kb_series_get_sector (series), year);
  return v;
}

static KbSeries *
find_series (KbDataset  *dataset,
             const char *code,
             const char *indicator,
             const char *sector,
             const char *subsector)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (dataset)); i++)
    {
      g_autoptr(KbSeries) s = g_list_model_get_item (G_LIST_MODEL (dataset), i);

      if (g_str_equal (kb_series_get_region_code (s), code) &&
          g_str_equal (kb_series_get_indicator (s), indicator) &&
          g_str_equal (kb_series_get_sector (s), sector) &&
          g_str_equal (kb_series_get_subsector (s), subsector))
        return s;
    }
  return NULL;
}

static void
test_regions (void)
{
  const char *linkoping[] = { "0580", "580", "Linköping", "linkoping", "LINKÖPING", "0580 Linköping", "Link\xEF\xBF\xBDping" };

  g_assert_cmpuint (kb_region_count (KB_REGION_MUNICIPALITY), ==, 290);
  g_assert_cmpuint (kb_region_count (KB_REGION_COUNTY), ==, 21);
  for (guint i = 0; i < G_N_ELEMENTS (linkoping); i++)
    {
      const KbRegion *r = kb_region_find (linkoping[i]);
      g_assert_nonnull (r);
      g_assert_cmpstr (r->code, ==, "0580");
      g_assert_cmpstr (r->name, ==, "Linköping");
      g_assert_cmpstr (kb_region_get_county (r)->name, ==, "Östergötlands län");
    }
  /* Håbo and Habo differ only in an accent: the exact name decides, and
   * the accent-free spelling alone names neither. */
  g_assert_cmpstr (kb_region_find ("Håbo")->code, ==, "0305");
  g_assert_cmpstr (kb_region_find ("Habo")->code, ==, "0643");
  g_assert_cmpstr (kb_region_find ("HABO")->code, ==, "0643");
  g_assert_cmpstr (kb_region_find ("05")->name, ==, "Östergötlands län");
  g_assert_cmpstr (kb_region_find ("00 Riket")->code, ==, "00");
  g_assert_null (kb_region_find ("Atlantis"));
}

/* The database's CSV export as downloaded in 2021: every sub-sector,
 * "Alla" rows, a footer, Excel's "×10^−05" numbers. */
static void
test_emissions_database_export (void)
{
  g_autoptr(KbDataset) d = import_shared ("emissions/emissions_per_municipality.csv");
  g_autoptr(KbSeries) computed = kb_dataset_compute_total (d, "0580", KB_INDICATOR_GHG, 2021);
  g_autoptr(KbSeries) total = kb_dataset_get_total (d, "0580", KB_INDICATOR_GHG, 2021);
  g_autoptr(GPtrArray) sectors = kb_dataset_get_sectors (d, "0580", KB_INDICATOR_GHG, 2021);
  KbSeries *cars = find_series (d, "0580", KB_INDICATOR_GHG, "Transporter", "Personbilar");

  g_assert_cmpuint (count_municipalities (d), ==, 290);
  g_assert_nonnull (find_series (d, "05", KB_INDICATOR_GHG, "", ""));
  g_assert_nonnull (find_series (d, "00", KB_INDICATOR_GHG, "", ""));

  g_assert_cmpint (kb_series_get_vintage (total), ==, 2021);
  g_assert_cmpstr (kb_series_get_unit (total), ==, "t CO2e");
  g_assert_cmpfloat (value_of (total, 1990), ==, 1270046.665);
  g_assert_cmpfloat (value_of (total, 2019), ==, 708989.6489);
  g_assert_cmpuint (sectors->len, ==, 9);
  g_assert_cmpfloat (value_of (cars, 1990), ==, 176421.4969);
  /* Labels as published, typos and all. */
  g_assert_nonnull (find_series (d, "0580", KB_INDICATOR_GHG, "Transporter", "Millitär transport"));

  /* The sectors add up to the published total. */
  for (guint i = 0; i < kb_series_get_n_years (total); i++)
    {
      int year = kb_series_get_year (total, i);
      g_assert_cmpfloat_with_epsilon (value_of (computed, year), value_of (total, year), 0.01);
    }
}

static void
test_excel_export (void)
{
  g_autoptr(KbDataset) d = import_shared ("emissions/smhi-export-huvudsektorer.csv");
  g_autoptr(KbSeries) total = kb_dataset_get_total (d, "0580", KB_INDICATOR_GHG, 2026);
  g_autoptr(GPtrArray) sectors = kb_dataset_get_sectors (d, "0580", KB_INDICATOR_GHG, 2026);
  const int years[] = { 1990, 2000, 2005, 2010, 2015, 2020, 2021, 2022, 2023, 2024 };
  const double published[] = { 1237762, 782634, 804949, 878243, 689079, 655000, 689177, 674470, 642001, 736445 };

  g_assert_cmpuint (count_municipalities (d), ==, 290);
  g_assert_cmpuint (sectors->len, ==, 9);
  /* The file names no release: it is dated by its latest year, 2024,
   * published in 2026, and says the date was inferred. */
  g_assert_cmpint (kb_series_get_vintage (total), ==, 2026);
  g_assert_true (kb_series_get_vintage_inferred (total));
  g_assert_cmpstr (kb_series_get_source (total), ==,
                   "Nationella emissionsdatabasen (SMHI/RUS), sammanställt per huvudsektor");
  g_assert_cmpuint (kb_series_get_n_years (total), ==, G_N_ELEMENTS (years));
  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    g_assert_cmpfloat (round (value_of (total, years[i])), ==, published[i]);
  g_assert_cmpfloat (value_of (find_series (d, "0580", KB_INDICATOR_GHG, "Transporter", ""), 2024), ==, 229040.73);
}

static void
test_co2_totals (void)
{
  g_autoptr(KbDataset) d = import_shared ("emissions/co2-totals-2022.csv");
  g_autoptr(KbSeries) total = kb_dataset_get_total (d, "0580", KB_INDICATOR_CO2, 2022);

  g_assert_cmpuint (count_municipalities (d), ==, 290);
  g_assert_false (kb_dataset_has_indicator (d, "0580", KB_INDICATOR_GHG));
  g_assert_nonnull (total);
  g_assert_cmpstr (kb_series_get_unit (total), ==, "t CO2");
  g_assert_cmpfloat (value_of (total, 1990), ==, 1084085.7);
  g_assert_cmpfloat (round (value_of (total, 1990)), ==, 1084086);
  g_assert_cmpfloat (value_of (total, 2022), ==, 531811.0);
}

static void
test_energy_three_files (void)
{
  const char *parts[] = { "energy/EN0203AE_20221201-145355.csv", "energy/EN0203AE_20221201-145332.csv",
                          "energy/EN0203AE_20221201-145253.csv" };
  /* Linköping's total final energy use, MWh, 2009–2019, as published. */
  const double published[] = { 3907815, 4153218, 3747181, 3817382, 3737558, 3594591,
                               3644066, 3708343, 3817816, 3822615, 3800388 };
  g_autoptr(KbDataset) d = kb_dataset_new ();
  g_autoptr(KbSeries) total = NULL;
  g_autoptr(GError) error = NULL;
  double v;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autoptr(KbDataset) part = import_shared (parts[i]);
      g_assert_true (kb_dataset_merge (d, part, &error));
      g_assert_no_error (error);
    }

  total = kb_dataset_get_total (d, "0580", KB_INDICATOR_ENERGY, 0);
  g_assert_nonnull (total);
  g_assert_cmpstr (kb_series_get_region_name (total), ==, "Linköping");
  g_assert_cmpstr (kb_series_get_unit (total), ==, "MWh");
  g_assert_cmpint (kb_series_get_year (total, 0), ==, 2009);
  for (guint i = 0; i < G_N_ELEMENTS (published); i++)
    g_assert_cmpfloat (value_of (total, 2009 + i), ==, published[i]);
  /* SCB suppressed 2020: missing, never zero. */
  g_assert_true (kb_series_has_year (total, 2020));
  g_assert_false (kb_series_get_value (total, 2020, &v));
  /* Letters the copy lost are back in the labels. */
  g_assert_nonnull (find_series (d, "0580", KB_INDICATOR_ENERGY, "slutanv. småhus", ""));
  g_assert_nonnull (find_series (d, "0580", KB_INDICATOR_ENERGY, "slutanv. småhus", "fjärrvärme"));
  g_assert_nonnull (find_series (d, "0580", KB_INDICATOR_ENERGY, "", "flytande (icke förnybara)"));
}

static void
test_population (void)
{
  g_autoptr(KbDataset) d = import_shared ("population/folkmangd-kommuner-1950-2022.csv");
  KbSeries *linkoping = find_series (d, "0580", KB_INDICATOR_POPULATION, "", "");

  g_assert_cmpuint (count_municipalities (d), ==, 290);
  g_assert_cmpfloat (value_of (linkoping, 1950), ==, 83641);
  g_assert_cmpstr (kb_series_get_unit (linkoping), ==, "personer");
  /* Håbo and Habo both keep their own figures. */
  g_assert_nonnull (find_series (d, "0305", KB_INDICATOR_POPULATION, "", ""));
  g_assert_nonnull (find_series (d, "0643", KB_INDICATOR_POPULATION, "", ""));
}

static void
test_travel_surveys (void)
{
  g_autoptr(KbDataset) shares = import_fixture ("travel-shares.csv");
  g_autoptr(KbDataset) trips = import_fixture ("travel-trips.csv");

  g_assert_cmpfloat (value_of (find_series (shares, "0580", KB_INDICATOR_MODE_SHARE, "cykel", ""), 2022), ==, 37);
  g_assert_cmpstr (kb_series_get_unit (find_series (shares, "0580", KB_INDICATOR_MODE_SHARE, "cykel", "")), ==, "%");
  /* 250 of 500 trips by bicycle: half. */
  g_assert_cmpfloat (value_of (find_series (trips, "0580", KB_INDICATOR_MODE_SHARE, "cykel", ""), 2018), ==, 50);
  g_assert_cmpfloat (value_of (find_series (trips, "0580", KB_INDICATOR_MODE_SHARE, "bil som förare", ""), 2018), ==, 20);
}

/* A second release of the same series stays apart from the first. */
static void
test_two_releases_kept_apart (void)
{
  g_autoptr(KbDataset) d = kb_import_default ();
  g_autoptr(KbDataset) newer = import_fixture ("wide-pxweb.csv");
  g_autoptr(GError) error = NULL;
  KbSeries *transport_2026, *transport_2025;

  g_assert_true (kb_dataset_merge (d, newer, &error));
  g_assert_no_error (error);
  transport_2026 = kb_dataset_lookup (d, "0580", KB_INDICATOR_GHG, "Transporter", 2026);
  transport_2025 = kb_dataset_lookup (d, "0580", KB_INDICATOR_GHG, "Transporter", 2025);
  g_assert_true (transport_2026 != transport_2025);
  g_assert_cmpfloat (value_of (transport_2026, 2022), ==, 189333.17);
  g_assert_cmpfloat (value_of (transport_2025, 2022), ==, 189000.5);
  g_assert_cmpint (kb_dataset_get_latest_vintage (d, "0580", KB_INDICATOR_GHG), ==, 2026);
  /* Removals come in as negative values. */
  g_assert_cmpfloat (value_of (kb_dataset_lookup (d, "0580", KB_INDICATOR_GHG, "Markanvändning", 2025), 2023), ==, -13000.25);
}

static void
test_merge_conflict (void)
{
  g_autoptr(KbDataset) d = import_fixture ("wide-pxweb.csv");
  g_autoptr(KbDataset) same = import_fixture ("wide-pxweb.csv");
  g_autoptr(KbDataset) other = kb_dataset_new ();
  g_autoptr(KbSeries) changed = kb_series_new ("0580", "Linköping", KB_INDICATOR_GHG, "Transporter", "",
                                               "t CO2e", "Utsläpp av växthusgaser, ton CO2-ekv, publicerat 2025", 2025);
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (d));

  /* The same file twice adds nothing. */
  g_assert_true (kb_dataset_merge (d, same, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (d)), ==, n);

  kb_series_set_value (changed, 2022, 1);
  kb_dataset_add (other, changed);
  g_assert_false (kb_dataset_merge (d, other, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_cmpstr (error->message, ==, "Linköping, Transporter, 2022 differs from the data already loaded");
  g_assert_cmpfloat (value_of (kb_dataset_lookup (d, "0580", KB_INDICATOR_GHG, "Transporter", 2025), 2022), ==, 189000.5);
}

/* A Windows-1252 export whose rows do not come in runs: municipality,
 * sector and substance change on every row, and each distinct text, read
 * again far apart, keeps its reading (each is decoded and mapped once). */
static void
test_interleaved_labels (void)
{
  const char *places[] = { "Link\xF6ping", "Norrk\xF6ping" };
  const char *codes[] = { "0580", "0581" };
  const char *sectors[] = { "Jordbruk", "\xD6vrigt", "Transporter" };
  const char *substances[] = { "V\xE4xthusgaser totalt", "Koldioxid (CO2)" };
  const char *indicators[] = { KB_INDICATOR_GHG, KB_INDICATOR_CO2 };
  const char *sector_names[] = { "Jordbruk", "Övrigt", "Transporter" };
  g_autoptr(GString) text = g_string_new ("Utsl\xE4pp till luft (ton)\r\n\r\n"
                                          ";;;;;1990;2024\r\n"
                                          "L\xE4n;Kommun;Huvudsektor;Undersektor;\xC4mne;;\r\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) dataset = NULL;
  guint n = 0;

  /* Every combination once, each text changing on (nearly) every row. */
  for (guint i = 0; i < 12; i++)
    {
      guint p = i % 2, s = i % 3, g = (i + i / 6) % 2;

      g_string_append_printf (text, "\xD6sterg\xF6tlands l\xE4n;%s;%s;Alla;%s;%u;%u\r\n",
                              places[p], sectors[s], substances[g], 100 + p * 10 + s + g * 1000, 200 + g);
    }
  bytes = g_string_free_to_bytes (g_steal_pointer (&text));
  dataset = kb_import_bytes (bytes, "interleaved.csv", &error);
  g_assert_no_error (error);
  for (guint p = 0; p < 2; p++)
    for (guint s = 0; s < 3; s++)
      for (guint g = 0; g < 2; g++)
        {
          int vintage = kb_dataset_get_latest_vintage (dataset, codes[p], indicators[g]);
          KbSeries *series = kb_dataset_lookup (dataset, codes[p], indicators[g], sector_names[s], vintage);
          double v;

          g_assert_nonnull (series);
          g_assert_cmpstr (kb_series_get_region_name (series), ==, p == 0 ? "Linköping" : "Norrköping");
          g_assert_true (kb_series_get_value (series, 1990, &v));
          g_assert_cmpfloat (v, ==, 100 + p * 10 + s + g * 1000);
          n++;
        }
  g_assert_cmpuint (n, ==, 12);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/regions", test_regions);
  g_test_add_func ("/import/emissions-database-export", test_emissions_database_export);
  g_test_add_func ("/import/excel-export", test_excel_export);
  g_test_add_func ("/import/co2-totals", test_co2_totals);
  g_test_add_func ("/import/energy-three-files", test_energy_three_files);
  g_test_add_func ("/import/population", test_population);
  g_test_add_func ("/import/travel-surveys", test_travel_surveys);
  g_test_add_func ("/import/two-releases", test_two_releases_kept_apart);
  g_test_add_func ("/import/merge-conflict", test_merge_conflict);
  g_test_add_func ("/import/interleaved-labels", test_interleaved_labels);

  return g_test_run ();
}
