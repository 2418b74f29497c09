/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "chart/kb-chart-text.h"
#include "kb-test-window.h"

/* What a screen reader gets from the window. Run with GTK_A11Y=test, GTK's
 * accessibility backend that records what the widgets say without a
 * session bus, so the tests can read it back. */

/* The buttons under @widget that show only an icon and have no accessible
 * name (a screen reader would say just "button"), by tooltip. */
static void
collect_unnamed (GtkWidget *widget,
                 GPtrArray *unnamed)
{
  gboolean icon_only =
    (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)) != NULL &&
     gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)) == NULL) ||
    (GTK_IS_BUTTON (widget) && !GTK_IS_TOGGLE_BUTTON (widget) &&
     gtk_button_get_icon_name (GTK_BUTTON (widget)) != NULL && gtk_button_get_label (GTK_BUTTON (widget)) == NULL &&
     gtk_widget_get_ancestor (widget, GTK_TYPE_SPIN_BUTTON) == NULL &&
     gtk_widget_get_ancestor (widget, GTK_TYPE_MENU_BUTTON) == NULL);

  if (icon_only && !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    g_ptr_array_add (unnamed, g_strdup_printf ("%s (%s)", G_OBJECT_TYPE_NAME (widget),
                                               gtk_widget_get_tooltip_text (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_unnamed (child, unnamed);
}

/* Every button that shows only an icon has a name. */
static void
test_icon_buttons_named (void)
{
  KbWindow *window = kb_test_new_window ();
  g_autoptr(GPtrArray) unnamed = g_ptr_array_new_with_free_func (g_free);
  guint icon_buttons = 0;

  collect_unnamed (GTK_WIDGET (window), unnamed);
  for (guint i = 0; i < unnamed->len; i++)
    g_test_message ("no accessible name: %s", (char *)g_ptr_array_index (unnamed, i));
  g_assert_cmpuint (unnamed->len, ==, 0);

  /* The walk saw the buttons it judges: the main menu, presenting, and a
   * menu on each chart. */
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (kb_window_get_sector_view (window)),
                                               GTK_ACCESSIBLE_ROLE_IMG));
  for (GtkWidget *w = gtk_widget_get_first_child (gtk_widget_get_parent (kb_window_get_sector_view (window)));
       w != NULL; w = gtk_widget_get_next_sibling (w))
    icon_buttons += GTK_IS_MENU_BUTTON (w);
  g_assert_cmpuint (icon_buttons, ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Each chart is an image named by its title and described by its key
 * figures in words, as the label under it says them. */
static void
test_charts_described (void)
{
  KbWindow *window = kb_test_new_window ();
  const char *ids[] = { "sector", "target" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      GtkWidget *view = kb_window_get_view (window, ids[i]);
      KbChart *chart = kb_chart_view_get_chart (KB_CHART_VIEW (view));
      g_autofree char *title = kb_chart_dup_title (chart);
      g_autofree char *words = kb_chart_dup_description (chart);

      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, title);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, words);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/accessibility/icon-buttons-named", test_icon_buttons_named);
  g_test_add_func ("/accessibility/charts-described", test_charts_described);

  return g_test_run ();
}
