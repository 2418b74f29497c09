/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-window"

#include "config.h"

#include "kb-measures-editor.h"
#include "kb-window-private.h"

/* Which of the window's actions can be used now, decided in one place
 * from what the window holds (as GNOME Text Editor's
 * editor-window-actions.c does): called whenever any of it changes. */
void
_kb_window_update_actions (KbWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean importing, on_plan, can_undo;
  g_autoptr(GArray) releases = NULL;

  /* Nothing to enable in a window letting its charts go. */
  if (self->charts == NULL || self->view_stack == NULL)
    return;
  importing = self->import_cancellable != NULL;
  on_plan = g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "measures") == 0;
  can_undo = self->measures_editor != NULL &&
             kb_measures_history_can_undo (kb_measures_editor_get_history (KB_MEASURES_EDITOR (self->measures_editor)));
  releases = kb_chart_list_releases (_kb_window_get_chart (self, "sector"));

  gtk_widget_action_set_enabled (widget, "win.open", !importing);
  gtk_widget_action_set_enabled (widget, "win.cancel-import", importing);
  /* Undo acts on the plan only where the plan is seen. */
  gtk_widget_action_set_enabled (widget, "win.undo-measure", on_plan && can_undo);
  gtk_widget_action_set_enabled (widget, "win.clear-notes",
                                 kb_window_state_get_n_shown_notes (self->state) > 0);
  /* "No Recent Files" shows greyed out. */
  gtk_widget_action_set_enabled (widget, "win.no-recent", FALSE);
  /* A release to choose where the municipality has more than one. */
  gtk_widget_action_set_enabled (widget, "win.release", releases->len > 1);
}
