/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kb-window-private.h"

/* The years the charts cover, from a header button: the trends show them,
 * the change chart runs from the first to the last, the ranking is of the
 * last. 0 is open: the first or the latest year the data has. The choice
 * persists. */

static void
update_button (KbWindow *self)
{
  KbSeries *total = kb_chart_get_total (_kb_window_get_chart (self, "sector"));
  g_autofree char *label = NULL;
  int last;

  if (total != NULL && kb_series_get_n_years (total) > 0 && kb_series_get_latest (total, &last, NULL))
    label = g_strdup_printf ("%d–%d", kb_series_get_year (total, 0), last);
  gtk_menu_button_set_label (self->years_button, label != NULL ? label : _("Years"));
}

void
_kb_window_set_years (KbWindow *self,
                      int       first,
                      int       last)
{
  g_return_if_fail (KB_IS_WINDOW (self));

  /* The trends, the change, the ranking and the window follow the state. */
  kb_window_state_set_years (self->state, first, last);
}

/* The window follows the state's years: the settings and the button. */
static void
on_state_years (KbWindow *self)
{
  int first = kb_window_state_get_first_year (self->state);
  int last = kb_window_state_get_last_year (self->state);

  /* Written only when changed: starting up reads them back unchanged. */
  if (self->settings != NULL && g_settings_get_int (self->settings, "first-year") != first)
    g_settings_set_int (self->settings, "first-year", first);
  if (self->settings != NULL && g_settings_get_int (self->settings, "last-year") != last)
    g_settings_set_int (self->settings, "last-year", last);
  update_button (self);
}

/* The years choice is open where the page's charts follow it; elsewhere
 * it says why it is not (a choice that changes nothing confused a
 * workshop on Mål). */
static void
on_state_page (KbWindow *self)
{
  gboolean follows = _kb_window_page_follows_years (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->years_button), follows);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->years_button),
                               follows ? _("Years Shown")
                                       : _("This page shows the years it needs: the years chosen apply to "
                                           "Overview, Emissions, Sectors and Energy"));
}

static void
on_spin_changed (KbWindow *self)
{
  _kb_window_set_years (self, gtk_spin_button_get_value_as_int (self->first_spin),
                        gtk_spin_button_get_value_as_int (self->last_spin));
}

/* The spin buttons start from the years shown, within the data's (the
 * target chart's total is never cropped). */
static void
on_popover_shown (KbWindow *self)
{
  KbSeries *total = kb_chart_get_total (_kb_window_get_chart (self, "sector"));
  KbSeries *all = kb_chart_get_total (_kb_window_get_chart (self, "target"));
  int last, latest;

  if (total == NULL || kb_series_get_n_years (total) == 0 || !kb_series_get_latest (total, &last, NULL))
    return;
  g_signal_handlers_block_by_func (self->first_spin, on_spin_changed, self);
  g_signal_handlers_block_by_func (self->last_spin, on_spin_changed, self);
  if (all != NULL && kb_series_get_n_years (all) > 0 && kb_series_get_latest (all, &latest, NULL))
    {
      gtk_spin_button_set_range (self->first_spin, kb_series_get_year (all, 0), latest);
      gtk_spin_button_set_range (self->last_spin, kb_series_get_year (all, 0), latest);
    }
  gtk_spin_button_set_value (self->first_spin, kb_series_get_year (total, 0));
  gtk_spin_button_set_value (self->last_spin, last);
  g_signal_handlers_unblock_by_func (self->last_spin, on_spin_changed, self);
  g_signal_handlers_unblock_by_func (self->first_spin, on_spin_changed, self);
}

static void
all_years_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KbWindow *self = KB_WINDOW (widget);

  _kb_window_set_years (self, 0, 0);
  on_popover_shown (self);
}

void
_kb_window_class_init_years (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.all-years", NULL, all_years_action);
}

static GtkWidget *
year_spin (GtkWidget  *grid,
           const char *mnemonic,
           int         row)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);
  GtkWidget *spin = gtk_spin_button_new_with_range (1900, 2100, 1);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), spin);
  gtk_grid_attach (GTK_GRID (grid), label, 0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), spin, 1, row, 1, 1);
  return spin;
}

void
_kb_window_init_years (KbWindow *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *all = gtk_button_new_with_mnemonic (_("_All Years"));

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  self->first_spin = GTK_SPIN_BUTTON (year_spin (grid, _("_From"), 0));
  self->last_spin = GTK_SPIN_BUTTON (year_spin (grid, _("_To"), 1));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (all), "win.all-years");
  gtk_grid_attach (GTK_GRID (grid), all, 0, 2, 2, 1);
  gtk_popover_set_child (GTK_POPOVER (popover), grid);
  gtk_menu_button_set_popover (self->years_button, popover);
  gtk_menu_button_set_use_underline (self->years_button, TRUE);

  g_signal_connect_swapped (popover, "show", G_CALLBACK (on_popover_shown), self);
  g_signal_connect_swapped (self->first_spin, "value-changed", G_CALLBACK (on_spin_changed), self);
  g_signal_connect_swapped (self->last_spin, "value-changed", G_CALLBACK (on_spin_changed), self);
  g_signal_connect_object (_kb_window_get_chart (self, "sector"), "changed", G_CALLBACK (update_button),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::first-year", G_CALLBACK (on_state_years), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::last-year", G_CALLBACK (on_state_years), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::page", G_CALLBACK (on_state_page), self, G_CONNECT_SWAPPED);

  if (self->settings != NULL)
    _kb_window_set_years (self, g_settings_get_int (self->settings, "first-year"),
                          g_settings_get_int (self->settings, "last-year"));
  update_button (self);
  /* The page restored from the settings (the pages are built). */
  on_state_page (self);
}
