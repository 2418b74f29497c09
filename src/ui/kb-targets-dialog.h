/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "analysis/kb-target.h"

G_BEGIN_DECLS

#define KB_TYPE_TARGETS_DIALOG (kb_targets_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KbTargetsDialog, kb_targets_dialog, KB, TARGETS_DIALOG, AdwWindow)

GtkWidget *kb_targets_dialog_new        (GtkWindow       *parent,
                                         const char      *region_code,
                                         const char      *region_name,
                                         KbTarget        *current);
KbTarget  *kb_targets_dialog_dup_target (KbTargetsDialog *self);

G_END_DECLS
