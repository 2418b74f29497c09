/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kb-import-error.h"

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
