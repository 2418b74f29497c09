/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-budget"

#include "config.h"

#include <math.h>

#include "kb-budget.h"

double
kb_budget_path_value (const KbBudget *budget,
                      int             year)
{
  return budget->from_value * pow (1.0 - KB_BUDGET_ANNUAL_CUT, year - budget->from_year);
}

/* The cumulative emissions of the budget path and of @trend (never below
 * zero: a trend says nothing of removals) from the year after the trend's
 * last observation to @to_year. */
void
kb_budget_compute (const KbTrend *trend,
                   int            to_year,
                   KbBudget      *budget)
{
  *budget = (KbBudget) {
    .from_year = trend->anchor_year,
    .from_value = trend->anchor_value,
    .to_year = to_year,
  };

  for (int year = budget->from_year + 1; year <= to_year; year++)
    {
      budget->budget += kb_budget_path_value (budget, year);
      budget->trend_total += MAX (kb_trend_value (trend, year), 0);
    }
}
