/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-rows.h"
#include "model/kb-dataset.h"

G_BEGIN_DECLS

gboolean   kb_long_reader_is_header (const char * const *fields,
                                     guint               n_fields);
KbDataset *kb_long_reader_read      (KbRows             *rows,
                                     GError            **error);

G_END_DECLS
