/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <csv.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <xlsxwriter.h>

#include "import/kb-import.h"
#include "import/kb-measures-reader.h"
#include "analysis/kb-mobility.h"
#include "analysis/kb-summary.h"
#include "chart/kb-chart.h"
#include "chart/kb-chart-render.h"
#include "chart/kb-chart-text.h"
#include "model/kb-measure.h"
#include "model/kb-region.h"
#include "kb-test-util.h"

/* Every reader reads workbooks: the real files re-saved as XLSX the way
 * Excel saves a CSV it opened (libxlsxwriter writes them here: every
 * field that reads as a number stored as a number — "0580" as 580 —, the
 * rest as shared strings) give the same dataset as the CSV itself; and
 * SCB's population workbooks as published. */

typedef struct
{
  GPtrArray *fields;  /* char * */
  GPtrArray *rows;    /* GPtrArray of char * */
} Parse;

static void
on_field (void   *data,
          size_t  length,
          void   *user_data)
{
  Parse *parse = user_data;

  g_ptr_array_add (parse->fields, g_strndup (data ? data : "", length));
}

static void
on_record (int   c,
           void *user_data)
{
  Parse *parse = user_data;

  g_ptr_array_add (parse->rows, parse->fields);
  parse->fields = g_ptr_array_new_with_free_func (g_free);
}

/* What Excel makes of a field it opens: a number where the whole field is
 * one (a sign, digits, one decimal mark of the file's kind). */
static gboolean
as_excel_number (const char *text,
                 char        decimal,
                 double     *value)
{
  g_autofree char *copy = g_strdup (text);
  const char *p = copy;
  char *end;

  if (*p == '-')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p == decimal && g_ascii_isdigit (p[1]))
    {
      copy[p - copy] = '.';
      for (p++; g_ascii_isdigit (*p); p++)
        ;
    }
  if (*p != '\0')
    return FALSE;
  *value = g_ascii_strtod (copy, &end);
  return *end == '\0';
}

/* @csv (UTF-8 or Windows-1252) as a workbook of one sheet "Blad1", with
 * @title_rows rows of title above it. */
static char *
resave_as_workbook (const char *csv_path,
                    char        delimiter,
                    char        decimal,
                    guint       title_rows)
{
  g_autofree char *contents = NULL;
  g_autofree char *utf8 = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kb-workbooks-XXXXXX", NULL);
  g_autofree char *base = g_path_get_basename (csv_path);
  char *path = g_strconcat (dir, G_DIR_SEPARATOR_S, base, ".xlsx", NULL);
  Parse parse = { g_ptr_array_new_with_free_func (g_free),
                  g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref) };
  struct csv_parser parser;
  const char *text;
  gsize length;
  lxw_workbook *workbook;
  lxw_worksheet *sheet;

  g_assert_true (g_file_get_contents (csv_path, &contents, &length, NULL));
  if (!g_utf8_validate (contents, length, NULL))
    utf8 = g_convert (contents, length, "UTF-8", "WINDOWS-1252", NULL, &length, NULL);
  text = utf8 ? utf8 : contents;
  if (g_str_has_prefix (text, "\xEF\xBB\xBF"))
    text += 3, length -= 3;

  g_assert_cmpint (csv_init (&parser, CSV_APPEND_NULL), ==, 0);
  csv_set_delim (&parser, delimiter);
  g_assert_cmpuint (csv_parse (&parser, text, length, on_field, on_record, &parse), ==, length);
  csv_fini (&parser, on_field, on_record, &parse);
  csv_free (&parser);

  workbook = workbook_new (path);
  sheet = workbook_add_worksheet (workbook, "Blad1");
  for (guint t = 0; t < title_rows; t++)
    worksheet_write_string (sheet, t, 0, t == 0 ? "En tabell sparad som arbetsbok" : "Källa: som filen", NULL);
  for (guint r = 0; r < parse.rows->len; r++)
    {
      GPtrArray *fields = g_ptr_array_index (parse.rows, r);

      for (guint c = 0; c < fields->len; c++)
        {
          const char *field = g_ptr_array_index (fields, c);
          double number;

          if (*field == '\0')
            continue;
          if (as_excel_number (field, decimal, &number))
            worksheet_write_number (sheet, r + title_rows, c, number, NULL);
          else
            worksheet_write_string (sheet, r + title_rows, c, field, NULL);
        }
    }
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
  g_ptr_array_unref (parse.fields);
  g_ptr_array_unref (parse.rows);
  return path;
}

static void
remove_workbook (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

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

/* The series of @code with @indicator (any, where NULL) and @sector. */
static KbSeries *
find_series (KbDataset  *dataset,
             const char *code,
             const char *indicator,
             const char *sector)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (dataset)); i++)
    {
      g_autoptr(KbSeries) s = g_list_model_get_item (G_LIST_MODEL (dataset), i);

      if (g_str_equal (kb_series_get_region_code (s), code) &&
          (indicator == NULL || g_strcmp0 (kb_series_get_indicator (s), indicator) == 0) &&
          g_str_equal (kb_series_get_sector (s), sector))
        return g_steal_pointer (&s);
    }
  return NULL;
}

static char *
identity_of (KbSeries *s)
{
  return g_strdup_printf ("%s|%s|%s|%s|%s|%s|%d", kb_series_get_region_code (s), kb_series_get_indicator (s),
                          kb_series_get_sector (s), kb_series_get_subsector (s), kb_series_get_unit (s),
                          kb_series_get_source (s), kb_series_get_vintage (s));
}

/* The same series, years, values (to the last bit) and missing years. */
static void
assert_same_dataset (KbDataset *expected,
                     KbDataset *actual)
{
  GListModel *a = G_LIST_MODEL (expected), *b = G_LIST_MODEL (actual);
  g_autoptr(GHashTable) by_identity = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  g_assert_cmpuint (g_list_model_get_n_items (b), ==, g_list_model_get_n_items (a));
  g_assert_cmpuint (g_list_model_get_n_items (a), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (b); i++)
    {
      KbSeries *s = g_list_model_get_item (b, i);
      g_hash_table_insert (by_identity, identity_of (s), s);
    }
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(KbSeries) s = g_list_model_get_item (a, i);
      g_autofree char *identity = identity_of (s);
      KbSeries *t = g_hash_table_lookup (by_identity, identity);

      if (t == NULL)
        g_error ("no series %s in the workbook's dataset", identity);
      g_assert_cmpstr (kb_series_get_region_name (t), ==, kb_series_get_region_name (s));
      g_assert_cmpuint (kb_series_get_n_years (t), ==, kb_series_get_n_years (s));
      for (guint j = 0; j < kb_series_get_n_years (s); j++)
        {
          double v = NAN, w = NAN;
          gboolean has_v = kb_series_get_value_at (s, j, &v), has_w = kb_series_get_value_at (t, j, &w);

          g_assert_cmpint (kb_series_get_year (t, j), ==, kb_series_get_year (s, j));
          g_assert_cmpint (has_w, ==, has_v);
          if (has_v)
            g_assert_true (v == w);
        }
    }
}

static guint
count_missing (KbDataset *dataset)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (dataset)); i++)
    {
      g_autoptr(KbSeries) s = g_list_model_get_item (G_LIST_MODEL (dataset), i);

      for (guint j = 0; j < kb_series_get_n_years (s); j++)
        n += !kb_series_get_value_at (s, j, &(double){ 0 });
    }
  return n;
}

typedef struct
{
  const char *file;
  char        delimiter;
  char        decimal;
  guint       title_rows;
} Resaved;

/* Each file the readers read, re-saved as a workbook. */
static void
test_resaved (gconstpointer data)
{
  const Resaved *resaved = data;
  g_autofree char *csv = g_str_has_prefix (resaved->file, "fixtures/")
                           ? kb_test_fixture (resaved->file + strlen ("fixtures/"))
                           : kb_test_shared_file (resaved->file);
  g_autofree char *xlsx = resave_as_workbook (csv, resaved->delimiter, resaved->decimal, resaved->title_rows);
  g_autoptr(KbDataset) from_csv = import_path (csv);
  g_autoptr(KbDataset) from_xlsx = import_path (xlsx);

  assert_same_dataset (from_csv, from_xlsx);
  /* SCB's ".." stays missing, never 0. */
  g_assert_cmpuint (count_missing (from_xlsx), ==, count_missing (from_csv));
  remove_workbook (xlsx);
}

/* The national database's export re-saved: Linköping 1990 as the export
 * says, and the codes Excel turns to numbers read as codes. */
static void
test_emission_export_figures (void)
{
  g_autofree char *csv = kb_test_shared_file ("emissions/emissions_per_municipality.csv");
  g_autofree char *xlsx = resave_as_workbook (csv, ';', ',', 0);
  g_autoptr(KbDataset) dataset = import_path (xlsx);
  g_autoptr(KbSeries) total = find_series (dataset, "0580", KB_INDICATOR_GHG, "");
  double value;

  g_assert_nonnull (total);
  g_assert_true (kb_series_get_value (total, 1990, &value));
  g_assert_cmpfloat (round (value), ==, 1270047);
  g_assert_cmpint (kb_series_get_vintage (total), ==, 2021);
  remove_workbook (xlsx);
}

/* A long sheet whose code column Excel stored as numbers (580), and a
 * value that is no number: said with the sheet, row and column. */
static void
test_long_sheet_codes_and_errors (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kb-workbooks-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "utslapp.xlsx", NULL);
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "Utsläpp");
  g_autoptr(KbDataset) dataset = NULL;
  g_autoptr(KbSeries) s = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  double value;

  worksheet_write_string (sheet, 0, 0, "Utsläpp per kommun", NULL);
  worksheet_write_string (sheet, 2, 0, "kommunkod", NULL);
  worksheet_write_string (sheet, 2, 1, "år", NULL);
  worksheet_write_string (sheet, 2, 2, "värde", NULL);
  worksheet_write_string (sheet, 2, 3, "enhet", NULL);
  worksheet_write_number (sheet, 3, 0, 580, NULL);
  worksheet_write_number (sheet, 3, 1, 2024, NULL);
  worksheet_write_number (sheet, 3, 2, 736445.25, NULL);
  worksheet_write_string (sheet, 3, 3, "ton CO2e", NULL);
  worksheet_write_number (sheet, 4, 0, 2584, NULL);
  worksheet_write_number (sheet, 4, 1, 2024, NULL);
  worksheet_write_string (sheet, 4, 2, "..", NULL);
  worksheet_write_string (sheet, 4, 3, "ton CO2e", NULL);
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);

  dataset = kb_import_file (file, NULL, &error);
  g_assert_no_error (error);
  /* No indicator column: the unit says greenhouse gases. */
  s = find_series (dataset, "0580", KB_INDICATOR_GHG, "");
  g_assert_nonnull (s);
  g_assert_true (kb_series_get_value (s, 2024, &value));
  g_assert_true (value == 736445.25);
  g_clear_object (&s);
  s = find_series (dataset, "2584", NULL, "");
  g_assert_nonnull (s);
  g_assert_true (kb_series_has_year (s, 2024));
  g_assert_false (kb_series_get_value (s, 2024, &value));
  g_clear_object (&dataset);

  /* A word where the value should be. */
  workbook = workbook_new (path);
  sheet = workbook_add_worksheet (workbook, "Utsläpp");
  worksheet_write_string (sheet, 0, 0, "kommun", NULL);
  worksheet_write_string (sheet, 0, 1, "år", NULL);
  worksheet_write_string (sheet, 0, 2, "värde", NULL);
  worksheet_write_string (sheet, 1, 0, "Linköping", NULL);
  worksheet_write_number (sheet, 1, 1, 2024, NULL);
  worksheet_write_string (sheet, 1, 2, "många", NULL);
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
  dataset = kb_import_file (file, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_VALUE);
  g_assert_cmpstr (error->message, ==, "utslapp.xlsx:Utsläpp:2:C: “många” is not a number");
  remove_workbook (path);
}

/* A plan kept in a workbook, a title above its header: the same measures
 * as the file it was saved from. */
static void
test_measures_workbook (void)
{
  g_autofree char *csv = kb_test_fixture ("measures-plan.csv");
  g_autofree char *xlsx = resave_as_workbook (csv, ';', ',', 2);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv);
  g_autoptr(GFile) xlsx_file = g_file_new_for_path (xlsx);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) expected = kb_measures_read_file (csv_file, &error);
  g_autoptr(GListStore) actual = NULL;

  g_assert_no_error (error);
  actual = kb_measures_read_file (xlsx_file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (actual)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (expected)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (actual)), >, 3);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (expected)); i++)
    {
      g_autoptr(KbMeasure) a = g_list_model_get_item (G_LIST_MODEL (expected), i);
      g_autoptr(KbMeasure) b = g_list_model_get_item (G_LIST_MODEL (actual), i);

      g_assert_true (kb_measure_equal (a, b));
    }
  /* Saved as CSV, never over the workbook. */
  {
    g_autofree char *before = NULL, *after = NULL;
    gsize n_before, n_after;

    g_assert_true (g_file_get_contents (xlsx, &before, &n_before, NULL));
    g_assert_false (kb_measures_write (G_LIST_MODEL (actual), xlsx, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME);
    g_clear_error (&error);
    g_assert_true (g_file_get_contents (xlsx, &after, &n_after, NULL));
    g_assert_cmpmem (after, n_after, before, n_before);
  }
  remove_workbook (xlsx);

  /* A workbook without a plan says so. */
  {
    g_autofree char *cars = kb_test_shared_file ("mobility/fordon-i-lan-och-kommuner-2025.xlsx");
    g_autoptr(GFile) file = g_file_new_for_path (cars);
    g_autoptr(GListStore) none = kb_measures_read_file (file, &error);

    g_assert_null (none);
    g_assert_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_HEADER);
    g_assert_true (g_str_has_prefix (error->message, "fordon-i-lan-och-kommuner-2025.xlsx: no sheet has the columns"));
  }
}

static double
population_in (KbDataset  *dataset,
               const char *code,
               int         year)
{
  g_autoptr(KbSeries) s = find_series (dataset, code, KB_INDICATOR_POPULATION, "");
  double value = NAN;

  if (s != NULL)
    kb_series_get_value (s, year, &value);
  return value;
}

/* SCB's BE0101 workbooks as published: all 290 municipalities as the
 * table converted from them says, counties and Sweden too; the sheets of
 * men and women not added in. */
static void
test_population (void)
{
  g_autofree char *path_2023 = kb_test_shared_file ("population/be0101_tabhel2023.xlsx");
  g_autofree char *path_2024 = kb_test_shared_file ("population/be0101_tabhel2024.xlsx");
  g_autofree char *csv = kb_test_shared_file ("population/folkmangd-kommuner-2023-2024.csv");
  g_autoptr(KbDataset) from_2023 = import_path (path_2023);
  g_autoptr(KbDataset) from_2024 = import_path (path_2024);
  g_autoptr(KbDataset) converted = import_path (csv);
  g_autoptr(GPtrArray) municipalities = kb_region_list_municipalities (NULL);

  g_assert_cmpuint (municipalities->len, ==, 290);
  for (guint i = 0; i < municipalities->len; i++)
    {
      const KbRegion *m = g_ptr_array_index (municipalities, i);

      g_assert_cmpfloat (population_in (from_2023, m->code, 2023), ==, population_in (converted, m->code, 2023));
      g_assert_cmpfloat (population_in (from_2024, m->code, 2024), ==, population_in (converted, m->code, 2024));
    }
  g_assert_cmpfloat (population_in (from_2023, "0580", 2023), ==, 167404);
  g_assert_cmpfloat (population_in (from_2024, "0580", 2024), ==, 168035);
  g_assert_cmpfloat (population_in (from_2024, "00", 2024), ==, 10587710);
  g_assert_cmpfloat (population_in (from_2024, "01", 2024), ==, 2473307);
  /* One series a region (290 + 21 counties + Sweden), of one year. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (from_2024)), ==, 312);
  {
    g_autoptr(KbSeries) s = find_series (from_2024, "0580", KB_INDICATOR_POPULATION, "");

    g_assert_cmpuint (kb_series_get_n_years (s), ==, 1);
    g_assert_cmpstr (kb_series_get_unit (s), ==, "personer");
  }

  /* Opened as the window opens files: SCB's table of the built-in's
   * source adds its year to the built-in 1950–2024, one series still. */
  {
    g_autoptr(KbDataset) builtin = kb_import_default ();
    g_autoptr(KbDataset) combined = kb_dataset_copy_for (builtin, from_2024);
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) totals = NULL;
    KbSeries *s;

    g_assert_true (kb_dataset_merge (combined, from_2024, &error));
    g_assert_no_error (error);
    totals = kb_dataset_get_totals (combined, "0580", KB_INDICATOR_POPULATION, 0);
    g_assert_cmpuint (totals->len, ==, 1);
    s = g_ptr_array_index (totals, 0);
    g_assert_cmpint (kb_series_get_year (s, 0), ==, 1950);
    g_assert_cmpfloat (population_in (combined, "0580", 1950), ==, 83641);
    g_assert_cmpfloat (population_in (combined, "0580", 2024), ==, 168035);
  }
}

/* A workbook of no table Klimatbild reads says which tables it reads. */
static void
test_other_tables (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kb-workbooks-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "budget.xlsx", NULL);
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "Budget");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) none = NULL;

  worksheet_write_string (sheet, 0, 0, "Post", NULL);
  worksheet_write_string (sheet, 0, 1, "Belopp", NULL);
  worksheet_write_string (sheet, 1, 0, "Cykelbanor", NULL);
  worksheet_write_number (sheet, 1, 1, 12.5, NULL);
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);

  none = kb_import_file (file, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_HEADER);
  g_assert_true (g_str_has_prefix (error->message, "budget.xlsx: no sheet of this workbook is a table Klimatbild reads ("));
  remove_workbook (path);
}

/* A made-up 2024 edition of Trafikanalys's table of cars by fuel, laid
 * out as the 2025 edition is (codes stored as numbers, padded names,
 * counties and Sweden by name, "–" for none, a footnote). */
static char *
write_fleet_edition_2024 (void)
{
  static const struct { double code; const char *name; double fuels[9]; } rows[] = {
    { 580, "Linköping      ", { 33500, 21000, 4400, 3000, 5200, 2300, 700, 2, 70102 } },
    { 0, "Östergötlands län                                 ", { 108000, 72000, 10500, 9000, 12000, 5400, 1500, 5, 218405 } },
    { 0, "Hela riket                                        ", { 1000000, 700000, 160000, 120000, 150000, 60000, 30000, -1, 2220000 } },
  };
  static const char * const fuels[] = {
    "Bensin", "Diesel", "El", "Elhybrider1)", "Laddhybrider", "Etanol", "Gas", "Övriga", "Totalt",
  };
  g_autofree char *dir = g_dir_make_tmp ("kb-workbooks-XXXXXX", NULL);
  char *path = g_build_filename (dir, "fordon-i-lan-och-kommuner-2024.xlsx", NULL);
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *sheet;

  workbook_add_worksheet (workbook, "Titel _ Title");
  sheet = workbook_add_worksheet (workbook, "Tabell 4 Personbil");
  worksheet_write_string (sheet, 0, 0, "Tabell 4. Personbilar i trafik efter kommun och drivmedel. År 2024.", NULL);
  worksheet_write_string (sheet, 3, 0, "Kommun-", NULL);
  worksheet_write_string (sheet, 3, 1, "Kommun", NULL);
  for (guint f = 0; f < G_N_ELEMENTS (fuels); f++)
    worksheet_write_string (sheet, 3, 2 + f, fuels[f], NULL);
  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    {
      if (rows[r].code > 0)
        {
          worksheet_write_number (sheet, 7 + r, 0, rows[r].code, NULL);
          worksheet_write_string (sheet, 7 + r, 1, rows[r].name, NULL);
        }
      else
        worksheet_write_string (sheet, 7 + r, 0, rows[r].name, NULL);
      for (guint f = 0; f < G_N_ELEMENTS (fuels); f++)
        {
          if (rows[r].fuels[f] < 0)
            worksheet_write_string (sheet, 7 + r, 2 + f, "–", NULL);
          else
            worksheet_write_number (sheet, 7 + r, 2 + f, rows[r].fuels[f], NULL);
        }
    }
  worksheet_write_string (sheet, 12, 0, "1) Exklusive mildhybrider", NULL);
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
  return path;
}

/* The electric car's share at the row of @chart's region @row (of
 * @n_rows, from the top) and @share per cent: the pixel there. */
static guint32
car_chart_pixel (KbChart *chart,
                 guint    row,
                 double   share)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1600, 900);
  cairo_t *cr = cairo_create (surface);
  KbChartLayout l;
  guint32 p;

  kb_chart_render (chart, cr, 1600, 900, &l);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  p = *(guint32 *)(cairo_image_surface_get_data (surface) +
                   (int)round (kb_chart_layout_y (&l, l.y_max - row - 0.5)) * cairo_image_surface_get_stride (surface) +
                   (int)round (kb_chart_layout_x (&l, share)) * 4);
  cairo_surface_destroy (surface);
  return p & 0xFFFFFF;
}

/* Two editions of the fleet open: each year from its own, the change
 * between them in words, summary, a tick on the chart and the export. */
static void
test_fleet_editions (void)
{
  g_autofree char *path = write_fleet_edition_2024 ();
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(KbDataset) edition = import_path (path);
  g_autoptr(KbChart) chart = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *words = NULL, *json = NULL;
  double then = 4400.0 / 70102 * 100, now = 5892.0 / 70268 * 100;
  KbFleet fleet, previous;
  guint32 before_pixel;

  /* Before: the 2025 edition alone, the bar blue where the tick will be. */
  chart = kb_chart_new (KB_CHART_KIND_CAR_FUELS, dataset, "0580");
  before_pixel = car_chart_pixel (chart, 0, then);
  g_assert_cmphex (before_pixel, ==, 0x4477AA);
  g_clear_object (&chart);

  g_assert_true (kb_dataset_merge (dataset, edition, &error));
  g_assert_no_error (error);
  /* As the window opens it, before Linköping's built-in edition is
   * loaded: the same editions, whichever came first. */
  {
    g_autoptr(KbDataset) builtin = kb_import_default ();
    g_autoptr(KbDataset) combined = kb_dataset_copy_for (builtin, edition);

    g_assert_true (kb_dataset_merge (combined, edition, &error));
    g_assert_true (kb_fleet_get (combined, "0580", 0, &fleet));
    g_assert_cmpint (fleet.year, ==, 2025);
    g_assert_cmpstr (fleet.source, ==, "Trafikanalys, Fordon i län och kommuner 2025");
    g_assert_true (kb_fleet_get_previous (combined, &fleet, &previous));
    g_assert_cmpint (previous.year, ==, 2024);
    g_assert_cmpfloat (previous.total, ==, 70102);
  }
  g_assert_true (kb_fleet_get (dataset, "0580", 0, &fleet));
  g_assert_cmpint (fleet.year, ==, 2025);
  g_assert_cmpfloat (fleet.total, ==, 70268);
  g_assert_true (kb_fleet_get_previous (dataset, &fleet, &previous));
  g_assert_cmpint (previous.year, ==, 2024);
  g_assert_cmpfloat (previous.total, ==, 70102);
  g_assert_cmpfloat (previous.electric, ==, 4400);
  g_assert_cmpstr (previous.source, ==, "Trafikanalys, Fordon i län och kommuner 2024");
  g_assert_true (kb_fleet_get (dataset, "0580", 2024, &previous));
  g_assert_cmpfloat (previous.plug_in, ==, 5200);
  g_assert_false (kb_fleet_get_previous (dataset, &previous, &fleet));

  chart = kb_chart_new (KB_CHART_KIND_CAR_FUELS, dataset, "0580");
  words = kb_chart_dup_description (chart);
  /* 6.28 % then, 8.39 % now: up 2.11 points. */
  g_assert_nonnull (strstr (words, "Linköping at the end of 2025, 5,892 (8.4 %) were electric"));
  g_assert_nonnull (strstr (words, "At the end of 2024 it was 6.3 % electric: up 2.1 percentage points."));
  /* The tick, in the text's ink, over the blue bar. */
  g_assert_cmphex (car_chart_pixel (chart, 0, then), !=, 0x4477AA);

  json = kb_summary_mobility_to_json (dataset, "0580");
  g_assert_nonnull (strstr (json, "\"previous\": {\"year\": 2024, \"total\": 70102, \"by_fuel\": {\"Bensin\": 33500, "
                                  "\"Diesel\": 21000, \"El\": 4400, \"Elhybrider\": 3000, \"Laddhybrider\": 5200"));
  g_assert_nonnull (strstr (json, "\"cars\": {\"year\": 2025, \"total\": 70268, \"by_fuel\": {\"Bensin\": 32001, "));
  {
    const char *change = strstr (json, "\"electric_share_change_points\": ");

    g_assert_nonnull (change);
    g_assert_cmpfloat_with_epsilon (g_ascii_strtod (change + strlen ("\"electric_share_change_points\": "), NULL),
                                    now - then, 1e-9);
  }
  {
    g_autofree char *dir = g_path_get_dirname (path);
    g_assert_cmpint (g_remove (path), ==, 0);
    g_assert_cmpint (g_rmdir (dir), ==, 0);
  }
}

/* A sheet's notes below its table are no data; a value outside the table
 * is said at its own cell; a county's code stored as a number is the
 * county's. */
static void
test_sheet_edges (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kb-workbooks-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "tabell.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) dataset = NULL;
  g_autoptr(KbSeries) county = NULL;
  lxw_workbook *workbook;
  lxw_worksheet *sheet;
  double value;

  /* Wide, with a county by its number and notes below. */
  workbook = workbook_new (path);
  sheet = workbook_add_worksheet (workbook, "Blad1");
  worksheet_write_string (sheet, 0, 0, "Utsläpp av växthusgaser, ton", NULL);
  worksheet_write_string (sheet, 2, 0, "region", NULL);
  worksheet_write_number (sheet, 2, 1, 2023, NULL);
  worksheet_write_number (sheet, 2, 2, 2024, NULL);
  worksheet_write_number (sheet, 3, 0, 5, NULL);
  worksheet_write_number (sheet, 3, 1, 2500000, NULL);
  worksheet_write_number (sheet, 3, 2, 2400000, NULL);
  worksheet_write_string (sheet, 5, 0, "Källa: SCB", NULL);
  worksheet_write_string (sheet, 6, 0, "1) Preliminära siffror", NULL);
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
  dataset = kb_import_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dataset)), ==, 1);
  county = find_series (dataset, "05", KB_INDICATOR_GHG, "");
  g_assert_nonnull (county);
  g_assert_true (kb_series_get_value (county, 2024, &value));
  g_assert_cmpfloat (value, ==, 2400000);
  g_clear_object (&dataset);

  /* Long, with notes below, and then a value beside the table. */
  workbook = workbook_new (path);
  sheet = workbook_add_worksheet (workbook, "Blad1");
  worksheet_write_string (sheet, 0, 0, "kommun", NULL);
  worksheet_write_string (sheet, 0, 1, "år", NULL);
  worksheet_write_string (sheet, 0, 2, "värde", NULL);
  worksheet_write_string (sheet, 1, 0, "Motala", NULL);
  worksheet_write_number (sheet, 1, 1, 2024, NULL);
  worksheet_write_number (sheet, 1, 2, 180000, NULL);
  worksheet_write_string (sheet, 3, 0, "Källa: egen sammanställning", NULL);
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
  dataset = kb_import_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dataset)), ==, 1);
  g_clear_object (&dataset);

  workbook = workbook_new (path);
  sheet = workbook_add_worksheet (workbook, "Blad1");
  worksheet_write_string (sheet, 0, 0, "kommun", NULL);
  worksheet_write_string (sheet, 0, 1, "år", NULL);
  worksheet_write_string (sheet, 0, 2, "värde", NULL);
  worksheet_write_string (sheet, 1, 0, "Motala", NULL);
  worksheet_write_number (sheet, 1, 1, 2024, NULL);
  worksheet_write_number (sheet, 1, 2, 180000, NULL);
  worksheet_write_string (sheet, 1, 6, "obs!", NULL);
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
  dataset = kb_import_file (file, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "tabell.xlsx:Blad1:2:G: "));
  g_clear_error (&error);

  /* A plan whose header lacks a column: said at its row. */
  workbook = workbook_new (path);
  sheet = workbook_add_worksheet (workbook, "Plan");
  worksheet_write_string (sheet, 0, 0, "Åtgärdsplan", NULL);
  worksheet_write_string (sheet, 2, 0, "namn", NULL);
  worksheet_write_string (sheet, 2, 1, "sektor", NULL);
  worksheet_write_string (sheet, 2, 2, "startår", NULL);
  worksheet_write_string (sheet, 2, 3, "minskning_t", NULL);
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
  {
    g_autoptr(GListStore) none = kb_measures_read_file (file, &error);

    g_assert_null (none);
    g_assert_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_HEADER);
    g_assert_true (g_str_has_prefix (error->message, "tabell.xlsx:Plan:3:A: a measures file needs the columns"));
  }
  remove_workbook (path);
}

/* Cars of two years in one source (a user's own table): the earlier year
 * is the previous, not the same; a table of fuels without a total is
 * summed, and unknown where a fuel is. */
static void
test_fleet_one_source (void)
{
  g_autoptr(KbDataset) dataset = kb_dataset_new ();
  const struct { const char *fuel; double v2024, v2025; } rows[] = {
    { "", 1000, 1100 }, { "El", 100, 150 }, { "Laddhybrider", 80, NAN },
  };
  KbFleet fleet, previous;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(KbSeries) s = kb_series_new ("0583", "Motala", KB_INDICATOR_CARS, rows[i].fuel, "", "personbilar",
                                             "Egen tabell", 0);
      g_autoptr(KbSeries) no_total = kb_series_new ("0581", "Norrköping", KB_INDICATOR_CARS, rows[i].fuel, "",
                                                    "personbilar", "Egen tabell", 0);

      kb_series_set_value (s, 2024, rows[i].v2024);
      if (isnan (rows[i].v2025))
        kb_series_set_missing (s, 2025);
      else
        kb_series_set_value (s, 2025, rows[i].v2025);
      kb_dataset_add (dataset, s);
      if (*rows[i].fuel == '\0')
        continue;
      kb_series_set_value (no_total, 2024, rows[i].v2024);
      kb_dataset_add (dataset, no_total);
    }
  g_assert_true (kb_fleet_get (dataset, "0583", 0, &fleet));
  g_assert_cmpint (fleet.year, ==, 2025);
  g_assert_cmpfloat (fleet.total, ==, 1100);
  g_assert_true (isnan (fleet.plug_in));
  g_assert_true (kb_fleet_get_previous (dataset, &fleet, &previous));
  g_assert_cmpint (previous.year, ==, 2024);
  g_assert_cmpfloat (previous.electric, ==, 100);
  g_assert_false (kb_fleet_get_previous (dataset, &previous, &fleet));

  g_assert_true (kb_fleet_get (dataset, "0581", 0, &fleet));
  g_assert_cmpfloat (fleet.total, ==, 180);
}

/* A user's population of the built-in's source wins in its own years; a
 * user's fleet table names itself and the built-in editions beside it. */
static void
test_user_tables_beside_builtin (void)
{
  g_autoptr(KbDataset) builtin = kb_import_default ();
  g_autoptr(KbDataset) incoming = kb_dataset_new ();
  g_autoptr(KbDataset) combined = NULL;
  g_autoptr(KbSeries) norrkoping = kb_series_new ("0581", "Norrköping", KB_INDICATOR_POPULATION, "", "", "personer",
                                                  "SCB, Befolkningsstatistik (BE0101)", 0);
  g_autoptr(GError) error = NULL;
  double before = population_in (builtin, "0581", 2024);

  kb_series_set_value (norrkoping, 2024, before + 10);
  kb_dataset_add (incoming, norrkoping);
  combined = kb_dataset_copy_for (builtin, incoming);
  g_assert_true (kb_dataset_merge (combined, incoming, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (population_in (combined, "0581", 2024), ==, before + 10);
  g_assert_cmpfloat (population_in (combined, "0581", 1950), ==, population_in (builtin, "0581", 1950));
  g_clear_object (&combined);
  g_clear_object (&incoming);

  /* Cars of 2025 from a table of the user's own, for Linköping only. */
  {
    g_autoptr(KbSeries) total = kb_series_new ("0580", "Linköping", KB_INDICATOR_CARS, "", "", "personbilar",
                                               "Egen tabell", 0);
    g_autoptr(KbSeries) el = kb_series_new ("0580", "Linköping", KB_INDICATOR_CARS, "El", "", "personbilar",
                                            "Egen tabell", 0);
    g_autoptr(KbChart) chart = NULL;
    g_autofree char *source = NULL, *json = NULL;

    incoming = kb_dataset_new ();
    kb_series_set_value (total, 2025, 1000);
    kb_series_set_value (el, 2025, 100);
    kb_dataset_add (incoming, total);
    kb_dataset_add (incoming, el);
    combined = kb_dataset_copy_for (builtin, incoming);
    g_assert_true (kb_dataset_merge (combined, incoming, &error));
    chart = kb_chart_new (KB_CHART_KIND_CAR_FUELS, combined, "0580");
    source = kb_chart_dup_source_line (chart);
    g_assert_cmpstr (source, ==, "Source: Egen tabell; Trafikanalys, Fordon i län och kommuner 2025");
    /* Trafikanalys's own count per 1 000 is not the user's table's. */
    json = kb_summary_mobility_to_json (combined, "0580");
    g_assert_nonnull (strstr (json, "\"per_1000_inhabitants\": null, \"source\": \"Egen tabell\""));
  }
}

/* A long file whose unit does not say what it measures, and no indicator
 * column: said, never read as nothing. */
static void
test_unit_without_quantity (void)
{
  const char *csv = "kommun;år;värde;enhet\nMotala;2024;5;ton\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (csv, strlen (csv));
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) none = kb_import_bytes (bytes, "egen.csv", &error);

  g_assert_null (none);
  g_assert_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_HEADER);
  g_assert_true (g_str_has_prefix (error->message, "egen.csv:2:4: the unit “ton” does not say what is measured"));
}

int
main (int   argc,
      char *argv[])
{
  static const Resaved files[] = {
    { "emissions/emissions_per_municipality.csv", ';', ',', 0 },
    { "emissions/smhi-export-huvudsektorer.csv", ';', ',', 0 },
    { "emissions/emissions-long.csv", ',', '.', 0 },
    { "emissions/co2-totals-2022.csv", ',', '.', 0 },
    { "energy/EN0203AE_20221201-145253.csv", ';', ',', 0 },
    { "population/folkmangd-kommuner-1950-2022.csv", ',', '.', 0 },
    { "fixtures/travel-shares.csv", ';', ',', 3 },
    { "fixtures/travel-trips-suppressed.csv", ',', '.', 1 },
    { "fixtures/net-removals.csv", ';', ',', 2 },
  };

  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *name = g_strdup_printf ("/workbooks/resaved/%s", files[i].file);
      g_test_add_data_func (name, &files[i], test_resaved);
    }
  g_test_add_func ("/workbooks/emission-export", test_emission_export_figures);
  g_test_add_func ("/workbooks/long-sheet", test_long_sheet_codes_and_errors);
  g_test_add_func ("/workbooks/measures", test_measures_workbook);
  g_test_add_func ("/workbooks/population", test_population);
  g_test_add_func ("/workbooks/other-tables", test_other_tables);
  g_test_add_func ("/workbooks/fleet-editions", test_fleet_editions);
  g_test_add_func ("/workbooks/fleet-one-source", test_fleet_one_source);
  g_test_add_func ("/workbooks/sheet-edges", test_sheet_edges);
  g_test_add_func ("/workbooks/beside-builtin", test_user_tables_beside_builtin);
  g_test_add_func ("/workbooks/unit-without-quantity", test_unit_without_quantity);
  return g_test_run ();
}
