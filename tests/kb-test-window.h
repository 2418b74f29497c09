/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "import/kb-import.h"
#include "ui/kb-chart-view.h"
#include "ui/kb-window-private.h"

G_BEGIN_DECLS

/* What the GUI tests share: a window on the default data, drawn. */

static inline gboolean
kb_test_timed_out (gpointer data)
{
  *(gboolean *)data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until both charts have been drawn @count times. */
static inline void
kb_test_wait_for_renders (KbWindow *window,
                          guint     count)
{
  KbChartView *sector = KB_CHART_VIEW (kb_window_get_sector_view (window));
  KbChartView *target = KB_CHART_VIEW (kb_window_get_target_view (window));
  gboolean expired = FALSE;
  guint timeout = g_timeout_add_seconds (20, kb_test_timed_out, &expired);

  while (!expired && (kb_chart_view_get_render_count (sector) < count ||
                      kb_chart_view_get_render_count (target) < count))
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (expired);
  g_source_remove (timeout);
}

static inline KbWindow *
kb_test_new_window (void)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(KbTarget) target = kb_target_new_default ();
  KbWindow *window = kb_window_new (NULL, dataset, target);

  /* Each test starts on Linköping's Översikt, whatever an earlier one
   * left chosen. */
  kb_window_set_region (window, "0580");
  _kb_window_set_emissions_view (window, "stacked");
  adw_view_stack_set_visible_child_name (window->view_stack, "overview");
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  kb_test_wait_for_renders (window, 1);
  return window;
}

/* Whether @action of @window can be used now, as a button of it shows. */
static inline gboolean
kb_test_action_enabled (KbWindow   *window,
                        const char *action)
{
  GtkWidget *probe = gtk_button_new ();
  gboolean enabled;

  gtk_actionable_set_action_name (GTK_ACTIONABLE (probe), action);
  gtk_widget_set_parent (probe, GTK_WIDGET (window));
  enabled = gtk_widget_get_sensitive (probe);
  gtk_widget_unparent (probe);
  return enabled;
}

G_END_DECLS
