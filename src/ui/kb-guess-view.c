/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-guess-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "chart/kb-palette.h"
#include "kb-chart-view.h"
#include "kb-guess-view.h"

/* Gissa kurvan, for workshops: the chart shows the total up to a chosen
 * year; participants draw what they think came next, with a mouse, a
 * finger or a pen, one guess after another; one key press (Space) shows
 * the real line beside the guesses. Guesses are kept in data terms (year,
 * tonnes), so they stay in place when the window changes size, and last
 * until cleared or the municipality changes. */

typedef struct
{
  double year;
  double value;
} GuessPoint;

struct _KbGuessView
{
  GtkWidget  parent_instance;

  KbChart   *chart;
  GtkWidget *chart_view;
  GPtrArray *guesses;   /* GArray of GuessPoint, by year */
  int        from_year;
  char      *region_code; /* whose data the guesses are of */
};

G_DEFINE_FINAL_TYPE (KbGuessView, kb_guess_view, GTK_TYPE_WIDGET)

/* Guesses in turn get these colours: none of them the history's. */
static const KbColor guess_colors[] = {
  { 0.85, 0.37, 0.01 }, { 0.46, 0.44, 0.70 }, { 0.11, 0.62, 0.47 },
  { 0.91, 0.16, 0.54 }, { 0.40, 0.65, 0.12 }, { 0.65, 0.46, 0.11 },
};

static const KbChartLayout *
layout (KbGuessView *self)
{
  return kb_chart_view_get_layout (KB_CHART_VIEW (self->chart_view));
}

/* The year and value at a point of the plot, kept inside the axes and
 * after the shown history. */
static GuessPoint
point_at (KbGuessView *self,
          double       x,
          double       y)
{
  const KbChartLayout *l = layout (self);
  GuessPoint p;

  p.year = CLAMP (kb_chart_layout_year (l, x), self->from_year, l->x_max);
  p.value = CLAMP (kb_chart_layout_value (l, y), l->y_min, l->y_max);
  return p;
}

static gboolean
can_guess (KbGuessView *self)
{
  return self->from_year != 0 && kb_chart_get_total (self->chart) != NULL &&
         layout (self)->plot.width > 0 && kb_chart_view_get_render_count (KB_CHART_VIEW (self->chart_view)) > 0;
}

/* A new guess, starting where the shown history ends. */
void
kb_guess_view_begin_guess (KbGuessView *self,
                           double       x,
                           double       y)
{
  GArray *guess;
  GuessPoint start;

  g_return_if_fail (KB_IS_GUESS_VIEW (self));

  if (!can_guess (self))
    return;
  guess = g_array_new (FALSE, FALSE, sizeof (GuessPoint));
  start.year = self->from_year;
  if (!kb_series_get_value (kb_chart_get_total (self->chart), self->from_year, &start.value))
    start = point_at (self, x, y);
  g_array_append_val (guess, start);
  g_ptr_array_add (self->guesses, guess);
  kb_guess_view_extend_guess (self, x, y);
}

/* The pen moves on: the guess runs to its year, replacing what it had
 * drawn from there on (moving back redraws). */
void
kb_guess_view_extend_guess (KbGuessView *self,
                            double       x,
                            double       y)
{
  GArray *guess;
  GuessPoint p;

  g_return_if_fail (KB_IS_GUESS_VIEW (self));

  if (self->guesses->len == 0 || !can_guess (self))
    return;
  guess = g_ptr_array_index (self->guesses, self->guesses->len - 1);
  p = point_at (self, x, y);
  while (guess->len > 1 && g_array_index (guess, GuessPoint, guess->len - 1).year >= p.year)
    g_array_set_size (guess, guess->len - 1);
  if (p.year > g_array_index (guess, GuessPoint, guess->len - 1).year)
    g_array_append_val (guess, p);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               KbGuessView    *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  kb_guess_view_begin_guess (self, x, y);
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                KbGuessView    *self)
{
  double x, y;

  if (gtk_gesture_drag_get_start_point (gesture, &x, &y))
    kb_guess_view_extend_guess (self, x + dx, y + dy);
}

static gboolean
on_key_pressed (KbGuessView     *self,
                guint            keyval,
                guint            keycode,
                GdkModifierType  state)
{
  if (keyval != GDK_KEY_space && keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter)
    return FALSE;
  kb_guess_view_set_revealed (self, !kb_guess_view_get_revealed (self));
  return TRUE;
}

/* The line a guess draws, where it would cross @year. */
gboolean
kb_guess_view_guess_value (KbGuessView *self,
                           guint        index,
                           double       year,
                           double      *value)
{
  GArray *guess;

  g_return_val_if_fail (KB_IS_GUESS_VIEW (self), FALSE);
  g_return_val_if_fail (index < self->guesses->len, FALSE);

  guess = g_ptr_array_index (self->guesses, index);
  for (guint i = 0; i + 1 < guess->len; i++)
    {
      GuessPoint a = g_array_index (guess, GuessPoint, i), b = g_array_index (guess, GuessPoint, i + 1);

      if (year >= a.year && year <= b.year)
        {
          *value = b.year > a.year ? a.value + (b.value - a.value) * (year - a.year) / (b.year - a.year) : b.value;
          return TRUE;
        }
    }
  return FALSE;
}

static void
draw_guesses (KbGuessView *self,
              cairo_t     *cr)
{
  const KbChartLayout *l = layout (self);

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width (cr, l->line_width);
  for (guint g = 0; g < self->guesses->len; g++)
    {
      GArray *guess = g_ptr_array_index (self->guesses, g);
      KbColor color = guess_colors[g % G_N_ELEMENTS (guess_colors)];
      GuessPoint last = g_array_index (guess, GuessPoint, guess->len - 1);
      g_autofree char *number = g_strdup_printf ("%u", g + 1);

      if (guess->len < 2)
        continue;
      cairo_set_source_rgb (cr, color.red, color.green, color.blue);
      cairo_new_path (cr);
      for (guint i = 0; i < guess->len; i++)
        {
          GuessPoint p = g_array_index (guess, GuessPoint, i);
          cairo_line_to (cr, kb_chart_layout_x (l, p.year), kb_chart_layout_y (l, p.value));
        }
      cairo_stroke (cr);

      /* Each guess numbered at its end, as people call them out. */
      cairo_select_font_face (cr, "Cantarell", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
      cairo_set_font_size (cr, l->body_px * 1.2);
      cairo_move_to (cr, kb_chart_layout_x (l, last.year) + l->body_px * 0.4,
                     kb_chart_layout_y (l, last.value) + l->body_px * 0.4);
      cairo_show_text (cr, number);
    }
}

static void
kb_guess_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  KbGuessView *self = KB_GUESS_VIEW (widget);
  cairo_t *cr;

  gtk_widget_snapshot_child (widget, self->chart_view, snapshot);
  if (self->guesses->len == 0 || !can_guess (self))
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                                 gtk_widget_get_height (widget)));
  draw_guesses (self, cr);
  cairo_destroy (cr);
}

/* The default start: the data year nine or more before the latest (2015
 * for data to 2024), so there is a stretch worth guessing. */
static int
default_from_year (KbSeries *total)
{
  int latest, year = 0;

  if (total == NULL || !kb_series_get_latest (total, &latest, NULL))
    return 0;
  for (guint i = 0; i < kb_series_get_n_years (total); i++)
    if (kb_series_get_year (total, i) <= latest - 9)
      year = kb_series_get_year (total, i);
  return year != 0 ? year : kb_series_get_year (total, 0);
}

/* Another municipality, or other data: the guesses were of something else. */
static void
on_chart_changed (KbGuessView *self)
{
  if (g_strcmp0 (self->region_code, kb_chart_get_region_code (self->chart)) == 0 && self->from_year != 0)
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }
  g_free (self->region_code);
  self->region_code = g_strdup (kb_chart_get_region_code (self->chart));
  kb_guess_view_clear (self);
  self->from_year = default_from_year (kb_chart_get_total (self->chart));
  kb_chart_set_guess_revealed (self->chart, FALSE);
  kb_chart_set_guess_year (self->chart, self->from_year);
}

int
kb_guess_view_get_from_year (KbGuessView *self)
{
  g_return_val_if_fail (KB_IS_GUESS_VIEW (self), 0);
  return self->from_year;
}

/* Shows the history up to @year and hides the answer again; the guesses,
 * drawn from another year, go. */
void
kb_guess_view_set_from_year (KbGuessView *self,
                             int          year)
{
  g_return_if_fail (KB_IS_GUESS_VIEW (self));

  if (year == self->from_year)
    return;
  kb_guess_view_clear (self);
  self->from_year = year;
  kb_chart_set_guess_revealed (self->chart, FALSE);
  kb_chart_set_guess_year (self->chart, year);
}

gboolean
kb_guess_view_get_revealed (KbGuessView *self)
{
  g_return_val_if_fail (KB_IS_GUESS_VIEW (self), FALSE);
  return kb_chart_get_guess_revealed (self->chart);
}

void
kb_guess_view_set_revealed (KbGuessView *self,
                            gboolean     revealed)
{
  g_return_if_fail (KB_IS_GUESS_VIEW (self));
  kb_chart_set_guess_revealed (self->chart, revealed);
}

void
kb_guess_view_clear (KbGuessView *self)
{
  g_return_if_fail (KB_IS_GUESS_VIEW (self));
  g_ptr_array_set_size (self->guesses, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
kb_guess_view_get_n_guesses (KbGuessView *self)
{
  g_return_val_if_fail (KB_IS_GUESS_VIEW (self), 0);
  return self->guesses->len;
}

GtkWidget *
kb_guess_view_get_chart_view (KbGuessView *self)
{
  g_return_val_if_fail (KB_IS_GUESS_VIEW (self), NULL);
  return self->chart_view;
}

static void
kb_guess_view_dispose (GObject *object)
{
  KbGuessView *self = KB_GUESS_VIEW (object);

  g_clear_pointer (&self->chart_view, gtk_widget_unparent);
  if (self->chart != NULL)
    g_signal_handlers_disconnect_by_data (self->chart, self);
  g_clear_object (&self->chart);
  g_clear_pointer (&self->guesses, g_ptr_array_unref);
  g_clear_pointer (&self->region_code, g_free);

  G_OBJECT_CLASS (kb_guess_view_parent_class)->dispose (object);
}

static void
kb_guess_view_class_init (KbGuessViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kb_guess_view_dispose;
  widget_class->snapshot = kb_guess_view_snapshot;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
kb_guess_view_init (KbGuessView *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->guesses = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (drag), FALSE);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "crosshair");
}

GtkWidget *
kb_guess_view_new (KbChart *chart)
{
  KbGuessView *self = g_object_new (KB_TYPE_GUESS_VIEW, NULL);

  self->chart = g_object_ref (chart);
  self->chart_view = kb_chart_view_new (chart);
  gtk_widget_set_focusable (self->chart_view, FALSE);
  gtk_widget_set_parent (self->chart_view, GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Guess the line: draw what came next; Space shows the answer"), -1);
  g_signal_connect_object (chart, "changed", G_CALLBACK (on_chart_changed), self, G_CONNECT_SWAPPED);
  on_chart_changed (self);
  return GTK_WIDGET (self);
}
