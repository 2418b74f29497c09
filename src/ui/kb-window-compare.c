/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kb-window-private.h"

/* Jämför: whom the municipality is set beside (its county, those of a
 * similar population, all 290: the first few, the municipality among its
 * neighbours and the last few, in the card with its title and axis, as
 * exported) and what is ranked
 * (per inhabitant, the default, so a city and a village can be set side
 * by side; the total; the change since 1990). */

typedef struct
{
  const char *label;
  const char *tooltip;
  const char *id;    /* the state's, the action's target */
} Choice;

static const Choice scopes[] = {
  { N_("The _County"), N_("The municipalities of the same county"), "county" },
  { N_("_Similar Size"), N_("The municipalities nearest in population"), "similar" },
  { N_("_All Municipalities"), N_("All 290, ranked"), "all" },
};

static const Choice measures[] = {
  { N_("Per _Inhabitant"), N_("Emissions per inhabitant, with SCB's population"), "per-capita" },
  { N_("_Total"), N_("The municipality's emissions, in tonnes"), "total" },
  { N_("_Change Since 1990"), N_("The change since 1990, in %"), "change" },
  /* Translators: a comparison of the electric share of the cars in use */
  { N_("_Electric Cars"),
    /* xgettext:no-c-format */
    N_("Electric cars, in % of the passenger cars in use (Trafikanalys)"),
    "electric-share" },
  /* Translators: a comparison of the cycle network per inhabitant */
  { N_("C_ycle Network"), N_("Metres of cycle network per inhabitant (Trafikverket, SCB)"),
    "cycle-network" },
};

/* A row of linked buttons, each a target of the stateful action @action. */
static GtkWidget *
linked_choices (const Choice *choices,
                guint         n,
                const char   *name,
                const char   *action)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (row, "linked");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_mnemonic (_(choices[i].label));

      gtk_widget_set_tooltip_text (button, _(choices[i].tooltip));
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", choices[i].id);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
      gtk_box_append (GTK_BOX (row), button);
    }
  return row;
}

/* The two rows of choices above the Jämför chart. */
GtkWidget *
_kb_window_build_compare_views (KbWindow *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);

  gtk_widget_set_halign (bar, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (bar), linked_choices (scopes, G_N_ELEMENTS (scopes), _("Compared with"),
                                                 "win.compare-scope"));
  gtk_box_append (GTK_BOX (bar), linked_choices (measures, G_N_ELEMENTS (measures), _("Ranked by"),
                                                 "win.compare-by"));
  return bar;
}

/* The choices are the state's (its chart follows it, a dashboard keeps
 * them), each window its own: actions on the state's properties, as
 * win.emissions-view, not on the settings. */
void
_kb_window_init_compare (KbWindow *self)
{
  g_autoptr(GPropertyAction) scope = g_property_action_new ("compare-scope", self->state, "compare-scope");
  g_autoptr(GPropertyAction) by = g_property_action_new ("compare-by", self->state, "compare-by");

  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (scope));
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (by));
}
