/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "model/kb-series.h"

G_BEGIN_DECLS

#define KB_TYPE_SPARKLINE (kb_sparkline_get_type ())
G_DECLARE_FINAL_TYPE (KbSparkline, kb_sparkline, KB, SPARKLINE, GtkWidget)

GtkWidget *kb_sparkline_new           (void);
void       kb_sparkline_set_series    (KbSparkline *self,
                                       KbSeries    *series,
                                       KbSeries    *reference);
guint      kb_sparkline_get_n_points  (KbSparkline *self);
KbSeries  *kb_sparkline_get_reference (KbSparkline *self);

G_END_DECLS
