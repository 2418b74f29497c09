/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-rows.h"
#include "model/kb-dataset.h"

G_BEGIN_DECLS

/* Years as columns: the national emissions database's exports (CSV, and
 * its XLSX saved as CSV) and SCB's PxWeb exports. */
gboolean   kb_wide_reader_sniff (const char  *text,
                                 char         delimiter);
gboolean   kb_wide_reader_is_year_header (const char * const *fields,
                                          guint               n_fields);
KbDataset *kb_wide_reader_read  (KbRows      *rows,
                                 GError     **error);

G_END_DECLS
