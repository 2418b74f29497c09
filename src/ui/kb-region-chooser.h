/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KB_TYPE_REGION_CHOOSER (kb_region_chooser_get_type ())
G_DECLARE_FINAL_TYPE (KbRegionChooser, kb_region_chooser, KB, REGION_CHOOSER, GtkWidget)

GtkWidget  *kb_region_chooser_new             (void);
void        kb_region_chooser_set_regions     (KbRegionChooser    *self,
                                               const char * const *codes,
                                               const char * const *names);
guint       kb_region_chooser_get_n_regions   (KbRegionChooser    *self);
const char *kb_region_chooser_get_selected    (KbRegionChooser    *self);
void        kb_region_chooser_set_selected    (KbRegionChooser    *self,
                                               const char         *code);
void        kb_region_chooser_set_query       (KbRegionChooser    *self,
                                               const char         *query);
GListModel *kb_region_chooser_get_matches     (KbRegionChooser    *self);
gboolean    kb_region_chooser_activate_first  (KbRegionChooser    *self);
void        kb_region_chooser_popup           (KbRegionChooser    *self);

G_END_DECLS
