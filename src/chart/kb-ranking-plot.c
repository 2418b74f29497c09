/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-ranking-plot"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kb-plots.h"

/* The sectors of one year, largest first, with value and share. */

typedef struct
{
  KbSeries *series;
  guint     index; /* in the source's order, for the colour */
  double    value;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  double va = ((const Ranked *)a)->value, vb = ((const Ranked *)b)->value;
  return (va < vb) - (va > vb);
}

KbBarBody *
kb_ranking_plot_bars (KbRender *render)
{
  GPtrArray *sectors = kb_chart_get_sectors (render->chart);
  int year = kb_chart_get_year (render->chart);
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  KbBarBody *body = kb_bar_body_new ();
  double total = 0;

  for (guint i = 0; i < sectors->len; i++)
    {
      Ranked r = { g_ptr_array_index (sectors, i), i, 0 };

      if (kb_series_get_value (r.series, year, &r.value))
        {
          g_array_append_val (ranked, r);
          total += r.value;
        }
    }
  g_array_sort (ranked, compare_ranked);
  /* Sectors picked out: their shares are still of the whole total. */
  if (kb_chart_get_sector_filter (render->chart) != NULL)
    kb_series_get_value (kb_chart_get_total (render->chart), year, &total);

  for (guint i = 0; i < ranked->len; i++)
    {
      Ranked *r = &g_array_index (ranked, Ranked, i);
      g_autofree char *value = kb_render_kt (render, r->value, FALSE);
      g_autofree char *share = kb_format_share (total != 0 ? r->value / total * 100 : 0,
                                                kb_chart_get_language (render->chart));

      kb_bar_body_add (body, (KbBar) {
        kb_series_display (r->series, kb_chart_get_language (render->chart)), 0, r->value,
        kb_palette_sector (kb_series_get_sector (r->series), r->index),
        /* Translators: a value and its share of the total, e.g. "318 kt · 43 %" */
        g_strdup_printf (_("%s · %s %%"), value, share),
        .marker = NAN,
      });
    }
  return body;
}
