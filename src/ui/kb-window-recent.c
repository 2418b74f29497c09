/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kb-window-private.h"

/* Recent files in the app menu: the data files and dashboards Klimatbild
 * opened, newest first, from the desktop's shared list (other apps'
 * entries are left out). */

#define RECENT_APP_NAME "Klimatbild"
#define RECENT_MAX 8

void
_kb_window_note_recent (KbWindow *self,
                        GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *base = g_file_get_basename (file);
  GtkRecentData data = {
    .display_name = NULL,
    .mime_type = g_str_has_suffix (base, ".klimatbild") ? (char *)"application/x-klimatbild" : (char *)"text/csv",
    .app_name = (char *)RECENT_APP_NAME,
    .app_exec = (char *)"klimatbild %u",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  GDateTime *ta = gtk_recent_info_get_modified (*(GtkRecentInfo **)a);
  GDateTime *tb = gtk_recent_info_get_modified (*(GtkRecentInfo **)b);

  return g_date_time_compare (tb, ta);
}

static void
fill_recent_menu (KbWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  g_autoptr(GPtrArray) ours = g_ptr_array_new_with_free_func ((GDestroyNotify)gtk_recent_info_unref);

  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (gtk_recent_info_has_application (info, RECENT_APP_NAME) && gtk_recent_info_exists (info))
        g_ptr_array_add (ours, gtk_recent_info_ref (info));
    }
  g_list_free_full (items, (GDestroyNotify)gtk_recent_info_unref);
  g_ptr_array_sort (ours, compare_newest_first);

  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; i < MIN (ours->len, RECENT_MAX); i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (ours, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s", gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
    }
  if (ours->len == 0)
    {
      g_autoptr(GMenuItem) none = g_menu_item_new (_("No Recent Files"), "win.no-recent");
      g_menu_append_item (self->recent_menu, none);
    }
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  kb_window_open_files (KB_WINDOW (widget), &file, 1);
}

void
_kb_window_class_init_recent (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  /* Never enabled: "No Recent Files" shows greyed out. */
  gtk_widget_class_install_action (widget_class, "win.no-recent", NULL, NULL);
}

void
_kb_window_init_recent (KbWindow *self)
{
  g_autoptr(GMenuModel) section = g_menu_model_get_item_link (G_MENU_MODEL (self->primary_menu), 0,
                                                              G_MENU_LINK_SECTION);

  self->recent_menu = g_menu_new ();
  g_menu_insert_submenu (G_MENU (section), 1, _("Open _Recent"), G_MENU_MODEL (self->recent_menu));
  fill_recent_menu (self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (fill_recent_menu), self, G_CONNECT_SWAPPED);
}
