/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "analysis/kb-target.h"
#include "model/kb-dataset.h"

G_BEGIN_DECLS

#define KB_TYPE_WINDOW (kb_window_get_type ())
G_DECLARE_FINAL_TYPE (KbWindow, kb_window, KB, WINDOW, AdwApplicationWindow)

KbWindow   *kb_window_new              (GtkApplication *application,
                                        KbDataset      *dataset,
                                        KbTarget       *target);
KbDataset  *kb_window_get_dataset      (KbWindow       *self);
const char *kb_window_get_region       (KbWindow       *self);
void        kb_window_set_region       (KbWindow       *self,
                                        const char     *region_code);
void        kb_window_open_files       (KbWindow       *self,
                                        GFile         **files,
                                        guint           n_files);
void        kb_window_open_dashboard   (KbWindow       *self,
                                        GFile          *file);
gboolean    kb_window_save_dashboard   (KbWindow       *self,
                                        GFile          *file,
                                        GError        **error);
void        kb_window_start_presenting (KbWindow       *self);
void        kb_window_stop_presenting  (KbWindow       *self);
gboolean    kb_window_is_presenting    (KbWindow       *self);
void        kb_window_step_slide       (KbWindow       *self,
                                        int             step);
gboolean    kb_window_is_importing     (KbWindow       *self);
GtkWidget  *kb_window_get_view         (KbWindow       *self,
                                        const char     *id);
GtkWidget  *kb_window_get_sector_view  (KbWindow       *self);
GtkWidget  *kb_window_get_target_view  (KbWindow       *self);

G_END_DECLS
