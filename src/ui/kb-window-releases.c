/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kb-window-private.h"

/* Several releases of the same emissions (SMHI recalculates history every
 * year): the newest is shown, a toast says so, and the app menu's
 * "Release Shown" picks another; every chart follows. */

/* The release chosen; 0 for the newest. */
int
_kb_window_get_release (KbWindow *self)
{
  return kb_chart_get_release (_kb_window_get_chart (self, "sector"));
}

static void
set_release (KbWindow *self,
             int       release)
{
  GHashTableIter iter;
  gpointer chart;

  g_hash_table_iter_init (&iter, self->charts);
  while (g_hash_table_iter_next (&iter, NULL, &chart))
    kb_chart_set_release (chart, release);
}

static void
release_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  set_release (KB_WINDOW (widget), g_variant_get_int32 (parameter));
}

/* The menu of the releases loaded for the municipality shown, and a word
 * where there is more than one. */
void
_kb_window_update_releases (KbWindow *self,
                            gboolean  announce)
{
  g_autoptr(GArray) releases = kb_chart_list_releases (_kb_window_get_chart (self, "sector"));
  g_autoptr(GString) list = g_string_new (NULL);

  g_menu_remove_all (self->release_menu);
  _kb_window_update_actions (self);
  if (releases->len < 2)
    return;

  g_menu_append (self->release_menu, _("The Newest"), "win.release(0)");
  for (guint i = releases->len; i > 0; i--)
    {
      int release = g_array_index (releases, int, i - 1);
      g_autofree char *label = g_strdup_printf (_("Published %d"), release);
      g_autofree char *action = g_strdup_printf ("win.release(%d)", release);

      if (release != 0)
        g_menu_append (self->release_menu, label, action);
    }
  for (guint i = 0; i < releases->len; i++)
    g_string_append_printf (list, "%s%d", list->len ? ", " : "", g_array_index (releases, int, i));
  if (announce)
    {
      g_autofree char *message =
        /* Translators: after opening files: the releases of the same emissions loaded, and the one shown */
        g_strdup_printf (_("Releases loaded: %s. Showing %d; the menu’s “Release Shown” picks another."),
                         list->str, kb_chart_get_shown_release (_kb_window_get_chart (self, "sector")));
      _kb_window_show_news (self, message);
    }
}

void
_kb_window_class_init_releases (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.release", "i", release_action);
}

void
_kb_window_init_releases (KbWindow *self)
{
  g_autoptr(GMenuModel) section = g_menu_model_get_item_link (G_MENU_MODEL (self->primary_menu), 0,
                                                              G_MENU_LINK_SECTION);

  self->release_menu = g_menu_new ();
  g_menu_insert_submenu (G_MENU (section), 2, _("Release _Shown"), G_MENU_MODEL (self->release_menu));
}
