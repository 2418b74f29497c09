/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KB_TYPE_GUESSES (kb_guesses_get_type ())
G_DECLARE_FINAL_TYPE (KbGuesses, kb_guesses, KB, GUESSES, GObject)

KbGuesses *kb_guesses_new          (void);
guint      kb_guesses_get_n_guesses (KbGuesses *self);
guint      kb_guesses_get_n_points (KbGuesses *self,
                                    guint      guess);
void       kb_guesses_get_point    (KbGuesses *self,
                                    guint      guess,
                                    guint      index,
                                    double    *year,
                                    double    *value);
void       kb_guesses_begin        (KbGuesses *self,
                                    double     year,
                                    double     value);
void       kb_guesses_extend       (KbGuesses *self,
                                    double     year,
                                    double     value);
gboolean   kb_guesses_value_at     (KbGuesses *self,
                                    guint      guess,
                                    double     year,
                                    double    *value);
gboolean   kb_guesses_add          (KbGuesses    *self,
                                    const double *years,
                                    const double *values,
                                    guint         n);
void       kb_guesses_copy_from    (KbGuesses *self,
                                    KbGuesses *other);
void       kb_guesses_clear        (KbGuesses *self);
char      *kb_guesses_to_string    (KbGuesses *self);
gboolean   kb_guesses_parse        (KbGuesses  *self,
                                    const char *text);

G_END_DECLS
