/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-chart-text"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "analysis/kb-mobility.h"
#include "kb-render.h"
#include "kb-chart-text.h"
#include "kb-labels.h"

/* The words under the mobility charts: the fleet's electric share beside
 * the county's and Sweden's, cars per inhabitant, and the cycle network
 * and how much of it the municipality owns. */

static char *
number (KbChart *chart,
        double   value,
        int      decimals)
{
  return isnan (value) ? g_strdup ("..") : kb_format_number (value, decimals, kb_chart_get_language (chart));
}

static char *
describe_cars (KbChart *chart)
{
  KbDataset *dataset = kb_chart_get_dataset (chart);
  g_autoptr(GPtrArray) codes = kb_car_fuels_regions (chart);
  g_autoptr(GString) text = g_string_new (NULL);
  KbFleet fleet;

  if (codes->len == 0 || !kb_fleet_get (dataset, g_ptr_array_index (codes, 0), 0, &fleet))
    return g_strdup (_("No figures of the car fleet for this region."));
  {
    g_autofree char *total = number (chart, fleet.total, 0);
    g_autofree char *electric = number (chart, fleet.electric, 0);
    g_autofree char *electric_pct = number (chart, kb_fleet_share (fleet.electric, fleet.total), 1);
    g_autofree char *plug_in = number (chart, fleet.plug_in, 0);
    g_autofree char *plug_in_pct = number (chart, kb_fleet_share (fleet.plug_in, fleet.total), 1);

    /* Translators: a municipality's cars in use at the end of a year, the electric ones and the plug-in hybrids */
    g_string_append_printf (text, _("Of the %s passenger cars in use in %s at the end of %d, %s (%s %%) were "
                                    "electric and %s (%s %%) plug-in hybrids."),
                            total, fleet.region_name, fleet.year, electric, electric_pct, plug_in, plug_in_pct);
  }
  /* Two editions open: the change between them. */
  {
    KbFleet previous;
    double now = kb_fleet_share (fleet.electric, fleet.total);

    if (kb_fleet_get_previous (dataset, &fleet, &previous) &&
        !isnan (kb_fleet_share (previous.electric, previous.total)) && !isnan (now))
      {
        double then = kb_fleet_share (previous.electric, previous.total);
        g_autofree char *then_pct = number (chart, then, 1);
        g_autofree char *change = number (chart, fabs (now - then), 1);

        g_string_append_c (text, ' ');
        if (now >= then)
          /* Translators: the electric share an earlier year, and how much it has grown since, in percentage points */
          g_string_append_printf (text, _("At the end of %d it was %s %% electric: up %s percentage points."),
                                  previous.year, then_pct, change);
        else
          /* Translators: the electric share an earlier year, and how much it has fallen since */
          g_string_append_printf (text, _("At the end of %d it was %s %% electric: down %s percentage points."),
                                  previous.year, then_pct, change);
      }
  }
  for (guint i = 1; i < codes->len; i++)
    {
      KbFleet other;
      g_autofree char *pct = NULL;

      if (!kb_fleet_get (dataset, g_ptr_array_index (codes, i), fleet.year, &other))
        continue;
      pct = number (chart, kb_fleet_share (other.electric, other.total), 1);
      g_string_append_c (text, ' ');
      /* Translators: the electric share of a county's or Sweden's cars */
      g_string_append_printf (text, _("%s: %s %% electric."),
                              kb_label_display (other.region_name, kb_chart_get_language (chart)), pct);
    }
  /* As the agency counts it, with the population of the same year-end. */
  if (!isnan (kb_fleet_per_thousand (dataset, &fleet)))
    {
      g_autofree char *per_thousand = number (chart, kb_fleet_per_thousand (dataset, &fleet), 0);

      g_string_append_c (text, ' ');
      /* Translators: cars per 1 000 inhabitants, as the fleet statistics give it */
      g_string_append_printf (text, _("%s cars per 1,000 inhabitants at the end of %d, as Trafikanalys counts them."),
                              per_thousand, fleet.year);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static double
owner_in (GPtrArray  *owners,
          const char *owner,
          int         year)
{
  double v = NAN;

  for (guint i = 0; i < owners->len; i++)
    if (g_str_equal (kb_series_get_sector (g_ptr_array_index (owners, i)), owner) &&
        kb_series_get_value (g_ptr_array_index (owners, i), year, &v))
      return v;
  return NAN;
}

static char *
describe_cycle_network (KbChart *chart)
{
  KbDataset *dataset = kb_chart_get_dataset (chart);
  const char *code = kb_chart_get_region_code (chart);
  g_autoptr(KbSeries) total = kb_dataset_get_total (dataset, code, KB_INDICATOR_CYCLE_NETWORK, 0);
  g_autoptr(GPtrArray) owners = kb_dataset_get_sectors (dataset, code, KB_INDICATOR_CYCLE_NETWORK, 0);
  g_autoptr(GString) text = g_string_new (NULL);
  int first, last, population_year;
  double first_m, last_m, own, population;

  if (total == NULL || kb_series_get_n_years (total) == 0 || !kb_series_get_latest (total, &last, &last_m))
    return g_strdup (_("No figures of the cycle network for this region."));
  first = kb_series_get_year (total, 0);
  {
    g_autofree char *km = number (chart, last_m / 1000, 0);

    /* Translators: a municipality's cycle network in km in a year */
    g_string_append_printf (text, _("%s’s cycle network was %s km in %d"), kb_series_get_region_name (total), km, last);
  }
  if (first != last && kb_series_get_value (total, first, &first_m))
    {
      g_autofree char *km = number (chart, first_m / 1000, 0);
      /* Translators: the cycle network in an earlier year, after the sentence above */
      g_string_append_printf (text, _(" (%s km in %d)"), km, first);
    }
  g_string_append (text, ".");
  own = owner_in (owners, "Kommunal", last);
  if (!isnan (own) && last_m > 0)
    {
      g_autofree char *pct = number (chart, own / last_m * 100, 0);

      g_string_append_c (text, ' ');
      /* Translators: the share of the cycle network the municipality owns */
      g_string_append_printf (text, _("%s %% of it is the municipality’s own: the part it controls."), pct);
    }
  /* Per inhabitant in the latest year with both figures, as the chart
   * per inhabitant draws it. */
  if (kb_population_near (dataset, code, last, &population_year, &population) &&
      kb_series_get_value (total, population_year, &last_m))
    {
      g_autofree char *m = number (chart, last_m / population, 2);

      g_string_append_c (text, ' ');
      /* Translators: metres of cycle network per inhabitant in a year */
      g_string_append_printf (text, _("In %d, %s m per inhabitant."), population_year, m);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The words for a mobility chart; NULL for other kinds. */
char *
kb_chart_dup_mobility_description (KbChart *chart)
{
  switch (kb_chart_get_kind (chart))
    {
    case KB_CHART_KIND_CAR_FUELS:
      return describe_cars (chart);
    case KB_CHART_KIND_CYCLE_NETWORK:
      return describe_cycle_network (chart);
    default:
      return NULL;
    }
}
