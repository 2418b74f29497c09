/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define KB_TYPE_MEASURES_HISTORY (kb_measures_history_get_type ())
G_DECLARE_FINAL_TYPE (KbMeasuresHistory, kb_measures_history, KB, MEASURES_HISTORY, GObject)

KbMeasuresHistory *kb_measures_history_new      (GListStore        *measures);
gboolean           kb_measures_history_can_undo (KbMeasuresHistory *self);
guint              kb_measures_history_get_latest (KbMeasuresHistory *self);
gboolean           kb_measures_history_undo     (KbMeasuresHistory *self);
void               kb_measures_history_clear    (KbMeasuresHistory *self);

G_END_DECLS
