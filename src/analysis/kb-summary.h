/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-scenario.h"
#include "kb-target-gap.h"

G_BEGIN_DECLS

char *kb_summary_to_json (KbSeries                *total,
                          KbTarget                *target,
                          const KbTargetGap       *gap,
                          const KbMeasuresOutcome *outcome);

G_END_DECLS
