/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-target-gap"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "kb-target-gap.h"

/* The constant yearly cut, in %, that takes @from to @to in @years. */
static double
required_annual_reduction (double from,
                           double to,
                           int    years)
{
  if (from <= to)
    return 0;
  if (to <= 0 || years <= 0)
    return 100;
  return (1.0 - pow (to / from, 1.0 / years)) * 100.0;
}

gboolean
kb_target_gap_compute (KbSeries     *total,
                       KbTarget     *target,
                       KbTargetGap  *gap,
                       GError      **error)
{
  const KbMilestone *milestone = NULL;

  g_return_val_if_fail (KB_IS_SERIES (total), FALSE);
  g_return_val_if_fail (target != NULL, FALSE);

  *gap = (KbTargetGap) { 0 };
  gap->baseline_year = kb_target_get_baseline_year (target);

  if (!kb_series_get_value (total, gap->baseline_year, &gap->baseline_value))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("%s has no value for the baseline year %d"),
                   kb_series_get_region_name (total), gap->baseline_year);
      return FALSE;
    }
  /* Reductions in % of a net removal mean nothing ("−70 %" of −5 kt is
   * more emissions): such a baseline has no target path, and says so. */
  if (gap->baseline_value <= 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s removed more than it emitted in %d: targets in %% of that year mean nothing"),
                   kb_series_get_region_name (total), gap->baseline_year);
      return FALSE;
    }
  kb_series_get_latest (total, &gap->latest_year, &gap->latest_value);

  gap->change_since_baseline_pct =
    (gap->latest_value - gap->baseline_value) / gap->baseline_value * 100.0;

  if (!kb_target_path_value (target, gap->baseline_value, gap->latest_year,
                             &gap->path_value_latest))
    gap->path_value_latest = gap->baseline_value;
  gap->gap = gap->latest_value - gap->path_value_latest;
  gap->gap_pct_of_baseline = gap->gap / gap->baseline_value * 100.0;

  for (guint i = 0; i < kb_target_get_n_milestones (target) && milestone == NULL; i++)
    if (kb_target_get_milestone (target, i)->year > gap->latest_year)
      milestone = kb_target_get_milestone (target, i);
  if (milestone == NULL)
    milestone = kb_target_get_milestone (target, kb_target_get_n_milestones (target) - 1);

  gap->milestone_year = milestone->year;
  gap->milestone_level = gap->baseline_value * (1.0 - milestone->reduction_pct / 100.0);
  gap->required_annual_reduction_pct =
    required_annual_reduction (gap->latest_value, gap->milestone_level,
                               gap->milestone_year - gap->latest_year);

  gap->have_trend = kb_trend_fit_lad (total, KB_TREND_FROM_YEAR, &gap->trend);
  if (gap->have_trend)
    {
      gap->trend_value_milestone = kb_trend_value (&gap->trend, gap->milestone_year);
      gap->trend_reaches_milestone = kb_trend_year_reaching (&gap->trend, gap->milestone_level);
      gap->trend_reaches_zero = kb_trend_year_reaching (&gap->trend, 0);
      kb_trend_slope_range (total, KB_TREND_FROM_YEAR, &gap->slope_lowest, &gap->slope_highest);
      kb_budget_compute (&gap->trend, kb_budget_current_year (), KB_BUDGET_TO_YEAR, &gap->budget);
    }

  return TRUE;
}
