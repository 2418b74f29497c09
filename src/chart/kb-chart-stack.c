/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-chart"

#include "config.h"

#include <math.h>

#include "kb-chart-layout.h"
#include "kb-chart-private.h"
#include "kb-chart-render.h"

/* The stacked chart's bands, derived once per change of the series or of
 * shares (kb_chart_get_stack ()) and shared by the drawing, the axis and
 * a click on a band: sorted and stacked once, not at every draw and again
 * at every click. */

static double
latest_value (KbSeries *series)
{
  double v = 0;

  kb_series_get_latest (series, NULL, &v);
  return v;
}

static int
compare_largest_first (gconstpointer a,
                       gconstpointer b)
{
  double va = latest_value (*(KbSeries **)a), vb = latest_value (*(KbSeries **)b);
  return (va < vb) - (va > vb);
}

/* The lower and upper edge of each sector's band in each year, and one
 * more band on top (index sectors->len): what the source did not publish.
 * A year where a part is suppressed stacks the parts it has; where the
 * total is published, the band "ej redovisat" reaches up to it; where the
 * total is suppressed too, the year is not drawn (@drawable), as a year
 * without data. Missing is never drawn as zero. */
static void
stack_bands (KbChart      *chart,
             KbChartStack *stack,
             KbSeries     *total,
             gboolean      share)
{
  GPtrArray *sectors = stack->sectors;
  guint n_years = stack->n_years;

  for (guint y = 0; y < n_years; y++)
    {
      int year = kb_series_get_year (total, y);
      guint top = (guint)sectors->len * n_years + y;
      double up = 0, down = 0, unreported;
      KbYearParts parts;

      kb_chart_get_year_parts (chart, sectors, year, &parts);
      /* A year is drawn where what it shows is known. */
      stack->drawable[y] = !isnan (parts.unreported) && !(share && isnan (parts.base));
      stack->complete[y] = parts.complete;
      unreported = isnan (parts.unreported) ? 0 : parts.unreported;
      for (guint s = 0; s < sectors->len; s++)
        {
          double v = 0;
          guint at = s * n_years + y;

          kb_series_get_value (g_ptr_array_index (sectors, s), year, &v);
          if (share)
            v = parts.base > 0 ? v / parts.base * 100.0 : 0;
          if (v >= 0)
            stack->lower[at] = up, stack->upper[at] = up + v, up += v;
          else
            stack->upper[at] = down, stack->lower[at] = down + v, down += v;
        }
      if (share)
        unreported = parts.base > 0 ? unreported / parts.base * 100.0 : 0;
      stack->lower[top] = up, stack->upper[top] = up + unreported;
      /* As shares, the removals' depth below zero, for the axis. */
      if (parts.filtered && parts.base > 0)
        stack->lowest_share = MIN (stack->lowest_share, parts.negative / parts.base * 100.0);
      else if (!parts.filtered && parts.positive > 0)
        stack->lowest_share = MIN (stack->lowest_share, parts.negative / parts.positive * 100.0);
    }
}

void
_kb_chart_stack_free (KbChartStack *stack)
{
  g_ptr_array_unref (stack->sectors);
  g_free (stack->lower);
  g_free (stack->upper);
  g_free (stack->drawable);
  g_free (stack->complete);
  g_free (stack);
}

/* The chart's sectors stacked by sign over its total's years, the largest
 * (by its latest value) at the bottom, where its size reads best; NULL
 * without a total or sectors. Owned by the chart, until it changes. */
const KbChartStack *
kb_chart_get_stack (KbChart *self)
{
  KbSeries *total;
  GPtrArray *sectors;
  KbChartStack *stack;

  g_return_val_if_fail (KB_IS_CHART (self), NULL);

  _kb_chart_derive (self);
  if (self->stack != NULL)
    return self->stack;
  total = self->total;
  sectors = self->sectors;
  if (total == NULL || sectors->len == 0)
    return NULL;

  stack = g_new0 (KbChartStack, 1);
  /* The chart owns the series; this is only another order of them. */
  stack->sectors = g_ptr_array_new_full (sectors->len, NULL);
  for (guint i = 0; i < sectors->len; i++)
    g_ptr_array_add (stack->sectors, g_ptr_array_index (sectors, i));
  g_ptr_array_sort (stack->sectors, compare_largest_first);
  stack->n_years = kb_series_get_n_years (total);
  stack->lower = g_new0 (double, (sectors->len + 1) * stack->n_years);
  stack->upper = g_new0 (double, (sectors->len + 1) * stack->n_years);
  stack->drawable = g_new0 (gboolean, stack->n_years + 1);
  stack->complete = g_new0 (gboolean, stack->n_years + 1);
  stack_bands (self, stack, total, self->share);
  self->stack = stack;
  return stack;
}

/* Where a sector filter shows some sectors, their shares are still of
 * every sector's emissions (a sector alone is its part of the whole, not
 * 100 %), and what is "not published" is what the source did not publish
 * of the whole, not the other sectors: @base, the year's emissions
 * before removals of every sector with what is unpublished where the
 * total says how much, and @unreported (may be NULL), that unpublished
 * part where a shown sector is suppressed (else 0). A part missing (".."
 * or no value at all) where the total is missing too leaves them unknown:
 * NAN. FALSE, the outputs untouched, where the chart shows every sector. */
static gboolean
filtered_share_base (KbChart *self,
                     int      year,
                     double  *base,
                     double  *unreported)
{
  double positive, negative, whole, gap;
  gboolean missing = FALSE, shown_missing = FALSE;

  _kb_chart_derive (self);
  if (self->unfiltered == NULL)
    return FALSE;
  kb_stack_by_sign (self->unfiltered, year, &positive, &negative);
  for (guint s = 0; s < self->unfiltered->len; s++)
    missing |= !kb_series_get_value (g_ptr_array_index (self->unfiltered, s), year, NULL);
  for (guint s = 0; s < self->sectors->len; s++)
    shown_missing |= !kb_series_get_value (g_ptr_array_index (self->sectors, s), year, NULL);
  if (!missing)
    gap = 0;
  else if (self->total != NULL && kb_series_get_value (self->total, year, &whole))
    gap = MAX (whole - (positive + negative), 0);
  else
    gap = NAN;
  *base = positive + gap;
  if (unreported != NULL)
    *unreported = shown_missing ? gap : 0;
  return TRUE;
}

/* @parts (the chart's sectors, or some of them) in @year, summed by sign,
 * with what the source did not publish where one is suppressed (".." or
 * no value at all) and the base of their shares: the year's emissions
 * before removals, with that unpublished part where a published total
 * says how much. Where some sectors of all are shown, the base and the
 * unpublished part are the whole's (filtered_share_base () above).
 * Missing is never counted as zero: it is unpublished, or unknown. */
void
kb_chart_get_year_parts (KbChart     *self,
                         GPtrArray   *parts,
                         int          year,
                         KbYearParts *out)
{
  KbSeries *total;
  double whole;

  g_return_if_fail (KB_IS_CHART (self));
  g_return_if_fail (parts != NULL && out != NULL);

  total = kb_chart_get_total (self);
  kb_stack_by_sign (parts, year, &out->positive, &out->negative);
  out->complete = TRUE;
  for (guint s = 0; s < parts->len; s++)
    out->complete &= kb_series_get_value (g_ptr_array_index (parts, s), year, NULL);
  if (out->complete)
    out->unreported = 0;
  else if (total != NULL && kb_series_get_value (total, year, &whole))
    out->unreported = MAX (whole - (out->positive + out->negative), 0);
  else
    out->unreported = NAN;
  /* Without a total, what the shares are of is not known: the published
   * parts are not the whole. */
  out->base = out->positive + out->unreported;
  out->filtered = filtered_share_base (self, year, &out->base, &out->unreported);
}

/* The sector whose band is at @value in @year (between data years, where
 * the bands run straight), or NULL: for a click on the stacked chart. */
KbSeries *
kb_chart_sector_at (KbChart *chart,
                    double   year,
                    double   value)
{
  const KbChartStack *stack = kb_chart_get_stack (chart);
  KbSeries *total = kb_chart_get_total (chart);
  guint n_years, before = 0;
  double t = 0;

  if (stack == NULL || stack->n_years == 0)
    return NULL;
  n_years = stack->n_years;
  if (year < kb_series_get_year (total, 0) || year > kb_series_get_year (total, n_years - 1))
    return NULL;

  /* The data years either side, and how far between them. */
  while (before + 1 < n_years && kb_series_get_year (total, before + 1) <= year)
    before++;
  if (before + 1 < n_years)
    t = (year - kb_series_get_year (total, before)) /
        (kb_series_get_year (total, before + 1) - kb_series_get_year (total, before));

  for (guint s = 0; s < stack->sectors->len; s++)
    {
      guint a = s * n_years + before, b = before + 1 < n_years ? a + 1 : a;
      double lo = stack->lower[a] + (stack->lower[b] - stack->lower[a]) * t;
      double hi = stack->upper[a] + (stack->upper[b] - stack->upper[a]) * t;

      if (hi > lo && value >= lo && value <= hi)
        return g_ptr_array_index (stack->sectors, s);
    }
  return NULL;
}
