/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gsf/gsf-infile-zip.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-open-pkg-utils.h>
#include <gsf/gsf-utils.h>
#include <string.h>

#include "kb-text-source.h"
#include "kb-xlsx-private.h"

/* Office Open XML workbooks as the agencies publish them, read without a
 * sheet's tree in memory: libgsf opens the package (the zip and its
 * relationships), libxml2's streaming reader walks each part. A part is
 * read at most KB_TEXT_SOURCE_MAX_BYTES uncompressed (a zip bomb stops
 * there); rows and columns are limited as in CSV files. Errors name the
 * file, the sheet, the row and the column: "fil.xlsx:Tabell 4:12:E: …". */

#define NS_RELATIONSHIPS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define REL_DOCUMENT NS_RELATIONSHIPS "/officeDocument"
#define REL_SHARED_STRINGS NS_RELATIONSHIPS "/sharedStrings"
#define REL_STYLES NS_RELATIONSHIPS "/styles"


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
GsfInput *
_kb_xlsx_open_related (KbXlsx      *self,
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
  xmlTextReaderPtr reader = _kb_xlsx_part_open (&part, self, self->workbook);
  int status;

  if (reader == NULL)
    return _kb_xlsx_fail (error, KB_IMPORT_ERROR_SYNTAX, self->name, _("the workbook cannot be read"));
  while ((status = xmlTextReaderRead (reader)) == 1)
    {
      if (_kb_xml_is_element (reader, "workbookPr"))
        {
          g_autofree char *date1904 = _kb_xml_attribute (reader, "date1904");
          self->date1904 = g_strcmp0 (date1904, "1") == 0 || g_strcmp0 (date1904, "true") == 0;
        }
      else if (_kb_xml_is_element (reader, "sheet"))
        {
          g_autofree char *name = _kb_xml_attribute (reader, "name");
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
      gboolean ok = _kb_xlsx_part_failed (self, &part, "xl/workbook.xml", error);
      _kb_xlsx_part_close (&part, reader);
      return ok;
    }
  _kb_xlsx_part_close (&part, reader);
  if (self->sheet_names->len == 0)
    return _kb_xlsx_fail (error, KB_IMPORT_ERROR_EMPTY, self->name, _("the workbook has no sheets"));
  return TRUE;
}

/* The shared strings, each the text of its runs (phonetic hints left
 * out). */
static gboolean
read_shared_strings (KbXlsx  *self,
                     GError **error)
{
  g_autoptr(GsfInput) input = _kb_xlsx_open_related (self, self->workbook, self->workbook_dir, NULL, REL_SHARED_STRINGS, NULL);
  g_autoptr(GString) text = NULL;
  xmlTextReaderPtr reader;
  Part part;
  int status, in_text = 0, in_phonetic = 0;
  gsize bytes = 0;

  /* A workbook of numbers only has none. */
  if (input == NULL)
    return TRUE;
  reader = _kb_xlsx_part_open (&part, self, input);
  if (reader == NULL)
    return _kb_xlsx_fail (error, KB_IMPORT_ERROR_SYNTAX, self->name, _("the shared strings cannot be read"));
  while ((status = xmlTextReaderRead (reader)) == 1)
    {
      if (_kb_xml_is_element (reader, "si") || (_kb_xml_is_end (reader, "si") && text != NULL))
        {
          gboolean start = xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT;

          /* As many and as long as a real table needs, not a memory's worth. */
          if (self->strings->len >= MAX_STRINGS || bytes > MAX_STRING_BYTES)
            {
              _kb_xlsx_part_close (&part, reader);
              return _kb_xlsx_fail (error, KB_IMPORT_ERROR_TOO_LARGE, self->name,
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
      else if (_kb_xml_is_element (reader, "rPh") && !xmlTextReaderIsEmptyElement (reader))
        in_phonetic++;
      else if (_kb_xml_is_end (reader, "rPh"))
        in_phonetic = MAX (in_phonetic - 1, 0);
      else if (_kb_xml_is_element (reader, "t") && !xmlTextReaderIsEmptyElement (reader))
        in_text = 1;
      else if (_kb_xml_is_end (reader, "t"))
        in_text = 0;
      else if (in_text && !in_phonetic && text != NULL && _kb_xml_is_text (reader))
        {
          const char *value = (const char *)xmlTextReaderConstValue (reader);

          if (text->len + strlen (value) > MAX_CELL_BYTES)
            {
              _kb_xlsx_part_close (&part, reader);
              return _kb_xlsx_fail (error, KB_IMPORT_ERROR_TOO_LARGE, self->name,
                                    _("a shared string is longer than 64 KiB"));
            }
          g_string_append (text, value);
        }
    }
  if (status != 0)
    {
      gboolean ok = _kb_xlsx_part_failed (self, &part, "xl/sharedStrings.xml", error);
      _kb_xlsx_part_close (&part, reader);
      return ok;
    }
  _kb_xlsx_part_close (&part, reader);
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
  g_autoptr(GsfInput) input = _kb_xlsx_open_related (self, self->workbook, self->workbook_dir, NULL, REL_STYLES, NULL);
  g_autoptr(GHashTable) formats = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  xmlTextReaderPtr reader;
  gboolean in_cell_styles = FALSE;
  Part part;
  int status;

  if (input == NULL)
    return TRUE;
  reader = _kb_xlsx_part_open (&part, self, input);
  if (reader == NULL)
    return _kb_xlsx_fail (error, KB_IMPORT_ERROR_SYNTAX, self->name, _("the styles cannot be read"));
  while ((status = xmlTextReaderRead (reader)) == 1)
    {
      if (_kb_xml_is_element (reader, "numFmt"))
        {
          g_autofree char *id = _kb_xml_attribute (reader, "numFmtId");
          char *code = _kb_xml_attribute (reader, "formatCode");

          if (id != NULL)
            g_hash_table_insert (formats, GINT_TO_POINTER (atoi (id)), code);
          else
            g_free (code);
        }
      else if (_kb_xml_is_element (reader, "cellXfs"))
        in_cell_styles = !xmlTextReaderIsEmptyElement (reader);
      else if (_kb_xml_is_end (reader, "cellXfs"))
        in_cell_styles = FALSE;
      else if (in_cell_styles && _kb_xml_is_element (reader, "xf"))
        {
          g_autofree char *id = _kb_xml_attribute (reader, "numFmtId");
          int format = id != NULL ? atoi (id) : 0;
          gboolean date = format_is_date (format, g_hash_table_lookup (formats, GINT_TO_POINTER (format)));

          if (self->date_styles->len < MAX_ROWS)
            g_array_append_val (self->date_styles, date);
        }
    }
  if (status != 0)
    {
      gboolean ok = _kb_xlsx_part_failed (self, &part, "xl/styles.xml", error);
      _kb_xlsx_part_close (&part, reader);
      return ok;
    }
  _kb_xlsx_part_close (&part, reader);
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
    return _kb_xlsx_fail (error, KB_IMPORT_ERROR_SYNTAX, name,
                          _("not an Excel workbook (.xlsx): the zip package cannot be read (is the file cut short or damaged?)")), NULL;
  self->workbook = _kb_xlsx_open_related (self, GSF_INPUT (self->zip), NULL, NULL, REL_DOCUMENT, &workbook_path);
  if (self->workbook == NULL)
    return _kb_xlsx_fail (error, KB_IMPORT_ERROR_SYNTAX, name,
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
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *name = g_filename_display_name (base != NULL ? base : ""); /* UTF-8, for messages */
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
        return _kb_xlsx_fail (error, KB_IMPORT_ERROR_TOO_LARGE, name, _("the file is larger than 512 MiB: refused")), NULL;
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
