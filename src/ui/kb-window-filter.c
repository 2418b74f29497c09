/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kb-window-private.h"

/* A click on a sector's band in the stacked chart shows that sector alone
 * in the trend, the ranking and the comparison of municipalities (the
 * change chart's steps only add up with every sector); a second click on
 * it, or the bar's button, shows all again. */

const char *
_kb_window_get_sector_filter (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  return kb_window_state_get_sector_filter (self->state);
}

void
_kb_window_filter_sector (KbWindow   *self,
                          const char *sector)
{
  g_return_if_fail (KB_IS_WINDOW (self));

  if (sector != NULL && g_strcmp0 (sector, kb_window_state_get_sector_filter (self->state)) == 0)
    sector = NULL;
  /* The charts that show a sector alone, and the window, follow the state. */
  kb_window_state_set_sector_filter (self->state, sector);
}

/* The sector shown alone is said in a bar under the header bar, with a
 * button to show all, on the pages whose charts it changes (not on Mål,
 * Energi or Gissa kurvan, which it does not change). A toast there
 * covered the page switcher, empty states and charts. */
static void
update_filter_bar (KbWindow *self)
{
  const char *sector = kb_window_state_get_sector_filter (self->state);
  g_autofree char *message = NULL;

  if (sector != NULL)
    {
      message = g_strdup_printf (_("Showing %s only"), sector);
      gtk_label_set_text (self->filter_label, message);
    }
  gtk_revealer_set_reveal_child (self->filter_revealer,
                                 sector != NULL && _kb_window_page_shows_sector_alone (self));
}

static void
clear_sector_filter_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  _kb_window_filter_sector (KB_WINDOW (widget), NULL);
}

void
_kb_window_class_init_filter (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.clear-sector-filter", NULL, clear_sector_filter_action);
}

void
_kb_window_init_filter (KbWindow *self)
{
  g_signal_connect_object (self->state, "notify::sector-filter", G_CALLBACK (update_filter_bar), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::page", G_CALLBACK (update_filter_bar), self, G_CONNECT_SWAPPED);
}
