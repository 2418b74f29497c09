/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-guess-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kb-chart-view.h"
#include "kb-guess-view.h"

/* Gissa kurvan, for workshops: the chart shows the total up to a chosen
 * year; participants draw what they think came next, with a mouse, a
 * finger or a pen, one guess after another; one key press (Space) shows
 * the real line beside the guesses. The guesses and the year are the
 * chart's as it follows the window's state (which holds them once), in
 * data terms (year, tonnes): they stay in place when the window changes
 * size, presentation mode and exports show them, and they last until
 * cleared or the municipality changes. */

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
  char      *region_code; /* whose data the guesses are of */
};

enum {
  GUESSES_CLEARED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (KbGuessView, kb_guess_view, GTK_TYPE_WIDGET)

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

  p.year = CLAMP (kb_chart_layout_year (l, x), kb_chart_get_guess_year (self->chart), l->x_max);
  p.value = CLAMP (kb_chart_layout_value (l, y), l->y_min, l->y_max);
  return p;
}

static gboolean
can_guess (KbGuessView *self)
{
  return kb_chart_get_guess_year (self->chart) != 0 && kb_chart_get_total (self->chart) != NULL &&
         layout (self)->plot.width > 0 && kb_chart_view_get_render_count (KB_CHART_VIEW (self->chart_view)) > 0;
}

/* A new guess, starting where the shown history ends. */
void
kb_guess_view_begin_guess (KbGuessView *self,
                           double       x,
                           double       y)
{
  GuessPoint start;

  g_return_if_fail (KB_IS_GUESS_VIEW (self));

  if (!can_guess (self))
    return;
  start.year = kb_chart_get_guess_year (self->chart);
  if (!kb_series_get_value (kb_chart_get_total (self->chart), start.year, &start.value))
    start = point_at (self, x, y);
  kb_guesses_begin (kb_chart_get_guesses (self->chart), start.year, start.value);
  kb_guess_view_extend_guess (self, x, y);
}

/* The pen moves on: the guess runs to its year, replacing what it had
 * drawn from there on (moving back redraws). */
void
kb_guess_view_extend_guess (KbGuessView *self,
                            double       x,
                            double       y)
{
  GuessPoint p;

  g_return_if_fail (KB_IS_GUESS_VIEW (self));

  if (!can_guess (self))
    return;
  p = point_at (self, x, y);
  kb_guesses_extend (kb_chart_get_guesses (self->chart), p.year, p.value);
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
  g_return_val_if_fail (KB_IS_GUESS_VIEW (self), FALSE);
  return kb_guesses_value_at (kb_chart_get_guesses (self->chart), index, year, value);
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
  if (g_strcmp0 (self->region_code, kb_chart_get_region_code (self->chart)) == 0 &&
      kb_chart_get_guess_year (self->chart) != 0)
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }
  /* Said, with what they were, so that they can be drawn again. */
  if (self->region_code != NULL && kb_guess_view_get_n_guesses (self) > 0)
    {
      g_autofree char *guesses = kb_guesses_to_string (kb_chart_get_guesses (self->chart));

      g_signal_emit (self, signals[GUESSES_CLEARED], 0, self->region_code, kb_chart_get_guess_year (self->chart),
                     guesses);
    }
  g_free (self->region_code);
  self->region_code = g_strdup (kb_chart_get_region_code (self->chart));
  kb_guess_view_clear (self);
  kb_chart_set_guess_revealed (self->chart, FALSE);
  kb_chart_set_guess_year (self->chart, default_from_year (kb_chart_get_total (self->chart)));
}

int
kb_guess_view_get_from_year (KbGuessView *self)
{
  g_return_val_if_fail (KB_IS_GUESS_VIEW (self), 0);
  return kb_chart_get_guess_year (self->chart);
}

/* Whether the game of @chart can start at @year: the data has the year,
 * before its latest. */
gboolean
kb_guess_view_can_start (KbChart *chart,
                         int      year)
{
  KbSeries *total = kb_chart_get_total (chart);
  int latest;

  return total != NULL && kb_series_get_latest (total, &latest, NULL) &&
         year >= kb_series_get_year (total, 0) && year < latest;
}

/* Shows the history up to @year and hides the answer again; the guesses,
 * drawn from another year, go. A year the data does not have before its
 * latest leaves the game as it is. */
void
kb_guess_view_set_from_year (KbGuessView *self,
                             int          year)
{
  g_return_if_fail (KB_IS_GUESS_VIEW (self));

  if (year == kb_chart_get_guess_year (self->chart) || !kb_guess_view_can_start (self->chart, year))
    return;
  kb_guess_view_clear (self);
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
  kb_guesses_clear (kb_chart_get_guesses (self->chart));
}

guint
kb_guess_view_get_n_guesses (KbGuessView *self)
{
  g_return_val_if_fail (KB_IS_GUESS_VIEW (self), 0);
  return kb_guesses_get_n_guesses (kb_chart_get_guesses (self->chart));
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
  g_clear_pointer (&self->region_code, g_free);

  G_OBJECT_CLASS (kb_guess_view_parent_class)->dispose (object);
}

static void
kb_guess_view_class_init (KbGuessViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kb_guess_view_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  /* Another municipality cleared the guesses: whose they were, the year
   * they were drawn from, and the guesses as kb_guesses_to_string () has them. */
  signals[GUESSES_CLEARED] = g_signal_new ("guesses-cleared", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                           G_TYPE_STRING, G_TYPE_INT, G_TYPE_STRING);
}

static void
kb_guess_view_init (KbGuessView *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

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
