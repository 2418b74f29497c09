/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-window"

#include "config.h"

#include <glib/gi18n-lib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "import/kb-import.h"
#include "import/kb-import-task.h"
#include "kb-window-private.h"

/* Opening files: the Open dialog, files dropped on the window, and files
 * given on the command line all end here. Files are read in a worker
 * thread with a progress bar and Cancel; a bad file leaves the window
 * showing what it showed, and says what is wrong in a toast. */

static gboolean
update_progress (gpointer user_data)
{
  KbWindow *self = user_data;

  gtk_progress_bar_set_fraction (self->import_progress,
                                 g_atomic_int_get (&self->import_permille) / 1000.0);
  return G_SOURCE_CONTINUE;
}

/* A dashboard's files that could not be read (all where @result is NULL)
 * are kept, so that the dashboard saved again still names them. */
static void
keep_unread (KbWindow     *self,
             GPtrArray    *files,
             GAsyncResult *result)
{
  g_ptr_array_set_size (self->unread_files, 0);
  for (guint i = 0; files != NULL && i < files->len; i++)
    if (result == NULL || kb_import_files_failed (result, g_ptr_array_index (files, i)))
      g_ptr_array_add (self->unread_files, g_object_ref (g_ptr_array_index (files, i)));
}

/* A file opened by hand that a dashboard named but this computer could
 * not read (the colleague's file, found elsewhere) replaces it. */
static void
forget_unread_found (KbWindow     *self,
                     GPtrArray    *files,
                     GAsyncResult *result)
{
  for (guint i = 0; files != NULL && i < files->len; i++)
    {
      g_autofree char *name = NULL;

      if (kb_import_files_failed (result, g_ptr_array_index (files, i)))
        continue;
      name = g_file_get_basename (g_ptr_array_index (files, i));
      for (guint u = self->unread_files->len; u > 0; u--)
        {
          g_autofree char *unread = g_file_get_basename (g_ptr_array_index (self->unread_files, u - 1));

          if (g_strcmp0 (name, unread) == 0)
            g_ptr_array_remove_index (self->unread_files, u - 1);
        }
    }
}

static void
end_import (KbWindow *self)
{
  g_clear_object (&self->import_cancellable);
  g_clear_handle_id (&self->import_timeout, g_source_remove);
  gtk_revealer_set_reveal_child (self->import_revealer, FALSE);
  _kb_window_update_actions (self);
}

/* What an import freed (its temporaries, the merge's keys, the data it
 * replaced) goes back to the system. glibc keeps memory freed by other
 * threads in their arenas: after opening the national export that was
 * 16 MB more than the app needs (bench/kb-bench-open). */
static void
release_freed_memory (gpointer data)
{
#ifdef __GLIBC__
  malloc_trim (0);
#endif
}

static void
on_import_done (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(KbWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) incoming = kb_import_files_finish (result, &error);
  g_autoptr(KbDataset) combined = NULL;

  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(KbDashboard) pending = NULL;
  g_autoptr(GFile) pending_file = NULL;

  /* The window was closed while the files were read. */
  if (self->dataset == NULL)
    return;

  end_import (self);
  files = g_steal_pointer (&self->importing);
  pending = g_steal_pointer (&self->pending);
  pending_file = g_steal_pointer (&self->pending_file);

  if (incoming == NULL)
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      if (pending == NULL)
        {
          _kb_window_show_toast (self, error->message);
          return;
        }
      /* None of a dashboard's files could be read (a colleague's file
       * this computer lacks): the rest of it applies to what is open. */
      keep_unread (self, files, NULL);
      /* Translators: a dashboard's data files could not be read; the error comes first */
      message = g_strdup_printf (_("%s — the dashboard is shown with the data already open"), error->message);
      _kb_window_show_toast (self, message);
      if (pending_file != NULL)
        _kb_window_note_recent (self, pending_file);
      _kb_window_apply_dashboard (self, pending);
      return;
    }

  /* The embedded data gives way to the user's own, quantity by quantity:
   * a user's energy table replaces the embedded one, not the emissions;
   * files opened before stay. */
  combined = kb_dataset_copy_for (self->dataset, incoming);
  if (!kb_dataset_merge (combined, incoming, &error))
    {
      _kb_window_show_toast (self, error->message);
      return;
    }

  /* The files opened replace the embedded data's (none); a dashboard's
   * replace the files listed before. */
  if (self->showing_default || pending != NULL)
    g_ptr_array_set_size (self->data_files, 0);
  if (pending != NULL)
    keep_unread (self, files, result);
  else
    forget_unread_found (self, files, result);
  for (guint i = 0; files != NULL && i < files->len; i++)
    {
      /* A file that could not be read is not the dashboard's, nor recent. */
      if (kb_import_files_failed (result, g_ptr_array_index (files, i)))
        continue;
      g_ptr_array_add (self->data_files, g_object_ref (g_ptr_array_index (files, i)));
      /* A dashboard's files are the dashboard's: it is the recent one. */
      if (pending == NULL)
        _kb_window_note_recent (self, g_ptr_array_index (files, i));
    }
  self->showing_default = FALSE;
  /* A dashboard's data: its state follows, guesses too (no toast of them). */
  self->applying_dashboard = pending != NULL;
  _kb_window_replace_dataset (self, combined);
  self->applying_dashboard = FALSE;
  /* Once this has let go of the datasets it holds. */
  g_idle_add_once (release_freed_memory, NULL);
  /* Some files read, some did not: the others are open, and that is said. */
  {
    guint n_failed = 0;
    const GError *failure = kb_import_files_get_failure (result, &n_failed);

    if (failure != NULL)
      {
        g_autofree char *message = NULL;

        if (n_failed == 1 && files->len == 2)
          /* Translators: one of two files opened together could not be read; the error follows */
          message = g_strdup_printf (_("%s — the other file is open"), failure->message);
        else if (n_failed == 1)
          /* Translators: one of several files opened together could not be read; the error follows */
          message = g_strdup_printf (_("%s — the other files are open"), failure->message);
        else
          message = g_strdup_printf (ngettext ("%s — and %u more file could not be read; the others are open",
                                               "%s — and %u more files could not be read; the others are open",
                                               n_failed - 1),
                                     failure->message, n_failed - 1);
        _kb_window_show_toast (self, message);
      }
  }
  if (pending != NULL)
    {
      /* Recent once it opened, not before. */
      if (pending_file != NULL)
        _kb_window_note_recent (self, pending_file);
      _kb_window_apply_dashboard (self, pending);
    }
}

void
kb_window_open_files (KbWindow  *self,
                      GFile    **files,
                      guint      n_files)
{
  g_autofree char *first = NULL;
  g_autofree char *label = NULL;

  g_autoptr(GPtrArray) data = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (KB_IS_WINDOW (self));

  if (n_files == 0 || self->import_cancellable != NULL)
    return;
  self->opens++;

  /* A dashboard among the files opens as one. */
  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *base = g_file_get_basename (files[i]);

      if (g_str_has_suffix (base, ".klimatbild"))
        {
          kb_window_open_dashboard (self, files[i]);
          return;
        }
      g_ptr_array_add (data, g_object_ref (files[i]));
    }
  self->importing = g_ptr_array_ref (data);

  first = kb_import_file_name (files[0]);
  label = n_files == 1 ? g_strdup_printf (_("Reading %s…"), first)
                       : g_strdup_printf (ngettext ("Reading %s and %u more file…",
                                                    "Reading %s and %u more files…", n_files - 1),
                                          first, n_files - 1);
  gtk_label_set_label (self->import_label, label);
  gtk_progress_bar_set_fraction (self->import_progress, 0);
  gtk_revealer_set_reveal_child (self->import_revealer, TRUE);

  self->import_cancellable = g_cancellable_new ();
  _kb_window_update_actions (self);
  g_atomic_int_set (&self->import_permille, 0);
  self->import_timeout = g_timeout_add (100, update_progress, self);
  kb_import_files_async (files, n_files, &self->import_permille, self->import_cancellable,
                         on_import_done, g_object_ref (self));
}

gboolean
kb_window_is_importing (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), FALSE);
  return self->import_cancellable != NULL || self->reading > 0;
}

static void
on_open_response (GtkNativeDialog *dialog,
                  int              response,
                  KbWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) list = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        g_ptr_array_add (files, g_list_model_get_item (list, i));
      kb_window_open_files (self, (GFile **)files->pdata, files->len);
    }
  g_object_unref (dialog);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KbWindow *self = KB_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) tables = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Open Data Files"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);

  gtk_file_filter_set_name (tables, _("Statistics tables (CSV, Excel) and dashboards"));
  gtk_file_filter_add_mime_type (tables, "text/csv");
  gtk_file_filter_add_suffix (tables, "csv");
  gtk_file_filter_add_suffix (tables, "txt");
  gtk_file_filter_add_suffix (tables, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), tables);
  gtk_file_filter_add_suffix (tables, "klimatbild");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), all);

  g_signal_connect (dialog, "response", G_CALLBACK (on_open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
cancel_import_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KbWindow *self = KB_WINDOW (widget);

  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         KbWindow      *self)
{
  GSList *list = g_value_get_boxed (value);
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  for (GSList *l = list; l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);
  kb_window_open_files (self, (GFile **)files->pdata, files->len);
  return files->len > 0;
}

void
_kb_window_class_init_import (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-import", NULL, cancel_import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
}

void
_kb_window_init_import (KbWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

struct _KbWindowRead
{
  GWeakRef window;
  guint    serial;
};

static KbWindowRead *
kb_window_read_new (KbWindow *self,
                    guint     serial)
{
  KbWindowRead *read = g_new0 (KbWindowRead, 1);

  g_weak_ref_init (&read->window, self);
  read->serial = serial;
  self->reading++;
  return read;
}

/* Reads @file with @read_file in a worker thread for the window; @done
 * gets a KbWindowRead for _kb_window_read_finish() as its data and the
 * file as the task's. */
void
_kb_window_read_in_thread (KbWindow            *self,
                           GFile               *file,
                           guint                serial,
                           GTaskThreadFunc      read_file,
                           GAsyncReadyCallback  done)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, done, kb_window_read_new (self, serial));

  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, read_file);
}

/* Frees @read; the window with a reference, or NULL when it is gone or
 * closed while the file was read. */
KbWindow *
_kb_window_read_finish (KbWindowRead *read,
                        guint        *serial)
{
  KbWindow *self = g_weak_ref_get (&read->window);

  if (serial != NULL)
    *serial = read->serial;
  g_weak_ref_clear (&read->window);
  g_free (read);
  if (self == NULL)
    return NULL;
  self->reading--;
  if (self->charts == NULL)
    g_clear_object (&self);
  return self;
}

void
_kb_window_dispose_import (KbWindow *self)
{
  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
  g_clear_object (&self->import_cancellable);
  g_clear_handle_id (&self->import_timeout, g_source_remove);
}
