/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The table's cells and what fills them, shared by kb-chart-table.c (the
 * emissions' charts) and kb-chart-table-plan.c (the climate plan's). */

#include "kb-chart-table.h"

G_BEGIN_DECLS

typedef enum {
  CELL_EMPTY,    /* nothing drawn there */
  CELL_TEXT,
  CELL_NUMBER,   /* NAN: not published by the source */
} CellKind;

typedef struct
{
  CellKind  kind;
  char     *text;
  double    number;
} Cell;

struct _KbChartTable
{
  GPtrArray *headers;
  GArray    *cells;   /* Cell, row by row */
  GPtrArray *notes;
};

void _kb_chart_table_add_header           (KbChartTable *table,
                                           const char   *header);
void _kb_chart_table_add_text             (KbChartTable *table,
                                           const char   *text);
void _kb_chart_table_add_number           (KbChartTable *table,
                                           double        number);
void _kb_chart_table_add_empty            (KbChartTable *table);

void _kb_chart_table_fill_measures        (KbChart      *chart,
                                           KbChartTable *table);
void _kb_chart_table_fill_sector_measures (KbChart      *chart,
                                           KbChartTable *table);
void _kb_chart_table_fill_cost_curve      (KbChart      *chart,
                                           KbChartTable *table);
void _kb_chart_table_fill_investment      (KbChart      *chart,
                                           KbChartTable *table);
void _kb_chart_table_fill_actors          (KbChart      *chart,
                                           KbChartTable *table);

G_END_DECLS
