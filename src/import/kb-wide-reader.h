/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-text-source.h"
#include "model/kb-dataset.h"

G_BEGIN_DECLS

/* Years as columns: the national emissions database's exports (CSV, and
 * its XLSX saved as CSV) and SCB's PxWeb exports. */
gboolean   kb_wide_reader_sniff (const char  *text,
                                 char         delimiter);
KbDataset *kb_wide_reader_read  (KbTextSource  *source,
                                 char           delimiter,
                                 GError       **error);

G_END_DECLS
