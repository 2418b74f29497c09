/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KB_IMPORT_ERROR (kb_import_error_quark ())

typedef enum {
  KB_IMPORT_ERROR_TOO_LARGE,
  KB_IMPORT_ERROR_ENCODING,
  KB_IMPORT_ERROR_SYNTAX,
  KB_IMPORT_ERROR_HEADER,
  KB_IMPORT_ERROR_VALUE,
  KB_IMPORT_ERROR_EMPTY,
} KbImportError;

GQuark kb_import_error_quark (void);
void   kb_import_error_set   (GError    **error,
                              KbImportError code,
                              const char *file,
                              guint       line,
                              guint       column,
                              const char *format,
                              ...) G_GNUC_PRINTF (6, 7);

typedef struct _KbTextSource KbTextSource;

gboolean kb_import_check_complete    (KbTextSource *source,
                                      guint         last_data_line,
                                      guint         last_line,
                                      GError      **error);
gboolean kb_import_check_field_count (GError    **error,
                                     const char *file,
                                     guint       line,
                                     guint       n_fields,
                                     guint       n_header_fields);

G_END_DECLS
