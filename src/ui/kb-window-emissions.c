/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kb-window-private.h"

/* How Utsläpp draws the sectors: stacked tonnes (the whole and its parts),
 * shares of the total, a line each (each sector's own course) or an index
 * with the first year as 100 (which fell fastest). Översikt keeps the
 * stack. The choice persists. */

static const struct {
  const char *id;
  const char *label;
  const char *tooltip;
} views[] = {
  { "stacked", N_("_Stacked"), N_("The sectors stacked, in tonnes: the total and its parts") },
  { "share", N_("S_hares"), N_("Each sector’s share of the total, in %") },
  { "lines", N_("_Lines"), N_("A line for each sector, in tonnes") },
  { "index", N_("_Index"), N_("Each sector against its first year, as 100") },
};

/* The toggle button of @view, once the page is built. */
GtkToggleButton *
_kb_window_get_emissions_view_button (KbWindow   *self,
                                      const char *view)
{
  g_autofree char *key = g_strconcat ("kb-emissions-view-", view, NULL);

  return g_object_get_data (G_OBJECT (self), key);
}

/* Draws the Utsläpp chart as @view (see kb_window_state_set_emissions_view ()). */
void
_kb_window_set_emissions_view (KbWindow   *self,
                               const char *view)
{
  g_return_if_fail (KB_IS_WINDOW (self));
  kb_window_state_set_emissions_view (self->state, view);
}

const char *
_kb_window_get_emissions_view (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  return kb_window_state_get_emissions_view (self->state);
}

/* The chart follows the state's view. */
static void
on_emissions_view (KbWindowState *state,
                   GParamSpec    *pspec,
                   KbWindow      *self)
{
  const char *view = kb_window_state_get_emissions_view (state);
  KbChart *chart = _kb_window_get_chart (self, "emissions");

  kb_chart_set_trend_style (chart, g_str_equal (view, "stacked") || g_str_equal (view, "share")
                                   ? KB_TREND_STYLE_STACKED : KB_TREND_STYLE_LINES);
  kb_chart_set_share (chart, g_str_equal (view, "share"));
  kb_chart_set_relative (chart, g_str_equal (view, "index"));
}

/* The row of linked buttons above the Utsläpp chart, each a target of the
 * stateful action win.emissions-view. */
GtkWidget *
_kb_window_build_emissions_views (KbWindow *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (row, "linked");
  gtk_widget_set_halign (row, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("How the sectors are drawn"), -1);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_mnemonic (_(views[i].label));
      g_autofree char *key = g_strconcat ("kb-emissions-view-", views[i].id, NULL);

      gtk_widget_set_tooltip_text (button, _(views[i].tooltip));
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", views[i].id);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.emissions-view");
      g_object_set_data (G_OBJECT (self), key, button);
      gtk_box_append (GTK_BOX (row), button);
    }
  return row;
}

/* The action, the chart following the state, and the view chosen last
 * time where the settings are installed (read once; each window's own
 * choice written back). The action is the state's property, not
 * g_settings_create_action ()'s: that would make the settings the state,
 * one for every window, beside the one a dashboard saves. */
void
_kb_window_init_emissions (KbWindow *self)
{
  g_autoptr(GPropertyAction) action = g_property_action_new ("emissions-view", self->state, "emissions-view");

  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
  g_signal_connect_object (self->state, "notify::emissions-view", G_CALLBACK (on_emissions_view), self, 0);
  if (self->settings != NULL)
    g_settings_bind (self->settings, "emissions-view", self->state, "emissions-view",
                     G_SETTINGS_BIND_GET | G_SETTINGS_BIND_GET_NO_CHANGES | G_SETTINGS_BIND_SET);
  on_emissions_view (self->state, NULL, self);
}
