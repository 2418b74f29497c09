/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-xlsx.h"
#include "model/kb-dataset.h"

G_BEGIN_DECLS

int        kb_agency_reader_sniff (KbXlsx  *xlsx,
                                   guint    index,
                                   GError **error);
KbDataset *kb_agency_reader_read  (KbXlsx  *xlsx,
                                   guint    index,
                                   int      table,
                                   GError **error);

G_END_DECLS
