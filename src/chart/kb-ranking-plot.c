/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-ranking-plot"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kb-plots.h"

/* The sectors of one year, largest first, with value and share. */

KbBarBody *
kb_ranking_plot_bars (KbRender *render)
{
  GPtrArray *sectors = kb_chart_get_sectors (render->chart);
  GPtrArray *ranking = kb_chart_get_ranking (render->chart);
  int year = kb_chart_get_year (render->chart);
  KbLanguage lang = kb_chart_get_language (render->chart);
  KbBarBody *body = kb_bar_body_new ();
  double total = 0, v;

  for (guint i = 0; i < ranking->len; i++)
    if (kb_series_get_value (g_ptr_array_index (ranking, i), year, &v))
      total += v;
  /* Sectors picked out: their shares are still of the whole total. */
  if (kb_chart_get_sector_filter (render->chart) != NULL)
    kb_series_get_value (kb_chart_get_total (render->chart), year, &total);

  /* Those with a value come first; the rest have no bar. */
  for (guint i = 0; i < ranking->len && kb_series_get_value (g_ptr_array_index (ranking, i), year, &v); i++)
    {
      KbSeries *series = g_ptr_array_index (ranking, i);
      g_autofree char *value = kb_render_kt (render, v, FALSE);
      g_autofree char *share = kb_format_share (total != 0 ? v / total * 100 : 0, lang);
      guint index = 0;

      /* Coloured by its place in the source's order. */
      g_ptr_array_find (sectors, series, &index);
      kb_bar_body_add (body, (KbBar) {
        kb_series_display (series, lang), 0, v,
        kb_palette_sector (kb_series_get_sector (series), index),
        /* Translators: a value and its share of the total, e.g. "318 kt · 43 %" */
        g_strdup_printf (_("%s · %s %%"), value, share),
        .marker = NAN,
      });
    }
  return body;
}
