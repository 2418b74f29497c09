/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-chart"

#include "config.h"

#include "kb-chart-text.h"
#include "kb-plots.h"

typedef struct
{
  guint  guess;
  double x, y;
} Label;

static int
compare_label_y (gconstpointer a,
                 gconstpointer b)
{
  double ya = ((const Label *)a)->y, yb = ((const Label *)b)->y;

  return (ya > yb) - (ya < yb);
}

/* Each guess's label at its end, a line apart at least: guesses that end
 * near each other had their labels drawn over one another. */
static void
draw_labels (KbRender  *render,
             KbGuesses *guesses)
{
  const KbChartLayout *l = &render->layout;
  gboolean revealed = kb_chart_get_guess_revealed (render->chart);
  double line = l->body_px * 1.5;
  g_autoptr(GArray) labels = g_array_new (FALSE, FALSE, sizeof (Label));
  g_autofree double *tops = NULL, *heights = NULL;

  for (guint g = 0; g < kb_guesses_get_n_guesses (guesses); g++)
    {
      guint n = kb_guesses_get_n_points (guesses, g);
      double year, value;

      if (n < 2)
        continue;
      kb_guesses_get_point (guesses, g, n - 1, &year, &value);
      /* The longer label ends at the guess's end, inside the plot. */
      g_array_append_val (labels, ((Label) { g, kb_chart_layout_x (l, year) + (revealed ? -0.4 : 0.4) * l->body_px,
                                             kb_chart_layout_y (l, value) - l->body_px * 0.7 }));
    }
  g_array_sort (labels, compare_label_y);
  /* A line apart, and inside the plot (many guesses ending low ran below
   * its axis). */
  tops = g_new (double, MAX (labels->len, 1));
  heights = g_new (double, MAX (labels->len, 1));
  for (guint i = 0; i < labels->len; i++)
    {
      tops[i] = g_array_index (labels, Label, i).y;
      heights[i] = line;
    }
  kb_chart_layout_spread (tops, heights, labels->len, l->plot.y, l->plot.y + l->plot.height);
  for (guint i = 0; i < labels->len; i++)
    g_array_index (labels, Label, i).y = tops[i];
  for (guint i = 0; i < labels->len; i++)
    {
      const Label *label = &g_array_index (labels, Label, i);
      g_autofree char *text = kb_chart_dup_guess_label (render->chart, label->guess);

      kb_render_text (render, text, label->x, label->y, l->body_px * 1.2, TRUE,
                      kb_palette_guess (label->guess), revealed ? KB_ALIGN_END : KB_ALIGN_START, 0);
    }
}

/* Gissa kurvan's guesses over the chart, each in its colour and numbered
 * at its end, as people call them out: on the page, in presentation mode
 * and in an export alike; with the answer shown, each says how close it
 * came, ending at its end. */
void
kb_guess_plot_draw (KbRender *render)
{
  const KbChartLayout *l = &render->layout;
  KbGuesses *guesses = kb_chart_get_guesses (render->chart);
  cairo_t *cr = render->cr;

  cairo_save (cr);
  cairo_rectangle (cr, l->plot.x - l->line_width, l->plot.y - l->line_width,
                   l->plot.width + 2 * l->line_width, l->plot.height + 2 * l->line_width);
  cairo_clip (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width (cr, l->line_width);
  for (guint g = 0; g < kb_guesses_get_n_guesses (guesses); g++)
    {
      KbColor color = kb_palette_guess (g);
      guint n = kb_guesses_get_n_points (guesses, g);

      if (n < 2)
        continue;
      cairo_set_source_rgb (cr, color.red, color.green, color.blue);
      cairo_new_path (cr);
      for (guint i = 0; i < n; i++)
        {
          double year, value;

          kb_guesses_get_point (guesses, g, i, &year, &value);
          cairo_line_to (cr, kb_chart_layout_x (l, year), kb_chart_layout_y (l, value));
        }
      cairo_stroke (cr);
    }
  cairo_restore (cr);

  draw_labels (render, guesses);
}
