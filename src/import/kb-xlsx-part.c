/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gsf/gsf-input.h>

#include "kb-text-source.h"
#include "kb-xlsx-private.h"

/* A part of the package read through a byte limit (a zip bomb stops at
 * KB_TEXT_SOURCE_MAX_BYTES unpacked) by libxml2's streaming reader, and
 * what the workbook's readers ask of its nodes. */

static int
part_io_read (void *context,
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
part_io_close (void *context)
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
xmlTextReaderPtr
_kb_xlsx_part_open (Part     *part,
                    KbXlsx   *self,
                    GsfInput *input)
{
  xmlTextReaderPtr reader;

  *part = (Part) { input, self->cancellable };
  reader = xmlReaderForIO (part_io_read, part_io_close, part, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOBLANKS);
  if (reader != NULL)
    xmlTextReaderSetStructuredErrorHandler (reader, on_xml_error, part);
  return reader;
}

void
_kb_xlsx_part_close (Part             *part,
                     xmlTextReaderPtr  reader)
{
  xmlFreeTextReader (reader);
  g_clear_pointer (&part->xml_error, g_free);
}

gboolean
_kb_xlsx_fail (GError     **error,
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
gboolean
_kb_xlsx_part_failed (KbXlsx      *self,
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
    return _kb_xlsx_fail (error, KB_IMPORT_ERROR_TOO_LARGE, self->name,
                          _("%s holds more than 512 MiB unpacked: refused"), what);
  if (part->xml_error != NULL)
    return _kb_xlsx_fail (error, KB_IMPORT_ERROR_SYNTAX, self->name, _("%s is damaged: %s"), what, part->xml_error);
  return _kb_xlsx_fail (error, KB_IMPORT_ERROR_SYNTAX, self->name, _("%s is damaged: not well-formed XML"), what);
}

gboolean
_kb_xml_is_element (xmlTextReaderPtr reader,
                    const char      *name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT &&
         g_strcmp0 ((const char *)xmlTextReaderConstLocalName (reader), name) == 0;
}

gboolean
_kb_xml_is_end (xmlTextReaderPtr reader,
                const char      *name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_END_ELEMENT &&
         g_strcmp0 ((const char *)xmlTextReaderConstLocalName (reader), name) == 0;
}

char *
_kb_xml_attribute (xmlTextReaderPtr  reader,
                   const char       *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (reader, (const xmlChar *)name);
  char *copy = g_strdup ((const char *)value);

  xmlFree (value);
  return copy;
}

gboolean
_kb_xml_is_text (xmlTextReaderPtr reader)
{
  int type = xmlTextReaderNodeType (reader);

  return type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
         type == XML_READER_TYPE_CDATA || type == XML_READER_TYPE_WHITESPACE;
}
