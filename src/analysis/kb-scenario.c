/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-scenario"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kb-scenario.h"

/* The measures' combined reduction in @year beyond what they had done by
 * @from_year, the inventory's latest (of one sector, or of all with
 * @sector NULL), each ramped from its start to its full year. */
double
kb_measures_effect (GListModel *measures,
                    int         from_year,
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
        total += kb_measure_effect_after (m, from_year, year);
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
  double value = MAX (trend, 0) - kb_measures_effect (measures, from, year, NULL);

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
  outcome->total_reduction = kb_measures_effect (measures, gap->latest_year, target_year, NULL);
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

/* Each sector of @sectors with a baseline value, as KbSectorOutcome.
 *
 * The sectors' trends add up to the total's: each sector's own trend (the
 * same fit as the total's) is moved by a part of the difference between
 * their sum and the total's trend, in proportion to its size. A sector
 * whose trend then falls below zero is shown at zero, and says so
 * (@cut_at_zero): a trend says nothing of removals. */
GArray *
kb_sector_outcomes (GPtrArray               *sectors,
                    GListModel              *measures,
                    const KbTargetGap       *gap,
                    const KbMeasuresOutcome *outcome)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (KbSectorOutcome));
  double sum = 0, size = 0;

  g_return_val_if_fail (gap != NULL && outcome != NULL, out);

  for (guint s = 0; s < sectors->len; s++)
    {
      KbSeries *sector = g_ptr_array_index (sectors, s);
      KbSectorOutcome o = { sector, s, 0, 0, 0, FALSE };
      double baseline;
      KbTrend trend;

      if (!kb_series_get_value (sector, gap->baseline_year, &baseline))
        continue;
      if (kb_trend_fit_lad (sector, KB_TREND_FROM_YEAR, &trend))
        o.trend_value = kb_trend_value (&trend, outcome->year);
      else if (!kb_series_get_latest (sector, NULL, &o.trend_value))
        continue;
      o.target_share = outcome->target_level * baseline / gap->baseline_value;
      sum += o.trend_value;
      size += fabs (o.trend_value);
      g_array_append_val (out, o);
    }

  for (guint i = 0; i < out->len; i++)
    {
      KbSectorOutcome *o = &g_array_index (out, KbSectorOutcome, i);

      if (size > 0)
        o->trend_value += (outcome->trend_value - sum) * fabs (o->trend_value) / size;
      if (o->trend_value < 0)
        {
          o->trend_value = 0;
          o->cut_at_zero = TRUE;
        }
    }
  /* Sectors cut at zero leave the others above the total: what is over
   * is taken from those still above zero, in proportion, until the rows
   * add up to the total (Danderyd, whose trend reaches zero by 2045). A
   * sector of net removals is shown at zero too, its removal taken from
   * the emitting sectors; a negative total is left as it is. */
  for (guint round = 0; round < out->len; round++)
    {
      double over = -outcome->trend_value, positive = 0;

      for (guint i = 0; i < out->len; i++)
        {
          over += g_array_index (out, KbSectorOutcome, i).trend_value;
          positive += g_array_index (out, KbSectorOutcome, i).trend_value;
        }
      if (fabs (over) <= 1e-9 * MAX (positive, 1) || positive <= 0)
        break;
      for (guint i = 0; i < out->len; i++)
        {
          KbSectorOutcome *o = &g_array_index (out, KbSectorOutcome, i);

          if (o->trend_value <= 0)
            continue;
          o->trend_value -= over * o->trend_value / positive;
          if (o->trend_value < 1e-9 * positive)
            {
              o->trend_value = 0;
              o->cut_at_zero = TRUE;
            }
        }
    }
  for (guint i = 0; i < out->len; i++)
    {
      KbSectorOutcome *o = &g_array_index (out, KbSectorOutcome, i);

      o->effect = measures != NULL ? MIN (kb_measures_effect (measures, gap->latest_year, outcome->year,
                                                              kb_series_get_sector (o->sector)),
                                          o->trend_value) : 0;
    }
  return out;
}

/* Whole units, or a tenth where a whole unit would be nothing. */
double
kb_measures_round_example (double value)
{
  return round (value) != 0 || value == 0 ? round (value) : round (value * 10) / 10;
}

/* Scales each measure (its cut and its investment) by its sector's
 * latest emissions in @to_sectors against @from_sectors (KbSeries):
 * an example written for one municipality, brought to another's size.
 * A measure whose sector either lacks is left as it is; those scaled
 * take @source, where given. */
void
kb_measures_scale (GListModel *measures,
                   GPtrArray  *from_sectors,
                   GPtrArray  *to_sectors,
                   const char *source)
{
  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(KbMeasure) m = g_list_model_get_item (measures, i);
      double from = NAN, to = NAN;

      for (guint s = 0; from_sectors != NULL && s < from_sectors->len; s++)
        if (g_strcmp0 (kb_series_get_sector (g_ptr_array_index (from_sectors, s)), kb_measure_get_sector (m)) == 0)
          kb_series_get_latest (g_ptr_array_index (from_sectors, s), NULL, &from);
      for (guint s = 0; to_sectors != NULL && s < to_sectors->len; s++)
        if (g_strcmp0 (kb_series_get_sector (g_ptr_array_index (to_sectors, s)), kb_measure_get_sector (m)) == 0)
          kb_series_get_latest (g_ptr_array_index (to_sectors, s), NULL, &to);
      if (!(from > 0) || !(to >= 0))
        continue;
      /* Whole tonnes and thousands of kronor, an example's precision, but
       * never a cut or a cost rounded to nothing. */
      kb_measure_set_reduction (m, kb_measures_round_example (kb_measure_get_reduction (m) * to / from));
      kb_measure_set_investment (m, kb_measures_round_example (kb_measure_get_investment (m) * to / from));
      if (source != NULL)
        kb_measure_set_source (m, source);
    }
}

/* Measures that cut more from a sector than the sector emitted in its
 * latest year (of @sectors, KbSeries): each a sentence, for a warning.
 * Such a cut is no error (a sector may grow) but most likely a slip of a
 * unit. */
GPtrArray *
kb_measures_check (GListModel *measures,
                   GPtrArray  *sectors)
{
  GPtrArray *warnings = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; measures != NULL && i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(KbMeasure) m = g_list_model_get_item (measures, i);

      /* Too late for any target: no cost per tonne, on no curve. */
      if (kb_measure_get_reduction (m) > 0 && kb_measure_cumulative_reduction (m, KB_MEASURE_COST_THROUGH) <= 0)
        g_ptr_array_add (warnings, g_strdup_printf (_("“%s” starts in %d and cuts nothing by %d"),
                                                    kb_measure_get_name (m), kb_measure_get_start_year (m),
                                                    KB_MEASURE_COST_THROUGH));
      for (guint s = 0; sectors != NULL && s < sectors->len; s++)
        {
          KbSeries *sector = g_ptr_array_index (sectors, s);
          int year;
          double latest;

          if (g_strcmp0 (kb_series_get_sector (sector), kb_measure_get_sector (m)) != 0 ||
              !kb_series_get_latest (sector, &year, &latest) ||
              kb_measure_get_reduction (m) <= latest)
            continue;
          g_ptr_array_add (warnings,
                           g_strdup_printf (_("“%s” cuts %.0f t a year from %s, which emitted %.0f t in %d"),
                                            kb_measure_get_name (m), kb_measure_get_reduction (m),
                                            kb_series_get_sector (sector), latest, year));
        }
    }
  return warnings;
}

/* What a what-if cut takes off in @outcome's year on top of the measures:
 * the trend less the measures, above what remains; 0 where it cuts
 * nothing (the trend already at zero). The waterfall's step, its numbers
 * and its words. */
double
kb_measures_outcome_extra_cut (const KbMeasuresOutcome *outcome)
{
  g_return_val_if_fail (outcome != NULL, 0);
  return MAX (outcome->trend_value - outcome->total_reduction - outcome->remaining, 0);
}
