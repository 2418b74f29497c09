/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "kb-xlsx-private.h"

/* A sheet's cells, streamed row by row to the caller: shared strings,
 * numbers in their shortest exact text, dates as "YYYY-MM-DD"; a cell
 * names its place in every error ("fil.xlsx:Tabell 4:12:E: …"). */

/* Column and row of a reference such as "E12"; FALSE where it is none. */
static gboolean
parse_reference (const char *reference,
                 guint      *column,
                 guint      *row)
{
  guint64 c = 0, r = 0;
  const char *p = reference;

  for (; g_ascii_isupper (*p); p++)
    if ((c = c * 26 + (guint64)(*p - 'A' + 1)) > 16384)
      return FALSE;
  if (c == 0 || !g_ascii_isdigit (*p))
    return FALSE;
  for (; g_ascii_isdigit (*p); p++)
    if ((r = r * 10 + (guint64)(*p - '0')) > MAX_ROWS)
      return FALSE;
  if (*p != '\0' || r == 0)
    return FALSE;
  *column = (guint)c - 1;
  *row = (guint)r;
  return TRUE;
}

/* The shortest text that reads back as @value. */
static char *
number_text (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  for (int digits = 15; digits <= 17; digits++)
    {
      g_ascii_formatd (buffer, sizeof buffer, digits == 15 ? "%.15g" : digits == 16 ? "%.16g" : "%.17g", value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  return g_strdup (buffer);
}

/* A serial day number as "YYYY-MM-DD". In the 1900 system day 1 is
 * 1900-01-01 and day 60 Excel's phantom 29 February 1900; in the 1904
 * system day 0 is 1904-01-01. */
static char *
date_text (double   serial,
           gboolean date1904)
{
  g_autoptr(GDate) date = NULL;
  double day = floor (serial);

  if (!isfinite (serial) || day < 0 || day > 2958465)
    return number_text (serial);
  if (!date1904 && day == 60)
    return g_strdup ("1900-02-29");   /* Excel's, not the calendar's */
  if (date1904)
    date = g_date_new_dmy (1, G_DATE_JANUARY, 1904);
  else if (day >= 61)
    date = g_date_new_dmy (30, G_DATE_DECEMBER, 1899);
  else
    date = g_date_new_dmy (31, G_DATE_DECEMBER, 1899);
  g_date_add_days (date, (guint)day);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* One sheet's cells, row by row, as they stream past. */
typedef struct
{
  KbXlsx        *self;
  const char    *sheet;
  KbXlsxRowFunc  func;
  gpointer       user_data;
  GArray        *cells;       /* KbXlsxCell, the row so far */
  GPtrArray     *texts;       /* the row's texts, owned */
  guint          row;
  guint          next_column;
  /* the cell being read */
  guint          column;
  char          *type;
  int            style;
  GString       *value;
  gboolean       in_value;
  gboolean       in_inline;
} SheetReader;

static gboolean
cell_fail (SheetReader *r,
           GError     **error,
           const char  *format,
           ...) G_GNUC_PRINTF (3, 4);

static gboolean
cell_fail (SheetReader *r,
           GError     **error,
           const char  *format,
           ...)
{
  va_list args;
  g_autofree char *message = NULL, *column = kb_xlsx_column_name (r->column);

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_VALUE, "%s:%s:%u:%s: %s", r->self->name, r->sheet, r->row,
               column, message);
  return FALSE;
}

static const char *
keep (SheetReader *r,
      char        *text)
{
  g_ptr_array_add (r->texts, text);
  return text;
}

/* The cell just read, put in its column. */
static gboolean
finish_cell (SheetReader *r,
             GError     **error)
{
  const char *type = r->type != NULL ? r->type : "n";
  const char *raw = r->value->str;
  KbXlsxCell cell = { KB_XLSX_EMPTY, "", NAN };

  if (r->column >= MAX_COLUMNS)
    {
      if (r->value->len == 0)
        return TRUE;   /* an empty cell far out is nothing */
      return cell_fail (r, error, _("a row has more than %d columns"), MAX_COLUMNS);
    }
  if (g_str_equal (type, "s"))
    {
      guint64 index;

      if (!g_ascii_string_to_unsigned (raw, 10, 0, G_MAXUINT, &index, NULL) || index >= r->self->strings->len)
        return cell_fail (r, error, _("refers to shared string “%s”, which the workbook does not have"), raw);
      cell = (KbXlsxCell) { KB_XLSX_TEXT, g_ptr_array_index (r->self->strings, index), NAN };
    }
  else if (g_str_equal (type, "inlineStr") || g_str_equal (type, "str"))
    cell = (KbXlsxCell) { KB_XLSX_TEXT, keep (r, g_strdup (raw)), NAN };
  else if (g_str_equal (type, "b"))
    cell = (KbXlsxCell) { KB_XLSX_BOOLEAN, g_str_equal (raw, "1") ? "TRUE" : "FALSE", NAN };
  else if (g_str_equal (type, "e"))
    cell = (KbXlsxCell) { KB_XLSX_ERROR, keep (r, g_strdup (raw)), NAN };
  else if (g_str_equal (type, "d"))
    {
      /* An ISO date "YYYY-MM-DD…", and nothing cut inside a character. */
      for (int i = 0; i < 10; i++)
        if (!(i == 4 || i == 7 ? raw[i] == '-' : g_ascii_isdigit (raw[i])))
          return cell_fail (r, error, _("“%s” is marked as a date but is none"), raw);
      cell = (KbXlsxCell) { KB_XLSX_DATE, keep (r, g_strndup (raw, 10)), NAN };
    }
  else if (r->value->len > 0)
    {
      char *end;
      double number = g_ascii_strtod (raw, &end);

      if (end == raw || *end != '\0' || !isfinite (number))
        return cell_fail (r, error, _("“%s” is stored as a number but is none"), raw);
      if (r->style >= 0 && (guint)r->style < r->self->date_styles->len &&
          g_array_index (r->self->date_styles, gboolean, r->style))
        cell = (KbXlsxCell) { KB_XLSX_DATE, keep (r, date_text (number, r->self->date1904)), number };
      else
        cell = (KbXlsxCell) { KB_XLSX_NUMBER, keep (r, number_text (number)), number };
    }
  if (cell.kind == KB_XLSX_EMPTY)
    return TRUE;

  /* Columns in between are empty. */
  while (r->cells->len < r->column)
    g_array_append_val (r->cells, ((KbXlsxCell) { KB_XLSX_EMPTY, "", NAN }));
  if (r->column < r->cells->len)
    g_array_index (r->cells, KbXlsxCell, r->column) = cell;
  else
    g_array_append_val (r->cells, cell);
  return TRUE;
}

static gboolean
finish_row (SheetReader *r,
            GError     **error)
{
  gboolean ok = TRUE;

  /* Rows of nothing (a million of them, even) are passed over. */
  if (r->cells->len > 0)
    ok = r->func ((const KbXlsxCell *)(void *)r->cells->data, r->cells->len, r->row, r->user_data, error);
  g_array_set_size (r->cells, 0);
  g_ptr_array_set_size (r->texts, 0);
  return ok;
}

static gboolean
start_row (SheetReader      *r,
           xmlTextReaderPtr  reader,
           GError          **error)
{
  g_autofree char *number = _kb_xml_attribute (reader, "r");
  guint64 row;

  if (number != NULL && g_ascii_string_to_unsigned (number, 10, 1, MAX_ROWS, &row, NULL) && row > r->row)
    r->row = (guint)row;
  else if (number == NULL && r->row < MAX_ROWS)
    r->row++;
  else
    {
      g_set_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_SYNTAX, _("%s:%s:%u: row “%s” is out of order or out of range"),
                   r->self->name, r->sheet, r->row, number ? number : "");
      return FALSE;
    }
  r->next_column = 0;
  return TRUE;
}

static gboolean
start_cell (SheetReader      *r,
            xmlTextReaderPtr  reader,
            GError          **error)
{
  g_autofree char *reference = _kb_xml_attribute (reader, "r");
  g_autofree char *style = _kb_xml_attribute (reader, "s");
  guint column, row;

  if (reference != NULL)
    {
      if (!parse_reference (reference, &column, &row) || row != r->row)
        {
          g_set_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_SYNTAX, _("%s:%s:%u: “%s” is not a cell of this row"),
                       r->self->name, r->sheet, r->row, reference);
          return FALSE;
        }
    }
  else
    column = r->next_column;
  r->column = column;
  r->next_column = column + 1;
  g_free (r->type);
  r->type = _kb_xml_attribute (reader, "t");
  r->style = style != NULL ? atoi (style) : -1;
  g_string_truncate (r->value, 0);
  r->in_value = r->in_inline = FALSE;
  return TRUE;
}

/* Calls @func for every row of sheet @index that holds anything. */
gboolean
kb_xlsx_read_sheet (KbXlsx         *self,
                    guint           index,
                    KbXlsxRowFunc   func,
                    gpointer        user_data,
                    GError        **error)
{
  g_autoptr(GsfInput) input = NULL;
  g_autoptr(GArray) cells = g_array_new (FALSE, FALSE, sizeof (KbXlsxCell));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) value = g_string_new (NULL);
  SheetReader r = { self, NULL, func, user_data, cells, texts, 0, 0, 0, NULL, -1, value };
  xmlTextReaderPtr reader;
  gboolean ok = TRUE, in_cell = FALSE, in_row = FALSE;
  Part part;
  int status;

  g_return_val_if_fail (index < self->sheet_names->len, FALSE);

  r.sheet = g_ptr_array_index (self->sheet_names, index);
  input = _kb_xlsx_open_related (self, self->workbook, self->workbook_dir, g_ptr_array_index (self->sheet_ids, index), NULL,
                                 NULL);
  if (input == NULL)
    return _kb_xlsx_fail (error, KB_IMPORT_ERROR_SYNTAX, self->name, _("sheet “%s” is missing from the package"), r.sheet);
  reader = _kb_xlsx_part_open (&part, self, input);
  if (reader == NULL)
    return _kb_xlsx_fail (error, KB_IMPORT_ERROR_SYNTAX, self->name, _("sheet “%s” cannot be read"), r.sheet);

  while (ok && (status = xmlTextReaderRead (reader)) == 1)
    {
      if (_kb_xml_is_element (reader, "row"))
        {
          ok = start_row (&r, reader, error);
          in_row = !xmlTextReaderIsEmptyElement (reader);
          if (ok && !in_row)
            ok = finish_row (&r, error);
        }
      else if (_kb_xml_is_end (reader, "row"))
        {
          in_row = FALSE;
          ok = finish_row (&r, error);
        }
      else if (_kb_xml_is_element (reader, "c") && !in_row)
        {
          g_set_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_SYNTAX, _("%s:%s:%u: a cell outside any row"),
                       self->name, r.sheet, r.row);
          ok = FALSE;
        }
      else if (_kb_xml_is_element (reader, "c"))
        {
          ok = start_cell (&r, reader, error);
          in_cell = ok && !xmlTextReaderIsEmptyElement (reader);
          if (ok && !in_cell)
            ok = finish_cell (&r, error);
        }
      else if (_kb_xml_is_end (reader, "c") && in_cell)
        {
          in_cell = FALSE;
          ok = finish_cell (&r, error);
        }
      else if (in_cell && (_kb_xml_is_element (reader, "v") || _kb_xml_is_element (reader, "t")))
        r.in_value = !xmlTextReaderIsEmptyElement (reader);
      else if (_kb_xml_is_end (reader, "v") || _kb_xml_is_end (reader, "t"))
        r.in_value = FALSE;
      else if (in_cell && _kb_xml_is_element (reader, "rPh"))
        r.in_inline = !xmlTextReaderIsEmptyElement (reader);   /* a phonetic hint: not the cell's text */
      else if (_kb_xml_is_end (reader, "rPh"))
        r.in_inline = FALSE;
      else if (in_cell && r.in_value && !r.in_inline && _kb_xml_is_text (reader))
        {
          const char *text = (const char *)xmlTextReaderConstValue (reader);

          if (r.value->len + strlen (text) > MAX_CELL_BYTES)
            ok = cell_fail (&r, error, _("a cell is longer than 64 KiB"));
          else
            g_string_append (r.value, text);
        }
    }
  g_free (r.type);
  if (ok && status != 0)
    {
      g_autofree char *what = g_strdup_printf (_("sheet “%s”"), r.sheet);
      ok = _kb_xlsx_part_failed (self, &part, what, error);
    }
  _kb_xlsx_part_close (&part, reader);
  return ok;
}
