/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "chart/kb-compare.h"
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
  int         value;
} Choice;

static const Choice scopes[] = {
  { N_("The _County"), N_("The municipalities of the same county"), KB_COMPARE_COUNTY },
  { N_("_Similar Size"), N_("The municipalities nearest in population"), KB_COMPARE_SIMILAR },
  { N_("_All Municipalities"), N_("All 290, ranked"), KB_COMPARE_ALL },
};

static const Choice measures[] = {
  { N_("Per _Inhabitant"), N_("Emissions per inhabitant, with SCB's population"), KB_COMPARE_PER_CAPITA },
  { N_("_Total"), N_("The municipality's emissions, in tonnes"), KB_COMPARE_TOTAL },
  { N_("_Change Since 1990"), N_("The change since 1990, in %"), KB_COMPARE_CHANGE },
  /* Translators: a comparison of the electric share of the cars in use */
  { N_("_Electric Cars"),
    /* xgettext:no-c-format */
    N_("Electric cars, in % of the passenger cars in use (Trafikanalys)"),
    KB_COMPARE_ELECTRIC_SHARE },
  /* Translators: a comparison of the cycle network per inhabitant */
  { N_("C_ycle Network"), N_("Metres of cycle network per inhabitant (Trafikverket, SCB)"),
    KB_COMPARE_CYCLE_PER_CAPITA },
};

static void
on_scope_toggled (GtkToggleButton *button,
                  KbWindow        *self)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  kb_chart_set_compare_scope (_kb_window_get_chart (self, "compare"),
                              GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "kb-choice")));
}

static void
on_measure_toggled (GtkToggleButton *button,
                    KbWindow        *self)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  kb_chart_set_compare_measure (_kb_window_get_chart (self, "compare"),
                                GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "kb-choice")));
}

static GtkWidget *
linked_choices (KbWindow     *self,
                const Choice *choices,
                guint         n,
                int           current,
                const char   *name,
                GCallback     toggled)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkToggleButton *first = NULL;

  gtk_widget_add_css_class (row, "linked");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_mnemonic (_(choices[i].label));

      gtk_widget_set_tooltip_text (button, _(choices[i].tooltip));
      if (first != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), first);
      else
        first = GTK_TOGGLE_BUTTON (button);
      g_object_set_data (G_OBJECT (button), "kb-choice", GINT_TO_POINTER (choices[i].value));
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), choices[i].value == current);
      g_signal_connect (button, "toggled", toggled, self);
      gtk_box_append (GTK_BOX (row), button);
    }
  return row;
}

/* The two rows of choices above the Jämför chart. */
GtkWidget *
_kb_window_build_compare_views (KbWindow *self)
{
  KbChart *chart = _kb_window_get_chart (self, "compare");
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);

  gtk_widget_set_halign (bar, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (bar), linked_choices (self, scopes, G_N_ELEMENTS (scopes),
                                                 kb_chart_get_compare_scope (chart),
                                                 _("Compared with"), G_CALLBACK (on_scope_toggled)));
  gtk_box_append (GTK_BOX (bar), linked_choices (self, measures, G_N_ELEMENTS (measures),
                                                 kb_chart_get_compare_measure (chart),
                                                 _("Ranked by"), G_CALLBACK (on_measure_toggled)));
  return bar;
}

/* Per inhabitant by default: totals mostly rank municipalities by size. */
void
_kb_window_init_compare (KbWindow *self)
{
  kb_chart_set_compare_measure (_kb_window_get_chart (self, "compare"), KB_COMPARE_PER_CAPITA);
}
