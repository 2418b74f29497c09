/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-compare-plot"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kb-chart-render-private.h"

/* One figure for several municipalities, ranked, the chart's own
 * highlighted: by default the other municipalities of its county. */

typedef struct
{
  const char *code;
  const char *name;
  double      value;
} Entry;

static const KbColor others = { 0xBB / 255.0, 0xBB / 255.0, 0xC2 / 255.0 };

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  double va = ((const Entry *)a)->value, vb = ((const Entry *)b)->value;
  return (va < vb) - (va > vb);
}

void
kb_compare_plot_draw (KbRender *render)
{
  KbDataset *dataset = kb_chart_get_dataset (render->chart);
  const char *indicator = kb_chart_get_indicator (render->chart);
  const char *own = kb_chart_get_region_code (render->chart);
  int year = kb_chart_get_year (render->chart);
  GPtrArray *sectors = kb_chart_get_sectors (render->chart);
  /* One sector chosen: that sector is compared, not the total. */
  const char *sector = kb_chart_get_sector_filter (render->chart) != NULL && sectors->len == 1
                     ? kb_series_get_sector (g_ptr_array_index (sectors, 0)) : NULL;
  g_autoptr(GPtrArray) codes = kb_chart_get_compare_regions (render->chart);
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_autofree KbBar *bars = NULL;

  for (guint i = 0; i < codes->len; i++)
    {
      const char *code = g_ptr_array_index (codes, i);
      int vintage = kb_dataset_get_latest_vintage (dataset, code, indicator);
      g_autoptr(KbSeries) total = NULL;
      g_autoptr(KbSeries) population = NULL;
      Entry e = { code, kb_dataset_get_region_name (dataset, code), 0 };
      double inhabitants;

      if (sector != NULL)
        {
          KbSeries *found = kb_dataset_lookup (dataset, code, indicator, sector, vintage);
          total = found ? g_object_ref (found) : NULL;
        }
      else
        total = kb_dataset_get_total (dataset, code, indicator, vintage);

      if (total == NULL || !kb_series_get_value (total, year, &e.value))
        continue;
      /* Per inhabitant: each municipality's total over its population. */
      if (kb_chart_get_per_capita (render->chart))
        {
          population = kb_chart_dup_population (render->chart, code);
          if (population == NULL || !kb_series_get_value (population, year, &inhabitants) ||
              inhabitants <= 0)
            continue;
          e.value /= inhabitants;
        }
      g_array_append_val (entries, e);
    }
  g_array_sort (entries, compare_entries);

  bars = kb_bars_new (entries->len);
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *e = &g_array_index (entries, Entry, i);
      gboolean mine = g_strcmp0 (e->code, own) == 0;

      bars[i] = (KbBar) { e->name, 0, e->value, mine ? render->ink->history : others,
                          kb_render_kt (render, e->value, FALSE), .marker = NAN };
    }

  kb_bar_plot_draw (render, bars, entries->len);
  for (guint i = 0; i < entries->len; i++)
    g_free (bars[i].value_text);
}
