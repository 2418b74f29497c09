/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "chart/kb-chart.h"

G_BEGIN_DECLS

#define KB_TYPE_KEY_FIGURES (kb_key_figures_get_type ())
G_DECLARE_FINAL_TYPE (KbKeyFigures, kb_key_figures, KB, KEY_FIGURES, GtkBox)

GtkWidget *kb_key_figures_new         (KbChart      *target,
                                       KbChart      *modes);
char      *kb_key_figures_dup_summary (KbKeyFigures *self);
GtkWidget *kb_key_figures_get_sparkline (KbKeyFigures *self,
                                         guint         index);

G_END_DECLS
