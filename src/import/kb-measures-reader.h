/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "model/kb-measure.h"

G_BEGIN_DECLS

gboolean    kb_measures_reader_is_header (const char * const *fields,
                                          guint               n_fields);
GListStore *kb_measures_read_file  (GFile       *file,
                                    GError     **error);
GListStore *kb_measures_read_bytes (GBytes      *bytes,
                                    const char  *name,
                                    GError     **error);
GBytes     *kb_measures_to_bytes   (GListModel  *measures);
gboolean    kb_measures_write      (GListModel  *measures,
                                    const char  *path,
                                    GError     **error);

G_END_DECLS
