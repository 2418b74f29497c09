/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-text-source.h"
#include "model/kb-dataset.h"

G_BEGIN_DECLS

KbDataset *kb_long_reader_read (KbTextSource  *source,
                                GError       **error);

G_END_DECLS
