/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-trend.h"

G_BEGIN_DECLS

/* Klimatkollen's Paris-aligned path (the "Carbon Law"): emissions falling
 * by this share every year. */
#define KB_BUDGET_ANNUAL_CUT 0.1172
#define KB_BUDGET_TO_YEAR 2050

/* The carbon budget as Klimatkollen defines it: the path starts in
 * from_year (the current year) at the trend's value there (the trend
 * stands in for the years the inventory has not reached; never below
 * zero) and falls 11.72 % a year; the budget is its sum from from_year
 * through to_year, both included. The trend's total sums the trend over
 * the same years, a year below zero counting as zero. */
typedef struct
{
  int      from_year;
  double   from_value;
  int      to_year;
  double   budget;
  double   trend_total;
  gboolean meets_paris;   /* the trend's total within the budget */
} KbBudget;

int    kb_budget_current_year (void);
double kb_budget_path_value   (const KbBudget *budget,
                               int             year);
void   kb_budget_compute      (const KbTrend  *trend,
                               int             from_year,
                               int             to_year,
                               KbBudget       *budget);

G_END_DECLS
