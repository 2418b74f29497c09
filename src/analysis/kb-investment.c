/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-investment"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kb-investment.h"

/* The economics of a climate investment plan: what a tonne costs, who
 * pays, and when. An unknown investment stays unknown: it is left out of
 * sums and counted, never taken as 0. */

/* Each measure of @measures (in the plan's order) with its reduction in
 * @target_year (the part after @from_year, the inventory's latest year,
 * as the gap counts it) and its cost per tonne. */
GArray *
kb_measure_costs (GListModel *measures,
                  int         from_year,
                  int         target_year)
{
  GArray *costs = g_array_new (FALSE, TRUE, sizeof (KbMeasureCost));

  for (guint i = 0; measures != NULL && i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(KbMeasure) m = g_list_model_get_item (measures, i);
      KbMeasureCost cost = {
        m, i,
        kb_measure_effect_after (m, from_year, target_year),
        kb_measure_cumulative_reduction (m, KB_MEASURE_COST_THROUGH),
        kb_measure_get_investment (m),
        kb_measure_sek_per_tonne (m),
      };

      g_array_append_val (costs, cost);
    }
  return costs;
}

static int
compare_cost (gconstpointer a,
              gconstpointer b)
{
  const KbMeasureCost *ca = a, *cb = b;

  if (ca->sek_per_t != cb->sek_per_t)
    return (ca->sek_per_t > cb->sek_per_t) - (ca->sek_per_t < cb->sek_per_t);
  /* Equal costs in the plan's order. */
  return (ca->index > cb->index) - (ca->index < cb->index);
}

/* The marginal abatement cost curve: the measures of @costs with a known
 * cost per tonne and a reduction in the target year, cheapest first. */
GArray *
kb_cost_curve (GArray *costs)
{
  GArray *curve = g_array_new (FALSE, TRUE, sizeof (KbMeasureCost));

  for (guint i = 0; i < costs->len; i++)
    {
      const KbMeasureCost *c = &g_array_index (costs, KbMeasureCost, i);

      if (!isnan (c->sek_per_t) && c->reduction_t > 0)
        g_array_append_val (curve, *c);
    }
  g_array_sort (curve, compare_cost);
  return curve;
}

/* Each actor's measures, summed into @sums (indexed by KbMeasureOwner). */
void
kb_actor_sums (GArray     *costs,
               KbActorSum  sums[KB_MEASURE_N_OWNERS])
{
  memset (sums, 0, sizeof (KbActorSum) * KB_MEASURE_N_OWNERS);
  for (guint i = 0; i < costs->len; i++)
    {
      const KbMeasureCost *c = &g_array_index (costs, KbMeasureCost, i);
      KbActorSum *sum = &sums[CLAMP (kb_measure_get_owner (c->measure), 0, KB_MEASURE_N_OWNERS - 1)];

      sum->n_measures++;
      sum->reduction_t += c->reduction_t;
      if (isnan (c->investment_ksek))
        sum->n_without_investment++;
      else
        sum->investment_ksek += c->investment_ksek;
    }
  /* An actor whose every investment is unknown has an unknown sum. */
  for (int o = 0; o < KB_MEASURE_N_OWNERS; o++)
    if (sums[o].n_measures > 0 && sums[o].n_without_investment == sums[o].n_measures)
      sums[o].investment_ksek = NAN;
}

/* Known investments per year and actor, kSEK: each measure's spread
 * evenly over the years from its start year to its full year, both
 * included. Row y (year @first_year + y) holds KB_MEASURE_N_OWNERS values.
 * NULL where no measure has an investment. */
double *
kb_investment_by_year (GListModel *measures,
                       int        *first_year,
                       int        *n_years)
{
  int first = G_MAXINT, last = G_MININT;
  double *table;

  for (guint i = 0; measures != NULL && i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(KbMeasure) m = g_list_model_get_item (measures, i);

      if (!kb_measure_has_investment (m))
        continue;
      first = MIN (first, kb_measure_get_start_year (m));
      last = MAX (last, kb_measure_get_full_year (m));
    }
  *first_year = 0;
  *n_years = 0;
  if (first > last)
    return NULL;

  *first_year = first;
  *n_years = last - first + 1;
  table = g_new0 (double, (gsize)*n_years * KB_MEASURE_N_OWNERS);
  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(KbMeasure) m = g_list_model_get_item (measures, i);
      int start = kb_measure_get_start_year (m), full = kb_measure_get_full_year (m);
      int owner = CLAMP (kb_measure_get_owner (m), 0, KB_MEASURE_N_OWNERS - 1);

      if (!kb_measure_has_investment (m))
        continue;
      for (int year = start; year <= full; year++)
        table[(year - first) * KB_MEASURE_N_OWNERS + owner] += kb_measure_get_investment (m) / (full - start + 1);
    }
  return table;
}

/* The known investments summed, kSEK; @n_without counts the unknown.
 * NAN where the plan has measures and gives none of their investments. */
double
kb_investment_total (GListModel *measures,
                     guint      *n_without)
{
  guint n = measures != NULL ? g_list_model_get_n_items (measures) : 0;
  double total = 0;

  *n_without = 0;
  for (guint i = 0; measures != NULL && i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(KbMeasure) m = g_list_model_get_item (measures, i);

      if (kb_measure_has_investment (m))
        total += kb_measure_get_investment (m);
      else
        (*n_without)++;
    }
  return n > 0 && *n_without == n ? NAN : total;
}

/* Each actor's known investments and its measures, from @measures; the
 * reductions are left at 0. */
void
kb_actor_investments (GListModel *measures,
                      KbActorSum  sums[KB_MEASURE_N_OWNERS])
{
  g_autoptr(GArray) costs = kb_measure_costs (measures, 0, 0);

  kb_actor_sums (costs, sums);
  for (int o = 0; o < KB_MEASURE_N_OWNERS; o++)
    sums[o].reduction_t = 0;
}
