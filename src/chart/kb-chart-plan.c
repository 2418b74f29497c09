/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-chart"

#include "config.h"

#include "kb-chart-private.h"

/* A chart's part of a climate investment plan: its measures (followed as
 * they change), how its waterfall groups them, an extra cut a year, the
 * milestone they are weighed against and the outcome. */

static void
on_measures_changed (KbChart *self)
{
  _kb_chart_changed (self, NULL);
}

static void
on_measure_changed (GListModel *measures,
                    guint       position,
                    guint       removed,
                    guint       added,
                    KbChart    *self)
{
  /* Each new measure tells when it is edited. */
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(KbMeasure) m = g_list_model_get_item (measures, i);
      g_signal_connect_object (m, "changed", G_CALLBACK (on_measures_changed), self, G_CONNECT_SWAPPED);
    }
  _kb_chart_changed (self, NULL);
}

/* Whether the chart has measures of a plan (not only a what-if cut). */
gboolean
kb_chart_has_plan (KbChart *self)
{
  GListModel *measures;

  g_return_val_if_fail (KB_IS_CHART (self), FALSE);
  measures = kb_chart_get_measures (self);
  return measures != NULL && g_list_model_get_n_items (measures) > 0;
}

GListModel *
kb_chart_get_measures (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), NULL);
  return self->measures;
}

/* Warnings for @measures that cut more from a sector than it emitted
 * (kb_measures_check), against the region's emissions in tonnes,
 * whatever the chart shows (per capita, energy, a release). */
GPtrArray *
kb_chart_check_measures (KbChart    *self,
                         GListModel *measures)
{
  g_autoptr(GPtrArray) sectors = NULL;

  g_return_val_if_fail (KB_IS_CHART (self), NULL);

  if (self->region_code != NULL)
    sectors = kb_chart_dup_emission_sectors (self, self->region_code);
  return kb_measures_check (measures, sectors);
}

/* @region_code's sectors (KbSeries) in tonnes of the latest release of
 * its emissions, whatever the chart shows; NULL without a dataset. */
GPtrArray *
kb_chart_dup_emission_sectors (KbChart    *self,
                               const char *region_code)
{
  const char *indicator;

  g_return_val_if_fail (KB_IS_CHART (self), NULL);

  if (self->dataset == NULL)
    return NULL;
  indicator = _kb_chart_emissions_indicator (self->dataset, region_code);
  return kb_dataset_get_sectors (self->dataset, region_code, indicator,
                                 kb_dataset_get_latest_vintage (self->dataset, region_code, indicator));
}

/* The measures (KbMeasure) of a climate investment plan; the chart
 * follows every change to them. */
void
kb_chart_set_measures (KbChart    *self,
                       GListModel *measures)
{
  g_return_if_fail (KB_IS_CHART (self));

  if (self->measures == measures)
    return;
  if (self->measures != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->measures, self);
      for (guint i = 0; i < g_list_model_get_n_items (self->measures); i++)
        {
          g_autoptr(KbMeasure) m = g_list_model_get_item (self->measures, i);
          g_signal_handlers_disconnect_by_data (m, self);
        }
    }
  g_set_object (&self->measures, measures);
  g_object_notify (G_OBJECT (self), "measures");
  if (measures != NULL)
    {
      g_signal_connect_object (measures, "items-changed", G_CALLBACK (on_measure_changed), self, 0);
      on_measure_changed (measures, 0, 0, g_list_model_get_n_items (measures), self);
    }
  else
    _kb_chart_changed (self, NULL);
}

/* Whether @kind draws the measures of a plan against the gap of a
 * target year. */
gboolean
kb_chart_kind_is_plan (KbChartKind kind)
{
  return kind == KB_CHART_KIND_MEASURES || kind == KB_CHART_KIND_SECTOR_MEASURES ||
         kind == KB_CHART_KIND_COST_CURVE || kind == KB_CHART_KIND_INVESTMENT ||
         kind == KB_CHART_KIND_ACTORS;
}

/* Whether @kind draws the plan's costs and actors: tonnes and kronor,
 * never per inhabitant. */
gboolean
kb_chart_kind_is_plan_economics (KbChartKind kind)
{
  return kind == KB_CHART_KIND_COST_CURVE || kind == KB_CHART_KIND_INVESTMENT || kind == KB_CHART_KIND_ACTORS;
}

KbMeasuresGrouping
kb_chart_get_measures_grouping (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), KB_MEASURES_BY_MEASURE);
  return self->measures_grouping;
}

/* The waterfall's rows: one a measure, or one a focus area or actor. */
void
kb_chart_set_measures_grouping (KbChart            *self,
                                KbMeasuresGrouping  grouping)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (self->measures_grouping == grouping)
    return;
  self->measures_grouping = grouping;
  _kb_chart_changed (self, "measures-grouping");
}

double
kb_chart_get_extra_cut (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), 0);
  return self->extra_cut;
}

/* What if emissions fell a further @percent a year from the latest year? */
void
kb_chart_set_extra_cut (KbChart *self,
                        double   percent)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (self->extra_cut == percent)
    return;
  self->extra_cut = percent;
  _kb_chart_changed (self, "extra-cut");
}

/* The milestone the measures are weighed against: the one set, or the
 * first after the data (2030 for Linköping). */
int
kb_chart_get_target_year (KbChart *self)
{
  const KbTargetGap *gap;

  g_return_val_if_fail (KB_IS_CHART (self), 0);
  if (self->target_year != 0)
    return self->target_year;
  gap = kb_chart_get_gap (self);
  return gap ? gap->milestone_year : 0;
}

void
kb_chart_set_target_year (KbChart *self,
                          int      year)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (self->target_year == year)
    return;
  self->target_year = year;
  _kb_chart_changed (self, "target-year");
}

/* What the measures and the extra cut do to the gap in the target year. */
gboolean
kb_chart_get_outcome (KbChart           *self,
                      KbMeasuresOutcome *outcome)
{
  const KbTargetGap *gap;

  g_return_val_if_fail (KB_IS_CHART (self), FALSE);
  gap = kb_chart_get_gap (self);
  return gap != NULL && kb_measures_outcome (gap, self->target, kb_chart_get_target_year (self),
                                             self->measures, self->extra_cut, outcome);
}

