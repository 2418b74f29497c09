/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-budget.h"
#include "kb-target.h"
#include "kb-trend.h"
#include "model/kb-series.h"

G_BEGIN_DECLS

/* Where a total stands against a target: the figures a citizen asks for. */
typedef struct
{
  int      baseline_year;
  double   baseline_value;
  int      latest_year;
  double   latest_value;
  double   change_since_baseline_pct;
  double   path_value_latest;     /* the target path in the latest year */
  double   gap;                   /* latest value − path; > 0 is behind */
  double   gap_pct_of_baseline;
  int      milestone_year;        /* the first milestone after the latest year */
  double   milestone_level;
  gboolean have_trend;
  KbTrend  trend;
  double   trend_value_milestone;
  int      trend_reaches_milestone; /* KB_TREND_NEVER when it does not */
  int      trend_reaches_zero;
  double   required_annual_reduction_pct;
  double   slope_lowest;          /* the spread of reasonable fits */
  double   slope_highest;
  KbBudget budget;                /* from the current year to KB_BUDGET_TO_YEAR */
} KbTargetGap;

gboolean kb_target_gap_compute (KbSeries     *total,
                                KbTarget     *target,
                                KbTargetGap  *gap,
                                GError      **error);

G_END_DECLS
