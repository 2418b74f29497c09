/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-measures-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "kb-csv.h"
#include "kb-import-error.h"
#include "kb-measures-reader.h"
#include "kb-number.h"
#include "kb-rows.h"
#include "kb-workbook.h"

/* A measures file, one measure a row, columns found by their header:
 * namn;sektor;startår;fullt_år;minskning_t;status;ägare;investering_ksek;källa;
 * insatsområde;samhällsnyttor (the last six optional; other columns may
 * follow and are kept out). An empty investment is unknown, never 0. */

typedef enum {
  COL_NAME, COL_SECTOR, COL_START, COL_FULL, COL_REDUCTION,
  COL_STATUS, COL_OWNER, COL_INVESTMENT, COL_SOURCE, COL_FOCUS_AREA, COL_CO_BENEFITS, N_COLUMNS
} Column;

static const char * const column_names[N_COLUMNS] = {
  "namn", "sektor", "startar", "fulltar", "minskningt", "status", "agare", "investeringksek", "kalla",
  "insatsomrade", "samhallsnyttor",
};

/* In a sheet, the header stands within its first rows. */
#define HEADER_ROWS 20

#define HEADER "namn;sektor;startår;fullt_år;minskning_t;status;ägare;investering_ksek;källa;" \
               "insatsområde;samhällsnyttor\n"

typedef struct
{
  KbRows     *rows;
  int         index[N_COLUMNS];
  guint       n_fields;
  gboolean    have_header;
  guint       last_line;
  guint       last_data_line;
  guint       rows_before_header;
  char        delimiter;
  KbNumberForm number_form;
  GListStore *measures;
} Reader;

static const Column required[] = { COL_NAME, COL_SECTOR, COL_START, COL_FULL, COL_REDUCTION };

/* The column of each name in a header row; whether the required are there. */
static gboolean
find_columns (int                *index,
              const char * const *fields,
              guint               n_fields)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    index[c] = -1;
  for (guint f = 0; f < n_fields; f++)
    {
      g_autofree char *folded = kb_csv_fold_header (fields[f]);

      for (guint c = 0; c < N_COLUMNS; c++)
        if (index[c] < 0 && g_str_equal (folded, column_names[c]))
          index[c] = f;
    }
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    if (index[required[i]] < 0)
      return FALSE;
  return TRUE;
}

/* Whether a row is a measures file's header (a workbook's sheet of a
 * plan, opened where data is). */
gboolean
kb_measures_reader_is_header (const char * const *fields,
                              guint               n_fields)
{
  int index[N_COLUMNS];

  return find_columns (index, fields, n_fields);
}

static gboolean
read_header (Reader             *reader,
             const char * const *fields,
             guint               n_fields,
             guint               line,
             GError            **error)
{
  if (!find_columns (reader->index, fields, n_fields))
      {
        guint n_found = 0;

        for (guint i = 0; i < G_N_ELEMENTS (required); i++)
          n_found += reader->index[required[i]] >= 0;
        /* In a sheet, a title may stand above the header, within the
         * first rows; past them the sheet is no plan (not an error). A
         * header that lacks only some columns is said, where it is. */
        if (kb_rows_is_sheet (reader->rows) && n_found < 3)
          {
            if (++reader->rows_before_header < HEADER_ROWS)
              return TRUE;
            g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "no header");
            return FALSE;
          }
        kb_rows_error (reader->rows, error, KB_IMPORT_ERROR_HEADER, line, 1,
                             _("a measures file needs the columns namn, sektor, startår, "
                               "fullt_år and minskning_t"));
        return FALSE;
      }
  reader->n_fields = n_fields;
  reader->have_header = TRUE;
  kb_rows_set_width (reader->rows, n_fields);
  return TRUE;
}

static const char *
cell (Reader             *reader,
      const char * const *fields,
      Column              column)
{
  return reader->index[column] >= 0 ? fields[reader->index[column]] : "";
}

static gboolean
read_year (Reader             *reader,
           const char * const *fields,
           Column              column,
           guint               line,
           int                *year,
           GError            **error)
{
  guint64 v;

  if (!g_ascii_string_to_unsigned (cell (reader, fields, column), 10, 1900, 2100, &v, NULL))
    {
      kb_rows_error (reader->rows, error, KB_IMPORT_ERROR_VALUE, line, reader->index[column] + 1,
                           _("“%s” is not a year between %d and %d"), cell (reader, fields, column),
                           1900, 2100);
      return FALSE;
    }
  *year = (int)v;
  return TRUE;
}

/* A number in the file's own form (decimal comma or point, decided by
 * the first number that shows it), never beyond any figure. */
static gboolean
read_number (Reader      *reader,
             const KbRow *row,
             Column       column,
             double      *value,
             GError     **error)
{
  const char * const *fields = row->fields;
  guint line = row->line;
  const char *problem;

  if (kb_row_parse_number (row, reader->index[column], &reader->number_form,
                           reader->delimiter, value, &problem) == KB_NUMBER_VALUE)
    return TRUE;
  if (problem != NULL)
    kb_rows_error (reader->rows, error, KB_IMPORT_ERROR_VALUE, line, reader->index[column] + 1,
                         _("“%s”: %s"), cell (reader, fields, column), _(problem));
  else
    kb_rows_error (reader->rows, error, KB_IMPORT_ERROR_VALUE, line, reader->index[column] + 1,
                         _("“%s” is not a number"), cell (reader, fields, column));
  return FALSE;
}

static gboolean
on_row (const KbRow *row,
        gpointer     user_data,
        GError     **error)
{
  Reader *reader = user_data;
  const char * const *fields = row->fields;
  guint n_fields = row->n_fields, line = row->line;
  g_autoptr(KbMeasure) measure = NULL;
  const char *sector;
  int start, full;
  double reduction, investment = NAN;
  KbMeasureStatus status = KB_MEASURE_PLANNED;
  KbMeasureOwner owner = KB_MEASURE_OWNER_MUNICIPALITY;

  reader->last_line = line;
  if (!reader->have_header)
    return read_header (reader, fields, n_fields, line, error);
  reader->last_data_line = line;

  if (!kb_rows_check_field_count (reader->rows, error, line, n_fields, reader->n_fields))
    return FALSE;

  sector = kb_measure_find_sector (cell (reader, fields, COL_SECTOR));
  if (sector == NULL)
    {
      kb_rows_error (reader->rows, error, KB_IMPORT_ERROR_VALUE, line, reader->index[COL_SECTOR] + 1,
                           _("“%s” is not one of the inventory’s main sectors"),
                           cell (reader, fields, COL_SECTOR));
      return FALSE;
    }
  if (!read_year (reader, fields, COL_START, line, &start, error) ||
      !read_year (reader, fields, COL_FULL, line, &full, error))
    return FALSE;
  if (full < start)
    {
      kb_rows_error (reader->rows, error, KB_IMPORT_ERROR_VALUE, line, reader->index[COL_FULL] + 1,
                           _("the full effect (%d) comes before the start (%d)"), full, start);
      return FALSE;
    }
  if (!read_number (reader, row, COL_REDUCTION, &reduction, error))
    return FALSE;
  if (*cell (reader, fields, COL_STATUS) != '\0' &&
      !kb_measure_status_from_string (cell (reader, fields, COL_STATUS), &status))
    {
      kb_rows_error (reader->rows, error, KB_IMPORT_ERROR_VALUE, line, reader->index[COL_STATUS] + 1,
                           _("the status must be beslutad, planerad or idé, not “%s”"),
                           cell (reader, fields, COL_STATUS));
      return FALSE;
    }
  if (*cell (reader, fields, COL_OWNER) != '\0' &&
      !kb_measure_owner_from_string (cell (reader, fields, COL_OWNER), &owner))
    {
      kb_rows_error (reader->rows, error, KB_IMPORT_ERROR_VALUE, line, reader->index[COL_OWNER] + 1,
                           _("the owner must be kommunen, näringsliv, invånare or staten, not “%s”"),
                           cell (reader, fields, COL_OWNER));
      return FALSE;
    }
  /* The investment is optional: an empty or missing-marked cell is
   * unknown, and stays unknown (NAN), never 0. */
  if (*cell (reader, fields, COL_INVESTMENT) != '\0' &&
      kb_number_parse (cell (reader, fields, COL_INVESTMENT), &(double){ 0 }) != KB_NUMBER_MISSING &&
      !read_number (reader, row, COL_INVESTMENT, &investment, error))
    return FALSE;

  measure = kb_measure_new (cell (reader, fields, COL_NAME), sector, start, full, reduction);
  kb_measure_set_status (measure, status);
  kb_measure_set_owner (measure, owner);
  kb_measure_set_investment (measure, investment);
  kb_measure_set_source (measure, cell (reader, fields, COL_SOURCE));
  kb_measure_set_focus_area (measure, cell (reader, fields, COL_FOCUS_AREA));
  kb_measure_set_co_benefits (measure, cell (reader, fields, COL_CO_BENEFITS));
  g_list_store_append (reader->measures, measure);
  return TRUE;
}

static GListStore *
read_rows (KbRows  *rows,
           gboolean *found,
           GError  **error)
{
  Reader reader = { .rows = rows };
  g_autoptr(GListStore) measures = g_list_store_new (KB_TYPE_MEASURE);

  reader.measures = measures;
  reader.delimiter = kb_rows_get_delimiter (rows);
  reader.number_form = kb_rows_sniff_number_form (rows);
  if (!kb_rows_read (rows, on_row, &reader, error) ||
      !kb_rows_check_complete (rows, reader.last_data_line, reader.last_line, error))
    return NULL;
  *found = reader.have_header;
  return g_steal_pointer (&measures);
}

/* An empty text file is a plan without measures; one whose first bytes
 * are not text is parsed, and refused as not text. */
static GListStore *
read_source (KbTextSource  *source,
             GError       **error)
{
  g_autoptr(KbRows) rows = kb_rows_new_for_text (source, kb_csv_sniff_delimiter (kb_text_source_get_head (source)));
  gboolean found;

  return read_rows (rows, &found, error);
}

/* A workbook: the first sheet with a measures header, however many title
 * rows stand above it. */
static GListStore *
read_workbook (KbXlsx  *xlsx,
               GError **error)
{
  g_autoptr(GError) near_miss = NULL;

  for (guint i = 0; i < kb_xlsx_get_n_sheets (xlsx); i++)
    {
      g_autoptr(KbRows) rows = kb_rows_new_for_sheet (xlsx, i);
      g_autoptr(GListStore) measures = NULL;
      g_autoptr(GError) local_error = NULL;
      gboolean found = FALSE;

      measures = read_rows (rows, &found, &local_error);
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        continue;
      /* A header that lacks a column: said if no other sheet is a plan. */
      if (!found && g_error_matches (local_error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_HEADER))
        {
          if (near_miss == NULL)
            near_miss = g_steal_pointer (&local_error);
          continue;
        }
      if (measures == NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (found)
        return g_steal_pointer (&measures);
    }
  if (near_miss != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&near_miss));
      return NULL;
    }
  g_set_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_HEADER,
               _("%s: no sheet has the columns of a measures file (namn, sektor, startår, fullt_år "
                 "and minskning_t) within its first 20 rows"), kb_xlsx_get_name (xlsx));
  return NULL;
}

/* A plan from what kb_workbook_try_open*() gave: the workbook's, or
 * why it could not be opened; *@done FALSE where it is no workbook. */
static GListStore *
read_if_workbook (KbXlsx    *xlsx,
                  GError    *open_error,
                  gboolean  *done,
                  GError   **error)
{
  *done = xlsx != NULL || open_error != NULL;
  if (xlsx != NULL)
    return read_workbook (xlsx, error);
  if (open_error != NULL)
    g_propagate_error (error, open_error);
  return NULL;
}

GListStore *
kb_measures_read_file (GFile   *file,
                       GError **error)
{
  GError *open_error = NULL;
  g_autoptr(KbXlsx) xlsx = kb_workbook_try_open (file, NULL, &open_error);
  g_autoptr(KbTextSource) source = NULL;
  gboolean done;
  GListStore *read = read_if_workbook (xlsx, open_error, &done, error);

  if (done)
    return read;
  source = kb_text_source_new_for_file (file, NULL, error);
  return source ? read_source (source, error) : NULL;
}

GListStore *
kb_measures_read_bytes (GBytes      *bytes,
                        const char  *name,
                        GError     **error)
{
  GError *open_error = NULL;
  g_autoptr(KbXlsx) xlsx = kb_workbook_try_open_bytes (bytes, name, &open_error);
  g_autoptr(KbTextSource) source = NULL;
  gboolean done;
  GListStore *read = read_if_workbook (xlsx, open_error, &done, error);

  if (done)
    return read;
  source = kb_text_source_new_for_bytes (bytes, name, error);
  return source ? read_source (source, error) : NULL;
}

/* The measures in the same layout they are read in. */
GBytes *
kb_measures_to_bytes (GListModel *measures)
{
  GString *out = g_string_new (HEADER);

  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(KbMeasure) m = g_list_model_get_item (measures, i);
      char number[G_ASCII_DTOSTR_BUF_SIZE];

      kb_csv_append_cell (out, kb_measure_get_name (m) ?: "", ';');
      g_string_append_c (out, ';');
      kb_csv_append_cell (out, kb_measure_get_sector (m) ?: "", ';');
      g_string_append_printf (out, ";%d;%d;", kb_measure_get_start_year (m), kb_measure_get_full_year (m));
      g_string_append (out, g_ascii_formatd (number, sizeof number, "%.15g", kb_measure_get_reduction (m)));
      g_string_append_printf (out, ";%s;%s;", kb_measure_status_to_string (kb_measure_get_status (m)),
                              kb_measure_owner_to_string (kb_measure_get_owner (m)));
      /* Unknown is written as unknown: an empty cell. */
      if (kb_measure_has_investment (m))
        g_string_append (out, g_ascii_formatd (number, sizeof number, "%.15g", kb_measure_get_investment (m)));
      g_string_append_c (out, ';');
      kb_csv_append_cell (out, kb_measure_get_source (m) ?: "", ';');
      g_string_append_c (out, ';');
      kb_csv_append_cell (out, kb_measure_get_focus_area (m) ?: "", ';');
      g_string_append_c (out, ';');
      kb_csv_append_cell (out, kb_measure_get_co_benefits (m) ?: "", ';');
      g_string_append_c (out, '\n');
    }
  return g_string_free_to_bytes (out);
}

/* Written beside @path and renamed over it: a failed write leaves the
 * old file as it was. */
gboolean
kb_measures_write (GListModel  *measures,
                   const char  *path,
                   GError     **error)
{
  g_autoptr(GBytes) bytes = kb_measures_to_bytes (measures);
  g_autofree char *lower = g_ascii_strdown (path, -1);

  /* A plan is saved as text: never as text under a workbook's name (a
   * workbook opened for its plan is not written over with CSV). */
  if (g_str_has_suffix (lower, ".xlsx") || g_str_has_suffix (lower, ".xlsm"))
    {
      g_autofree char *name = g_filename_display_basename (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                   _("%s: Klimatbild saves a plan as CSV (a name ending in .csv), which Excel opens too"), name);
      return FALSE;
    }
  return g_file_set_contents (path, g_bytes_get_data (bytes, NULL), (gssize)g_bytes_get_size (bytes), error);
}
