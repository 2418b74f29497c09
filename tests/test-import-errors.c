/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#ifdef G_OS_UNIX
#include <sys/stat.h>
#endif

#include "chart/kb-chart-text.h"
#include "import/kb-measures-reader.h"

#include "import/kb-import.h"
#include "kb-test-util.h"

static KbDataset *
import_fixture (const char  *name,
                GError     **error)
{
  g_autofree char *path = kb_test_fixture (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return kb_import_file (file, NULL, error);
}

static KbSeries *
find (KbDataset  *dataset,
      const char *sector)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (dataset)); i++)
    {
      g_autoptr(KbSeries) s = g_list_model_get_item (G_LIST_MODEL (dataset), i);
      if (g_strcmp0 (kb_series_get_sector (s), sector) == 0)
        return s;
    }
  g_error ("no series for %s", sector);
}

static void
test_default_dataset (void)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(GPtrArray) sectors = kb_dataset_get_sectors (dataset, "0580", KB_INDICATOR_GHG, 2026);
  KbSeries *transport;
  double v;

  g_assert_cmpuint (sectors->len, ==, 9);
  transport = kb_dataset_lookup (dataset, "0580", KB_INDICATOR_GHG, "Transporter", 2026);
  g_assert_cmpstr (kb_series_get_region_name (transport), ==, "Linköping");
  g_assert_cmpstr (kb_series_get_unit (transport), ==, "t CO2e");
  g_assert_cmpstr (kb_series_get_source (transport), ==,
                   "Nationella emissionsdatabasen (SMHI/RUS), sammanställning per huvudsektor");
  g_assert_cmpint (kb_series_get_vintage (transport), ==, 2026);
  g_assert_cmpuint (kb_series_get_n_years (transport), ==, 10);
  g_assert_true (kb_series_get_value (transport, 2024, &v));
  g_assert_cmpfloat (v, ==, 229040.73);
  /* The release has no 2016–2019: the years are not made up. */
  g_assert_false (kb_series_has_year (transport, 2017));
}

static void
test_windows_1252_comma (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) dataset = import_fixture ("cp1252-comma.csv", &error);
  double v;

  g_assert_no_error (error);
  g_assert_true (kb_series_get_value (find (dataset, "Transporter"), 2020, &v));
  g_assert_cmpfloat (v, ==, 1234.5);
  g_assert_cmpstr (kb_series_get_region_name (find (dataset, "Transporter")), ==, "Linköping");
  /* Net removals are imported as they are (a quoted decimal comma, as the
   * rest of this comma-separated file). */
  g_assert_true (kb_series_get_value (find (dataset, "Markanvändning"), 2020, &v));
  g_assert_cmpfloat (v, ==, -250.25);
  g_assert_true (kb_series_has_year (find (dataset, "Transporter"), 2021));
  g_assert_false (kb_series_get_value (find (dataset, "Transporter"), 2021, &v));
}

static void
test_bom_tab (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) dataset = import_fixture ("bom-tab.csv", &error);
  double v;

  g_assert_no_error (error);
  g_assert_true (kb_series_get_value (find (dataset, "Transporter"), 2022, &v));
  g_assert_cmpfloat (v, ==, 189333.17);
  g_assert_true (kb_series_get_value (find (dataset, "Markanvändning"), 2022, &v));
  g_assert_cmpfloat (v, ==, -100);
}

typedef struct
{
  const char *fixture;
  int         code;
  const char *location; /* ":LINE:COLUMN: " after the file's path */
  const char *message;
} BadFile;

static const BadFile bad_files[] = {
  { "ragged-row.csv", KB_IMPORT_ERROR_SYNTAX, ":3:5: ", "expected 6 fields as in the header, found 4" },
  { "text-in-value.csv", KB_IMPORT_ERROR_VALUE, ":3:5: ", "“många” is not a number" },
  { "year-out-of-range.csv", KB_IMPORT_ERROR_VALUE, ":3:4: ", "“20221” is not a year between 1900 and 2100" },
  { "unclosed-quote.csv", KB_IMPORT_ERROR_SYNTAX, ":3:2: ", "the file ends inside a quoted field" },
  { "binary.csv", KB_IMPORT_ERROR_ENCODING, ":1:1: ", "this is not a text file (it contains binary data)" },
  { "empty.csv", KB_IMPORT_ERROR_EMPTY, ":1:1: ", "the file is empty" },
  { "no-year-column.csv", KB_IMPORT_ERROR_HEADER, ":1:1: ", "the header must name a region, a year and a value column" },
  { "duplicate-year.csv", KB_IMPORT_ERROR_VALUE, ":3:4: ", "a second value for Linköping, Transporter, 2020" },
  { "wide-ragged.csv", KB_IMPORT_ERROR_SYNTAX, ":5:3: ", "expected 3 fields as in the header, found 2" },
  { "wide-text-in-number.csv", KB_IMPORT_ERROR_VALUE, ":4:3: ", "“två” is not a number" },
  { "wide-duplicate-row.csv", KB_IMPORT_ERROR_VALUE, ":5:1: ", "a second row for Linköping, all sectors, 2022" },
  { "wide-no-region.csv", KB_IMPORT_ERROR_HEADER, ":3:1: ", "no column names the region" },
  { "header-only.csv", KB_IMPORT_ERROR_EMPTY, ":1:1: ", "the file holds no observations" },
  { "utf16.csv", KB_IMPORT_ERROR_ENCODING, ":1:1: ", "this is not a text file (it contains binary data)" },
  { "undefined-cp1252-byte.csv", KB_IMPORT_ERROR_ENCODING, ":1:1: ", "the text is neither UTF-8 nor Windows-1252" },
  { "bad-vintage.csv", KB_IMPORT_ERROR_VALUE, ":2:6: ", "“juni” is not a publication year" },
  { "html-page.csv", KB_IMPORT_ERROR_HEADER, ":1:1: ", "the header must name a region, a year and a value column" },
  { "overflowing-number.csv", KB_IMPORT_ERROR_VALUE, ":2:3: ", "“1e999” is not a number" },
  { "truncated-export.csv", KB_IMPORT_ERROR_SYNTAX, ":6:1: ", "the export ends before its closing “Rapportnamn” line" },
  { "too-many-fields.csv", KB_IMPORT_ERROR_SYNTAX, ":1:1025: ", "a row has more than 1024 fields" },
  { "huge-field.csv", KB_IMPORT_ERROR_SYNTAX, ":2:3: ", "a field is longer than 64 KiB" },
};

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *path = kb_test_fixture (bad->fixture);
  g_autofree char *before = NULL, *after = NULL;
  g_autofree char *expected_start = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) dataset = NULL;
  gsize before_len = 0, after_len = 0;

  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));
  dataset = import_fixture (bad->fixture, &error);

  g_assert_null (dataset);
  g_assert_error (error, KB_IMPORT_ERROR, bad->code);
  expected_start = g_strconcat (path, bad->location, bad->message, NULL);
  if (!g_str_has_prefix (error->message, expected_start))
    g_error ("expected “%s…”, got “%s”", expected_start, error->message);

  /* Reading never writes. */
  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
}

/* A file too large to be a table is refused before it is read: a sparse
 * file of 1 GiB costs the test no disk and no time. */
static void
test_huge_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kb-huge-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "national.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) dataset = NULL;
  g_autoptr(GFileOutputStream) out = g_file_create (file, G_FILE_CREATE_PRIVATE, NULL, NULL);

  g_assert_nonnull (out);
  g_assert_true (g_seekable_truncate (G_SEEKABLE (out), (goffset)1 << 30, NULL, NULL));
  g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (out), NULL, NULL));

  dataset = kb_import_file (file, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_suffix (error->message, "the file is larger than 512 MiB, the most Klimatbild reads"));

  g_remove (path);
  g_rmdir (dir);
}

/* A million rows, the header among them, is the most read: the next one
 * is refused, in bounded time and memory, with its line. */
static void
test_too_many_rows (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kb-rows-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "rows.csv", NULL);
  g_autofree char *expected = g_strconcat (path, ":1000001:1: the file has more than a million rows", NULL);
  g_autoptr(GString) text = g_string_new ("kommun;år;värde\n");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) dataset = NULL;

  /* The header and a million distinct rows (4 976 places × 201 years). */
  for (guint row = 0; row < 1000000; row++)
    g_string_append_printf (text, "Ort %u;%u;1\n", row / 201, 1900 + row % 201);
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));

  dataset = kb_import_file (file, NULL, &error);
  g_assert_null (dataset);
  if (!g_str_has_prefix (error->message, expected))
    g_error ("expected “%s…”, got “%s”", expected, error->message);

  g_remove (path);
  g_rmdir (dir);
}

/* A file in Windows-1252 with "\r\n" line ends, of many blocks as the
 * parser reads them: a record over two lines (a quoted line end) near the
 * top, the region's name changing every 997 rows; @bad_line, if not 0, has
 * @bad_cell in place of the value. */
static GBytes *
long_file (guint       n_lines,
           guint       bad_line,
           const char *bad_cell)
{
  GString *text = g_string_new ("kommun;sektor;\xE5r;v\xE4rde\r\n"
                                "Link\xF6ping;\"El och\r\nfj\xE4rrv\xE4rme\";2020;5\r\n");

  for (guint line = 4; line <= n_lines; line++)
    g_string_append_printf (text, "%s;Sektor %u;%u;%s\r\n",
                            (line / 997) % 2 ? "Norrk\xF6ping" : "Link\xF6ping",
                            line / 100, 1990 + line % 100, line == bad_line ? bad_cell : "1,5");
  return g_string_free_to_bytes (text);
}

/* Read from a file and from memory. */
static KbDataset *
import_both_ways (GBytes     *bytes,
                  KbDataset **from_memory,
                  GError    **file_error,
                  GError    **memory_error)
{
  g_autofree char *dir = g_dir_make_tmp ("kb-lines-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "long.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KbDataset *dataset;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  dataset = kb_import_file (file, NULL, file_error);
  *from_memory = kb_import_bytes (bytes, "long.csv", memory_error);
  g_remove (path);
  g_rmdir (dir);
  return dataset;
}

/* Errors far down a file (past the first blocks the parser reads) name
 * their physical line, counting the line end inside a quoted field. */
static void
test_lines_far_down (void)
{
  g_autoptr(GBytes) bytes = long_file (40000, 30000, "tio");
  g_autoptr(GError) file_error = NULL, memory_error = NULL;
  g_autoptr(KbDataset) from_memory = NULL;
  g_autoptr(KbDataset) dataset = import_both_ways (bytes, &from_memory, &file_error, &memory_error);

  g_assert_cmpuint (g_bytes_get_size (bytes), >, 1024 * 1024);
  g_assert_null (dataset);
  g_assert_null (from_memory);
  g_assert_nonnull (strstr (file_error->message, "long.csv:30000:4: “tio” is not a number"));
  g_assert_cmpstr (memory_error->message, ==, "long.csv:30000:4: “tio” is not a number");
}

/* Windows-1252 is decoded wherever a text changes, not only in the first
 * lines; a text that is neither UTF-8 nor Windows-1252 far down names its
 * line. */
static void
test_encoding_far_down (void)
{
  g_autoptr(GBytes) bytes = long_file (40000, 0, NULL);
  g_autoptr(GError) file_error = NULL, memory_error = NULL;
  g_autoptr(KbDataset) from_memory = NULL;
  g_autoptr(KbDataset) dataset = import_both_ways (bytes, &from_memory, &file_error, &memory_error);
  KbDataset *read[] = { dataset, from_memory };
  g_autoptr(GString) mixed = g_string_new ("kommun;sektor;år;värde\nLinköping;El;2020;5\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) none = NULL;
  g_autoptr(GBytes) mixed_bytes = NULL;
  g_autoptr(KbDataset) from_memory_too = NULL;
  g_autoptr(GError) memory_error_too = NULL;

  g_assert_no_error (file_error);
  g_assert_no_error (memory_error);
  for (guint i = 0; i < G_N_ELEMENTS (read); i++)
    {
      int vintage = kb_dataset_get_latest_vintage (read[i], "0581", KB_INDICATOR_GHG);
      KbSeries *series = kb_dataset_lookup (read[i], "0581", KB_INDICATOR_GHG, "Sektor 390", vintage);
      double v;

      g_assert_nonnull (series);
      g_assert_cmpstr (kb_series_get_region_name (series), ==, "Norrköping");
      g_assert_true (kb_series_get_value (series, 1990 + 39050 % 100, &v));
      g_assert_cmpfloat (v, ==, 1.5);
      g_assert_nonnull (kb_dataset_lookup (read[i], "0580", KB_INDICATOR_GHG, "El och\r\nfjärrvärme",
                                           kb_dataset_get_latest_vintage (read[i], "0580", KB_INDICATOR_GHG)));
    }

  /* UTF-8 above, Windows-1252 on line 25 002, in a file read as it is
   * parsed (a text in memory is looked at whole first). */
  for (guint line = 3; line < 25002; line++)
    g_string_append_printf (mixed, "Linköping;Sektor %u;%u;1\n", line, 1990 + line % 30);
  g_string_append (mixed, "Norrk\xF6ping;El;2020;5\n");
  mixed_bytes = g_string_free_to_bytes (g_steal_pointer (&mixed));
  none = import_both_ways (mixed_bytes, &from_memory_too, &error, &memory_error_too);
  g_assert_null (none);
  g_assert_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_ENCODING);
  g_assert_true (g_str_has_suffix (error->message, "long.csv:25002:1: the text is neither UTF-8 nor Windows-1252"));
}

/* As when files were read line by line: a NUL far down comes after an
 * error above it in the same block; a line mixing UTF-8 and Windows-1252
 * is Windows-1252 (the whole line decides); a field's 64 KiB are counted
 * decoded (Windows-1252's å is two bytes of UTF-8). */
static void
test_errors_in_file_order (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kb-order-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "order.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) long_field = g_string_new ("kommun;sektor;\xE5r;v\xE4rde\nKiruna;");
  struct { const char *text; gssize length; const char *expected; } cases[] = {
    { "kommun;sektor;år;värde\nKiruna;El;2020;1\nKiruna;El;2020;2\nKiruna;Tra\0;2021;1\n", 78,
      ":3:3: a second value for Kiruna, El, 2020" },
    { "kommun;sektor;ar;varde\nLinköping;Tr\xE4;2020;1\n", -1, NULL },
    /* A line that is no text and badly quoted too: its text is said first. */
    { "kommun;sektor;år;värde\nLinköping;El;2020;1\nV\xE4xj\xF6;\"a\"b;2020;1\n", -1,
      ":3:1: the text is neither UTF-8 nor Windows-1252" },
    /* A record over three lines: the line with the bad byte. */
    { "kommun;sektor;år;värde\nLinköping;\"X\xE4\nY\nZ\";2020;1\n", -1,
      ":2:1: the text is neither UTF-8 nor Windows-1252" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KbDataset) dataset = NULL;

      g_assert_true (g_file_set_contents (path, cases[i].text, cases[i].length, NULL));
      dataset = kb_import_file (file, NULL, &error);
      if (cases[i].expected == NULL)
        {
          g_autofree char *region = NULL;

          g_assert_no_error (error);
          region = kb_dataset_find_region (dataset, "LinkÃ¶ping");
          g_assert_nonnull (region);
        }
      else
        {
          g_assert_null (dataset);
          g_assert_true (g_str_has_suffix (error->message, cases[i].expected));
        }
    }

  for (guint i = 0; i < 40000; i++)
    g_string_append_c (long_field, '\xE5');
  g_string_append (long_field, ";2020;1\n");
  g_assert_true (g_file_set_contents (path, long_field->str, long_field->len, NULL));
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(KbDataset) dataset = kb_import_file (file, NULL, &error);

    g_assert_null (dataset);
    g_assert_true (g_str_has_suffix (error->message, ":2:2: a field is longer than 64 KiB"));
  }
  g_remove (path);
  g_rmdir (dir);
}

/* Found by the fuzzer: no bytes at all, from memory. */
static void
test_no_bytes (void)
{
  g_autoptr(GBytes) none = g_bytes_new (NULL, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) dataset = kb_import_bytes (none, "nothing.csv", &error);

  g_assert_null (dataset);
  g_assert_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_EMPTY);
  g_assert_cmpstr (error->message, ==, "nothing.csv:1:1: the file is empty");
}

/* A share above 100 % is no error outside a travel survey (a region
 * making 150 % of the power it uses); a value brought beyond any figure
 * by its unit (Mt to t) is. */
static void
test_percent_and_unit_magnitude (void)
{
  const char *percent = "kommunkod;indikator;år;värde;enhet\n"
                        "0580;självförsörjning el;2022;150,5;%\n";
  const char *megatonnes = "kommunkod;indikator;sektor;år;värde;enhet\n"
                           "0580;växthusgaser;Transporter;2024;2000000;Mt CO2e\n";
  g_autoptr(GBytes) percent_bytes = g_bytes_new_static (percent, strlen (percent));
  g_autoptr(GBytes) megatonne_bytes = g_bytes_new_static (megatonnes, strlen (megatonnes));
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) dataset = kb_import_bytes (percent_bytes, "andel.csv", &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_true (kb_dataset_has_indicator (dataset, "0580", "självförsörjning el"));

  g_assert_null (kb_import_bytes (megatonne_bytes, "mt.csv", &error));
  g_assert_cmpstr (error->message, ==, "mt.csv:2:5: “2000000”: is beyond any figure of these statistics (more than a trillion)");
}

static void
test_complete_export (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) dataset = import_fixture ("complete-export.csv", &error);

  g_assert_no_error (error);
  g_assert_cmpfloat (kb_dataset_get_latest_vintage (dataset, "0580", KB_INDICATOR_GHG), ==, 2021);
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/utsläpp.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) dataset = kb_import_file (file, NULL, &error);

  g_assert_null (dataset);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "/nonexistent/utsläpp.csv: "));
}

/* A name on disk that is not UTF-8 (a Latin-1 "år" from an old share) is
 * named in UTF-8 by messages, which toasts and labels need: here a
 * workbook that is not one. */
static void
test_file_name_not_utf8 (void)
{
  g_autofree char *folder = g_dir_make_tmp ("klimatbild-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "\xe5rsdata.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) dataset = NULL;
  g_autofree char *name = NULL;

  g_assert_true (g_file_set_contents (path, "PK\003\004 not a workbook", -1, NULL));
  name = kb_import_file_name (file);
  g_assert_true (g_utf8_validate (name, -1, NULL));
  g_assert_true (g_str_has_suffix (name, "rsdata.xlsx"));

  dataset = kb_import_file (file, NULL, &error);
  g_assert_null (dataset);
  g_assert_nonnull (error);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_nonnull (strstr (error->message, "rsdata.xlsx"));
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* A file that lacks one sector's row for a year gives no total for that
 * year, not a smaller one (here 2024 without El och fjärrvärme). */
static void
test_missing_sector_year (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) dataset = import_fixture ("missing-sector-year.csv", &error);
  g_autoptr(KbSeries) total = NULL;
  double v;

  g_assert_no_error (error);
  total = kb_dataset_compute_total (dataset, "0580", KB_INDICATOR_GHG, 2026);
  g_assert_true (kb_series_get_value (total, 2023, &v));
  g_assert_cmpfloat (v, ==, 610000);
  g_assert_true (kb_series_has_year (total, 2024));
  g_assert_false (kb_series_get_value (total, 2024, &v));
}

/* Known units of one quantity are brought to one before they are
 * added; units that cannot be are refused with the file and line. */
static void
test_units (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) mixed = import_fixture ("mixed-units.csv", &error);
  g_autoptr(KbDataset) bad = NULL;
  g_autoptr(KbSeries) total = NULL;
  double v;

  g_assert_no_error (error);
  total = kb_dataset_compute_total (mixed, "0580", KB_INDICATOR_GHG,
                                    kb_dataset_get_latest_vintage (mixed, "0580", KB_INDICATOR_GHG));
  g_assert_cmpstr (kb_series_get_unit (total), ==, "t CO2e");
  g_assert_true (kb_series_get_value (total, 2024, &v));
  g_assert_cmpfloat_with_epsilon (v, 229040.73 + 318179.14 + 119511.03, 1e-6);

  /* The wide layout's unit line: kt are read as tonnes; a second unit
   * line replaces the first (and nothing of it is left behind). */
  {
    g_autoptr(KbDataset) wide = import_fixture ("wide-kilotonnes.csv", &error);
    KbSeries *transport;

    g_assert_no_error (error);
    transport = kb_dataset_lookup (wide, "0580", KB_INDICATOR_GHG, "Transporter",
                                   kb_dataset_get_latest_vintage (wide, "0580", KB_INDICATOR_GHG));
    g_assert_cmpstr (kb_series_get_unit (transport), ==, "t CO2e");
    g_assert_true (kb_series_get_value (transport, 2024, &v));
    g_assert_cmpfloat_with_epsilon (v, 229040.73, 1e-6);
  }

  bad = import_fixture ("unaddable-units.csv", &error);
  g_assert_null (bad);
  g_assert_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_VALUE);
  g_assert_true (g_str_has_suffix (strstr (error->message, "unaddable-units.csv:3:6: "),
                                   "the unit “MWh” cannot be added to “t CO2e” of line 2"));
}

/* A download cut in the middle of a number ("531811" → "53") is refused,
 * naming the line, in both layouts; a footer without a line end is not
 * data and is fine (the national export ends so). */
static void
test_cut_in_a_number (void)
{
  const char *files[] = { "cut-in-a-number.csv", "wide-cut-in-a-number.csv" };
  const guint lines[] = { 3, 5 };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KbDataset) dataset = import_fixture (files[i], &error);
      g_autofree char *where = g_strdup_printf ("%s:%u:1: the last line has no line end", files[i], lines[i]);

      g_assert_null (dataset);
      g_assert_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_SYNTAX);
      g_assert_nonnull (strstr (error->message, where));
    }
}

/* Number forms are decided per file, never per cell: "1,237" in a
 * comma-separated file whose other numbers have decimal points is 1 237;
 * where nothing in the file says which, it is refused; a file mixing a
 * decimal comma and a decimal point is refused. */
static void
test_number_forms (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) thousands = import_fixture ("thousands-commas.csv", &error);
  g_autoptr(KbDataset) ambiguous = NULL;
  g_autoptr(KbDataset) mixed = NULL;
  double v;

  g_assert_no_error (error);
  g_assert_true (kb_series_get_value (find (thousands, "Transporter"), 2020, &v));
  g_assert_cmpfloat (v, ==, 1237);

  ambiguous = import_fixture ("ambiguous-thousands.csv", &error);
  g_assert_null (ambiguous);
  g_assert_nonnull (strstr (error->message, "ambiguous-thousands.csv:2:4: “1,237”: could be a decimal comma or a thousands separator"));
  g_clear_error (&error);

  mixed = import_fixture ("mixed-number-forms.csv", &error);
  g_assert_null (mixed);
  g_assert_nonnull (strstr (error->message, "mixed-number-forms.csv:"));
  g_assert_nonnull (strstr (error->message, ": the file writes decimals with a "));
}

/* A value no statistic here can hold (1e308, which two sectors would
 * overflow into infinity) is refused with its file and line. */
static void
test_huge_values (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) dataset = import_fixture ("huge-values.csv", &error);

  g_assert_null (dataset);
  g_assert_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_VALUE);
  g_assert_nonnull (strstr (error->message, "huge-values.csv:2:4: “1e308”: is beyond any figure"));
}

/* A published total that disagrees with its sectors is the one shown,
 * and the words say so, with the figures. */
static void
test_total_disagrees (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) dataset = import_fixture ("total-disagrees.csv", &error);
  g_autoptr(KbChart) chart = NULL;
  g_autofree char *words = NULL;
  int year = 0;
  double published = 0, sum = 0;

  g_assert_no_error (error);
  g_assert_true (kb_dataset_total_disagrees (dataset, "0580", KB_INDICATOR_GHG,
                                             kb_dataset_get_latest_vintage (dataset, "0580", KB_INDICATOR_GHG),
                                             &year, &published, &sum));
  g_assert_cmpint (year, ==, 2024);
  g_assert_cmpfloat (published, ==, 736445);
  g_assert_cmpfloat (sum, ==, 229040 + 119511);
  chart = kb_chart_new (KB_CHART_KIND_SECTOR_TREND, dataset, "0580");
  kb_chart_set_language (chart, KB_LANGUAGE_ENGLISH);
  words = kb_chart_dup_description (chart);
  g_assert_nonnull (strstr (words, "The published total is shown; it differs from the sum of the sectors (2024: 736\u00A0kt against 349\u00A0kt)."));
}

/* Travel surveys in trips: a suppressed mode leaves the year's shares
 * unknown (not shared out over a partial total); negative trips are
 * refused. */
static void
test_travel_trips (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) suppressed = import_fixture ("travel-trips-suppressed.csv", &error);
  g_autoptr(KbDataset) negative = NULL;
  KbSeries *walking;
  double v;

  g_assert_no_error (error);
  walking = kb_dataset_lookup (suppressed, "0580", KB_INDICATOR_MODE_SHARE, "gång", 0);
  g_assert_nonnull (walking);
  g_assert_true (kb_series_has_year (walking, 2018));
  g_assert_false (kb_series_get_value (walking, 2018, &v));
  g_assert_true (kb_series_get_value (walking, 2022, &v));
  g_assert_cmpfloat (v, ==, 50);

  negative = import_fixture ("travel-negative-trips.csv", &error);
  g_assert_null (negative);
  g_assert_nonnull (strstr (error->message, "travel-negative-trips.csv:3:4: “-250”: a number of trips cannot be below zero"));
}

/* Net removals: no change in % (it would read backwards) and no target
 * path in % of a removal; the figures are said instead. */
static void
test_net_removals (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) dataset = import_fixture ("net-removals.csv", &error);
  g_autoptr(KbChart) chart = NULL;
  g_autoptr(KbTarget) target = kb_target_new_national ("0580");
  g_autofree char *words = NULL;

  g_assert_no_error (error);
  chart = kb_chart_new (KB_CHART_KIND_SECTOR_TREND, dataset, "0580");
  kb_chart_set_language (chart, KB_LANGUAGE_ENGLISH);
  kb_chart_set_target (chart, target);
  words = kb_chart_dup_description (chart);
  g_assert_nonnull (strstr (words, "(net removals: no change in % is given)"));
  g_assert_null (strstr (words, "Since 1990"));
  g_assert_null (kb_chart_get_gap (chart));
}

/* A pipe is never read (it would never end, and a read from it cannot be
 * cancelled), as data or as measures; a measures file in UTF-16 without
 * its mark is refused as not text, not read as an empty plan. */
static void
test_pipes_and_binary_measures (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *utf16 = kb_test_fixture ("measures-utf16be.csv");
  g_autoptr(GFile) utf16_file = g_file_new_for_path (utf16);
  g_autoptr(GListStore) measures = kb_measures_read_file (utf16_file, &error);

  g_assert_null (measures);
  g_assert_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_ENCODING);
  g_clear_error (&error);

#ifdef G_OS_UNIX
  {
    g_autofree char *dir = g_dir_make_tmp ("kb-fifo-XXXXXX", NULL);
    g_autofree char *fifo = g_build_filename (dir, "pipe.csv", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (fifo);
    g_autoptr(KbDataset) dataset = NULL;
    g_autoptr(GListStore) plan = NULL;

    g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
    dataset = kb_import_file (file, NULL, &error);
    g_assert_null (dataset);
    g_assert_nonnull (strstr (error->message, "pipe.csv:1:1: not a regular file"));
    g_clear_error (&error);
    plan = kb_measures_read_file (file, &error);
    g_assert_null (plan);
    g_assert_nonnull (strstr (error->message, "pipe.csv:1:1: not a regular file"));
    g_unlink (fifo);
    g_rmdir (dir);
  }
#endif
}

/* Klimatkollen's JSON, as published: said to be JSON, not read as a CSV
 * without its header (found by a new user). */
static void
test_json (void)
{
  g_autofree char *path = kb_test_shared_file ("emissions/klimatkollen-municipality-sector-emissions.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) dataset = kb_import_file (file, NULL, &error);

  g_assert_null (dataset);
  g_assert_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_SYNTAX);
  g_assert_true (g_str_has_suffix (error->message, "/klimatkollen-municipality-sector-emissions.json:1:1: "
                                                   "a JSON file; Klimatbild reads tables: CSV, or XLSX workbooks"));

  /* A dashboard and a file of targets, given as data, are said as what
   * they are (a dashboard read "a JSON file"). */
  {
    const char *dashboard = "[Dashboard]\nVersion=1\nMunicipality=0581\n";
    /* As data/linkoping-targets.ini, comments first. */
    const char *targets = "# Linköpings mål\n#\n\n[Target]\nRegion=0581\n";
    g_autoptr(GBytes) dashboard_bytes = g_bytes_new_static (dashboard, strlen (dashboard));
    g_autoptr(GBytes) targets_bytes = g_bytes_new_static (targets, strlen (targets));
    g_autoptr(GError) dashboard_error = NULL, targets_error = NULL;
    g_autoptr(KbDataset) none = kb_import_bytes (dashboard_bytes, "nk.klimatbild", &dashboard_error);
    g_autoptr(KbDataset) none_either = kb_import_bytes (targets_bytes, "mål.ini", &targets_error);

    g_assert_null (none);
    g_assert_null (none_either);
    g_assert_cmpstr (dashboard_error->message, ==,
                     "nk.klimatbild:1:1: a Klimatbild dashboard, not data: open it in the app, with Open or “klimatbild FILE”");
    g_assert_cmpstr (targets_error->message, ==, "mål.ini:1:1: a municipality’s targets, not data: set them with "
                                                 "“Set the Municipality’s Targets…”, or give them to klimatbild-render "
                                                 "with --targets FILE");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/percent-and-unit-magnitude", test_percent_and_unit_magnitude);
  g_test_add_func ("/import/default-dataset", test_default_dataset);
  g_test_add_func ("/import/windows-1252-comma", test_windows_1252_comma);
  g_test_add_func ("/import/bom-tab", test_bom_tab);
  g_test_add_func ("/import/missing-file", test_missing_file);
  g_test_add_func ("/import/file-name-not-utf8", test_file_name_not_utf8);
  g_test_add_func ("/import/huge-file", test_huge_file);
  g_test_add_func ("/import/complete-export", test_complete_export);
  g_test_add_func ("/import/too-many-rows", test_too_many_rows);
  g_test_add_func ("/import/no-bytes", test_no_bytes);
  g_test_add_func ("/import/lines-far-down", test_lines_far_down);
  g_test_add_func ("/import/encoding-far-down", test_encoding_far_down);
  g_test_add_func ("/import/errors-in-file-order", test_errors_in_file_order);
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *name = g_strdup_printf ("/import/bad/%s", bad_files[i].fixture);
      g_test_add_data_func (name, &bad_files[i], test_bad_file);
    }

  g_test_add_func ("/import-errors/missing-sector-year", test_missing_sector_year);

  g_test_add_func ("/import-errors/units", test_units);

  g_test_add_func ("/import-errors/cut-in-a-number", test_cut_in_a_number);

  g_test_add_func ("/import-errors/number-forms", test_number_forms);

  g_test_add_func ("/import-errors/huge-values", test_huge_values);

  g_test_add_func ("/import-errors/total-disagrees", test_total_disagrees);

  g_test_add_func ("/import-errors/travel-trips", test_travel_trips);

  g_test_add_func ("/import-errors/net-removals", test_net_removals);

  g_test_add_func ("/import-errors/pipes-and-binary-measures", test_pipes_and_binary_measures);

  g_test_add_func ("/import-errors/json", test_json);
  return g_test_run ();
}
