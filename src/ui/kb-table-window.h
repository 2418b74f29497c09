/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "chart/kb-chart.h"

G_BEGIN_DECLS

#define KB_TYPE_TABLE_WINDOW (kb_table_window_get_type ())
G_DECLARE_FINAL_TYPE (KbTableWindow, kb_table_window, KB, TABLE_WINDOW, AdwWindow)

GtkWidget  *kb_table_window_new        (GtkWindow     *parent,
                                        KbChart       *chart);
guint       kb_table_window_get_n_rows (KbTableWindow *self);
char       *kb_table_window_dup_text   (KbTableWindow *self);
GListModel *kb_table_window_get_rows   (KbTableWindow *self);
void        kb_table_window_sort_by    (KbTableWindow *self,
                                        guint          column,
                                        GtkSortType    order);

G_END_DECLS
