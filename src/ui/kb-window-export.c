/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "chart/kb-chart-export.h"
#include "import/kb-import.h"
#include "kb-table-window.h"
#include "kb-window-private.h"

/* Exporting what the window shows: an image (PNG, SVG or PDF by the file
 * name, at a size the dialog offers), the numbers behind it as CSV, or
 * the image on the clipboard. The same renderer draws all of them. */

#define EXPORT_PRESET "presentation"

static KbChart *
chart_for (KbWindow   *self,
           const char *which)
{
  KbChart *chart = _kb_window_get_chart (self, which);
  return chart ? chart : _kb_window_get_chart (self, "sector");
}

/* The chart's title and municipality as a file name, in ASCII, a dash
 * between words ("vaxthusgasutslapp-per-sektor-norrkoping.png"): charts
 * of two municipalities exported one after the other are not saved over. */
char *
_kb_window_export_name (KbChart    *chart,
                        const char *extension)
{
  g_autofree char *title = kb_chart_dup_title (chart);
  const char *region = kb_chart_get_dataset (chart) != NULL && kb_chart_get_region_code (chart) != NULL
                       ? kb_dataset_get_region_name (kb_chart_get_dataset (chart), kb_chart_get_region_code (chart))
                       : NULL;
  g_autofree char *named = region != NULL ? g_strconcat (title, " ", region, NULL) : g_strdup (title);
  g_autofree char *ascii = g_str_to_ascii (named, "C");
  g_autofree char *lower = g_ascii_strdown (ascii, -1);

  GString *name = g_string_new (NULL);

  g_strcanon (lower, "abcdefghijklmnopqrstuvwxyz0123456789", '-');
  /* One dash between words ("gapet, 2030" is not "gapet--2030"). */
  for (const char *p = lower; *p != '\0'; p++)
    if (*p != '-' || (name->len > 0 && name->str[name->len - 1] != '-'))
      g_string_append_c (name, *p);
  while (name->len > 0 && name->str[name->len - 1] == '-')
    g_string_truncate (name, name->len - 1);
  g_string_append (name, extension);
  return g_string_free (name, FALSE);
}

typedef struct
{
  KbWindow *window;
  KbChart  *chart;
  gboolean  data;
} ExportRequest;

static void
export_request_free (ExportRequest *request)
{
  g_object_unref (request->window);
  g_object_unref (request->chart);
  g_free (request);
}

static void
on_export_response (GtkNativeDialog *dialog,
                    int              response,
                    ExportRequest   *request)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;
      const char *preset = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "size");
      const char *scale = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "scale");
      int width = 1920, height = 1080;
      double png_scale = 1;
      gboolean ok;

      if (preset == NULL || !kb_export_preset_size (preset, &width, &height, &png_scale))
        kb_export_preset_size (EXPORT_PRESET, &width, &height, &png_scale);
      ok = request->data ? kb_chart_export_data (request->chart, path, &error)
                         : kb_chart_export (request->chart, path, width, height,
                                            png_scale * (g_strcmp0 (scale, "2") == 0 ? 2 : 1), &error);
      if (!ok)
        _kb_window_show_toast (request->window, error->message);
      else
        {
          g_autofree char *base = kb_import_file_name (file);
          /* Translators: a file written (a chart, its numbers, a dashboard); %s is its name */
          g_autofree char *saved = g_strdup_printf (_("Saved %s"), base);

          _kb_window_show_news (request->window, saved);
        }
    }

  export_request_free (request);
  g_object_unref (dialog);
}

static void
add_filter (GtkFileChooserNative *dialog,
            const char           *name,
            const char           *suffix)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_suffix (filter, suffix);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
}

static void
start_export (KbWindow   *self,
              const char *which,
              gboolean    data)
{
  ExportRequest *request = g_new0 (ExportRequest, 1);
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;

  request->window = g_object_ref (self);
  request->chart = g_object_ref (chart_for (self, which));
  request->data = data;

  dialog = gtk_file_chooser_native_new (data ? _("Export the Numbers") : _("Export Image"),
                                        GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  name = _kb_window_export_name (request->chart, data ? ".csv" : ".png");
  /* The extension decides: CSV for Swedish Excel or a workbook; a PNG
   * image, an SVG or a PDF. The list names them (empty, it read "(None)"). */
  if (data)
    {
      add_filter (dialog, _("CSV for Excel (.csv)"), "csv");
      add_filter (dialog, _("Excel workbook (.xlsx)"), "xlsx");
    }
  else
    {
      add_filter (dialog, _("PNG image (.png)"), "png");
      add_filter (dialog, _("SVG drawing (.svg)"), "svg");
      add_filter (dialog, _("PDF document (.pdf)"), "pdf");
    }
  if (!data)
    {
      const char *sizes[] = { "presentation", "a4", "a4-portrait", "square", NULL };
      const char *size_labels[] = { _("Presentation (1920 × 1080)"), _("A4 landscape"), _("A4 portrait"),
                                    _("Square (1080 × 1080)"), NULL };
      const char *scales[] = { "1", "2", NULL };
      const char *scale_labels[] = { _("Normal"), _("Double (HiDPI PNG)"), NULL };

      gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "size", _("Size"), sizes, size_labels);
      gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), "size", "presentation");
      gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "scale", _("Pixels"), scales, scale_labels);
      gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), "scale", "1");
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_response), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
export_chart_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  start_export (KB_WINDOW (widget), g_variant_get_string (parameter, NULL), FALSE);
}

static void
export_data_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  start_export (KB_WINDOW (widget), g_variant_get_string (parameter, NULL), TRUE);
}

/* Puts the chart on the clipboard as an image at the presentation size. */
void
_kb_window_copy_chart (KbWindow   *self,
                       const char *which)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = 1920, height = 1080;

  kb_export_preset_size (EXPORT_PRESET, &width, &height, NULL);
  png = kb_chart_export_bytes (chart_for (self, which), KB_EXPORT_PNG, width, height, 1, &error);
  if (png != NULL)
    texture = gdk_texture_new_from_bytes (png, &error);
  if (texture == NULL)
    {
      _kb_window_show_toast (self, error->message);
      return;
    }
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (GTK_WIDGET (self)), texture);
}

static void
copy_chart_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  _kb_window_copy_chart (KB_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
deck_chosen (KbWindow *self,
             GFile    *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GPtrArray) charts = _kb_window_dup_page_charts (self);
  g_autoptr(GError) error = NULL;

  if (!kb_export_deck (charts, path, 1920, 1080, 1, &error))
    _kb_window_show_toast (self, error->message);
}

/* The charts of the page shown, as a slide deck. */
static void
export_deck_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _kb_window_choose_file (KB_WINDOW (widget), _("Export the Page as Slides"), GTK_FILE_CHOOSER_ACTION_SAVE,
                          _("_Export"), "klimatbild.pdf", deck_chosen);
}

static void
show_table_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KbChart *chart = chart_for (KB_WINDOW (widget), g_variant_get_string (parameter, NULL));

  if (chart != NULL)
    gtk_window_present (GTK_WINDOW (kb_table_window_new (GTK_WINDOW (widget), chart)));
}

void
_kb_window_class_init_export (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-chart", "s", export_chart_action);
  gtk_widget_class_install_action (widget_class, "win.export-data", "s", export_data_action);
  gtk_widget_class_install_action (widget_class, "win.copy-chart", "s", copy_chart_action);
  gtk_widget_class_install_action (widget_class, "win.show-table", "s", show_table_action);
  gtk_widget_class_install_action (widget_class, "win.export-deck", NULL, export_deck_action);
}
