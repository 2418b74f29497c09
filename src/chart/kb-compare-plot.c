/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-compare-plot"

#include "config.h"

#include <math.h>

#include "kb-chart-render-private.h"
#include "kb-compare.h"

/* One figure for several municipalities, ranked, the chart's own
 * highlighted: by default the other municipalities of its county. */

static const KbColor others = { 0xBB / 255.0, 0xBB / 255.0, 0xC2 / 255.0 };

void
kb_compare_plot_draw (KbRender *render)
{
  const char *own = kb_chart_get_region_code (render->chart);
  g_autoptr(GArray) entries = kb_compare_entries (render->chart);
  g_autofree KbBar *bars = NULL;

  bars = kb_bars_new (entries->len);
  for (guint i = 0; i < entries->len; i++)
    {
      KbCompareEntry *e = &g_array_index (entries, KbCompareEntry, i);
      gboolean mine = g_strcmp0 (e->code, own) == 0;

      bars[i] = (KbBar) { e->name, 0, e->value, mine ? render->ink->history : others,
                          kb_render_kt (render, e->value, FALSE), .marker = NAN };
    }

  kb_bar_plot_draw (render, bars, entries->len);
  for (guint i = 0; i < entries->len; i++)
    g_free (bars[i].value_text);
}
