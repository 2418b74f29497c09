/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-workbook"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kb-agency-reader.h"
#include "kb-import.h"
#include "kb-long-reader.h"
#include "kb-measures-reader.h"
#include "kb-rows.h"
#include "kb-wide-reader.h"
#include "kb-workbook.h"

/* A workbook's sheets, each read by the reader of what it holds: the
 * agencies' tables (cars, cycle network, population) by the agency
 * reader; a table of years as columns (the emissions database's
 * download, SCB's PxWeb tables) by the wide reader; one observation a
 * row (the app's long files, travel surveys) by the long reader. A sheet
 * is known by its header, found within its first rows. */

#define SNIFF_ROWS 20

typedef enum {
  SHEET_NONE,
  SHEET_AGENCY,
  SHEET_WIDE,
  SHEET_LONG,
  SHEET_PLAN,   /* a plan of measures: not data, opened on Åtgärder */
} SheetKind;

static gboolean
is_named_workbook (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name ? name : "", -1);

  return g_str_has_suffix (lower, ".xlsx") || g_str_has_suffix (lower, ".xlsm");
}

/* Office's older binary format (compound file): an .xls, or any
 * workbook protected by a password. */
static gboolean
is_compound_file (const guint8 *head,
                  gsize         length)
{
  return length >= 8 && memcmp (head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0;
}

static void
set_compound_error (GError    **error,
                    const char *name)
{
  g_set_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_ENCODING,
               _("%s: an older Excel workbook (.xls) or one protected by a password: save it "
                 "in Excel as “Excel Workbook (.xlsx)” or as CSV, without a password"), name ? name : "");
}

/* Whether @file starts as a zip package does, as workbooks do (a regular
 * file only: anything else is left to the text reader to refuse); an
 * older Excel file says what to do with it. */
static gboolean
starts_as_workbook (GFile        *file,
                    GCancellable *cancellable,
                    GError      **error)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  g_autoptr(GFileInputStream) stream = NULL;
  guint8 head[8];
  gsize n = 0;

  if (info == NULL || g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR ||
      g_file_info_get_size (info) > KB_IMPORT_MAX_BYTES)
    return FALSE;
  stream = g_file_read (file, cancellable, NULL);
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), head, sizeof head, &n, cancellable, NULL))
    return FALSE;
  if (is_compound_file (head, n))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      set_compound_error (error, name);
      return FALSE;
    }
  return kb_xlsx_looks_like (head, n);
}

/* A zip that is no workbook, under another name than .xlsx, is left to
 * the text reader, which says what it is not. */
static KbXlsx *
opened_or_not (KbXlsx     *xlsx,
               GError     *open_error,
               const char *name,
               GError    **error)
{
  if (xlsx == NULL && is_named_workbook (name))
    g_propagate_error (error, open_error);
  else
    g_clear_error (&open_error);
  return xlsx;
}

KbXlsx *
kb_workbook_try_open (GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autofree char *name = NULL;
  GError *open_error = NULL;
  KbXlsx *xlsx;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!starts_as_workbook (file, cancellable, error))
    return NULL;
  name = g_file_get_parse_name (file);
  xlsx = kb_xlsx_open (file, cancellable, &open_error);
  return opened_or_not (xlsx, open_error, name, error);
}

KbXlsx *
kb_workbook_try_open_bytes (GBytes      *bytes,
                            const char  *name,
                            GError     **error)
{
  GError *open_error = NULL;
  KbXlsx *xlsx;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (is_compound_file (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes)))
    {
      set_compound_error (error, name);
      return NULL;
    }
  if (!kb_xlsx_looks_like (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes)))
    return NULL;
  xlsx = kb_xlsx_open_bytes (bytes, name, &open_error);
  return opened_or_not (xlsx, open_error, name, error);
}

typedef struct
{
  SheetKind kind;
  guint     rows;
} Sniff;

static gboolean
on_sniff_row (const KbRow *row,
              gpointer     user_data,
              GError     **error)
{
  Sniff *sniff = user_data;

  if (kb_wide_reader_is_year_header (row->fields, row->n_fields))
    sniff->kind = SHEET_WIDE;
  else if (kb_long_reader_is_header (row->fields, row->n_fields))
    sniff->kind = SHEET_LONG;
  else if (kb_measures_reader_is_header (row->fields, row->n_fields))
    sniff->kind = SHEET_PLAN;
  if (sniff->kind != SHEET_NONE || ++sniff->rows >= SNIFF_ROWS)
    {
      /* Enough seen: stop reading (not an error of the sheet's). */
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "seen");
      return FALSE;
    }
  return TRUE;
}

/* What sheet @index holds; in @agency_table which of the agencies'. */
static SheetKind
sniff_sheet (KbXlsx  *xlsx,
             guint    index,
             int     *agency_table,
             GError **error)
{
  g_autoptr(KbRows) rows = NULL;
  g_autoptr(GError) local_error = NULL;
  Sniff sniff = { SHEET_NONE };

  *agency_table = kb_agency_reader_sniff (xlsx, index, error);
  if (*agency_table != 0)
    return SHEET_AGENCY;
  if (error != NULL && *error != NULL)
    return SHEET_NONE;
  rows = kb_rows_new_for_sheet (xlsx, index);
  if (!kb_rows_read (rows, on_sniff_row, &sniff, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    g_propagate_error (error, g_steal_pointer (&local_error));
  return sniff.kind;
}

static KbDataset *
read_sheet (KbXlsx    *xlsx,
            guint      index,
            SheetKind  kind,
            int        agency_table,
            GError   **error)
{
  g_autoptr(KbRows) rows = kb_rows_new_for_sheet (xlsx, index);

  switch (kind)
    {
    case SHEET_AGENCY:
      return kb_agency_reader_read (xlsx, index, agency_table, error);
    case SHEET_WIDE:
      return kb_wide_reader_read (rows, error);
    case SHEET_LONG:
      return kb_long_reader_read (rows, error);
    case SHEET_NONE:
    case SHEET_PLAN:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Every table of @xlsx that Klimatbild reads, as one dataset; an error
 * where it holds none, or where one cannot be read. */
KbDataset *
kb_workbook_read (KbXlsx  *xlsx,
                  GError **error)
{
  g_autoptr(KbDataset) dataset = kb_dataset_new ();
  g_autoptr(GError) unreadable = NULL;
  guint n_tables = 0;
  gboolean plan = FALSE;

  g_return_val_if_fail (xlsx != NULL, NULL);

  for (guint i = 0; i < kb_xlsx_get_n_sheets (xlsx); i++)
    {
      g_autoptr(GError) sheet_error = NULL;
      g_autoptr(KbDataset) part = NULL;
      int agency_table;
      SheetKind kind = sniff_sheet (xlsx, i, &agency_table, &sheet_error);

      /* Cancelled: nothing more. A sheet that cannot be read is passed
       * over, and said if no other is a table. */
      if (g_error_matches (sheet_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&sheet_error));
          return NULL;
        }
      if (sheet_error != NULL && unreadable == NULL)
        unreadable = g_steal_pointer (&sheet_error);
      plan |= kind == SHEET_PLAN;
      if (kind == SHEET_NONE || kind == SHEET_PLAN)
        continue;
      part = read_sheet (xlsx, i, kind, agency_table, error);
      if (part == NULL || !kb_dataset_merge (dataset, part, error))
        return NULL;
      n_tables++;
    }
  if (n_tables == 0 && unreadable != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&unreadable));
      return NULL;
    }
  if (n_tables == 0 && plan)
    {
      g_set_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_HEADER,
                   _("%s holds a plan of measures: open it on Åtgärder, with “Open Measures…”"),
                   kb_xlsx_get_name (xlsx));
      return NULL;
    }
  if (n_tables == 0 || g_list_model_get_n_items (G_LIST_MODEL (dataset)) == 0)
    {
      g_set_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_HEADER,
                   _("%s: no sheet of this workbook is a table Klimatbild reads (emissions, energy use or "
                     "population with years as columns or one value a row, a travel survey, cars by fuel, "
                     "the cycle network by road owner)"), kb_xlsx_get_name (xlsx));
      return NULL;
    }
  return g_steal_pointer (&dataset);
}
