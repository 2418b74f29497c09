/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-window"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kb-targets-dialog.h"
#include "model/kb-region.h"
#include "kb-window-private.h"

/* Targets per municipality: Linköping's are built in; any other has
 * Sweden's, labelled as such, until the user enters its own; those are
 * saved in the user's configuration folder, one key file per
 * municipality; charts follow at once. */

/* Only a municipality of the built-in table names a file: a code read
 * from a data file never becomes a path. */
static char *
targets_path (const char *region_code)
{
  const KbRegion *region = kb_region_find (region_code);
  g_autofree char *name = NULL;

  if (region == NULL || region->kind != KB_REGION_MUNICIPALITY || g_strcmp0 (region->code, region_code) != 0)
    return NULL;
  name = g_strdup_printf ("%s.ini", region->code);
  return g_build_filename (g_get_user_config_dir (), "klimatbild", "targets", name, NULL);
}

/* The targets of @region_code: an open dashboard's, else the user's, else
 * the built-in ones (the municipality's own, or Sweden's). */
KbTarget *
_kb_window_dup_targets_for (KbWindow   *self,
                            const char *region_code)
{
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  gsize length;

  if (region_code == NULL)
    return NULL;
  if (self->dashboard_target != NULL &&
      g_strcmp0 (kb_target_get_region_code (self->dashboard_target), region_code) == 0)
    return kb_target_ref (self->dashboard_target);
  path = targets_path (region_code);
  if (path != NULL && g_file_get_contents (path, &data, &length, NULL))
    {
      g_autoptr(GError) error = NULL;
      KbTarget *target = kb_target_new_from_data (data, length, path, &error);

      /* A file under another municipality's name is not this one's. */
      if (target != NULL && g_strcmp0 (kb_target_get_region_code (target), region_code) == 0)
        return target;
      g_clear_pointer (&target, kb_target_unref);
      if (error != NULL)
        _kb_window_show_toast (self, error->message);
    }
  if (self->target != NULL && g_strcmp0 (kb_target_get_region_code (self->target), region_code) == 0)
    return kb_target_ref (self->target);
  return kb_target_new_for_region (region_code);
}

/* Saves @target as its municipality's targets (atomically) and shows it. */
gboolean
_kb_window_save_targets (KbWindow  *self,
                         KbTarget  *target,
                         GError   **error)
{
  g_autofree char *path = targets_path (kb_target_get_region_code (target));
  g_autofree char *folder = NULL;
  g_autofree char *data = NULL;
  gsize length;

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Targets are saved for Sweden’s municipalities only"));
      return FALSE;
    }
  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), _("%s: could not create the folder"), folder);
      return FALSE;
    }
  data = kb_target_to_data (target, &length);
  if (!g_file_set_contents (path, data, (gssize)length, error))
    return FALSE;
  _kb_window_apply_targets (self);
  return TRUE;
}

/* Sets the shown municipality's targets on every chart. */
void
_kb_window_apply_targets (KbWindow *self)
{
  g_autoptr(KbTarget) target = _kb_window_dup_targets_for (self, kb_window_get_region (self));
  GHashTableIter iter;
  gpointer chart;

  g_hash_table_iter_init (&iter, self->charts);
  while (g_hash_table_iter_next (&iter, NULL, &chart))
    kb_chart_set_target (chart, target);
}

static void
on_saved (KbTargetsDialog *dialog,
          KbTarget        *target,
          KbWindow        *self)
{
  g_autoptr(GError) error = NULL;

  if (!_kb_window_save_targets (self, target, &error))
    _kb_window_show_toast (self, error->message);
}

static void
edit_targets_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KbWindow *self = KB_WINDOW (widget);
  g_autoptr(KbTarget) current = _kb_window_dup_targets_for (self, kb_window_get_region (self));
  GtkWidget *dialog;

  if (kb_window_get_region (self) == NULL)
    return;
  dialog = kb_targets_dialog_new (GTK_WINDOW (self), kb_window_get_region (self),
                                  kb_dataset_get_region_name (self->dataset, kb_window_get_region (self)), current);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_kb_window_class_init_targets (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.edit-targets", NULL, edit_targets_action);
}
