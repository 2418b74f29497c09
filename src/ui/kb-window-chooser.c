/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kb-window-private.h"

/* One file chosen in the desktop's file dialog (a portal where there is
 * one), then handed to @chosen; cancelling does nothing. The window is
 * kept alive while the dialog is open. */

static void
on_response (GtkNativeDialog *dialog,
             int              response,
             KbWindow        *self)
{
  KbFileChosen chosen = g_object_get_data (G_OBJECT (dialog), "kb-chosen");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      chosen (self, file);
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

void
_kb_window_choose_file (KbWindow             *self,
                        const char           *title,
                        GtkFileChooserAction  action,
                        const char           *accept_label,
                        const char           *suggested_name,
                        KbFileChosen          chosen)
{
  GtkFileChooserNative *dialog =
    gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept_label, _("_Cancel"));

  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested_name);
  g_object_set_data (G_OBJECT (dialog), "kb-chosen", chosen);
  g_signal_connect (dialog, "response", G_CALLBACK (on_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}
