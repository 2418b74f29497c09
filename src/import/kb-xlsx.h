/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What a spreadsheet cell holds. */
typedef enum {
  KB_XLSX_EMPTY,
  KB_XLSX_TEXT,    /* a shared, inline or formula string */
  KB_XLSX_NUMBER,  /* stored as a number: @number exact, @text its shortest form */
  KB_XLSX_DATE,    /* a number formatted as a date: @text "YYYY-MM-DD" */
  KB_XLSX_BOOLEAN,
  KB_XLSX_ERROR,   /* "#N/A", "#DIV/0!", … */
} KbXlsxKind;

typedef struct
{
  KbXlsxKind  kind;
  const char *text;    /* never NULL; "" for empty */
  double      number;  /* NUMBER and DATE */
} KbXlsxCell;

/* One row of a sheet that holds anything: @cells[0] is column A; @row
 * counts from 1, as the sheet numbers it. */
typedef gboolean (*KbXlsxRowFunc) (const KbXlsxCell  *cells,
                                   guint              n_cells,
                                   guint              row,
                                   gpointer           user_data,
                                   GError           **error);

typedef struct _KbXlsx KbXlsx;

gboolean    kb_xlsx_looks_like     (const guint8  *head,
                                    gsize          length);
KbXlsx     *kb_xlsx_open           (GFile         *file,
                                    GCancellable  *cancellable,
                                    GError       **error);
/* @bytes is kept while the workbook is. */
KbXlsx     *kb_xlsx_open_bytes     (GBytes        *bytes,
                                    const char    *name,
                                    GError       **error);
void        kb_xlsx_free           (KbXlsx        *self);
const char *kb_xlsx_get_name       (KbXlsx        *self);
guint       kb_xlsx_get_n_sheets   (KbXlsx        *self);
const char *kb_xlsx_get_sheet_name (KbXlsx        *self,
                                    guint          index);
int         kb_xlsx_find_sheet     (KbXlsx        *self,
                                    const char    *name);
gboolean    kb_xlsx_read_sheet     (KbXlsx        *self,
                                    guint          index,
                                    KbXlsxRowFunc  func,
                                    gpointer       user_data,
                                    GError       **error);
char       *kb_xlsx_column_name    (guint          column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KbXlsx, kb_xlsx_free)

G_END_DECLS
