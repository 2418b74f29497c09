/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-text-source.h"

G_BEGIN_DECLS

/* Called once per record with its fields (UTF-8, NUL-terminated) and the
 * physical line it ends on. Returning FALSE stops the parse; set @error. */
typedef gboolean (*KbCsvRowFunc) (const char * const *fields,
                                  guint               n_fields,
                                  guint               line,
                                  gpointer            user_data,
                                  GError            **error);

char      kb_csv_sniff_delimiter  (const char    *text);
gboolean  kb_csv_parse            (KbTextSource  *source,
                                   char           delimiter,
                                   KbCsvRowFunc   row_func,
                                   gpointer       user_data,
                                   GError       **error);

char     *kb_csv_fold_header      (const char    *name);
void      kb_csv_append_cell      (GString       *out,
                                   const char    *text,
                                   char           delimiter);

G_END_DECLS
