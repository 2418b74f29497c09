/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kb-series.h"
#include "kb-value-table.h"

G_BEGIN_DECLS

#define KB_TYPE_DATASET (kb_dataset_get_type ())
G_DECLARE_FINAL_TYPE (KbDataset, kb_dataset, KB, DATASET, GObject)

/* Reads @indicator's series of one region, or returns NULL. */
typedef GPtrArray *(*KbDatasetRegionLoader) (const char *region_code,
                                             const char *indicator);

KbDataset  *kb_dataset_new                (void);
void        kb_dataset_add_region_loader  (KbDataset             *self,
                                           const char            *indicator,
                                           KbDatasetRegionLoader  load);
GPtrArray  *kb_dataset_list_indicators    (KbDataset  *self);
void        kb_dataset_mark_embedded      (KbDataset  *self);
gboolean    kb_dataset_is_embedded        (KbDataset  *self,
                                           KbSeries   *series);
KbDataset  *kb_dataset_copy_for           (KbDataset  *self,
                                           KbDataset  *incoming);
void        kb_dataset_add                (KbDataset  *self,
                                           KbSeries   *series);
void        kb_dataset_add_many           (KbDataset  *self,
                                           GPtrArray  *series);
void        kb_dataset_add_table          (KbDataset    *self,
                                           KbValueTable *table);
void        kb_dataset_infer_vintages     (KbDataset          *self,
                                           const char * const *indicators,
                                           int                 lag);
void        kb_dataset_add_all            (KbDataset  *self,
                                           KbDataset  *other);
gboolean    kb_dataset_merge              (KbDataset  *self,
                                           KbDataset  *other,
                                           GError    **error);
KbSeries   *kb_dataset_lookup             (KbDataset  *self,
                                           const char *region_code,
                                           const char *indicator,
                                           const char *sector,
                                           int         vintage);
char       *kb_dataset_find_region        (KbDataset  *self,
                                           const char *code_or_name);
const char *kb_dataset_get_region_name    (KbDataset  *self,
                                           const char *region_code);
GPtrArray  *kb_dataset_list_regions       (KbDataset  *self);
char       *kb_dataset_get_first_region   (KbDataset  *self);
gboolean    kb_dataset_has_indicator      (KbDataset  *self,
                                           const char *region_code,
                                           const char *indicator);
GArray     *kb_dataset_list_vintages     (KbDataset  *self,
                                           const char *region_code,
                                           const char *indicator);
int         kb_dataset_get_latest_vintage (KbDataset  *self,
                                           const char *region_code,
                                           const char *indicator);
GPtrArray  *kb_dataset_get_sectors        (KbDataset  *self,
                                           const char *region_code,
                                           const char *indicator,
                                           int         vintage);
GPtrArray  *kb_dataset_get_fuels          (KbDataset  *self,
                                           const char *region_code,
                                           const char *indicator,
                                           int         vintage);
KbSeries   *kb_dataset_compute_total      (KbDataset  *self,
                                           const char *region_code,
                                           const char *indicator,
                                           int         vintage);
gboolean    kb_dataset_total_disagrees    (KbDataset  *self,
                                           const char *region_code,
                                           const char *indicator,
                                           int         vintage,
                                           int        *year,
                                           double     *published,
                                           double     *sum);
KbSeries   *kb_dataset_get_total          (KbDataset  *self,
                                           const char *region_code,
                                           const char *indicator,
                                           int         vintage);
GPtrArray  *kb_dataset_get_totals         (KbDataset  *self,
                                           const char *region_code,
                                           const char *indicator,
                                           int         vintage);

G_END_DECLS
