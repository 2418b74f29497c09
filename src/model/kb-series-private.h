/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-series.h"
#include "kb-value-table.h"

G_BEGIN_DECLS

KbSeries *_kb_series_new_view (KbValueTable *table,
                               guint         row);
KbSeries *_kb_series_copy     (KbSeries     *series);

G_END_DECLS
