/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-window"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "chart/kb-format.h"
#include "import/kb-import.h"
#include "import/kb-measures-reader.h"
#include "model/kb-region.h"
#include "kb-window-private.h"

/* Dashboards: what the window shows, saved as a .klimatbild file and
 * opened again — the data files (read again, never copied), the
 * municipality, its targets, the years, the page, the measures, the
 * what-if cut, the sector shown alone, the guessing game and the notes. */

static KbDashboard *
current_dashboard (KbWindow *self)
{
  KbDashboard *dashboard = kb_dashboard_new ();
  KbTarget *target = kb_chart_get_target (_kb_window_get_chart (self, "target"));

  for (guint i = 0; i < self->data_files->len; i++)
    kb_dashboard_add_file (dashboard, g_ptr_array_index (self->data_files, i));
  /* A colleague's file this computer lacks stays the dashboard's. */
  for (guint i = 0; i < self->unread_files->len; i++)
    kb_dashboard_add_file (dashboard, g_ptr_array_index (self->unread_files, i));
  kb_window_state_save (self->state, dashboard);
  kb_dashboard_set_measures (dashboard, self->measures_file);
  if (target != NULL)
    {
      g_autofree char *targets = kb_target_to_data (target, NULL);
      kb_dashboard_set_targets (dashboard, targets);
    }
  return dashboard;
}

/* Saves the dashboard atomically; the data files are not touched. */
gboolean
kb_window_save_dashboard (KbWindow  *self,
                          GFile     *file,
                          GError   **error)
{
  g_autoptr(KbDashboard) dashboard = NULL;

  g_return_val_if_fail (KB_IS_WINDOW (self), FALSE);

  dashboard = current_dashboard (self);
  if (!kb_dashboard_save (dashboard, file, error))
    return FALSE;
  _kb_window_note_recent (self, file);
  return TRUE;
}

/* Whether the data has @sector among @region_code's emissions. */
static gboolean
has_sector (KbWindow   *self,
            const char *region_code,
            const char *sector)
{
  g_autoptr(GPtrArray) sectors = kb_chart_dup_emission_sectors (_kb_window_get_chart (self, "sector"), region_code);

  for (guint i = 0; sectors != NULL && i < sectors->len; i++)
    if (g_strcmp0 (kb_series_get_sector (g_ptr_array_index (sectors, i)), sector) == 0)
      return TRUE;
  return FALSE;
}

/* What of the dashboard was not taken (a note without a year, a view of
 * a newer program): the first of it, and how much more. */
static void
say_left_out (KbWindow    *self,
              KbDashboard *dashboard)
{
  GPtrArray *left_out = kb_dashboard_get_left_out (dashboard);
  g_autofree char *message = NULL;

  if (left_out->len == 0)
    return;
  if (left_out->len == 1)
    /* Translators: a detail of a dashboard that was not taken; the reason comes first */
    message = g_strdup_printf (_("%s — left out; the rest of the dashboard is shown"),
                               (const char *)g_ptr_array_index (left_out, 0));
  else
    /* Translators: details of a dashboard not taken: the first's reason, then how many more */
    message = g_strdup_printf (ngettext ("%s — and %u more detail left out; the rest of the dashboard is shown",
                                         "%s — and %u more details left out; the rest of the dashboard is shown",
                                         left_out->len - 1),
                               (const char *)g_ptr_array_index (left_out, 0), left_out->len - 1);
  _kb_window_show_toast (self, message);
}

/* Everything of @dashboard but its data files, which the caller read
 * into the window first: the window's state (the window and its charts
 * follow it), the targets, the measures and the what-if cut.
 *
 * What the data does not have is taken out of @dashboard (read for the
 * window to apply) before the state is restored from it: a municipality
 * (the one shown stays; one named, not numbered, is found by its name) and a sector (all are shown), each said in a
 * toast. A guessing year the data does not have the game refuses itself,
 * and a toast says which it starts from. */
void
_kb_window_apply_dashboard (KbWindow    *self,
                            KbDashboard *dashboard)
{
  g_autofree char *missing_sector = NULL, *missing_region = NULL;
  const char *region;
  int guess_year;

  /* The dashboard's targets (checked when it was opened) come first: the
   * municipality applies them. */
  if (kb_dashboard_get_targets (dashboard) != NULL)
    {
      const char *text = kb_dashboard_get_targets (dashboard);

      g_clear_pointer (&self->dashboard_target, kb_target_unref);
      self->dashboard_target = kb_target_new_from_data (text, strlen (text), "", NULL);
    }
  /* A municipality by its code, or by its name as a hand-written
   * dashboard may have it ("Motala"). */
  region = kb_dashboard_get_municipality (dashboard);
  if (region != NULL && kb_dataset_get_region_name (self->dataset, region) == NULL)
    {
      g_autofree char *code = kb_dataset_find_region (self->dataset, region);

      if (code == NULL)
        {
          const KbRegion *known = kb_region_find (region);

          missing_region = g_strdup (known != NULL ? known->name : region);
        }
      kb_dashboard_set_municipality (dashboard, code);
    }
  region = kb_dashboard_get_municipality (dashboard) ? kb_dashboard_get_municipality (dashboard)
                                                     : kb_window_state_get_region_code (self->state);
  if (kb_dashboard_get_sector_filter (dashboard) != NULL &&
      !has_sector (self, region, kb_dashboard_get_sector_filter (dashboard)))
    {
      missing_sector = g_strdup (kb_dashboard_get_sector_filter (dashboard));
      kb_dashboard_set_sector_filter (dashboard, NULL);
    }
  _kb_window_prepare_guess_game (self);
  /* The dashboard shows its own sector alone, or all: not the one shown before. */
  kb_window_state_set_sector_filter (self->state, NULL);

  self->applying_dashboard = TRUE;
  kb_window_state_restore (self->state, dashboard);
  self->applying_dashboard = FALSE;
  if (kb_dashboard_get_extra_cut (dashboard) > KB_WINDOW_STATE_MAX_EXTRA_CUT)
    {
      g_autofree char *said = kb_format_number (kb_dashboard_get_extra_cut (dashboard), 1, kb_language_from_environment ());
      g_autofree char *most = kb_format_number (KB_WINDOW_STATE_MAX_EXTRA_CUT, 0, kb_language_from_environment ());
      g_autofree char *message =
        /* Translators: a dashboard's what-if cut, then the most the slider reaches, both in % a year */
        g_strdup_printf (_("The dashboard cuts emissions by %s %% a year more; the what-if reaches %s %%, which is used"),
                         said, most);

      _kb_window_show_toast (self, message);
    }
  kb_dashboard_get_guesses (dashboard, &guess_year);
  if (guess_year != 0 && kb_window_state_get_guess_year (self->state) != guess_year &&
      kb_window_state_get_guess_year (self->state) != 0)
    {
      const char *name = kb_dataset_get_region_name (self->dataset, kb_window_state_get_region_code (self->state));
      g_autofree char *message =
        /* Translators: the dashboard's year, the municipality, the year the game starts in instead */
        g_strdup_printf (_("The dashboard starts the guessing game in %d, which the data for %s cannot start from; it starts in %d"),
                         guess_year, name ? name : kb_window_state_get_region_code (self->state),
                         kb_window_state_get_guess_year (self->state));

      _kb_window_show_toast (self, message);
    }

  _kb_window_apply_targets (self);
  if (kb_dashboard_get_measures (dashboard) != NULL)
    _kb_window_open_measures (self, kb_dashboard_get_measures (dashboard));
  if (missing_region != NULL)
    {
      const char *shown = kb_dataset_get_region_name (self->dataset, kb_window_state_get_region_code (self->state));
      g_autofree char *message = g_strdup_printf (_("The dashboard shows the municipality “%s”, which the data does not have; %s is shown"),
                                                  missing_region, shown ? shown : kb_window_state_get_region_code (self->state));

      _kb_window_show_toast (self, message);
    }
  if (missing_sector != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The dashboard shows the sector “%s”, which the data does not have; all sectors are shown"),
                                                  missing_sector);

      _kb_window_show_toast (self, message);
    }
  say_left_out (self, dashboard);
}

/* In a worker thread: the dashboard, its targets checked (bad ones are
 * left out, as any bad detail of it). */
static void
read_dashboard_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  GFile *file = task_data;
  GError *error = NULL;
  g_autoptr(KbDashboard) dashboard = kb_dashboard_new_from_file (file, &error);

  if (dashboard != NULL && kb_dashboard_get_targets (dashboard) != NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      const char *text = kb_dashboard_get_targets (dashboard);
      g_autoptr(KbTarget) check = kb_target_new_from_data (text, strlen (text), name, &error);

      /* Targets that are not any: the municipality's own are shown. */
      if (check == NULL)
        {
          kb_dashboard_leave_out (dashboard, error->message);
          kb_dashboard_set_targets (dashboard, NULL);
          g_clear_error (&error);
        }
    }
  if (dashboard != NULL)
    g_task_return_pointer (task, g_steal_pointer (&dashboard), g_object_unref);
  else
    g_task_return_error (task, error);
}

static void
on_dashboard_read (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  guint serial;
  g_autoptr(KbWindow) self = _kb_window_read_finish (user_data, &serial);
  GFile *file = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDashboard) dashboard = g_task_propagate_pointer (G_TASK (result), &error);
  GPtrArray *files;

  /* The window was closed while the file was read, or files or another
   * dashboard were opened after this one: the latest opened wins. */
  if (self == NULL || serial != self->opens)
    return;
  /* Files opened before are still being read. */
  if (self->import_cancellable != NULL)
    {
      _kb_window_show_toast (self, _("The dashboard was not opened: files opened before it were still being read. Open it again when they are."));
      return;
    }
  if (dashboard == NULL)
    {
      _kb_window_show_toast (self, error->message);
      return;
    }

  files = kb_dashboard_get_files (dashboard);
  if (files->len == 0)
    {
      g_ptr_array_set_size (self->unread_files, 0);
      _kb_window_note_recent (self, file);
      _kb_window_apply_dashboard (self, dashboard);
      return;
    }
  g_set_object (&self->pending_file, file);
  /* Once read, the dashboard's files are the files shown (on_import_done). */
  g_set_object (&self->pending, dashboard);
  kb_window_open_files (self, (GFile **)files->pdata, files->len);
}

/* Opens a dashboard, read in a worker thread (the window answers
 * meanwhile): its data files are read (replacing what is shown), then the
 * rest of it applies. A bad dashboard changes nothing. */
void
kb_window_open_dashboard (KbWindow *self,
                          GFile    *file)
{
  g_return_if_fail (KB_IS_WINDOW (self));

  _kb_window_read_in_thread (self, file, ++self->opens, read_dashboard_thread, on_dashboard_read);
}

static void
save_chosen (KbWindow *self,
             GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base = kb_import_file_name (file);
  g_autofree char *saved = NULL;

  if (!kb_window_save_dashboard (self, file, &error))
    {
      _kb_window_show_toast (self, error->message);
      return;
    }
  /* Translators: a file written (a chart, its numbers, a dashboard); %s is its name */
  saved = g_strdup_printf (_("Saved %s"), base);
  _kb_window_show_news (self, saved);
}

static void
save_dashboard_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  _kb_window_choose_file (KB_WINDOW (widget), _("Save the Dashboard"), GTK_FILE_CHOOSER_ACTION_SAVE,
                          _("_Save"), _("dashboard.klimatbild"), save_chosen);
}

void
_kb_window_class_init_dashboard (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.save-dashboard", NULL, save_dashboard_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save-dashboard", NULL);
}
