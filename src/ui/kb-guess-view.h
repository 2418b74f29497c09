/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "chart/kb-chart.h"

G_BEGIN_DECLS

#define KB_TYPE_GUESS_VIEW (kb_guess_view_get_type ())
G_DECLARE_FINAL_TYPE (KbGuessView, kb_guess_view, KB, GUESS_VIEW, GtkWidget)

GtkWidget  *kb_guess_view_new            (KbChart     *chart);
GtkWidget  *kb_guess_view_get_chart_view (KbGuessView *self);
int         kb_guess_view_get_from_year  (KbGuessView *self);
void        kb_guess_view_set_from_year  (KbGuessView *self,
                                          int          year);
gboolean    kb_guess_view_can_start      (KbChart     *chart,
                                          int          year);
gboolean    kb_guess_view_get_revealed   (KbGuessView *self);
void        kb_guess_view_set_revealed   (KbGuessView *self,
                                          gboolean     revealed);
void        kb_guess_view_clear          (KbGuessView *self);
guint       kb_guess_view_get_n_guesses  (KbGuessView *self);
gboolean    kb_guess_view_guess_value    (KbGuessView *self,
                                          guint        guess,
                                          double       year,
                                          double      *value);
void        kb_guess_view_begin_guess    (KbGuessView *self,
                                          double       x,
                                          double       y);
void        kb_guess_view_extend_guess   (KbGuessView *self,
                                          double       x,
                                          double       y);

G_END_DECLS
