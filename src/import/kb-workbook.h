/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-xlsx.h"
#include "model/kb-dataset.h"

G_BEGIN_DECLS

/* A workbook, where the file (or bytes) is one: NULL without an error
 * where it is not, NULL with one where it is but cannot be opened. */
KbXlsx    *kb_workbook_try_open       (GFile         *file,
                                       GCancellable  *cancellable,
                                       GError       **error);
KbXlsx    *kb_workbook_try_open_bytes (GBytes        *bytes,
                                       const char    *name,
                                       GError       **error);
KbDataset *kb_workbook_read           (KbXlsx        *xlsx,
                                       GError       **error);

G_END_DECLS
