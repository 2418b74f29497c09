/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "model/kb-measure.h"

G_BEGIN_DECLS

/* One measure of a climate investment plan, costed. */
typedef struct
{
  KbMeasure *measure;          /* not owned */
  guint      index;            /* its place in the plan */
  double     reduction_t;      /* in the target year, after the inventory's latest year */
  double     cumulative_t;     /* from its start year through 2045 */
  double     investment_ksek;  /* NAN: unknown */
  double     sek_per_t;        /* NAN: unknown investment, or nothing cut by 2045 */
} KbMeasureCost;

/* What one actor can do: its measures' reductions in the target year and
 * their known investments (NAN where none of its measures gives one). */
typedef struct
{
  double investment_ksek;
  double reduction_t;
  guint  n_measures;
  guint  n_without_investment;
} KbActorSum;

GArray  *kb_measure_costs        (GListModel *measures,
                                  int         from_year,
                                  int         target_year);
GArray  *kb_cost_curve           (GArray     *costs);
void     kb_actor_sums           (GArray     *costs,
                                  KbActorSum  sums[KB_MEASURE_N_OWNERS]);
double  *kb_investment_by_year   (GListModel *measures,
                                  int        *first_year,
                                  int        *n_years);
double   kb_investment_total     (GListModel *measures,
                                  guint      *n_without);
void     kb_actor_investments    (GListModel *measures,
                                  KbActorSum  sums[KB_MEASURE_N_OWNERS]);

G_END_DECLS
