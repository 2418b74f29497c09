/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-chart"

#include "config.h"

#include "kb-chart-private.h"
#include "model/kb-region.h"

/* A comparison's part of a chart's description: which municipalities
 * (those set, or the county's, or all, or the most alike) and ranked by
 * what. */

/* The regions compared: those set, or the municipalities of the chart's
 * county that the dataset has. Always holds the chart's own region. */
GPtrArray *
kb_chart_get_compare_regions (KbChart *self)
{
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);
  const KbRegion *own;

  g_return_val_if_fail (KB_IS_CHART (self), codes);

  if (self->dataset == NULL || self->region_code == NULL)
    return codes;

  g_ptr_array_add (codes, g_strdup (self->region_code));
  if (self->compare != NULL)
    {
      for (guint i = 0; self->compare[i] != NULL; i++)
        {
          g_autofree char *code = kb_dataset_find_region (self->dataset, self->compare[i]);

          /* Each once, however it was named. */
          if (code != NULL && !g_ptr_array_find_with_equal_func (codes, code, g_str_equal, NULL))
            g_ptr_array_add (codes, g_steal_pointer (&code));
        }
      return codes;
    }

  own = kb_region_find (self->region_code);
  if (own != NULL)
    {
      g_autoptr(GPtrArray) all = kb_dataset_list_regions (self->dataset);

      for (guint i = 0; i < all->len; i++)
        {
          const KbRegion *r = kb_region_find (g_ptr_array_index (all, i));
          if (r != NULL && r->kind == KB_REGION_MUNICIPALITY && r != own &&
              (self->compare_scope != KB_COMPARE_COUNTY || g_str_equal (r->county_code, own->county_code)))
            g_ptr_array_add (codes, g_strdup (r->code));
        }
    }
  if (self->compare_scope == KB_COMPARE_SIMILAR)
    _kb_chart_keep_similar (self, codes);
  return codes;
}

KbCompareScope
kb_chart_get_compare_scope (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), KB_COMPARE_COUNTY);
  return self->compare_scope;
}

/* Whom the comparison sets beside the municipality, where no list of
 * municipalities is given. */
void
kb_chart_set_compare_scope (KbChart        *self,
                            KbCompareScope  scope)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (self->compare_scope == scope)
    return;
  self->compare_scope = scope;
  _kb_chart_changed (self, "compare-scope");
}

KbCompareMeasure
kb_chart_get_compare_measure (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), KB_COMPARE_TOTAL);
  if (self->compare_mobility != KB_COMPARE_TOTAL)
    return self->compare_mobility;
  return self->compare_change ? KB_COMPARE_CHANGE
       : self->per_capita ? KB_COMPARE_PER_CAPITA : KB_COMPARE_TOTAL;
}

/* Ranks totals, totals per inhabitant (the chart's per-capita switch) or
 * the change since 1990. */
void
kb_chart_set_compare_measure (KbChart          *self,
                              KbCompareMeasure  measure)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (kb_chart_get_compare_measure (self) == measure)
    return;
  gboolean was_per_capita = self->per_capita;

  self->compare_change = measure == KB_COMPARE_CHANGE;
  self->per_capita = measure == KB_COMPARE_PER_CAPITA;
  self->compare_mobility = measure == KB_COMPARE_ELECTRIC_SHARE || measure == KB_COMPARE_CYCLE_PER_CAPITA
                           ? measure : KB_COMPARE_TOTAL;
  /* Per inhabitant is the series' own: they are derived again. */
  if (self->per_capita != was_per_capita)
    {
      g_object_notify (G_OBJECT (self), "per-capita");
      _kb_chart_drop_derived (self);
    }
  _kb_chart_changed (self, "compare-measure");
}

void
kb_chart_set_compare_regions (KbChart            *self,
                              const char * const *codes)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (_kb_chart_same_strv ((const char * const *)self->compare, codes))
    return;
  g_strfreev (self->compare);
  self->compare = g_strdupv ((char **)codes);
  _kb_chart_changed (self, "compare-regions");
}

