/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-change-plot"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kb-plots.h"

/* What drove the change: a waterfall from the first year's total, through
 * each sector's change (largest first), to the second year's total. */

typedef struct
{
  KbSeries *series;
  double    change;
} Change;

static int
compare_by_size (gconstpointer a,
                 gconstpointer b)
{
  double va = fabs (((const Change *)a)->change), vb = fabs (((const Change *)b)->change);
  return (va < vb) - (va > vb);
}

static const KbColor rise = { 0xCC / 255.0, 0x33 / 255.0, 0x11 / 255.0 };
static const KbColor fall = { 0x00 / 255.0, 0x99 / 255.0, 0x88 / 255.0 };
static const KbColor total_color = { 0x55 / 255.0, 0x56 / 255.0, 0x5E / 255.0 };

KbBarBody *
kb_change_plot_bars (KbRender *render)
{
  KbSeries *total = kb_chart_get_total (render->chart);
  GPtrArray *sectors = kb_chart_get_sectors (render->chart);
  int from = kb_chart_get_from_year (render->chart), to = kb_chart_get_year (render->chart);
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  KbBarBody *body;
  const char *from_label, *to_label;
  double from_total, to_total, level;

  if (!kb_series_get_value (total, from, &from_total) || !kb_series_get_value (total, to, &to_total))
    return NULL;

  for (guint i = 0; i < sectors->len; i++)
    {
      Change c = { g_ptr_array_index (sectors, i), 0 };
      double a, b;

      if (kb_series_get_value (c.series, from, &a) && kb_series_get_value (c.series, to, &b))
        {
          c.change = b - a;
          g_array_append_val (changes, c);
        }
    }
  g_array_sort (changes, compare_by_size);

  body = kb_bar_body_new ();
  /* Translators: the total of a year, e.g. "Total 1990" */
  from_label = kb_bar_body_keep (body, g_strdup_printf (_("Total %d"), from));
  to_label = kb_bar_body_keep (body, g_strdup_printf (_("Total %d"), to));

  kb_bar_body_add (body, (KbBar) { from_label, 0, from_total, total_color, kb_render_kt (render, from_total, FALSE),
                                   .marker = NAN });
  level = from_total;
  for (guint i = 0; i < changes->len; i++)
    {
      Change *c = &g_array_index (changes, Change, i);

      kb_bar_body_add (body, (KbBar) { kb_series_display (c->series, kb_chart_get_language (render->chart)), level,
                                       level + c->change, c->change > 0 ? rise : fall,
                                       kb_render_kt (render, c->change, TRUE), .marker = NAN });
      level += c->change;
    }
  kb_bar_body_add (body, (KbBar) { to_label, 0, to_total, total_color, kb_render_kt (render, to_total, FALSE),
                                   .marker = NAN });
  return body;
}

/* The bars, or where the total of either year is missing (suppressed, or
 * a year the file lacks), why there are none, rather than a blank page. */
void
kb_change_plot_draw (KbRender        *render,
                     const KbBarBody *body)
{
  const KbChartLayout *l = &render->layout;
  KbSeries *total = kb_chart_get_total (render->chart);
  int from = kb_chart_get_from_year (render->chart), to = kb_chart_get_year (render->chart);
  int missing = kb_series_get_value (total, from, NULL) ? to : from;
  g_autofree char *text = NULL;

  if (body != NULL)
    {
      kb_bar_plot_draw (render, body);
      return;
    }
  text = g_strdup_printf (_("The data has no total for %d: the change from %d to %d cannot be shown."),
                          missing, from, to);
  kb_render_text (render, text, l->plot.x + l->plot.width / 2, l->plot.y + l->plot.height / 2 - l->body_px,
                  l->body_px * 1.2, FALSE, render->ink->muted_text, KB_ALIGN_CENTER, l->plot.width);
}
