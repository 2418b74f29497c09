/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-import-error.h"
#include "kb-number.h"
#include "kb-text-source.h"
#include "kb-xlsx.h"

G_BEGIN_DECLS

/* A table's rows, from a delimited text file or from a workbook's sheet:
 * what every reader reads, so that each reads both, with the same checks
 * and errors that name the place ("fil.csv:12:5", "fil.xlsx:Blad1:12:E"). */
typedef struct _KbRows KbRows;

typedef struct
{
  const char * const *fields;   /* as text: a stored number in its shortest exact form */
  const double       *numbers;  /* NULL from text; else per field the number a
                                 * workbook stored (NAN where it stored none) */
  guint               n_fields;
  guint               line;     /* the file's line, or the sheet's row */
} KbRow;

typedef gboolean (*KbRowFunc) (const KbRow *row,
                               gpointer     user_data,
                               GError     **error);

KbRows       *kb_rows_new_for_text        (KbTextSource  *source,
                                           char           delimiter);
KbRows       *kb_rows_new_for_sheet       (KbXlsx        *xlsx,
                                           guint          sheet);
void          kb_rows_free                (KbRows        *rows);

gboolean      kb_rows_is_sheet            (KbRows        *rows);
const char   *kb_rows_get_name            (KbRows        *rows);
char          kb_rows_get_delimiter       (KbRows        *rows);
KbNumberForm  kb_rows_sniff_number_form   (KbRows        *rows);
void          kb_rows_set_width           (KbRows        *rows,
                                           guint          width);
gboolean      kb_rows_read                (KbRows        *rows,
                                           KbRowFunc      func,
                                           gpointer       user_data,
                                           GError       **error);

void          kb_rows_error               (KbRows        *rows,
                                           GError       **error,
                                           KbImportError  code,
                                           guint          line,
                                           guint          column,
                                           const char    *format,
                                           ...) G_GNUC_PRINTF (6, 7);
gboolean      kb_rows_check_field_count   (KbRows        *rows,
                                           GError       **error,
                                           guint          line,
                                           guint          n_fields,
                                           guint          n_header_fields);
gboolean      kb_rows_check_complete      (KbRows        *rows,
                                           guint          last_data_line,
                                           guint          last_line,
                                           GError       **error);

KbNumberKind  kb_row_parse_number         (const KbRow   *row,
                                           guint          field,
                                           KbNumberForm  *form,
                                           char           delimiter,
                                           double        *value,
                                           const char   **problem);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KbRows, kb_rows_free)

G_END_DECLS
