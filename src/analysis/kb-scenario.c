/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-scenario"

#include "config.h"

#include <math.h>

#include "kb-scenario.h"

/* The measures' combined reduction in @year (of one sector, or of all
 * with @sector NULL), each ramped from its start to its full year. */
double
kb_measures_effect (GListModel *measures,
                    int         year,
                    const char *sector)
{
  double total = 0;

  if (measures == NULL)
    return 0;
  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(KbMeasure) m = g_list_model_get_item (measures, i);

      if (sector == NULL || g_strcmp0 (kb_measure_get_sector (m), sector) == 0)
        total += kb_measure_effect (m, year);
    }
  return total;
}

/* The scenario in @year: the trend carried forward, less the measures,
 * less a further constant yearly cut of @extra_cut_pct from the latest
 * year; never below zero. */
double
kb_scenario_value (const KbTargetGap *gap,
                   GListModel        *measures,
                   double             extra_cut_pct,
                   int                year)
{
  int from = gap->latest_year;
  double trend = gap->have_trend ? kb_trend_value (&gap->trend, year) : gap->latest_value;
  double value = MAX (trend, 0) - kb_measures_effect (measures, year, NULL);

  if (year > from && extra_cut_pct > 0)
    value *= pow (1.0 - extra_cut_pct / 100.0, year - from);
  return MAX (value, 0);
}

/* FALSE when @target has no milestone in @target_year. */
gboolean
kb_measures_outcome (const KbTargetGap *gap,
                     KbTarget          *target,
                     int                target_year,
                     GListModel        *measures,
                     double             extra_cut_pct,
                     KbMeasuresOutcome *outcome)
{
  const KbMilestone *milestone = kb_target_find_milestone (target, target_year);

  if (milestone == NULL)
    return FALSE;

  *outcome = (KbMeasuresOutcome) { .year = target_year, .target_reached_year = KB_TREND_NEVER };
  outcome->trend_value = gap->have_trend ? MAX (kb_trend_value (&gap->trend, target_year), 0)
                                         : gap->latest_value;
  outcome->total_reduction = kb_measures_effect (measures, target_year, NULL);
  outcome->remaining = kb_scenario_value (gap, measures, extra_cut_pct, target_year);
  outcome->target_level = gap->baseline_value * (1.0 - milestone->reduction_pct / 100.0);
  outcome->remaining_gap = outcome->remaining - outcome->target_level;

  for (int year = gap->latest_year; year <= KB_SCENARIO_LAST_YEAR; year++)
    if (kb_scenario_value (gap, measures, extra_cut_pct, year) <= outcome->target_level)
      {
        outcome->target_reached_year = year;
        break;
      }
  return TRUE;
}
