/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "model/kb-measures-history.h"

G_BEGIN_DECLS

#define KB_TYPE_MEASURES_EDITOR (kb_measures_editor_get_type ())
G_DECLARE_FINAL_TYPE (KbMeasuresEditor, kb_measures_editor, KB, MEASURES_EDITOR, GtkWidget)

GtkWidget  *kb_measures_editor_new          (GListStore       *measures);
void        kb_measures_editor_add          (KbMeasuresEditor *self);
char       *kb_measures_editor_remove_selected (KbMeasuresEditor *self);
KbMeasuresHistory *kb_measures_editor_get_history (KbMeasuresEditor *self);

G_END_DECLS
