/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-rows"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kb-csv.h"
#include "kb-rows.h"

/* A sheet has no delimiter; numbers it stores as text are read as a text
 * file of tabs would read them (a comma may be a decimal comma). */
#define SHEET_DELIMITER '\t'

struct _KbRows
{
  KbTextSource *source;   /* one of the two, not owned */
  char          delimiter;
  KbXlsx       *xlsx;
  guint         sheet;
  char         *name;     /* "fil.csv", or "fil.xlsx:Blad1" */
  guint         width;    /* the header's, once a reader found it; 0 before */
  guint         overflow; /* the current row's first value past @width, or 0 */
  /* while reading */
  KbRowFunc     func;
  gpointer      user_data;
  GPtrArray    *fields;
  GArray       *numbers;
};

KbRows *
kb_rows_new_for_text (KbTextSource *source,
                      char          delimiter)
{
  KbRows *rows;

  g_return_val_if_fail (source != NULL, NULL);

  rows = g_new0 (KbRows, 1);
  rows->source = source;
  rows->delimiter = delimiter;
  rows->name = g_strdup (kb_text_source_get_name (source));
  return rows;
}

KbRows *
kb_rows_new_for_sheet (KbXlsx *xlsx,
                       guint   sheet)
{
  KbRows *rows;

  g_return_val_if_fail (xlsx != NULL && sheet < kb_xlsx_get_n_sheets (xlsx), NULL);

  rows = g_new0 (KbRows, 1);
  rows->xlsx = xlsx;
  rows->sheet = sheet;
  rows->delimiter = SHEET_DELIMITER;
  rows->name = g_strdup_printf ("%s:%s", kb_xlsx_get_name (xlsx), kb_xlsx_get_sheet_name (xlsx, sheet));
  return rows;
}

void
kb_rows_free (KbRows *rows)
{
  if (rows == NULL)
    return;
  g_free (rows->name);
  g_free (rows);
}

gboolean
kb_rows_is_sheet (KbRows *rows)
{
  return rows->xlsx != NULL;
}

const char *
kb_rows_get_name (KbRows *rows)
{
  return rows->name;
}

char
kb_rows_get_delimiter (KbRows *rows)
{
  return rows->delimiter;
}

/* A text file's number form, from its first lines; a sheet's is decided
 * by the first number it stores as text that shows it. */
KbNumberForm
kb_rows_sniff_number_form (KbRows *rows)
{
  if (rows->source == NULL)
    return KB_NUMBER_FORM_UNKNOWN;
  return kb_number_form_sniff (kb_text_source_get_head (rows->source), rows->delimiter);
}

/* The header's number of fields: a sheet's rows are given as many (a
 * sheet stores no empty cells at a row's end, and may store empty ones
 * beyond the table). */
void
kb_rows_set_width (KbRows *rows,
                   guint   width)
{
  rows->width = width;
}

static gboolean
on_text_row (const char * const *fields,
             guint               n_fields,
             guint               line,
             gpointer            user_data,
             GError            **error)
{
  KbRows *rows = user_data;
  KbRow row = { fields, NULL, n_fields, line };

  return rows->func (&row, rows->user_data, error);
}

static gboolean
on_sheet_row (const KbXlsxCell  *cells,
              guint              n_cells,
              guint              line,
              gpointer           user_data,
              GError           **error)
{
  KbRows *rows = user_data;
  guint n = n_cells;
  KbRow row;

  while (n > 0 && cells[n - 1].kind == KB_XLSX_EMPTY)
    n--;
  if (n == 0)
    return TRUE;

  g_ptr_array_set_size (rows->fields, 0);
  g_array_set_size (rows->numbers, 0);
  rows->overflow = 0;
  for (guint i = rows->width; rows->width > 0 && i < n && rows->overflow == 0; i++)
    if (cells[i].kind != KB_XLSX_EMPTY)
      rows->overflow = i + 1;
  for (guint i = 0; i < MAX (n, rows->width); i++)
    {
      const KbXlsxCell *cell = i < n ? &cells[i] : NULL;
      /* A date is text ("2025-12-31"), never the day number under it. */
      double number = cell != NULL && cell->kind == KB_XLSX_NUMBER ? cell->number : NAN;

      g_ptr_array_add (rows->fields, (gpointer)(cell != NULL ? cell->text : ""));
      g_array_append_val (rows->numbers, number);
    }
  g_ptr_array_add (rows->fields, NULL);

  row = (KbRow) { (const char * const *)rows->fields->pdata, (const double *)(void *)rows->numbers->data,
                  rows->numbers->len, line };
  return rows->func (&row, rows->user_data, error);
}

/* Calls @func on each row that holds anything, in order. */
gboolean
kb_rows_read (KbRows    *rows,
              KbRowFunc  func,
              gpointer   user_data,
              GError   **error)
{
  gboolean ok;

  g_return_val_if_fail (rows != NULL && func != NULL, FALSE);

  rows->func = func;
  rows->user_data = user_data;
  if (rows->source != NULL)
    return kb_csv_parse (rows->source, rows->delimiter, on_text_row, rows, error);

  rows->fields = g_ptr_array_new ();
  rows->numbers = g_array_new (FALSE, FALSE, sizeof (double));
  ok = kb_xlsx_read_sheet (rows->xlsx, rows->sheet, on_sheet_row, rows, error);
  g_clear_pointer (&rows->fields, g_ptr_array_unref);
  g_clear_pointer (&rows->numbers, g_array_unref);
  return ok;
}

/* An import error at a place of @rows: "FILE:LINE:COLUMN: …" for a text
 * file, "FILE:SHEET:ROW:LETTERS: …" for a sheet (as the sheet names its
 * columns). */
void
kb_rows_error (KbRows        *rows,
               GError       **error,
               KbImportError  code,
               guint          line,
               guint          column,
               const char    *format,
               ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (rows->xlsx == NULL)
    {
      kb_import_error_set (error, code, rows->name, line, column, "%s", message);
      return;
    }
  {
    g_autofree char *letters = kb_xlsx_column_name (column > 0 ? column - 1 : 0);

    g_set_error (error, KB_IMPORT_ERROR, code, "%s:%u:%s: %s", rows->name, line, letters, message);
  }
}

gboolean
kb_rows_check_field_count (KbRows  *rows,
                           GError **error,
                           guint    line,
                           guint    n_fields,
                           guint    n_header_fields)
{
  if (n_fields == n_header_fields)
    return TRUE;
  /* In a sheet, the cell that stands outside the table. */
  kb_rows_error (rows, error, KB_IMPORT_ERROR_SYNTAX, line,
                 rows->xlsx != NULL && rows->overflow > 0 ? rows->overflow : MIN (n_fields, n_header_fields) + 1,
                 rows->xlsx != NULL ? _("a value outside the table: the header has %u columns, this row %u")
                                    : _("expected %u fields as in the header, found %u"),
                 n_header_fields, n_fields);
  return FALSE;
}

/* A text file cut short; a sheet is whole or not read at all. */
gboolean
kb_rows_check_complete (KbRows  *rows,
                        guint    last_data_line,
                        guint    last_line,
                        GError **error)
{
  return rows->source == NULL || kb_import_check_complete (rows->source, last_data_line, last_line, error);
}

/* Field @field of @row as a number: the one a workbook stored, exactly,
 * else its text read in the file's form. */
KbNumberKind
kb_row_parse_number (const KbRow   *row,
                     guint          field,
                     KbNumberForm  *form,
                     char           delimiter,
                     double        *value,
                     const char   **problem)
{
  g_return_val_if_fail (field < row->n_fields, KB_NUMBER_INVALID);

  if (row->numbers != NULL && !isnan (row->numbers[field]))
    {
      *value = row->numbers[field];
      if (problem != NULL)
        *problem = NULL;
      if (kb_number_is_beyond_any_figure (*value))
        {
          if (problem != NULL)
            *problem = kb_number_beyond_any_figure_problem ();
          return KB_NUMBER_INVALID;
        }
      return KB_NUMBER_VALUE;
    }
  return kb_number_parse_in_form (row->fields[field], form, delimiter, value, problem);
}
