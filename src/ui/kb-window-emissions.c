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

/* Draws the Utsläpp chart as @view ("stacked", "share", "lines" or
 * "index"); anything else is "stacked". */
void
_kb_window_set_emissions_view (KbWindow   *self,
                               const char *view)
{
  KbChart *chart;
  GtkToggleButton *button;
  gboolean known = FALSE;

  g_return_if_fail (KB_IS_WINDOW (self));
  chart = _kb_window_get_chart (self, "emissions");

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    known |= g_strcmp0 (view, views[i].id) == 0;
  if (!known)
    view = "stacked";

  kb_chart_set_trend_style (chart, g_str_equal (view, "stacked") || g_str_equal (view, "share")
                                   ? KB_TREND_STYLE_STACKED : KB_TREND_STYLE_LINES);
  kb_chart_set_share (chart, g_str_equal (view, "share"));
  kb_chart_set_relative (chart, g_str_equal (view, "index"));
  /* Written only when changed: starting up reads it back unchanged. */
  if (self->settings != NULL)
    {
      g_autofree char *saved = g_settings_get_string (self->settings, "emissions-view");

      if (!g_str_equal (saved, view))
        g_settings_set_string (self->settings, "emissions-view", view);
    }
  button = _kb_window_get_emissions_view_button (self, view);
  if (button != NULL && !gtk_toggle_button_get_active (button))
    gtk_toggle_button_set_active (button, TRUE);
}

const char *
_kb_window_get_emissions_view (KbWindow *self)
{
  KbChart *chart;

  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  chart = _kb_window_get_chart (self, "emissions");

  if (kb_chart_get_share (chart))
    return "share";
  if (kb_chart_get_relative (chart))
    return "index";
  return kb_chart_get_trend_style (chart) == KB_TREND_STYLE_LINES ? "lines" : "stacked";
}

static void
on_view_toggled (GtkToggleButton *button,
                 KbWindow        *self)
{
  if (gtk_toggle_button_get_active (button))
    _kb_window_set_emissions_view (self, g_object_get_data (G_OBJECT (button), "kb-view"));
}

/* The row of linked buttons above the Utsläpp chart. */
GtkWidget *
_kb_window_build_emissions_views (KbWindow *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkToggleButton *first = NULL;

  gtk_widget_add_css_class (row, "linked");
  gtk_widget_set_halign (row, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("How the sectors are drawn"), -1);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_mnemonic (_(views[i].label));

      gtk_widget_set_tooltip_text (button, _(views[i].tooltip));
      if (first != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), first);
      else
        first = GTK_TOGGLE_BUTTON (button);
      g_object_set_data (G_OBJECT (button), "kb-view", (gpointer)views[i].id);
      {
        g_autofree char *key = g_strconcat ("kb-emissions-view-", views[i].id, NULL);
        g_object_set_data (G_OBJECT (self), key, button);
      }
      g_signal_connect (button, "toggled", G_CALLBACK (on_view_toggled), self);
      gtk_box_append (GTK_BOX (row), button);
    }
  /* The view chosen before the page was first shown (by a dashboard). */
  gtk_toggle_button_set_active (_kb_window_get_emissions_view_button (self, _kb_window_get_emissions_view (self)), TRUE);
  return row;
}

/* The view chosen last time, where the settings are installed. */
void
_kb_window_init_emissions (KbWindow *self)
{
  g_autofree char *view = self->settings ? g_settings_get_string (self->settings, "emissions-view") : NULL;

  if (view != NULL)
    _kb_window_set_emissions_view (self, view);
}
