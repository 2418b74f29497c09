/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-chart"

#include "config.h"

#include "kb-chart-private.h"

/* A chart's part in Gissa kurvan: the year the history stops, whether the
 * answer is shown, and the guesses drawn over it. None of it changes the
 * derived series (kb-chart-data.c). */

static void
on_guesses_changed (KbChart *self)
{
  _kb_chart_changed (self, NULL);
}

/* A guess drawn changes the picture, not the data behind it. */
void
_kb_chart_watch_guesses (KbChart *self)
{
  g_signal_connect_object (self->guesses, "changed", G_CALLBACK (on_guesses_changed), self, G_CONNECT_SWAPPED);
}

/* Gissa kurvan: a trend shows the total alone, up to @year, on axes of
 * that history (kb-chart-layout.c), until the answer is revealed; 0 ends
 * the game. */
void
kb_chart_set_guess_year (KbChart *self,
                         int      year)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (self->guess_year == year)
    return;
  self->guess_year = year;
  _kb_chart_changed (self, "guess-year");
}

int
kb_chart_get_guess_year (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), 0);
  return self->guess_year;
}

void
kb_chart_set_guess_revealed (KbChart  *self,
                             gboolean  revealed)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (self->guess_revealed == revealed)
    return;
  self->guess_revealed = revealed;
  _kb_chart_changed (self, "guess-revealed");
}

gboolean
kb_chart_get_guess_revealed (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), FALSE);
  return self->guess_revealed;
}

/* Draws @guesses (shared: the window's state holds the game's) in place
 * of the chart's own. */
void
kb_chart_set_guesses (KbChart   *self,
                      KbGuesses *guesses)
{
  g_return_if_fail (KB_IS_CHART (self));
  g_return_if_fail (KB_IS_GUESSES (guesses));

  if (self->guesses == guesses)
    return;
  g_signal_handlers_disconnect_by_data (self->guesses, self);
  g_set_object (&self->guesses, guesses);
  _kb_chart_watch_guesses (self);
  _kb_chart_changed (self, "guesses");
}

/* The guesses drawn in the game, drawn by every view of the chart. */
KbGuesses *
kb_chart_get_guesses (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), NULL);
  return self->guesses;
}

/* The last year the chart may show: all of them but in an unrevealed game. */
int
kb_chart_get_hidden_after (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), 0);
  return self->guess_year != 0 && !self->guess_revealed ? self->guess_year : 0;
}
