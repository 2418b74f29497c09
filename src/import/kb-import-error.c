/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kb-import-error.h"
#include "kb-text-source.h"

G_DEFINE_QUARK (kb-import-error-quark, kb_import_error)

/* Every import error reads "FILE:LINE:COLUMN: what is wrong", the form
 * compilers use, so the command line, the toast and the tests agree. */
void
kb_import_error_set (GError       **error,
                     KbImportError  code,
                     const char    *file,
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

  g_set_error (error, KB_IMPORT_ERROR, code, "%s:%u:%u: %s",
               file, line, column, message);
}

/* A file whose last row is data but has no line end, where the lines
 * before it have one, was cut short: a download interrupted in the middle
 * of "531811" would otherwise give 53. Refused, naming the line. */
gboolean
kb_import_check_complete (KbTextSource  *source,
                          guint          last_data_line,
                          guint          last_line,
                          GError       **error)
{
  if (!kb_text_source_ended_without_newline (source) || last_data_line == 0 || last_data_line != last_line)
    return TRUE;
  kb_import_error_set (error, KB_IMPORT_ERROR_SYNTAX, kb_text_source_get_name (source), last_line, 1,
                       _("the last line has no line end: the file looks cut short (an interrupted "
                         "download?); its last row is not read as a smaller number"));
  return FALSE;
}

/* A row with another number of fields than the header: the error points
 * at the first field missing or too many. */
gboolean
kb_import_check_field_count (GError     **error,
                             const char  *file,
                             guint        line,
                             guint        n_fields,
                             guint        n_header_fields)
{
  if (n_fields == n_header_fields)
    return TRUE;
  kb_import_error_set (error, KB_IMPORT_ERROR_SYNTAX, file, line, MIN (n_fields, n_header_fields) + 1,
                       _("expected %u fields as in the header, found %u"), n_header_fields, n_fields);
  return FALSE;
}
