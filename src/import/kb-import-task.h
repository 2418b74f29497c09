/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "model/kb-dataset.h"

G_BEGIN_DECLS

void       kb_import_files_async  (GFile               **files,
                                   guint                 n_files,
                                   gint                 *progress_permille,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data);
KbDataset *kb_import_files_finish (GAsyncResult         *result,
                                   GError              **error);
const GError *kb_import_files_get_failure (GAsyncResult *result,
                                           guint        *n_failed);
gboolean   kb_import_files_failed (GAsyncResult         *result,
                                   GFile                *file);

G_END_DECLS
