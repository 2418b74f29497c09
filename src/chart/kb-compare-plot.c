/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-compare-plot"

#include "config.h"

#include <math.h>

#include "kb-plots.h"
#include "kb-compare.h"

/* One figure for several municipalities, ranked, the chart's own
 * highlighted: by default the other municipalities of its county. */

static const KbColor others = { 0xBB / 255.0, 0xBB / 255.0, 0xC2 / 255.0 };

/* The rows shown where all do not fit at a readable size: the first few,
 * those around the municipality, the last few, with a gap row ("⋯")
 * between; -1 marks a gap. A gap of one row is that row: a "⋯" must
 * stand for more than the bar it takes the place of. */
static GArray *
rows_shown (GArray     *entries,
            const char *own,
            guint       fit)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (int));
  guint mine = 0, head, tail, around;
  int gap = -1, last = -1;

  for (guint i = 0; i < entries->len; i++)
    if (g_strcmp0 (g_array_index (entries, KbCompareEntry, i).code, own) == 0)
      mine = i;
  if (entries->len <= fit)
    {
      for (guint i = 0; i < entries->len; i++)
        g_array_append_val (rows, i);
      return rows;
    }
  /* However short the card, never all 290 on top of each other. */
  fit = MAX (fit, 9);
  /* Two gap rows; the rest shared: a third each for the top, the
   * municipality's neighbourhood and the bottom. */
  around = (fit - 2) / 3;
  head = (fit - 2 - around) / 2;
  tail = fit - 2 - around - head;
  for (int i = 0; i < (int)entries->len; i++)
    {
      gboolean shown = i < (int)head || i >= (int)(entries->len - tail) ||
                       (i - (int)mine >= -(int)(around / 2) && i - (int)mine < (int)(around - around / 2));

      if (!shown)
        continue;
      if (last >= 0 && i == last + 2)
        g_array_append_val (rows, ((int) { last + 1 }));
      else if (last >= 0 && i != last + 1)
        g_array_append_val (rows, gap);
      g_array_append_val (rows, i);
      last = i;
    }
  return rows;
}

KbBarBody *
kb_compare_plot_bars (KbRender *render)
{
  const KbChartLayout *l = &render->layout;
  const char *own = kb_chart_get_region_code (render->chart);
  g_autoptr(GArray) entries = kb_compare_entries (render->chart);
  guint fit = (guint)MAX (l->plot.height / (l->body_px * 1.45), 1);
  g_autoptr(GArray) rows = rows_shown (entries, own, fit);
  KbBarBody *body = kb_bar_body_new ();
  /* Ranks beside the names where a list is long or cut. */
  gboolean ranked = entries->len > 20;

  for (guint r = 0; r < rows->len; r++)
    {
      int i = g_array_index (rows, int, r);
      KbCompareEntry *e;
      gboolean mine;

      if (i < 0)
        {
          kb_bar_body_add (body, (KbBar) { "\u22EF", 0, 0, others, NULL, .marker = NAN });
          continue;
        }
      e = &g_array_index (entries, KbCompareEntry, i);
      mine = g_strcmp0 (e->code, own) == 0;
      kb_bar_body_add (body, (KbBar) {
        kb_bar_body_keep (body, ranked ? g_strdup_printf ("%d. %s", i + 1, e->name) : g_strdup (e->name)), 0, e->value,
        mine ? render->ink->history : others, kb_render_kt (render, e->value, FALSE), .marker = NAN,
      });
    }
  return body;
}
