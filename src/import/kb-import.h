/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kb-import-error.h"
#include "kb-text-source.h"
#include "model/kb-dataset.h"

G_BEGIN_DECLS

/* The national emissions database publishes year Y's figures in Y + 2. */
#define KB_IMPORT_RELEASE_LAG 2

/* The municipality the embedded data opens on: Linköping, the first user. */
#define KB_IMPORT_DEFAULT_REGION "0580"

/* Files larger than this are refused before they are read. */
#define KB_IMPORT_MAX_BYTES KB_TEXT_SOURCE_MAX_BYTES

KbDataset *kb_import_bytes         (GBytes          *bytes,
                                    const char      *name,
                                    GError         **error);
KbDataset *kb_import_file          (GFile           *file,
                                    GCancellable    *cancellable,
                                    GError         **error);
KbDataset *kb_import_file_full     (GFile           *file,
                                    KbProgressFunc   progress,
                                    gpointer         progress_data,
                                    GCancellable    *cancellable,
                                    GError         **error);
KbDataset *kb_import_default       (void);
char      *kb_import_file_name     (GFile           *file);

G_END_DECLS
