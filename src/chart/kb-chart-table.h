/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-chart.h"

G_BEGIN_DECLS

/* The numbers a chart draws, as a table: what "Export the numbers"
 * writes, as CSV or XLSX. A cell is a label or a number; a number that is
 * NAN is one the source did not publish (written ".."). */
typedef struct _KbChartTable KbChartTable;

KbChartTable *kb_chart_dup_table            (KbChart      *chart);
void          kb_chart_table_free           (KbChartTable *table);
guint         kb_chart_table_get_n_columns  (KbChartTable *table);
guint         kb_chart_table_get_n_rows     (KbChartTable *table);
const char   *kb_chart_table_get_header     (KbChartTable *table,
                                             guint         column);
gboolean      kb_chart_table_get_number     (KbChartTable *table,
                                             guint         row,
                                             guint         column,
                                             double       *number);
const char   *kb_chart_table_get_text       (KbChartTable *table,
                                             guint         row,
                                             guint         column);
GPtrArray    *kb_chart_table_get_notes      (KbChartTable *table);
int           kb_chart_table_find_row       (KbChartTable *table,
                                             const char   *first_cell);
GBytes       *kb_chart_table_to_csv         (KbChartTable *table);
gboolean      kb_chart_table_write_xlsx     (KbChartTable *table,
                                             const char   *path,
                                             GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KbChartTable, kb_chart_table_free)

G_END_DECLS
