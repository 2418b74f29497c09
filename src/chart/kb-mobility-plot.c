/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-mobility-plot"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "analysis/kb-mobility.h"
#include "kb-plots.h"
#include "model/kb-region.h"

/* The electric share of a municipality's cars beside its county's and
 * Sweden's: a row each, electric cars in full colour, plug-in hybrids in
 * a lighter part after them; where an earlier edition is open too, a tick
 * at each row's electric share then, its year and share in the row's
 * words (a legend entry for it ran into the first row's). */

static const KbColor electric_blue = { 0x44 / 255.0, 0x77 / 255.0, 0xAA / 255.0 };
static const KbColor plug_in_blue = { 0x9E / 255.0, 0xBC / 255.0, 0xDA / 255.0 };

KbBarBody *
kb_car_fuels_plot_bars (KbRender *render)
{
  KbDataset *dataset = kb_chart_get_dataset (render->chart);
  KbLanguage lang = kb_chart_get_language (render->chart);
  g_autoptr(GPtrArray) codes = kb_car_fuels_regions (render->chart);
  KbBarBody *body = kb_bar_body_new ();
  int year = 0, previous_year = 0;

  for (guint i = 0; i < codes->len; i++)
    {
      KbFleet fleet, previous;
      double electric, plug_in, before = NAN;
      char *text;
      g_autofree char *e = NULL, *p = NULL;

      if (!kb_fleet_get (dataset, g_ptr_array_index (codes, i), year, &fleet))
        continue;
      /* Every row of the municipality's year. */
      year = fleet.year;
      /* Ticks where the municipality (the first row) has an earlier
       * edition, at that edition's year on every row. */
      if (i == 0 && kb_fleet_get_previous (dataset, &fleet, &previous))
        previous_year = previous.year;
      if (previous_year != 0 && kb_fleet_get (dataset, fleet.region_code, previous_year, &previous) &&
          previous.year == previous_year)
        before = kb_fleet_share (previous.electric, previous.total);
      electric = kb_fleet_share (fleet.electric, fleet.total);
      plug_in = kb_fleet_share (fleet.plug_in, fleet.total);
      e = isnan (electric) ? g_strdup ("..") : kb_format_number (electric, 1, lang);
      p = isnan (plug_in) ? g_strdup ("..") : kb_format_number (plug_in, 1, lang);
      if (!isnan (before))
        {
          g_autofree char *then = kb_format_number (before, 1, lang);

          /* Translators: the shares of electric cars and of plug-in hybrids, and the electric share
           * an earlier year (the tick on the bar) */
          text = g_strdup_printf (_("%s %% electric (%d: %s %%) · %s %% plug-in hybrids"), e, previous_year, then, p);
        }
      else
        /* Translators: the shares of electric cars and of plug-in hybrids among the cars in use */
        text = g_strdup_printf (_("%s %% electric · %s %% plug-in hybrids"), e, p);
      kb_bar_body_add (body, (KbBar) {
        kb_bar_body_keep (body, g_strdup (kb_label_display (fleet.region_name, lang))), 0,
        isnan (electric) ? 0 : electric, electric_blue,
        text,
        isnan (electric) ? 0 : electric, (isnan (electric) ? 0 : electric) + (isnan (plug_in) ? 0 : plug_in),
        plug_in_blue, .marker = before,
      });
    }
  return body;
}

/* The bars and, where there are any, what their two blues are. */
void
kb_car_fuels_plot_draw (KbRender        *render,
                        const KbBarBody *body)
{
  kb_bar_plot_draw (render, body);
  if (body->bars->len > 0)
    {
      kb_render_legend (render, KB_LEGEND_SWATCH, electric_blue, _("Electric cars"));
      kb_render_legend (render, KB_LEGEND_SWATCH, plug_in_blue, _("Plug-in hybrids"));
    }
}
