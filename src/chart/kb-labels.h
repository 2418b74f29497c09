/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-format.h"
#include "model/kb-measure.h"
#include "model/kb-series.h"

G_BEGIN_DECLS

const char *kb_label_display  (const char *label,
                               KbLanguage  language);
const char *kb_series_display (KbSeries   *series,
                               KbLanguage  language);
const char *kb_label_owner    (KbMeasureOwner owner);

G_END_DECLS
