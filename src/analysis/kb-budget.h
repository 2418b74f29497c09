/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-trend.h"

G_BEGIN_DECLS

/* Klimatkollen's Paris-aligned budget path: emissions falling by this
 * share every year from the latest year. */
#define KB_BUDGET_ANNUAL_CUT 0.1172

typedef struct
{
  int    from_year;      /* the latest year with data */
  double from_value;
  int    to_year;        /* the last year summed */
  double budget;         /* the path's emissions, from_year + 1 … to_year */
  double trend_total;    /* the trend's emissions over the same years */
} KbBudget;

double kb_budget_path_value (const KbBudget *budget,
                             int             year);
void   kb_budget_compute    (const KbTrend  *trend,
                             int             to_year,
                             KbBudget       *budget);

G_END_DECLS
