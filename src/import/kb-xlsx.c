/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gsf/gsf-infile-zip.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-open-pkg-utils.h>
#include <gsf/gsf-utils.h>
#include <libxml/xmlreader.h>
#include <math.h>
#include <string.h>

#include "kb-import-error.h"
#include "kb-text-source.h"
#include "kb-xlsx.h"

/* libgsf 1.14 declares no cleanups of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)

/* Office Open XML workbooks as the agencies publish them, read without a
 * sheet's tree in memory: libgsf opens the package (the zip and its
 * relationships), libxml2's streaming reader walks each part. A part is
 * read at most KB_TEXT_SOURCE_MAX_BYTES uncompressed (a zip bomb stops
 * there); rows and columns are limited as in CSV files. Errors name the
 * file, the sheet, the row and the column: "fil.xlsx:Tabell 4:12:E: …". */

#define MAX_COLUMNS 1024
#define MAX_ROWS 1048576      /* Excel's own limit */
#define MAX_CELL_BYTES (64 * 1024)
#define MAX_SHEETS 1024
#define MAX_STRINGS 2000000
#define MAX_STRING_BYTES ((gsize)64 * 1024 * 1024)

#define NS_RELATIONSHIPS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define REL_DOCUMENT NS_RELATIONSHIPS "/officeDocument"
#define REL_SHARED_STRINGS NS_RELATIONSHIPS "/sharedStrings"
#define REL_STYLES NS_RELATIONSHIPS "/styles"

struct _KbXlsx
{
  char         *name;
  GBytes       *bytes;         /* the package, kept while it is read */
  GsfInfile    *zip;
  GsfInput     *workbook;
  char        **workbook_dir;  /* where the workbook's relationships start from */
  GCancellable *cancellable;
  GPtrArray  *sheet_names;  /* char * */
  GPtrArray  *sheet_ids;    /* char *, the relationship of each */
  GPtrArray  *strings;      /* char *, the shared strings */
  GArray     *date_styles;  /* gboolean, by cell style */
  gboolean    date1904;
};

/* A part of the package, read through a byte limit. */
typedef struct
{
  GsfInput     *input;
  GCancellable *cancellable;
  gsize         read;
  gboolean      too_large;
  gboolean      broken;
  gboolean      cancelled;
  char         *xml_error;   /* libxml2's first complaint, for the message */
} Part;

static int
part_read (void *context,
           char *buffer,
           int   length)
{
  Part *part = context;
  gsf_off_t remaining = gsf_input_remaining (part->input);
  gsize n = MIN ((gsize)length, (gsize)MAX (remaining, 0));

  if (n == 0)
    return 0;
  if (g_cancellable_is_cancelled (part->cancellable))
    {
      part->cancelled = TRUE;
      return -1;
    }
  if (part->read + n > (gsize)KB_TEXT_SOURCE_MAX_BYTES)
    {
      part->too_large = TRUE;
      return -1;
    }
  if (gsf_input_read (part->input, n, (guint8 *)buffer) == NULL)
    {
      part->broken = TRUE;
      return -1;
    }
  part->read += n;
  return (int)n;
}

static int
part_close (void *context)
{
  return 0;
}

/* libxml2's complaints go into the message, not to the terminal. */
static void
on_xml_error (void        *context,
              xmlErrorPtr  error)
{
  Part *part = context;

  if (part->xml_error == NULL && error != NULL && error->message != NULL)
    part->xml_error = g_strstrip (g_strdup (error->message));
}

/* A reader of @input that never reaches out to the network nor expands
 * entities (a "billion laughs" stays text). */
static xmlTextReaderPtr
part_reader (Part     *part,
             KbXlsx   *self,
             GsfInput *input)
{
  xmlTextReaderPtr reader;

  *part = (Part) { input, self->cancellable };
  reader = xmlReaderForIO (part_read, part_close, part, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOBLANKS);
  if (reader != NULL)
    xmlTextReaderSetStructuredErrorHandler (reader, on_xml_error, part);
  return reader;
}

static void
part_done (Part             *part,
           xmlTextReaderPtr  reader)
{
  xmlFreeTextReader (reader);
  g_clear_pointer (&part->xml_error, g_free);
}

static gboolean
fail (GError     **error,
      KbImportError code,
      const char  *file,
      const char  *format,
      ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail (GError     **error,
      KbImportError code,
      const char  *file,
      const char  *format,
      ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, KB_IMPORT_ERROR, code, "%s: %s", file, message);
  return FALSE;
}

/* Why a part could not be read to its end. */
static gboolean
part_failed (KbXlsx      *self,
             Part        *part,
             const char  *what,
             GError     **error)
{
  if (part->cancelled)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Reading was cancelled"));
      return FALSE;
    }
  if (part->too_large)
    return fail (error, KB_IMPORT_ERROR_TOO_LARGE, self->name,
                 _("%s holds more than 512 MiB unpacked: refused"), what);
  if (part->xml_error != NULL)
    return fail (error, KB_IMPORT_ERROR_SYNTAX, self->name, _("%s is damaged: %s"), what, part->xml_error);
  return fail (error, KB_IMPORT_ERROR_SYNTAX, self->name, _("%s is damaged: not well-formed XML"), what);
}

static gboolean
is_element (xmlTextReaderPtr reader,
            const char      *name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT &&
         g_strcmp0 ((const char *)xmlTextReaderConstLocalName (reader), name) == 0;
}

static gboolean
is_end (xmlTextReaderPtr reader,
        const char      *name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_END_ELEMENT &&
         g_strcmp0 ((const char *)xmlTextReaderConstLocalName (reader), name) == 0;
}

static char *
attribute (xmlTextReaderPtr  reader,
           const char       *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (reader, (const xmlChar *)name);
  char *copy = g_strdup ((const char *)value);

  xmlFree (value);
  return copy;
}

static gboolean
is_text (xmlTextReaderPtr reader)
{
  int type = xmlTextReaderNodeType (reader);

  return type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
         type == XML_READER_TYPE_CDATA || type == XML_READER_TYPE_WHITESPACE;
}

/* The parts of a package path: @target (of a relationship) taken from
 * the folder @base ("/xl/…" from the root); NULL where it leaves the
 * package. */
static char **
resolve_target (char       **base,
                const char  *target)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) steps = g_strsplit (target, "/", -1);

  if (target[0] != '/')
    for (guint i = 0; base != NULL && base[i] != NULL; i++)
      g_ptr_array_add (parts, g_strdup (base[i]));
  for (guint i = 0; steps[i] != NULL; i++)
    {
      if (*steps[i] == '\0' || g_str_equal (steps[i], "."))
        continue;
      if (g_str_equal (steps[i], ".."))
        {
          if (parts->len == 0)
            return NULL;
          g_ptr_array_remove_index (parts, parts->len - 1);
          continue;
        }
      g_ptr_array_add (parts, g_strdup (steps[i]));
    }
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  return (char **)g_ptr_array_free (g_steal_pointer (&parts), FALSE);
}

/* The part a relationship of @source points to (by its id, or else its
 * type), inside the package: never an external one, never outside it.
 * NULL where there is none; @path_out, where given, its path. */
static GsfInput *
open_related (KbXlsx      *self,
              GsfInput    *source,
              char       **source_dir,
              const char  *id,
              const char  *type,
              char      ***path_out)
{
  GsfOpenPkgRel *rel = id != NULL ? gsf_open_pkg_lookup_rel_by_id (source, id)
                                  : gsf_open_pkg_lookup_rel_by_type (source, type);
  g_auto(GStrv) path = NULL;
  GsfInput *input;

  if (rel == NULL || gsf_open_pkg_rel_is_extern (rel) || gsf_open_pkg_rel_get_target (rel) == NULL)
    return NULL;
  path = resolve_target (source_dir, gsf_open_pkg_rel_get_target (rel));
  if (path == NULL)
    return NULL;
  input = gsf_infile_child_by_aname (self->zip, (const char **)path);
  if (input != NULL && path_out != NULL)
    *path_out = g_steal_pointer (&path);
  return input;
}

/* The workbook: its sheets in order, by name and relationship. */
static gboolean
read_workbook (KbXlsx  *self,
               GError **error)
{
  Part part;
  xmlTextReaderPtr reader = part_reader (&part, self, self->workbook);
  int status;

  if (reader == NULL)
    return fail (error, KB_IMPORT_ERROR_SYNTAX, self->name, _("the workbook cannot be read"));
  while ((status = xmlTextReaderRead (reader)) == 1)
    {
      if (is_element (reader, "workbookPr"))
        {
          g_autofree char *date1904 = attribute (reader, "date1904");
          self->date1904 = g_strcmp0 (date1904, "1") == 0 || g_strcmp0 (date1904, "true") == 0;
        }
      else if (is_element (reader, "sheet"))
        {
          g_autofree char *name = attribute (reader, "name");
          xmlChar *id = xmlTextReaderGetAttributeNs (reader, (const xmlChar *)"id",
                                                     (const xmlChar *)NS_RELATIONSHIPS);

          if (name != NULL && id != NULL && self->sheet_names->len < MAX_SHEETS)
            {
              g_ptr_array_add (self->sheet_names, g_steal_pointer (&name));
              g_ptr_array_add (self->sheet_ids, g_strdup ((const char *)id));
            }
          xmlFree (id);
        }
    }
  if (status != 0)
    {
      gboolean ok = part_failed (self, &part, "xl/workbook.xml", error);
      part_done (&part, reader);
      return ok;
    }
  part_done (&part, reader);
  if (self->sheet_names->len == 0)
    return fail (error, KB_IMPORT_ERROR_EMPTY, self->name, _("the workbook has no sheets"));
  return TRUE;
}

/* The shared strings, each the text of its runs (phonetic hints left
 * out). */
static gboolean
read_shared_strings (KbXlsx  *self,
                     GError **error)
{
  g_autoptr(GsfInput) input = open_related (self, self->workbook, self->workbook_dir, NULL, REL_SHARED_STRINGS, NULL);
  g_autoptr(GString) text = NULL;
  xmlTextReaderPtr reader;
  Part part;
  int status, in_text = 0, in_phonetic = 0;
  gsize bytes = 0;

  /* A workbook of numbers only has none. */
  if (input == NULL)
    return TRUE;
  reader = part_reader (&part, self, input);
  if (reader == NULL)
    return fail (error, KB_IMPORT_ERROR_SYNTAX, self->name, _("the shared strings cannot be read"));
  while ((status = xmlTextReaderRead (reader)) == 1)
    {
      if (is_element (reader, "si") || (is_end (reader, "si") && text != NULL))
        {
          gboolean start = xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT;

          /* As many and as long as a real table needs, not a memory's worth. */
          if (self->strings->len >= MAX_STRINGS || bytes > MAX_STRING_BYTES)
            {
              part_done (&part, reader);
              return fail (error, KB_IMPORT_ERROR_TOO_LARGE, self->name,
                           _("the workbook holds more shared strings than any table needs: refused"));
            }
          if (start)
            {
              if (text != NULL)
                g_string_free (g_steal_pointer (&text), TRUE);
              text = g_string_new (NULL);
            }
          if (!start || xmlTextReaderIsEmptyElement (reader))
            {
              bytes += text->len + 1;
              g_ptr_array_add (self->strings, g_string_free (g_steal_pointer (&text), FALSE));
            }
        }
      else if (is_element (reader, "rPh") && !xmlTextReaderIsEmptyElement (reader))
        in_phonetic++;
      else if (is_end (reader, "rPh"))
        in_phonetic = MAX (in_phonetic - 1, 0);
      else if (is_element (reader, "t") && !xmlTextReaderIsEmptyElement (reader))
        in_text = 1;
      else if (is_end (reader, "t"))
        in_text = 0;
      else if (in_text && !in_phonetic && text != NULL && is_text (reader))
        {
          const char *value = (const char *)xmlTextReaderConstValue (reader);

          if (text->len + strlen (value) > MAX_CELL_BYTES)
            {
              part_done (&part, reader);
              return fail (error, KB_IMPORT_ERROR_TOO_LARGE, self->name,
                           _("a shared string is longer than 64 KiB"));
            }
          g_string_append (text, value);
        }
    }
  if (status != 0)
    {
      gboolean ok = part_failed (self, &part, "xl/sharedStrings.xml", error);
      part_done (&part, reader);
      return ok;
    }
  part_done (&part, reader);
  return TRUE;
}

/* Whether a number format shows a date: the built-in date formats, and a
 * format of one's own with days, months or years outside quotes and
 * brackets. */
static gboolean
format_is_date (int         id,
                const char *code)
{
  gboolean quoted = FALSE, bracketed = FALSE;

  /* 14–17 are dates, 22 a date and time; 18–21 and 45–47 are times. */
  if ((id >= 14 && id <= 17) || id == 22)
    return TRUE;
  for (const char *p = code; p != NULL && *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && *p == '[')
        bracketed = TRUE;
      else if (!quoted && *p == ']')
        bracketed = FALSE;
      else if (!quoted && !bracketed && *p == '\\' && p[1] != '\0')
        p++;
      else if (!quoted && !bracketed && strchr ("dDyY", *p) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* The cell styles that show numbers as dates. */
static gboolean
read_styles (KbXlsx  *self,
             GError **error)
{
  g_autoptr(GsfInput) input = open_related (self, self->workbook, self->workbook_dir, NULL, REL_STYLES, NULL);
  g_autoptr(GHashTable) formats = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  xmlTextReaderPtr reader;
  gboolean in_cell_styles = FALSE;
  Part part;
  int status;

  if (input == NULL)
    return TRUE;
  reader = part_reader (&part, self, input);
  if (reader == NULL)
    return fail (error, KB_IMPORT_ERROR_SYNTAX, self->name, _("the styles cannot be read"));
  while ((status = xmlTextReaderRead (reader)) == 1)
    {
      if (is_element (reader, "numFmt"))
        {
          g_autofree char *id = attribute (reader, "numFmtId");
          char *code = attribute (reader, "formatCode");

          if (id != NULL)
            g_hash_table_insert (formats, GINT_TO_POINTER (atoi (id)), code);
          else
            g_free (code);
        }
      else if (is_element (reader, "cellXfs"))
        in_cell_styles = !xmlTextReaderIsEmptyElement (reader);
      else if (is_end (reader, "cellXfs"))
        in_cell_styles = FALSE;
      else if (in_cell_styles && is_element (reader, "xf"))
        {
          g_autofree char *id = attribute (reader, "numFmtId");
          int format = id != NULL ? atoi (id) : 0;
          gboolean date = format_is_date (format, g_hash_table_lookup (formats, GINT_TO_POINTER (format)));

          if (self->date_styles->len < MAX_ROWS)
            g_array_append_val (self->date_styles, date);
        }
    }
  if (status != 0)
    {
      gboolean ok = part_failed (self, &part, "xl/styles.xml", error);
      part_done (&part, reader);
      return ok;
    }
  part_done (&part, reader);
  return TRUE;
}

gboolean
kb_xlsx_looks_like (const guint8 *head,
                    gsize         length)
{
  return length >= 4 && memcmp (head, "PK\003\004", 4) == 0;
}

/* The package in @bytes (kept while the workbook is read). */
static KbXlsx *
open_package (GBytes        *bytes,
              const char    *name,
              GCancellable  *cancellable,
              GError       **error)
{
  static gsize initialized = 0;
  g_autoptr(GError) local_error = NULL;
  KbXlsx *self = g_new0 (KbXlsx, 1);
  g_autoptr(KbXlsx) owned = self;
  g_autoptr(GsfInput) input = NULL;
  g_auto(GStrv) workbook_path = NULL;
  gsize length;
  const guint8 *data;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      gsf_init ();
      g_once_init_leave (&initialized, 1);
    }
  self->name = g_strdup (name);
  self->bytes = g_bytes_ref (bytes);
  self->cancellable = cancellable ? g_object_ref (cancellable) : NULL;
  self->sheet_names = g_ptr_array_new_with_free_func (g_free);
  self->sheet_ids = g_ptr_array_new_with_free_func (g_free);
  self->strings = g_ptr_array_new_with_free_func (g_free);
  self->date_styles = g_array_new (FALSE, FALSE, sizeof (gboolean));

  data = g_bytes_get_data (bytes, &length);
  input = gsf_input_memory_new (data, (gsf_off_t)length, FALSE);
  self->zip = gsf_infile_zip_new (input, &local_error);
  if (self->zip == NULL)
    return fail (error, KB_IMPORT_ERROR_SYNTAX, name,
                 _("not an Excel workbook (.xlsx): the zip package cannot be read (is the file cut short or damaged?)")), NULL;
  self->workbook = open_related (self, GSF_INPUT (self->zip), NULL, NULL, REL_DOCUMENT, &workbook_path);
  if (self->workbook == NULL)
    return fail (error, KB_IMPORT_ERROR_SYNTAX, name,
                 _("not an Excel workbook (.xlsx): the package has no workbook")), NULL;
  /* Its relationships start from its own folder. */
  g_free (workbook_path[g_strv_length (workbook_path) - 1]);
  workbook_path[g_strv_length (workbook_path) - 1] = NULL;
  self->workbook_dir = g_steal_pointer (&workbook_path);
  if (!read_workbook (self, error) || !read_shared_strings (self, error) || !read_styles (self, error))
    return NULL;
  return g_steal_pointer (&owned);
}

/* @file, read whole (at most KB_TEXT_SOURCE_MAX_BYTES, cancellably) and
 * opened as a workbook. */
KbXlsx *
kb_xlsx_open (GFile         *file,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GFileInputStream) stream = g_file_read (file, cancellable, error);
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  guint8 buffer[64 * 1024];

  if (stream == NULL)
    return NULL;
  for (;;)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, sizeof buffer, cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      if (data->len + (gsize)n > (gsize)KB_TEXT_SOURCE_MAX_BYTES)
        return fail (error, KB_IMPORT_ERROR_TOO_LARGE, name, _("the file is larger than 512 MiB: refused")), NULL;
      g_byte_array_append (data, buffer, (guint)n);
    }
  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&data));
  return open_package (bytes, name, cancellable, error);
}

KbXlsx *
kb_xlsx_open_bytes (GBytes      *bytes,
                    const char  *name,
                    GError     **error)
{
  return open_package (bytes, name, NULL, error);
}

void
kb_xlsx_free (KbXlsx *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->workbook);
  g_clear_object (&self->zip);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->workbook_dir, g_strfreev);
  g_ptr_array_unref (self->sheet_names);
  g_ptr_array_unref (self->sheet_ids);
  g_ptr_array_unref (self->strings);
  g_array_unref (self->date_styles);
  g_free (self->name);
  g_free (self);
}

const char *
kb_xlsx_get_name (KbXlsx *self)
{
  return self->name;
}

guint
kb_xlsx_get_n_sheets (KbXlsx *self)
{
  return self->sheet_names->len;
}

const char *
kb_xlsx_get_sheet_name (KbXlsx *self,
                        guint   index)
{
  g_return_val_if_fail (index < self->sheet_names->len, NULL);
  return g_ptr_array_index (self->sheet_names, index);
}

/* The sheet named @name, ignoring case; -1 where there is none. */
int
kb_xlsx_find_sheet (KbXlsx     *self,
                    const char *name)
{
  g_autofree char *wanted = g_utf8_casefold (name, -1);

  for (guint i = 0; i < self->sheet_names->len; i++)
    {
      g_autofree char *folded = g_utf8_casefold (g_ptr_array_index (self->sheet_names, i), -1);

      if (g_str_equal (folded, wanted))
        return (int)i;
    }
  return -1;
}

/* "A", "Z", "AA", … for column 0, 25, 26, … */
char *
kb_xlsx_column_name (guint column)
{
  char name[8];
  int i = G_N_ELEMENTS (name) - 1;

  name[i] = '\0';
  do
    {
      name[--i] = (char)('A' + column % 26);
      column = column / 26;
    }
  while (column-- > 0 && i > 0);
  return g_strdup (name + i);
}

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
  g_autofree char *number = attribute (reader, "r");
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
  g_autofree char *reference = attribute (reader, "r");
  g_autofree char *style = attribute (reader, "s");
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
  r->type = attribute (reader, "t");
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
  input = open_related (self, self->workbook, self->workbook_dir, g_ptr_array_index (self->sheet_ids, index), NULL,
                        NULL);
  if (input == NULL)
    return fail (error, KB_IMPORT_ERROR_SYNTAX, self->name, _("sheet “%s” is missing from the package"), r.sheet);
  reader = part_reader (&part, self, input);
  if (reader == NULL)
    return fail (error, KB_IMPORT_ERROR_SYNTAX, self->name, _("sheet “%s” cannot be read"), r.sheet);

  while (ok && (status = xmlTextReaderRead (reader)) == 1)
    {
      if (is_element (reader, "row"))
        {
          ok = start_row (&r, reader, error);
          in_row = !xmlTextReaderIsEmptyElement (reader);
          if (ok && !in_row)
            ok = finish_row (&r, error);
        }
      else if (is_end (reader, "row"))
        {
          in_row = FALSE;
          ok = finish_row (&r, error);
        }
      else if (is_element (reader, "c") && !in_row)
        {
          g_set_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_SYNTAX, _("%s:%s:%u: a cell outside any row"),
                       self->name, r.sheet, r.row);
          ok = FALSE;
        }
      else if (is_element (reader, "c"))
        {
          ok = start_cell (&r, reader, error);
          in_cell = ok && !xmlTextReaderIsEmptyElement (reader);
          if (ok && !in_cell)
            ok = finish_cell (&r, error);
        }
      else if (is_end (reader, "c") && in_cell)
        {
          in_cell = FALSE;
          ok = finish_cell (&r, error);
        }
      else if (in_cell && (is_element (reader, "v") || is_element (reader, "t")))
        r.in_value = !xmlTextReaderIsEmptyElement (reader);
      else if (is_end (reader, "v") || is_end (reader, "t"))
        r.in_value = FALSE;
      else if (in_cell && is_element (reader, "rPh"))
        r.in_inline = !xmlTextReaderIsEmptyElement (reader);   /* a phonetic hint: not the cell's text */
      else if (is_end (reader, "rPh"))
        r.in_inline = FALSE;
      else if (in_cell && r.in_value && !r.in_inline && is_text (reader))
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
      ok = part_failed (self, &part, what, error);
    }
  part_done (&part, reader);
  return ok;
}
