/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-investment.h"
#include "kb-scenario.h"
#include "kb-target-gap.h"
#include "model/kb-dataset.h"

G_BEGIN_DECLS

/* What a summary says beside the total; any may be unset. */
typedef struct
{
  KbTarget                *target;           /* with gap */
  const KbTargetGap       *gap;
  const KbMeasuresOutcome *outcome;
  int                      budget_from_year; /* 0: the current year */
  KbSeries                *population;
  GListModel              *measures;         /* KbMeasure, with outcome */
} KbSummaryInput;

char *kb_summary_to_json (KbSeries             *total,
                          const KbSummaryInput *input);
char *kb_summary_mobility_to_json (KbDataset  *dataset,
                                   const char *region_code);

G_END_DECLS
