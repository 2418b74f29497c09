/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kb-window-private.h"

/* A click on a sector's band in the stacked chart shows that sector alone
 * in the trend, the ranking and the comparison of municipalities (the
 * change chart's steps only add up with every sector); a second click on
 * it, or the toast's button, shows all again. */

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

/* The sector shown alone is said in a toast, with a button to show all,
 * on the pages whose charts it changes (not over Mål, Energi or Gissa
 * kurvan, whose words it would cover and which it does not change). */
/* Closed by the user (not by a change of page or sector): not shown
 * again for this sector. */
static void
on_filter_toast_dismissed (KbWindow *self,
                           AdwToast *toast)
{
  if (toast == self->filter_toast)
    self->filter_toast_closed = TRUE;
}

/* The toast, where none is shown and the user did not close it; the
 * callers decide the page. */
static void
show_filter_toast (KbWindow *self)
{
  const char *sector = kb_window_state_get_sector_filter (self->state);
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (sector == NULL || self->filter_toast != NULL || self->filter_toast_closed)
    return;
  message = g_strdup_printf (_("Showing %s only"), sector);
  toast = _kb_window_new_toast (message);
  adw_toast_set_button_label (toast, _("Show _All"));
  adw_toast_set_action_name (toast, "win.clear-sector-filter");
  adw_toast_set_timeout (toast, 0);
  g_set_weak_pointer (&self->filter_toast, toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_filter_toast_dismissed), self, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
dismiss_filter_toast (KbWindow *self)
{
  AdwToast *toast = self->filter_toast;

  if (toast == NULL)
    return;
  /* Let go of first: the toast's "dismissed" is not the user's doing. */
  g_clear_weak_pointer (&self->filter_toast);
  adw_toast_dismiss (toast);
}

/* Another sector (or all): said afresh. */
static void
on_state_sector_filter (KbWindow *self)
{
  self->filter_toast_closed = FALSE;
  dismiss_filter_toast (self);
  if (_kb_window_page_shows_sector_alone (self))
    show_filter_toast (self);
}

/* Another page: the toast where the sector alone shows. */
static void
on_state_page (KbWindow *self)
{
  if (_kb_window_page_shows_sector_alone (self))
    show_filter_toast (self);
  else
    dismiss_filter_toast (self);
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
  g_signal_connect_object (self->state, "notify::sector-filter", G_CALLBACK (on_state_sector_filter), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::page", G_CALLBACK (on_state_page), self, G_CONNECT_SWAPPED);
}
