/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kb-target-gap.h"
#include "model/kb-measure.h"
#include "model/kb-series.h"

G_BEGIN_DECLS

#define KB_SCENARIO_LAST_YEAR 2100

/* What the measures do to the gap in one target year. */
typedef struct
{
  int    year;
  double trend_value;       /* the trend if nothing changes */
  double total_reduction;   /* the measures' effect that year */
  double remaining;         /* trend − measures (− the extra cut) */
  double target_level;
  double remaining_gap;     /* remaining − target level; > 0 is short */
  int    target_reached_year; /* the scenario at or below the level; KB_TREND_NEVER */
} KbMeasuresOutcome;

double   kb_measures_effect      (GListModel        *measures,
                                  int                from_year,
                                  int                year,
                                  const char        *sector);
double   kb_scenario_value       (const KbTargetGap *gap,
                                  GListModel        *measures,
                                  double             extra_cut_pct,
                                  int                year);
double   kb_measures_outcome_extra_cut (const KbMeasuresOutcome *outcome);
gboolean kb_measures_outcome     (const KbTargetGap *gap,
                                  KbTarget          *target,
                                  int                target_year,
                                  GListModel        *measures,
                                  double             extra_cut_pct,
                                  KbMeasuresOutcome *outcome);

/* One sector in the target year: its trend, what the measures take off
 * it, and its share of the target level (split as the sectors shared the
 * baseline year). */
typedef struct
{
  KbSeries *sector;         /* not owned */
  guint     index;          /* its place among the sectors, for its colour */
  double    trend_value;
  double    effect;         /* at most the trend */
  double    target_share;
  gboolean  cut_at_zero;    /* the trend fell below zero and is shown as zero */
} KbSectorOutcome;

GArray  *kb_sector_outcomes      (GPtrArray               *sectors,
                                  GListModel              *measures,
                                  const KbTargetGap       *gap,
                                  const KbMeasuresOutcome *outcome);

double     kb_measures_round_example (double value);
void       kb_measures_scale (GListModel *measures,
                              GPtrArray  *from_sectors,
                              GPtrArray  *to_sectors,
                              const char *source);
GPtrArray *kb_measures_check (GListModel *measures,
                              GPtrArray  *sectors);

G_END_DECLS
