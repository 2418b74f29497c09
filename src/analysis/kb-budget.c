/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-budget"

#include "config.h"

#include <math.h>

#include "kb-budget.h"

/* The year the budget starts in unless asked otherwise: this one. */
int
kb_budget_current_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_year (now);
}

double
kb_budget_path_value (const KbBudget *budget,
                      int             year)
{
  return budget->from_value * pow (1.0 - KB_BUDGET_ANNUAL_CUT, year - budget->from_year);
}

void
kb_budget_compute (const KbTrend *trend,
                   int            from_year,
                   int            to_year,
                   KbBudget      *budget)
{
  *budget = (KbBudget) {
    .from_year = from_year,
    .from_value = MAX (kb_trend_value (trend, from_year), 0),
    .to_year = to_year,
  };

  for (int year = from_year; year <= to_year; year++)
    {
      budget->budget += kb_budget_path_value (budget, year);
      budget->trend_total += MAX (kb_trend_value (trend, year), 0);
    }
  budget->meets_paris = budget->trend_total <= budget->budget;
}
