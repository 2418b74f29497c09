/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The labels of the series of one import (regions, sectors, units,
 * sources), each kept once: the series share them, and they go when the
 * last series of the import goes. Not thread-safe for adding: one
 * importer adds, then only reads. */
typedef struct _KbLabelPool KbLabelPool;

KbLabelPool *kb_label_pool_new    (void);
KbLabelPool *kb_label_pool_ref    (KbLabelPool *pool);
void         kb_label_pool_unref  (KbLabelPool *pool);
const char  *kb_label_pool_add    (KbLabelPool *pool,
                                   const char  *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KbLabelPool, kb_label_pool_unref)

G_END_DECLS
