/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kb-label-pool.h"

G_BEGIN_DECLS

/* The labels that make a row one series (KbSeries's identity). */
typedef enum {
  KB_LABEL_REGION_CODE,
  KB_LABEL_REGION_NAME,
  KB_LABEL_INDICATOR,
  KB_LABEL_SECTOR,
  KB_LABEL_SUBSECTOR,
  KB_LABEL_UNIT,
  KB_LABEL_SOURCE,
  KB_N_LABELS
} KbLabel;

/* The values of one file by column, as it has them: one row per series,
 * one column per year of its header, in one dense matrix; each row's
 * labels are ids of texts kept once (a national file: 150 000 rows, a few
 * hundred texts). A KbSeries of a row is a view made when asked
 * (kb_dataset_get_item ()); the rows are written by one importer, then
 * only read. */
typedef struct _KbValueTable KbValueTable;

KbValueTable  *kb_value_table_new          (KbLabelPool        *pool,
                                            const int          *years,
                                            guint               n_years);
KbValueTable  *kb_value_table_ref          (KbValueTable       *table);
void           kb_value_table_unref        (KbValueTable       *table);
KbLabelPool   *kb_value_table_get_pool     (KbValueTable       *table);
guint          kb_value_table_get_n_rows   (KbValueTable       *table);
guint          kb_value_table_get_n_years  (KbValueTable       *table);
const gint16  *kb_value_table_get_years    (KbValueTable       *table);
int            kb_value_table_find_year    (KbValueTable       *table,
                                            int                 year);
guint          kb_value_table_find_or_add  (KbValueTable       *table,
                                            const char * const *labels,
                                            int                 vintage,
                                            gboolean           *added);
void           kb_value_table_seal         (KbValueTable       *table);
double        *kb_value_table_get_values   (KbValueTable       *table,
                                            guint               row);
const char    *kb_value_table_get_label    (KbValueTable       *table,
                                            guint               row,
                                            KbLabel             label);
int            kb_value_table_get_vintage  (KbValueTable       *table,
                                            guint               row);

guint          kb_years_lower_bound        (const gint16       *years,
                                            guint               n_years,
                                            int                 year);

/* A cell the row does not have (the file wrote no such cell), told apart
 * from one it marks missing (NAN): both are NaNs, of different bits. */
double         kb_value_table_absent       (void);
gboolean       kb_value_table_is_absent    (double              value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KbValueTable, kb_value_table_unref)

G_END_DECLS
