/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <gsf/gsf-outfile-zip.h>
#include <gsf/gsf-output-gio.h>
#include <gsf/gsf-utils.h>
#include <math.h>
#include <string.h>

#include "import/kb-import.h"
#include "import/kb-import-error.h"
#include "import/kb-xlsx.h"
#include "kb-test-util.h"

/* The workbook reader against the agencies' real workbooks, and against
 * packages made here for each trap: numbers stored as text, shared and
 * inline strings, empty rows, merged header cells, a date, a million
 * empty rows, a zip bomb, a damaged zip, a CSV named .xlsx. */

/* Finds, in one sheet, the row whose cell @key_column is @key (as text,
 * trimmed) and keeps its cells; also the row that names @header. */
typedef struct
{
  guint      key_column;
  const char *key;
  const char *header;
  GPtrArray *found;      /* char *, the row's cells as text */
  GPtrArray *headers;    /* char *, the header row's */
  double    *numbers;
  guint      n_numbers;
} Find;

static gboolean
on_find_row (const KbXlsxCell  *cells,
             guint              n_cells,
             guint              row,
             gpointer           user_data,
             GError           **error)
{
  Find *find = user_data;

  for (guint c = 0; c < n_cells && find->headers == NULL; c++)
    {
      g_autofree char *text = g_strstrip (g_strdup (cells[c].text));

      if (cells[c].kind == KB_XLSX_TEXT && g_str_equal (text, find->header))
        {
          find->headers = g_ptr_array_new_with_free_func (g_free);
          for (guint h = 0; h < n_cells; h++)
            g_ptr_array_add (find->headers, g_strstrip (g_strdup (cells[h].text)));
        }
    }
  if (find->found == NULL && find->key_column < n_cells)
    {
      g_autofree char *key = g_strstrip (g_strdup (cells[find->key_column].text));

      if (g_str_equal (key, find->key))
        {
          find->found = g_ptr_array_new_with_free_func (g_free);
          find->numbers = g_new0 (double, n_cells);
          find->n_numbers = n_cells;
          for (guint c = 0; c < n_cells; c++)
            {
              g_ptr_array_add (find->found, g_strdup (cells[c].text));
              find->numbers[c] = cells[c].kind == KB_XLSX_NUMBER ? cells[c].number : NAN;
            }
        }
    }
  return TRUE;
}

static double
value_under (Find       *find,
             const char *header)
{
  g_assert_nonnull (find->headers);
  g_assert_nonnull (find->found);
  for (guint c = 0; c < find->headers->len && c < find->n_numbers; c++)
    if (g_str_equal (g_ptr_array_index (find->headers, c), header))
      return find->numbers[c];
  g_error ("no column “%s”", header);
  return NAN;
}

static void
find_clear (Find *find)
{
  g_clear_pointer (&find->found, g_ptr_array_unref);
  g_clear_pointer (&find->headers, g_ptr_array_unref);
  g_clear_pointer (&find->numbers, g_free);
}

static KbXlsx *
open_shared (const char *relative)
{
  g_autofree char *path = kb_test_shared_file (relative);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KbXlsx *xlsx = kb_xlsx_open (file, NULL, &error);

  g_assert_no_error (error);
  return xlsx;
}

/* Trafikanalys's cars by fuel: codes stored as numbers (580 for 0580). */
static void
test_cars (void)
{
  g_autoptr(KbXlsx) xlsx = open_shared ("mobility/fordon-i-lan-och-kommuner-2025.xlsx");
  g_autoptr(GError) error = NULL;
  Find find = { 0, "580", "Laddhybrider" };
  int sheet = kb_xlsx_find_sheet (xlsx, "Tabell 4 Personbil");

  g_assert_cmpint (sheet, >=, 0);
  g_assert_cmpstr (kb_xlsx_get_sheet_name (xlsx, 0), ==, "Titel _ Title");
  g_assert_true (kb_xlsx_read_sheet (xlsx, (guint)sheet, on_find_row, &find, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (g_strstrip ((char *)g_ptr_array_index (find.found, 1)), ==, "Linköping");
  g_assert_cmpfloat (value_under (&find, "Totalt"), ==, 70268);
  g_assert_cmpfloat (value_under (&find, "El"), ==, 5892);
  g_assert_cmpfloat (value_under (&find, "Laddhybrider"), ==, 5887);
  find_clear (&find);
}

/* Trafikverket's cycle network, a sheet a year, municipalities by name. */
static void
test_cycle_network (void)
{
  g_autoptr(KbXlsx) xlsx = open_shared ("mobility/antal-meter-cykelnat-per-vaghallare-efter-lan-och-kommun.xlsx");
  g_autoptr(GError) error = NULL;
  Find find = { 1, "Linköping", "Kommunal" };
  int sheet = kb_xlsx_find_sheet (xlsx, "2025");

  g_assert_cmpint (sheet, >=, 0);
  g_assert_true (kb_xlsx_read_sheet (xlsx, (guint)sheet, on_find_row, &find, &error));
  g_assert_no_error (error);
  /* Unrounded metres, as published: 578 446 m to the metre. */
  g_assert_cmpfloat (round (value_under (&find, "Enskild") + value_under (&find, "Kommunal") +
                            value_under (&find, "Statlig")), ==, 578446);
  g_assert_cmpfloat (round (value_under (&find, "Kommunal")), ==, 464868);
  g_assert_cmpfloat (value_under (&find, "Kommunal"), !=, round (value_under (&find, "Kommunal")));
  find_clear (&find);
}

/* SCB's population: codes stored as text, names padded. */
static void
test_population (void)
{
  const struct { const char *file; double linkoping; } years[] = {
    { "population/be0101_tabhel2023.xlsx", 167404 },
    { "population/be0101_tabhel2024.xlsx", 168035 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autoptr(KbXlsx) xlsx = open_shared (years[i].file);
      g_autoptr(GError) error = NULL;
      Find find = { 0, "0580", "\001" };

      g_assert_true (kb_xlsx_read_sheet (xlsx, 0, on_find_row, &find, &error));
      g_assert_no_error (error);
      g_assert_nonnull (find.found);
      /* The first number after the name is the total. */
      {
        gboolean found = FALSE;

        for (guint c = 1; c < find.n_numbers && !found; c++)
          if (!isnan (find.numbers[c]))
            {
              g_assert_cmpfloat (find.numbers[c], ==, years[i].linkoping);
              found = TRUE;
            }
        g_assert_true (found);
      }
      find_clear (&find);
    }
}

static void
test_column_names (void)
{
  const struct { guint column; const char *name; } names[] = {
    { 0, "A" }, { 4, "E" }, { 25, "Z" }, { 26, "AA" }, { 701, "ZZ" }, { 702, "AAA" }, { 16383, "XFD" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *name = kb_xlsx_column_name (names[i].column);
      g_assert_cmpstr (name, ==, names[i].name);
    }
}

/* A package of its parts, each a path and its text. */
typedef struct
{
  const char *path;
  const char *text;
  gsize       repeat;   /* the text written this many times, for big parts */
} PartText;

static const char *content_types =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
  "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
  "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
static const char *root_rels =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
  "Target=\"xl/workbook.xml\"/></Relationships>";
static const char *workbook =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
  "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
  "<sheets><sheet name=\"Tabell 4\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
static const char *workbook_rels =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
  "Target=\"worksheets/sheet1.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
  "Target=\"sharedStrings.xml\"/>"
  "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
  "Target=\"styles.xml\"/></Relationships>";
static const char *shared_strings =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
  "<si><t>Kommun</t></si>"
  "<si><r><t>Per</t></r><r><rPr><b/></rPr><t>sonbilar</t></r><rPh><t>x</t></rPh></si>"
  "<si><t xml:space=\"preserve\">  Linköping  </t></si>"
  "<si><t>..</t></si></sst>";
static const char *styles =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
  "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
  "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"3\"/></cellXfs></styleSheet>";

#define SHEET_HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" \
  "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
#define SHEET_TAIL "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"B1:C1\"/></mergeCells></worksheet>"

static GsfOutfile *
directory (GsfOutfile *root,
           GHashTable *dirs,
           const char *path)
{
  GsfOutfile *dir = root;
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  g_autoptr(GString) so_far = g_string_new (NULL);

  for (guint i = 0; parts[i + 1] != NULL; i++)
    {
      GsfOutfile *next;

      g_string_append_printf (so_far, "%s/", parts[i]);
      next = g_hash_table_lookup (dirs, so_far->str);
      if (next == NULL)
        {
          next = GSF_OUTFILE (gsf_outfile_new_child (dir, parts[i], TRUE));
          g_hash_table_insert (dirs, g_strdup (so_far->str), next);
        }
      dir = next;
    }
  return dir;
}

static int
by_depth (gconstpointer a,
          gconstpointer b)
{
  return (int)strlen (*(const char **)b) - (int)strlen (*(const char **)a);
}

static char *
write_package (const PartText *parts,
               guint           n_parts)
{
  g_autofree char *dir = g_dir_make_tmp ("kb-xlsx-XXXXXX", NULL);
  char *path = g_build_filename (dir, "test.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  GsfOutput *sink = gsf_output_gio_new_for_path (path, &error);
  GsfOutfile *zip;
  g_autoptr(GHashTable) dirs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_assert_no_error (error);
  zip = gsf_outfile_zip_new (sink, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n_parts; i++)
    {
      GsfOutfile *parent = directory (zip, dirs, parts[i].path);
      const char *base = strrchr (parts[i].path, '/') ? strrchr (parts[i].path, '/') + 1 : parts[i].path;
      GsfOutput *child = gsf_outfile_new_child (parent, base, FALSE);

      for (gsize r = 0; r < MAX (parts[i].repeat, 1); r++)
        g_assert_true (gsf_output_write (child, strlen (parts[i].text), (const guint8 *)parts[i].text));
      g_assert_true (gsf_output_close (child));
      g_object_unref (child);
    }
  /* Folders close deepest first, then the package. */
  g_hash_table_iter_init (&iter, dirs);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (names, key);
  g_ptr_array_sort (names, by_depth);
  for (guint i = 0; i < names->len; i++)
    {
      GsfOutput *d = g_hash_table_lookup (dirs, g_ptr_array_index (names, i));
      gsf_output_close (d);
      g_object_unref (d);
    }
  g_assert_true (gsf_output_close (GSF_OUTPUT (zip)));
  g_object_unref (zip);
  gsf_output_close (sink);
  g_object_unref (sink);
  return path;
}

static void
remove_package (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_remove (path);
  g_rmdir (dir);
}

static char *
package_with_sheet (const char *sheet,
                    gsize       repeat)
{
  PartText parts[] = {
    { "[Content_Types].xml", content_types }, { "_rels/.rels", root_rels },
    { "xl/workbook.xml", workbook }, { "xl/_rels/workbook.xml.rels", workbook_rels },
    { "xl/sharedStrings.xml", shared_strings }, { "xl/styles.xml", styles },
    { "xl/worksheets/sheet1.xml", sheet, repeat },
  };

  return write_package (parts, G_N_ELEMENTS (parts));
}

typedef struct
{
  GPtrArray *rows;   /* GPtrArray of "kind:text" per cell */
  GArray    *numbers;
} Rows;

static gboolean
on_row (const KbXlsxCell  *cells,
        guint              n_cells,
        guint              row,
        gpointer           user_data,
        GError           **error)
{
  Rows *rows = user_data;
  GString *line = g_string_new (NULL);

  g_string_append_printf (line, "%u:", row);
  for (guint c = 0; c < n_cells; c++)
    {
      g_string_append_printf (line, "%s%d=%s", c ? "|" : "", cells[c].kind, cells[c].text);
      if (cells[c].kind == KB_XLSX_NUMBER)
        g_array_append_val (rows->numbers, cells[c].number);
    }
  g_ptr_array_add (rows->rows, g_string_free (line, FALSE));
  return TRUE;
}

/* Every kind of cell a table holds, read as it is stored. */
static void
test_traps (void)
{
  const char *sheet = SHEET_HEAD
    /* merged header: B1 holds the text, C1 nothing */
    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" s=\"0\"/></row>"
    /* empty rows */
    "<row r=\"2\"/><row r=\"3\"><c r=\"A3\" s=\"2\"/></row>"
    /* a code stored as a number, a name with spaces, a number stored as
     * text, an inline string, an exact decimal, a date, a marker */
    "<row r=\"7\"><c r=\"A7\"><v>580</v></c><c r=\"B7\" t=\"s\"><v>2</v></c>"
    "<c r=\"C7\" t=\"inlineStr\"><is><t>70 268</t></is></c><c r=\"D7\"><v>0.1</v></c>"
    "<c r=\"E7\" s=\"1\"><v>45658</v></c><c r=\"F7\" t=\"s\"><v>3</v></c><c r=\"G7\"><v>5892</v></c>"
    "<c r=\"H7\" t=\"b\"><v>1</v></c><c r=\"I7\" t=\"e\"><v>#N/A</v></c></row>"
    SHEET_TAIL;
  g_autofree char *path = package_with_sheet (sheet, 1);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbXlsx) xlsx = kb_xlsx_open (file, NULL, &error);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (double));
  Rows rows = { lines, numbers };

  g_assert_no_error (error);
  g_assert_cmpuint (kb_xlsx_get_n_sheets (xlsx), ==, 1);
  g_assert_true (kb_xlsx_read_sheet (xlsx, 0, on_row, &rows, &error));
  g_assert_no_error (error);
  /* Rows 2 and 3 hold nothing and are passed over. */
  g_assert_cmpuint (lines->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==, "1:1=Kommun|1=Personbilar");
  g_assert_cmpstr (g_ptr_array_index (lines, 1), ==,
                   "7:2=580|1=  Linköping  |1=70 268|2=0.1|3=2025-01-01|1=..|2=5892|4=TRUE|5=#N/A");
  /* Numbers as stored: 0.1 is the double nearest 0.1, not a reparse. */
  g_assert_cmpfloat (g_array_index (numbers, double, 1), ==, 0.1);
  remove_package (path);
}

/* A million rows of nothing: read through, in bounded time and memory. */
static void
test_million_empty_rows (void)
{
  g_autoptr(GString) sheet = g_string_new (SHEET_HEAD);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KbXlsx) xlsx = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (double));
  Rows rows = { lines, numbers };

  for (guint r = 1; r < 1048576; r++)
    g_string_append_printf (sheet, "<row r=\"%u\"/>", r);
  g_string_append (sheet, "<row r=\"1048576\"><c r=\"B1048576\"><v>7</v></c></row>" SHEET_TAIL);
  path = package_with_sheet (sheet->str, 1);
  file = g_file_new_for_path (path);
  xlsx = kb_xlsx_open (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (kb_xlsx_read_sheet (xlsx, 0, on_row, &rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==, "1048576:0=|2=7");
  remove_package (path);
}

/* A sheet that unpacks to more than 512 MiB is refused when it gets
 * there, not read to its end. */
static void
test_zip_bomb (void)
{
  /* 520 comments of 1 MiB: written in large pieces, it packs fast. */
  g_autofree char *body = g_strnfill (1024 * 1024, '.');
  g_autofree char *comment = g_strconcat ("<!--", body, "-->", NULL);
  g_autofree char *path = package_with_sheet (comment, 520);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbXlsx) xlsx = kb_xlsx_open (file, NULL, &error);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (double));
  Rows rows = { lines, numbers };
  GStatBuf st;

  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, <, 4 * 1024 * 1024);
  g_assert_false (kb_xlsx_read_sheet (xlsx, 0, on_row, &rows, &error));
  g_assert_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "test.xlsx: sheet “Tabell 4” holds more than 512 MiB unpacked: refused");
  remove_package (path);
}

static void
test_not_a_workbook (void)
{
  g_autofree char *real = kb_test_shared_file ("mobility/fordon-i-lan-och-kommuner-2025.xlsx");
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;
  const char *csv = "kommun;år;värde\n0580;2024;1\n";
  g_autoptr(GBytes) csv_bytes = g_bytes_new_static (csv, strlen (csv));
  g_autoptr(GBytes) damaged = NULL;
  KbXlsx *xlsx;

  /* A CSV file named .xlsx. */
  xlsx = kb_xlsx_open_bytes (csv_bytes, "tabell.xlsx", &error);
  g_assert_null (xlsx);
  g_assert_cmpstr (error->message, ==, "tabell.xlsx: not an Excel workbook (.xlsx): the zip package cannot be read (is the file cut short or damaged?)");
  g_clear_error (&error);

  /* A workbook cut short: its central directory is gone. */
  g_assert_true (g_file_get_contents (real, &contents, &length, NULL));
  damaged = g_bytes_new (contents, length / 2);
  xlsx = kb_xlsx_open_bytes (damaged, "trasig.xlsx", &error);
  g_assert_null (xlsx);
  g_assert_true (g_str_has_prefix (error->message, "trasig.xlsx: not an Excel workbook (.xlsx)"));
}

/* A cell out of its row, a shared string that is not there: said with
 * the file, the sheet, the row and the column. */
static void
test_bad_cells (void)
{
  const char *missing = SHEET_HEAD "<row r=\"12\"><c r=\"E12\" t=\"s\"><v>99</v></c></row>" SHEET_TAIL;
  const char *not_number = SHEET_HEAD "<row r=\"3\"><c r=\"B3\"><v>12abc</v></c></row>" SHEET_TAIL;
  const char *sheets[] = { missing, not_number };
  const char *messages[] = {
    "test.xlsx:Tabell 4:12:E: refers to shared string “99”, which the workbook does not have",
    "test.xlsx:Tabell 4:3:B: “12abc” is stored as a number but is none",
  };

  for (guint i = 0; i < G_N_ELEMENTS (sheets); i++)
    {
      g_autofree char *path = package_with_sheet (sheets[i], 1);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(KbXlsx) xlsx = kb_xlsx_open (file, NULL, &error);
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (double));
      Rows rows = { lines, numbers };

      g_assert_no_error (error);
      g_assert_false (kb_xlsx_read_sheet (xlsx, 0, on_row, &rows, &error));
      g_assert_cmpstr (error->message, ==, messages[i]);
      remove_package (path);
    }
}

/* Hostile and odd packages, each said or read as it should be. */
static void
test_hostile (void)
{
  const struct { const char *sheet; const char *outcome; } cases[] = {
    /* an empty phonetic hint loses nothing after it */
    { SHEET_HEAD "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t><rPh/></is></c><c r=\"B1\"><v>42</v></c></row>"
      "<row r=\"2\"><c r=\"A2\"><v>7</v></c></row>" SHEET_TAIL, "1:1=x|2=42;2:2=7;" },
    /* Excel's phantom 29 February 1900, and a time that is no date */
    { SHEET_HEAD "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>60</v></c><c r=\"B1\" s=\"1\"><v>61</v></c>"
      "<c r=\"C1\" s=\"1\"><v>59</v></c></row>" SHEET_TAIL, "1:3=1900-02-29|3=1900-03-01|3=1900-02-28;" },
    /* a date that is none */
    { SHEET_HEAD "<row r=\"1\"><c r=\"A1\" t=\"d\"><v>2025-0\xc3\xa5-01</v></c></row>" SHEET_TAIL,
      "test.xlsx:Tabell 4:1:A: “2025-0å-01” is marked as a date but is none" },
    /* a cell outside any row */
    { SHEET_HEAD "<c r=\"A1\"><v>1</v></c>" SHEET_TAIL, "test.xlsx:Tabell 4:0: a cell outside any row" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = package_with_sheet (cases[i].sheet, 1);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(KbXlsx) xlsx = kb_xlsx_open (file, NULL, &error);
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GString) got = g_string_new (NULL);
      Rows rows = { lines, numbers };

      g_assert_no_error (error);
      if (!kb_xlsx_read_sheet (xlsx, 0, on_row, &rows, &error))
        g_string_append (got, error->message);
      for (guint l = 0; l < lines->len; l++)
        g_string_append_printf (got, "%s;", (char *)g_ptr_array_index (lines, l));
      g_assert_cmpstr (got->str, ==, cases[i].outcome);
      remove_package (path);
    }
}

/* A relationship out of the package, or to a part that is not there: the
 * sheet is missing, said so, and nothing else complains. */
static void
test_bad_relationships (void)
{
  const char *rels[] = {
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"http://example.com/sheet.xml\" TargetMode=\"External\"/></Relationships>",
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"nowhere/at/all.xml\"/></Relationships>",
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"../../../../etc/passwd\"/></Relationships>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (rels); i++)
    {
      PartText parts[] = {
        { "[Content_Types].xml", content_types }, { "_rels/.rels", root_rels },
        { "xl/workbook.xml", workbook }, { "xl/_rels/workbook.xml.rels", rels[i] },
      };
      g_autofree char *path = write_package (parts, G_N_ELEMENTS (parts));
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(KbXlsx) xlsx = kb_xlsx_open (file, NULL, &error);
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (double));
      Rows rows = { lines, numbers };

      g_assert_no_error (error);
      g_assert_false (kb_xlsx_read_sheet (xlsx, 0, on_row, &rows, &error));
      g_assert_cmpstr (error->message, ==, "test.xlsx: sheet “Tabell 4” is missing from the package");
      remove_package (path);
    }
}

/* More shared strings than any table has: refused, not held in memory. */
static void
test_too_many_strings (void)
{
  PartText parts[] = {
    { "[Content_Types].xml", content_types }, { "_rels/.rels", root_rels },
    { "xl/workbook.xml", workbook }, { "xl/_rels/workbook.xml.rels", workbook_rels },
    { "xl/sharedStrings.xml", "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" },
    { "xl/worksheets/sheet1.xml", SHEET_HEAD SHEET_TAIL },
  };
  g_autoptr(GString) strings = g_string_new ("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  KbXlsx *xlsx;

  for (guint i = 0; i < 2000001; i++)
    g_string_append (strings, "<si/>");
  g_string_append (strings, "</sst>");
  parts[4].text = strings->str;
  path = write_package (parts, G_N_ELEMENTS (parts));
  file = g_file_new_for_path (path);
  xlsx = kb_xlsx_open (file, NULL, &error);
  g_assert_null (xlsx);
  g_assert_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_TOO_LARGE);
  remove_package (path);
}

/* The fleet's table with its codes and numbers stored as text, as a
 * re-saved copy has them: read as the published one. */
static void
test_text_codes_and_numbers (void)
{
  const char *sheet = SHEET_HEAD
    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Tabell 4. Personbilar i trafik efter kommun och drivmedel. År 2025.</t></is></c></row>"
    "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>Kommun-</t></is></c><c r=\"B4\" t=\"inlineStr\"><is><t>Kommun</t></is></c>"
    "<c r=\"C4\" t=\"inlineStr\"><is><t>Bensin</t></is></c><c r=\"D4\" t=\"inlineStr\"><is><t>Diesel</t></is></c>"
    "<c r=\"E4\" t=\"inlineStr\"><is><t>El</t></is></c><c r=\"F4\" t=\"inlineStr\"><is><t>Elhybrider1)</t></is></c>"
    "<c r=\"G4\" t=\"inlineStr\"><is><t>Laddhybrider</t></is></c><c r=\"H4\" t=\"inlineStr\"><is><t>Etanol</t></is></c>"
    "<c r=\"I4\" t=\"inlineStr\"><is><t>Gas</t></is></c><c r=\"J4\" t=\"inlineStr\"><is><t>Övriga</t></is></c>"
    "<c r=\"K4\" t=\"inlineStr\"><is><t>Totalt</t></is></c></row>"
    "<row r=\"8\"><c r=\"A8\" t=\"inlineStr\"><is><t>0580</t></is></c><c r=\"B8\" t=\"inlineStr\"><is><t>Linköping</t></is></c>"
    "<c r=\"C8\" t=\"inlineStr\"><is><t>32001</t></is></c><c r=\"D8\"><v>19910</v></c><c r=\"E8\" t=\"inlineStr\"><is><t>5 892</t></is></c>"
    "<c r=\"F8\"><v>3555</v></c><c r=\"G8\"><v>5887</v></c><c r=\"H8\"><v>2349</v></c><c r=\"I8\" t=\"inlineStr\"><is><t>..</t></is></c>"
    "<c r=\"J8\" t=\"inlineStr\"><is><t>–</t></is></c><c r=\"K8\"><v>70268</v></c></row>"
    SHEET_TAIL;
  g_autofree char *path = package_with_sheet (sheet, 1);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) dataset = kb_import_file (file, NULL, &error);
  g_autoptr(GPtrArray) fuels = NULL;
  double v;

  g_assert_no_error (error);
  fuels = kb_dataset_get_sectors (dataset, "0580", KB_INDICATOR_CARS, 0);
  g_assert_cmpuint (fuels->len, ==, 8);
  for (guint i = 0; i < fuels->len; i++)
    {
      KbSeries *fuel = g_ptr_array_index (fuels, i);
      const char *name = kb_series_get_sector (fuel);

      if (g_str_equal (name, "El"))
        g_assert_true (kb_series_get_value (fuel, 2025, &v) && v == 5892);
      else if (g_str_equal (name, "Bensin"))
        g_assert_true (kb_series_get_value (fuel, 2025, &v) && v == 32001);
      else if (g_str_equal (name, "Gas"))
        /* ".." is not available: missing, never 0. */
        g_assert_false (kb_series_get_value (fuel, 2025, &v));
      else if (g_str_equal (name, "Övriga"))
        g_assert_true (kb_series_get_value (fuel, 2025, &v) && v == 0);
    }
  remove_package (path);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  gsf_init ();
  g_test_add_func ("/xlsx/cars", test_cars);
  g_test_add_func ("/xlsx/cycle-network", test_cycle_network);
  g_test_add_func ("/xlsx/population", test_population);
  g_test_add_func ("/xlsx/column-names", test_column_names);
  g_test_add_func ("/xlsx/traps", test_traps);
  g_test_add_func ("/xlsx/million-empty-rows", test_million_empty_rows);
  g_test_add_func ("/xlsx/zip-bomb", test_zip_bomb);
  g_test_add_func ("/xlsx/not-a-workbook", test_not_a_workbook);
  g_test_add_func ("/xlsx/bad-cells", test_bad_cells);
  g_test_add_func ("/xlsx/hostile", test_hostile);
  g_test_add_func ("/xlsx/bad-relationships", test_bad_relationships);
  g_test_add_func ("/xlsx/too-many-strings", test_too_many_strings);
  g_test_add_func ("/xlsx/text-codes-and-numbers", test_text_codes_and_numbers);
  return g_test_run ();
}
