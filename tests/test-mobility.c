/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "analysis/kb-summary.h"
#include "chart/kb-chart-render.h"
#include "chart/kb-compare.h"
#include "chart/kb-chart-text.h"
#include "chart/kb-labels.h"
#include "import/kb-import.h"
#include "import/kb-agency-reader.h"
#include "kb-test-util.h"
#include "analysis/kb-mobility.h"
#include "model/kb-region.h"

/* The agencies' mobility workbooks, imported as published, against the
 * sheets cell by cell for all 290 municipalities. */

static KbDataset *
import_shared (const char *relative)
{
  g_autofree char *path = kb_test_shared_file (relative);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KbDataset *dataset = kb_import_file (file, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

static double
value_of (KbDataset  *dataset,
          const char *code,
          const char *indicator,
          const char *part,
          int         year)
{
  g_autoptr(KbSeries) series = NULL;
  double v = NAN;

  if (part == NULL)
    series = kb_dataset_get_total (dataset, code, indicator, 0);
  else
    {
      g_autoptr(GPtrArray) parts = kb_dataset_get_sectors (dataset, code, indicator, 0);

      for (guint i = 0; i < parts->len; i++)
        if (g_strcmp0 (kb_series_get_sector (g_ptr_array_index (parts, i)), part) == 0)
          series = g_object_ref (g_ptr_array_index (parts, i));
    }
  g_assert_nonnull (series);
  if (!kb_series_get_value (series, year, &v))
    return NAN;
  return v;
}

/* The sheet's own numbers, read here by their column letters (as the
 * 2025 edition has them: code A, Bensin C … Övriga J, Totalt K). */
typedef struct
{
  GHashTable *rows;   /* "0580" → double[9] */
} Sheet;

static gboolean
on_sheet_row (const KbXlsxCell  *cells,
              guint              n_cells,
              guint              row,
              gpointer           user_data,
              GError           **error)
{
  Sheet *sheet = user_data;
  double *values;

  if (n_cells < 11 || cells[0].kind != KB_XLSX_NUMBER)
    return TRUE;
  values = g_new0 (double, 9);
  for (guint c = 2; c <= 10; c++)
    values[c - 2] = cells[c].kind == KB_XLSX_NUMBER ? cells[c].number
                    : g_str_equal (cells[c].text, "–") ? 0 : NAN;
  g_hash_table_insert (sheet->rows, g_strdup_printf ("%04.0f", cells[0].number), values);
  return TRUE;
}

static void
test_cars (void)
{
  g_autoptr(KbDataset) dataset = import_shared ("mobility/fordon-i-lan-och-kommuner-2025.xlsx");
  const char *fuels[] = { "Bensin", "Diesel", "El", "Elhybrider", "Laddhybrider", "Etanol", "Gas", "Övriga" };
  g_autofree char *path = kb_test_shared_file ("mobility/fordon-i-lan-och-kommuner-2025.xlsx");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbXlsx) xlsx = kb_xlsx_open (file, NULL, &error);
  g_autoptr(GPtrArray) municipalities = kb_region_list_municipalities (NULL);
  Sheet sheet = { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free) };

  g_assert_no_error (error);
  g_assert_true (kb_xlsx_read_sheet (xlsx, (guint)kb_xlsx_find_sheet (xlsx, "Tabell 4 Personbil"), on_sheet_row,
                                     &sheet, &error));
  g_assert_cmpuint (g_hash_table_size (sheet.rows), ==, 290);

  /* By hand, from SOURCES: Linköping 2025. */
  g_assert_cmpfloat (value_of (dataset, "0580", KB_INDICATOR_CARS, NULL, 2025), ==, 70268);
  g_assert_cmpfloat (value_of (dataset, "0580", KB_INDICATOR_CARS, "El", 2025), ==, 5892);
  g_assert_cmpfloat (value_of (dataset, "0580", KB_INDICATOR_CARS, "Laddhybrider", 2025), ==, 5887);
  /* "–" is none: Österåker's Övriga. */
  g_assert_cmpfloat (value_of (dataset, "0117", KB_INDICATOR_CARS, "Övriga", 2025), ==, 0);

  /* Every municipality, every fuel, as the sheet has it. */
  g_assert_cmpuint (municipalities->len, ==, 290);
  for (guint i = 0; i < municipalities->len; i++)
    {
      const KbRegion *m = g_ptr_array_index (municipalities, i);
      double *row = g_hash_table_lookup (sheet.rows, m->code);

      g_assert_nonnull (row);
      for (guint f = 0; f < G_N_ELEMENTS (fuels); f++)
        g_assert_cmpfloat (value_of (dataset, m->code, KB_INDICATOR_CARS, fuels[f], 2025), ==, row[f]);
      g_assert_cmpfloat (value_of (dataset, m->code, KB_INDICATOR_CARS, NULL, 2025), ==, row[8]);
    }
  /* The county and Sweden, named, not coded. */
  g_assert_cmpfloat (value_of (dataset, "25", KB_INDICATOR_CARS, NULL, 2025), ==, 145956);
  g_assert_cmpfloat (value_of (dataset, "00", KB_INDICATOR_CARS, "El", 2025), ==, 432709);
  g_hash_table_unref (sheet.rows);
}

static void
test_cycle_network (void)
{
  g_autoptr(KbDataset) dataset = import_shared ("mobility/antal-meter-cykelnat-per-vaghallare-efter-lan-och-kommun.xlsx");
  g_autoptr(GPtrArray) municipalities = kb_region_list_municipalities (NULL);
  const char *owners[] = { "Enskild", "Kommunal", "Statlig" };
  double sum = 0;

  /* Linköping 2025: 95 506 + 464 868 + 18 072 m = 578 446 m. */
  for (guint o = 0; o < G_N_ELEMENTS (owners); o++)
    sum += value_of (dataset, "0580", KB_INDICATOR_CYCLE_NETWORK, owners[o], 2025);
  g_assert_cmpfloat (round (sum), ==, 578446);
  g_assert_cmpfloat (round (value_of (dataset, "0580", KB_INDICATOR_CYCLE_NETWORK, NULL, 2025)), ==, 578446);
  /* "-" is none: Karlshamn has no private cycle path in 2020. */
  g_assert_cmpfloat (value_of (dataset, "1082", KB_INDICATOR_CYCLE_NETWORK, "Enskild", 2020), ==, 0);

  /* Every municipality, every year 2020–2025. */
  for (guint i = 0; i < municipalities->len; i++)
    {
      const KbRegion *m = g_ptr_array_index (municipalities, i);

      for (int year = 2020; year <= 2025; year++)
        g_assert_false (isnan (value_of (dataset, m->code, KB_INDICATOR_CYCLE_NETWORK, "Kommunal", year)));
    }
  /* Counties and Sweden from their "Total" rows. */
  g_assert_false (isnan (value_of (dataset, "05", KB_INDICATOR_CYCLE_NETWORK, "Kommunal", 2025)));
  g_assert_cmpfloat (round (value_of (dataset, "00", KB_INDICATOR_CYCLE_NETWORK, "Kommunal", 2020)), ==, 20522872);
}

/* SCB's population workbook is read (as population, tested in
 * test-workbooks); a CSV named .xlsx is read as the CSV it is. */
static void
test_other_workbooks (void)
{
  g_autofree char *population = kb_test_shared_file ("population/be0101_tabhel2024.xlsx");
  g_autoptr(GFile) file = g_file_new_for_path (population);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) read = kb_import_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpfloat (value_of (read, "0580", KB_INDICATOR_POPULATION, NULL, 2024), ==, 168035);

  /* A CSV saved under .xlsx: read as the CSV it is. */
  {
    const char *csv = "kommun;år;värde\n0580;2024;736445\n";
    g_autoptr(GBytes) bytes = g_bytes_new_static (csv, strlen (csv));
    g_autoptr(KbDataset) read = kb_import_bytes (bytes, "tabell.xlsx", &error);

    g_assert_no_error (error);
    g_assert_nonnull (read);
  }
  /* A workbook cut short: said, under its name. */
  {
    g_autofree char *cars = kb_test_shared_file ("mobility/fordon-i-lan-och-kommuner-2025.xlsx");
    g_autofree char *contents = NULL;
    gsize length;
    g_autoptr(GBytes) half = NULL;
    g_autoptr(KbDataset) read = NULL;

    g_assert_true (g_file_get_contents (cars, &contents, &length, NULL));
    half = g_bytes_new (contents, length / 2);
    read = kb_import_bytes (half, "fordon.xlsx", &error);
    g_assert_null (read);
    g_assert_cmpstr (error->message, ==, "fordon.xlsx: not an Excel workbook (.xlsx): the zip package cannot be read (is the file cut short or damaged?)");
  }
}

/* The embedded fleet and cycle network, drawn and told for Linköping,
 * Kiruna and Danderyd: the electric share beside the county's and
 * Sweden's (Linköping 5 892 of 70 268, 8.4 %). */
static void
test_charts (void)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  const struct { const char *code; const char *words; } cases[] = {
    { "0580", "Of the 70,268 passenger cars in use in Linköping at the end of 2025, 5,892 (8.4 %) were electric "
              "and 5,887 (8.4 %) plug-in hybrids. Östergötlands län: 6.6 % electric. Sweden: 8.6 % electric. "
              "416 cars per 1,000 inhabitants at the end of 2025, as Trafikanalys counts them." },
    { "2584", "Of the 13,806 passenger cars in use in Kiruna at the end of 2025, 250 (1.8 %) were electric" },
    { "0162", "Of the 17,952 passenger cars in use in Danderyd at the end of 2025, 4,428 (24.7 %) were electric" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(KbChart) cars = kb_chart_new (KB_CHART_KIND_CAR_FUELS, dataset, cases[i].code);
      g_autoptr(KbChart) cycle = kb_chart_new (KB_CHART_KIND_CYCLE_NETWORK, dataset, cases[i].code);
      g_autofree char *words = kb_chart_dup_description (cars);
      g_autofree char *cycle_words = kb_chart_dup_description (cycle);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1600, 900);
      cairo_t *cr = cairo_create (surface);
      KbChartLayout l;
      KbFleet fleet;
      guint32 p;

      g_assert_true (g_str_has_prefix (words, cases[i].words));
      g_assert_true (g_str_has_suffix (cycle_words, " m per inhabitant."));
      /* Drawn: the electric part of the municipality's row reaches its share. */
      kb_chart_render (cars, cr, 1600, 900, &l);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      g_assert_true (kb_fleet_get (dataset, cases[i].code, 0, &fleet));
      g_assert_cmpfloat (l.y_max, ==, 3);
      p = *(guint32 *)(cairo_image_surface_get_data (surface) +
                       (int)round (kb_chart_layout_y (&l, 2.5)) * cairo_image_surface_get_stride (surface) +
                       (int)round (kb_chart_layout_x (&l, kb_fleet_share (fleet.electric, fleet.total) * 0.5)) * 4);
      g_assert_cmphex (p & 0xFFFFFF, ==, 0x4477AA);
      cairo_surface_destroy (surface);
    }
}

/* The agencies' labels in English as the agencies word them, in Swedish
 * as published. */
static void
test_labels (void)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(GPtrArray) owners = kb_dataset_get_sectors (dataset, "2584", KB_INDICATOR_CYCLE_NETWORK, 0);
  g_autoptr(GPtrArray) fuels = kb_dataset_get_sectors (dataset, "2584", KB_INDICATOR_CARS, 0);
  const char * const english_owners[] = { "Private", "Municipal", "State" };
  const char * const english_fuels[] = {
    "Petrol", "Diesel", "Electricity", "Electric hybrids", "Plug-in hybrids", "Ethanol", "Gas", "Others",
  };

  g_assert_cmpuint (owners->len, ==, G_N_ELEMENTS (english_owners));
  for (guint i = 0; i < owners->len; i++)
    {
      g_assert_cmpstr (kb_series_display (g_ptr_array_index (owners, i), KB_LANGUAGE_ENGLISH), ==, english_owners[i]);
      g_assert_cmpstr (kb_series_display (g_ptr_array_index (owners, i), KB_LANGUAGE_SWEDISH), ==,
                       kb_series_get_sector (g_ptr_array_index (owners, i)));
    }
  g_assert_cmpuint (fuels->len, ==, G_N_ELEMENTS (english_fuels));
  for (guint i = 0; i < fuels->len; i++)
    g_assert_cmpstr (kb_series_display (g_ptr_array_index (fuels, i), KB_LANGUAGE_ENGLISH), ==, english_fuels[i]);
}

static void
test_summary (void)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autofree char *json = kb_summary_mobility_to_json (dataset, "0580");

  g_assert_nonnull (strstr (json, "\"cars\": {\"year\": 2025, \"total\": 70268, \"by_fuel\": {\"Bensin\": 32001, "
                                  "\"Diesel\": 19910, \"El\": 5892, \"Elhybrider\": 3555, \"Laddhybrider\": 5887, "
                                  "\"Etanol\": 2349, \"Gas\": 672, \"Övriga\": 2}"));
  g_assert_nonnull (strstr (json, "\"2025\": 578445.558206471}"));
  /* Per 1 000 inhabitants as Trafikanalys counts it (Tabell 3). */
  g_assert_nonnull (strstr (json, "\"per_1000_inhabitants\": 416, \"source\": \"Trafikanalys, Fordon i län och kommuner 2025\"}"));
  {
    g_autofree char *danderyd = kb_summary_mobility_to_json (dataset, "0162");
    g_assert_nonnull (strstr (danderyd, "\"per_1000_inhabitants\": 551,"));
  }
}

/* Jämför ranks the electric share of the fleet and the cycle network per
 * inhabitant, each from its own source and year. */
static void
test_compare (void)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(KbChart) cars = kb_chart_new (KB_CHART_KIND_COMPARE, dataset, "0162");
  g_autoptr(KbChart) cycle = kb_chart_new (KB_CHART_KIND_COMPARE, dataset, "2584");
  g_autoptr(GArray) by_cars = NULL;
  g_autoptr(GArray) by_cycle = NULL;
  g_autofree char *words = NULL, *source = NULL, *title = NULL;
  const KbCompareEntry *first, *danderyd;
  KbFleet solna;

  kb_chart_set_compare_measure (cars, KB_COMPARE_ELECTRIC_SHARE);
  g_assert_cmpint (kb_chart_get_compare_measure (cars), ==, KB_COMPARE_ELECTRIC_SHARE);
  by_cars = kb_compare_entries (cars);
  /* Stockholm's 26 municipalities: Solna first, Danderyd next. */
  g_assert_cmpuint (by_cars->len, ==, 26);
  first = &g_array_index (by_cars, KbCompareEntry, 0);
  danderyd = &g_array_index (by_cars, KbCompareEntry, 1);
  g_assert_cmpstr (first->code, ==, "0184");
  g_assert_cmpstr (danderyd->code, ==, "0162");
  g_assert_true (kb_fleet_get (dataset, "0184", 2025, &solna));
  g_assert_cmpfloat (first->value, ==, solna.electric / solna.total * 100);
  g_assert_cmpfloat (danderyd->total, ==, 4428);
  words = kb_chart_dup_description (cars);
  g_assert_cmpstr (words, ==, "In 2025 Danderyd had 24.7 % electric cars, number 2 of the 26 compared; "
                              "the most: Solna, 34.7 %.");
  source = kb_chart_dup_source_line (cars);
  g_assert_cmpstr (source, ==, "Source: Trafikanalys, Fordon i län och kommuner 2025");
  title = kb_chart_dup_title (cars);
  g_assert_cmpstr (title, ==, "Electric cars in the fleet compared, 2025");

  /* All 290 by metres per inhabitant in 2024, the latest year with a
   * population: Kiruna's 2024 network over its 2024 population. */
  kb_chart_set_compare_measure (cycle, KB_COMPARE_CYCLE_PER_CAPITA);
  kb_chart_set_compare_scope (cycle, KB_COMPARE_ALL);
  by_cycle = kb_compare_entries (cycle);
  g_assert_cmpuint (by_cycle->len, ==, 290);
  for (guint i = 0; i < by_cycle->len; i++)
    {
      const KbCompareEntry *e = &g_array_index (by_cycle, KbCompareEntry, i);

      g_assert_cmpint (e->population_year, ==, 2024);
      g_assert_cmpfloat (e->value, ==, e->total / e->population);
      if (i > 0)
        g_assert_cmpfloat (e->value, <=, g_array_index (by_cycle, KbCompareEntry, i - 1).value);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/mobility/cars", test_cars);
  g_test_add_func ("/mobility/cycle-network", test_cycle_network);
  g_test_add_func ("/mobility/other-workbooks", test_other_workbooks);
  g_test_add_func ("/mobility/charts", test_charts);
  g_test_add_func ("/mobility/summary", test_summary);
  g_test_add_func ("/mobility/labels", test_labels);
  g_test_add_func ("/mobility/compare", test_compare);
  return g_test_run ();
}
