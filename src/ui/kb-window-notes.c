/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kb-window-private.h"
#include "model/kb-dashboard.h"

/* Notes on the time axis ("2025: Fossilfri fjärrvärme i Gärstad"): what
 * the communications team marks on a chart before exporting it. Every
 * trend shows them, exports included; dashboards keep them. A note is
 * of the municipality shown when it was written. */

void
_kb_window_add_note (KbWindow   *self,
                     int         year,
                     const char *text)
{
  g_return_if_fail (KB_IS_WINDOW (self));
  g_return_if_fail (text != NULL && *text != '\0');

  if (kb_window_state_get_n_notes (self->state) >= KB_DASHBOARD_MAX_NOTES)
    return;
  /* Every chart, and the window's actions, follow the state's notes. */
  kb_window_state_add_note (self->state, year, text);
}

void
_kb_window_clear_notes (KbWindow *self)
{
  g_return_if_fail (KB_IS_WINDOW (self));

  kb_window_state_clear_shown_notes (self->state);
}

static void
on_note_response (AdwMessageDialog *dialog,
                  const char       *response,
                  KbWindow         *self)
{
  GtkSpinButton *year = g_object_get_data (G_OBJECT (dialog), "kb-year");
  GtkEditable *text = g_object_get_data (G_OBJECT (dialog), "kb-text");

  if (g_str_equal (response, "add") && *gtk_editable_get_text (text) != '\0')
    _kb_window_add_note (self, gtk_spin_button_get_value_as_int (year), gtk_editable_get_text (text));
}

static void
on_note_text_changed (GtkEditable      *text,
                      AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "add", *gtk_editable_get_text (text) != '\0');
}

static void
add_note_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KbWindow *self = KB_WINDOW (widget);
  GtkWidget *dialog, *box, *year, *text;
  KbSeries *total = kb_chart_get_total (_kb_window_get_chart (self, "target"));
  int latest;

  /* As many as a dashboard keeps, so that every chart can be saved. */
  if (kb_window_state_get_n_notes (self->state) >= KB_DASHBOARD_MAX_NOTES)
    {
      g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "A dashboard holds at most %u note, of all municipalities: remove it to add another",
                                                               "A dashboard holds at most %u notes, of all municipalities: remove some to add others",
                                                               KB_DASHBOARD_MAX_NOTES),
                                                  (guint)KB_DASHBOARD_MAX_NOTES);

      _kb_window_show_toast (self, message);
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Add a Note"),
                                   _("A year and a few words, shown on the time axis of this municipality’s trends and in "
                                     "exports, such as a decision or a new plant."));
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  year = gtk_spin_button_new_with_range (1990, 2050, 1);
  text = gtk_entry_new ();

  if (total != NULL && kb_series_get_latest (total, &latest, NULL))
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (year), latest);
  gtk_accessible_update_property (GTK_ACCESSIBLE (year), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Year"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Note"), -1);
  gtk_entry_set_placeholder_text (GTK_ENTRY (text), _("e.g. Fossil-free district heating"));
  /* As long as a dashboard keeps. */
  gtk_entry_set_max_length (GTK_ENTRY (text), KB_DASHBOARD_MAX_NOTE_CHARS);
  gtk_entry_set_activates_default (GTK_ENTRY (text), TRUE);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), year);
  gtk_box_append (GTK_BOX (box), text);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add", FALSE);
  g_object_set_data (G_OBJECT (dialog), "kb-year", year);
  g_object_set_data (G_OBJECT (dialog), "kb-text", text);
  g_signal_connect (text, "changed", G_CALLBACK (on_note_text_changed), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_note_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (text);
}

static void
clear_notes_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _kb_window_clear_notes (KB_WINDOW (widget));
}

void
_kb_window_class_init_notes (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.add-note", NULL, add_note_action);
  gtk_widget_class_install_action (widget_class, "win.clear-notes", NULL, clear_notes_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_N, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.add-note", NULL);
}
