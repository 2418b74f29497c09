/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "chart/kb-compare.h"
#include "kb-window-private.h"

/* Jämför: whom the municipality is set beside (its county, those of a
 * similar population, all 290, ranked and scrolling) and what is ranked
 * (per inhabitant, the default, so a city and a village can be set side
 * by side; the total; the change since 1990). */

#define ROW_PX 30
#define CHROME_PX 260

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

/* The municipality's row of a ranking of all 290 in view (Kiruna is 273rd
 * by its electric cars), once the card knows how tall it is. */
static void
scroll_to_municipality (GtkAdjustment *adjustment,
                        KbWindow      *self)
{
  KbChart *chart;
  g_autoptr(GArray) entries = NULL;
  double span = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);

  if (self->charts == NULL || span <= 0)
    return;
  chart = _kb_window_get_chart (self, "compare");
  if (kb_chart_get_compare_scope (chart) != KB_COMPARE_ALL)
    return;
  entries = kb_compare_entries (chart);
  for (guint i = 0; i < entries->len; i++)
    if (g_strcmp0 (g_array_index (entries, KbCompareEntry, i).code, kb_chart_get_region_code (chart)) == 0)
      {
        /* Rows run evenly down the card: the row's share of them, centred. */
        double row = (i + 0.5) / entries->len * gtk_adjustment_get_upper (adjustment);

        gtk_adjustment_set_value (adjustment, CLAMP (row - gtk_adjustment_get_page_size (adjustment) / 2, 0, span));
        return;
      }
}

/* Scrolled once the card is laid out: a value set while it is being
 * allocated moves the scroll bar but not the rows (found by a new user). */
static gboolean
scroll_when_idle (gpointer data)
{
  GWeakRef *ref = data;
  g_autoptr(GtkAdjustment) adjustment = g_weak_ref_get (ref);
  KbWindow *self = adjustment != NULL ? g_object_get_data (G_OBJECT (adjustment), "kb-window") : NULL;

  if (self != NULL)
    {
      g_object_set_data (G_OBJECT (adjustment), "kb-scroll-pending", NULL);
      scroll_to_municipality (adjustment, self);
    }
  return G_SOURCE_REMOVE;
}

static void
free_weak_ref (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static void
scroll_later (GtkAdjustment *adjustment,
              KbWindow      *self)
{
  GWeakRef *ref;

  if (g_object_get_data (G_OBJECT (adjustment), "kb-scroll-pending") != NULL)
    return;
  g_object_set_data (G_OBJECT (adjustment), "kb-scroll-pending", GINT_TO_POINTER (TRUE));
  g_object_set_data (G_OBJECT (adjustment), "kb-window", self);
  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, adjustment);
  g_idle_add_full (G_PRIORITY_LOW, scroll_when_idle, ref, free_weak_ref);
}

/* The card's scrolling, once the page is built. */
static GtkAdjustment *
compare_adjustment (KbWindow *self)
{
  GtkWidget *view = self->views != NULL ? kb_window_get_view (self, "compare") : NULL;
  GtkWidget *scrolled = view != NULL ? gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW) : NULL;

  return scrolled != NULL ? gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)) : NULL;
}

/* All 290 are listed whole: the chart is as tall as its rows, and the
 * card scrolls. */
static void
update_height (KbWindow *self)
{
  KbChart *chart;
  GtkWidget *view;
  g_autoptr(GArray) entries = NULL;

  if ((view = kb_window_get_view (self, "compare")) == NULL)
    return;
  chart = _kb_window_get_chart (self, "compare");
  if (kb_chart_get_compare_scope (chart) != KB_COMPARE_ALL)
    {
      gtk_widget_set_size_request (view, -1, -1);
      return;
    }
  entries = kb_compare_entries (chart);
  gtk_widget_set_size_request (view, -1, (int)entries->len * ROW_PX + CHROME_PX);
  {
    GtkAdjustment *adjustment = compare_adjustment (self);

    /* Now if the card is as tall already, else when it has grown. */
    if (adjustment != NULL && g_object_get_data (G_OBJECT (adjustment), "kb-follows") == NULL)
      {
        g_object_set_data (G_OBJECT (adjustment), "kb-follows", GINT_TO_POINTER (TRUE));
        g_signal_connect_object (adjustment, "changed", G_CALLBACK (scroll_later), self, 0);
      }
    if (adjustment != NULL)
      scroll_later (adjustment, self);
  }
}

static void
on_scope_toggled (GtkToggleButton *button,
                  KbWindow        *self)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  kb_chart_set_compare_scope (_kb_window_get_chart (self, "compare"),
                              GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "kb-choice")));
  update_height (self);
}

static void
on_measure_toggled (GtkToggleButton *button,
                    KbWindow        *self)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  kb_chart_set_compare_measure (_kb_window_get_chart (self, "compare"),
                                GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "kb-choice")));
  update_height (self);
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
  g_signal_connect_object (chart, "changed", G_CALLBACK (update_height), self, G_CONNECT_SWAPPED);
  return bar;
}

/* Per inhabitant by default: totals mostly rank municipalities by size. */
void
_kb_window_init_compare (KbWindow *self)
{
  kb_chart_set_compare_measure (_kb_window_get_chart (self, "compare"), KB_COMPARE_PER_CAPITA);
}
