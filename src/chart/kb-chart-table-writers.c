/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-chart-table"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>
#include <xlsxwriter.h>

#include "import/kb-csv.h"
#include "kb-chart-table.h"

/* A chart's numbers as files a spreadsheet opens as they are: CSV the way
 * Swedish Excel reads it (UTF-8 with a byte-order mark, ";", decimal
 * comma), and XLSX with numbers stored as numbers and a second sheet
 * naming the source, the release, the unit and the notes. */

/* Quoted only where it must be: a ";" or a quote or a line end. */
static void
append_field (GString    *out,
              const char *text)
{
  kb_csv_append_cell (out, text, ';');
}

/* A number as Swedish Excel reads it: decimal comma, no grouping, every
 * digit the source gave (twelve significant digits hold the database's
 * cents of a national total, and drop the binary noise of a difference). */
static void
append_number (GString *out,
               double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char *point;

  if (isnan (value))
    {
      g_string_append (out, "..");
      return;
    }
  g_ascii_formatd (buf, sizeof buf, "%.12g", value);
  if ((point = strchr (buf, '.')) != NULL)
    *point = ',';
  g_string_append (out, buf);
}

GBytes *
kb_chart_table_to_csv (KbChartTable *table)
{
  GString *out = g_string_new ("\xEF\xBB\xBF");
  guint n_columns = kb_chart_table_get_n_columns (table);

  for (guint c = 0; c < n_columns; c++)
    {
      if (c > 0)
        g_string_append_c (out, ';');
      append_field (out, kb_chart_table_get_header (table, c));
    }
  g_string_append (out, "\r\n");
  for (guint r = 0; r < kb_chart_table_get_n_rows (table); r++)
    {
      for (guint c = 0; c < n_columns; c++)
        {
          double number;
          const char *text = kb_chart_table_get_text (table, r, c);

          if (c > 0)
            g_string_append_c (out, ';');
          if (text != NULL)
            append_field (out, text);
          else if (kb_chart_table_get_number (table, r, c, &number))
            append_number (out, number);
        }
      g_string_append (out, "\r\n");
    }
  return g_string_free_to_bytes (out);
}

static gboolean
xlsx_failed (lxw_error    status,
             const char  *path,
             GError     **error)
{
  if (status == LXW_NO_ERROR)
    return FALSE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("%s: could not write the workbook: %s"), path,
               lxw_strerror (status));
  return TRUE;
}

/* Written beside @path and moved into place: a failed write leaves any
 * file already there as it was. */
gboolean
kb_chart_table_write_xlsx (KbChartTable *table,
                           const char   *path,
                           GError      **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *partial_name = g_strdup_printf (".%s.partial", name);
  g_autofree char *partial = g_build_filename (dir, partial_name, NULL);
  g_autoptr(GFile) from = g_file_new_for_path (partial);
  g_autoptr(GFile) to = g_file_new_for_path (path);
  lxw_workbook *workbook = workbook_new (partial);
  lxw_worksheet *data, *about;
  lxw_format *bold;
  GPtrArray *notes = kb_chart_table_get_notes (table);
  lxw_error status;

  if (workbook == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("%s: could not write the workbook"), path);
      return FALSE;
    }
  /* Translators: the names of the exported workbook's two sheets */
  data = workbook_add_worksheet (workbook, _("Numbers"));
  about = workbook_add_worksheet (workbook, _("Source"));
  bold = workbook_add_format (workbook);
  format_set_bold (bold);

  for (guint c = 0; c < kb_chart_table_get_n_columns (table); c++)
    worksheet_write_string (data, 0, (lxw_col_t)c, kb_chart_table_get_header (table, c), bold);
  for (guint r = 0; r < kb_chart_table_get_n_rows (table); r++)
    for (guint c = 0; c < kb_chart_table_get_n_columns (table); c++)
      {
        const char *text = kb_chart_table_get_text (table, r, c);
        double number;

        if (text != NULL)
          worksheet_write_string (data, (lxw_row_t)r + 1, (lxw_col_t)c, text, NULL);
        else if (kb_chart_table_get_number (table, r, c, &number))
          {
            if (isnan (number))
              worksheet_write_string (data, (lxw_row_t)r + 1, (lxw_col_t)c, "..", NULL);
            else
              worksheet_write_number (data, (lxw_row_t)r + 1, (lxw_col_t)c, number, NULL);
          }
      }
  worksheet_set_column (data, 0, (lxw_col_t)MAX (kb_chart_table_get_n_columns (table), 1) - 1, 18, NULL);
  for (guint i = 0; i < notes->len; i++)
    worksheet_write_string (about, (lxw_row_t)i, 0, g_ptr_array_index (notes, i), i == 0 ? bold : NULL);
  worksheet_set_column (about, 0, 0, 100, NULL);

  status = workbook_close (workbook);
  if (xlsx_failed (status, path, error))
    {
      g_file_delete (from, NULL, NULL);
      return FALSE;
    }
  if (!g_file_move (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    {
      g_file_delete (from, NULL, NULL);
      g_prefix_error (error, "%s: ", path);
      return FALSE;
    }
  return TRUE;
}
