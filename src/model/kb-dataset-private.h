/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-dataset.h"
#include "kb-series-private.h"

G_BEGIN_DECLS

/* What a dataset holds, in the order it was added: tables of a file's
 * rows (a series of a row made only when asked) and single series. */
typedef struct
{
  KbValueTable *table;    /* NULL: a part of one series, views[0] */
  KbSeries    **views;    /* each item's series once made (owned), or NULL */
  gint16       *inferred; /* table: each row's release where inferred (0: the table's), or NULL */
  guint         n_items;
  gboolean      embedded; /* built into the program, not a file the user opened */
} KbDatasetPart;

/* One series of the dataset, made or not. */
typedef struct
{
  guint part;
  guint row;
} KbDatasetItem;

struct _KbDataset
{
  GObject     parent_instance;
  GPtrArray  *parts;     /* KbDatasetPart */
  guint       n_items;
  GArray     *firsts;    /* guint: each part's first position; built when asked */
  GHashTable *by_region; /* region code → GArray of KbDatasetItem, in order; built when asked */
  GArray     *loaders;   /* parts read when a region is first asked for */
  GHashTable *embedded;  /* KbSeries made of embedded parts (not owned) */
  GHashTable *totals;    /* indicator → ("code\x1frelease" → KbSeries computed of its sectors) */
  GHashTable *latest;    /* indicator → (code → its latest release + 1) */
};

#define _kb_dataset_part(self, index) ((KbDatasetPart *)g_ptr_array_index ((self)->parts, (index)))

const char *_kb_dataset_item_label   (KbDataset     *self,
                                      KbDatasetItem  item,
                                      KbLabel        label);
int         _kb_dataset_item_vintage (KbDataset     *self,
                                      KbDatasetItem  item);
KbSeries   *_kb_dataset_item_series  (KbDataset     *self,
                                      KbDatasetItem  item);
KbSeries   *_kb_dataset_own_series   (KbDataset     *self,
                                      KbDatasetItem  item);
gboolean    _kb_dataset_item_is      (KbDataset     *self,
                                      KbDatasetItem  item,
                                      const char    *indicator,
                                      int            vintage);
GArray     *_kb_dataset_region_items (KbDataset     *self,
                                      const char    *region_code,
                                      const char    *indicator);
void        _kb_dataset_copy_loaders (KbDataset     *self,
                                      KbDataset     *copy,
                                      gboolean     (*keep) (const char *indicator,
                                                            gpointer    data),
                                      gpointer       data,
                                      GHashTable    *skipped);
void        _kb_dataset_drop_kept    (KbDataset     *self,
                                      const char    *indicator);
void        _kb_dataset_share_part   (KbDataset     *self,
                                      KbDatasetPart *part,
                                      gboolean       embedded);
void        _kb_dataset_add_part     (KbDataset     *self,
                                      KbValueTable  *table,
                                      KbSeries     **views,
                                      guint          n_items,
                                      gboolean       embedded);

G_END_DECLS
