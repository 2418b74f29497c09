/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-xlsx.h"
#include "model/kb-dataset.h"

G_BEGIN_DECLS

KbDataset *kb_mobility_reader_read  (KbXlsx  *xlsx,
                                     GError **error);

G_END_DECLS
