/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "import/kb-measures-reader.h"
#include "kb-measures-editor.h"
#include "analysis/kb-scenario.h"
#include "chart/kb-format.h"
#include "kb-window-private.h"

#define EXAMPLE_MEASURES "/se/klimatbild/Klimatbild/data/exempel-atgarder.csv"
#define EXAMPLE_REGION "0580" /* the example is sized for Linköping */

/* The Åtgärder page's controls: the plan's measures as a table to edit,
 * opened from and saved to a measures file, and a what-if slider for an
 * extra yearly cut. Every chart follows at once. */

/* A plan opened (a file, the example) starts a history of its own: undo
 * never brings back another file's plan under this one's name. */
static void
replace_measures (KbWindow   *self,
                  GListStore *read)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (read)); i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (read), i));
  g_list_store_splice (self->measures, 0, g_list_model_get_n_items (G_LIST_MODEL (self->measures)),
                       items->pdata, items->len);
  if (self->measures_editor != NULL)
    kb_measures_history_clear (kb_measures_editor_get_history (KB_MEASURES_EDITOR (self->measures_editor)));
}

static void
read_measures_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  GError *error = NULL;
  GListStore *read = kb_measures_read_file (task_data, &error);

  if (read != NULL)
    g_task_return_pointer (task, read, g_object_unref);
  else
    g_task_return_error (task, error);
}

static void
on_measures_read (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  guint serial;
  g_autoptr(KbWindow) self = _kb_window_read_finish (user_data, &serial);
  GFile *file = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) read = g_task_propagate_pointer (G_TASK (result), &error);

  /* The window was closed while the file was read, or another measures
   * file was opened after this one. */
  if (self == NULL || serial != self->measures_reads)
    return;
  if (read == NULL)
    {
      _kb_window_show_toast (self, error->message);
      return;
    }
  replace_measures (self, read);
  g_set_object (&self->measures_file, file);
  /* A cut larger than the sector's emissions: most likely a slip. */
  {
    g_autoptr(GPtrArray) warnings = kb_chart_check_measures (_kb_window_get_chart (self, "sector"),
                                                             G_LIST_MODEL (read));

    if (warnings->len > 0)
      _kb_window_show_toast (self, g_ptr_array_index (warnings, 0));
  }
}

/* Replaces the plan's measures with those of @file, read in a worker
 * thread (the window answers meanwhile); a bad file changes nothing and
 * says why. */
void
_kb_window_open_measures (KbWindow *self,
                          GFile    *file)
{
  g_return_if_fail (KB_IS_WINDOW (self));

  _kb_window_read_in_thread (self, file, ++self->measures_reads, read_measures_thread, on_measures_read);
}

/* The invented example plan that comes with the app, every measure named
 * "EXEMPEL": to try the page out, not a file of the user's. */
static void
open_example_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KbWindow *self = KB_WINDOW (widget);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (EXAMPLE_MEASURES, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) read = NULL;

  g_return_if_fail (bytes != NULL);
  read = kb_measures_read_bytes (bytes, "exempel-atgarder.csv", &error);
  g_return_if_fail (read != NULL);
  /* Written for Linköping: elsewhere each cut is brought to the size of
   * the municipality's own sector, so that the example stays plausible. */
  if (g_strcmp0 (kb_window_get_region (self), EXAMPLE_REGION) != 0)
    {
      KbChart *chart = _kb_window_get_chart (self, "sector");
      g_autoptr(GPtrArray) from = kb_chart_dup_emission_sectors (chart, EXAMPLE_REGION);
      g_autoptr(GPtrArray) to = kb_chart_dup_emission_sectors (chart, kb_window_get_region (self));
      const char *name = kb_dataset_get_region_name (kb_chart_get_dataset (chart), kb_window_get_region (self));
      g_autofree char *source = g_strdup_printf (_("Invented example, scaled to the emissions of %s per sector"),
                                                 name ? name : kb_window_get_region (self));

      kb_measures_scale (G_LIST_MODEL (read), from, to, source);
    }
  /* A file still being read gives way to the example chosen after it. */
  self->measures_reads++;
  replace_measures (self, read);
  g_clear_object (&self->measures_file);
  /* What could not be scaled (no Linköping in the data) is warned of. */
  {
    g_autoptr(GPtrArray) warnings = kb_chart_check_measures (_kb_window_get_chart (self, "sector"),
                                                             G_LIST_MODEL (read));

    if (warnings->len > 0)
      _kb_window_show_toast (self, g_ptr_array_index (warnings, 0));
  }
}

static void
open_measures_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _kb_window_choose_file (KB_WINDOW (widget), _("Open a Measures File"), GTK_FILE_CHOOSER_ACTION_OPEN,
                          _("_Open"), NULL, _kb_window_open_measures);
}

static void
save_measures_chosen (KbWindow *self,
                      GFile    *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;

  if (!kb_measures_write (G_LIST_MODEL (self->measures), path, &error))
    _kb_window_show_toast (self, error->message);
  else
    g_set_object (&self->measures_file, file);
}

static void
save_measures_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _kb_window_choose_file (KB_WINDOW (widget), _("Save the Measures"), GTK_FILE_CHOOSER_ACTION_SAVE,
                          _("_Save"), _("measures.csv"), save_measures_chosen);
}

static void
add_measure_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _kb_window_ensure_page (KB_WINDOW (widget), "measures");
  kb_measures_editor_add (KB_MEASURES_EDITOR (KB_WINDOW (widget)->measures_editor));
}

/* Removes the selected measure, and offers to bring it back. */
static void
remove_measure_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KbWindow *self = KB_WINDOW (widget);
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  _kb_window_ensure_page (self, "measures");
  name = kb_measures_editor_remove_selected (KB_MEASURES_EDITOR (self->measures_editor));
  if (name == NULL)
    return;
  /* Translators: a toast after a measure was removed from the plan */
  message = g_strdup_printf (_("“%s” removed"), name);
  toast = _kb_window_new_toast (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  /* The toast's Undo takes back this removal, and only while nothing
   * came after it. */
  adw_toast_set_action_name (toast, "win.undo-removal");
  adw_toast_set_action_target_value (toast, g_variant_new_uint32 (
    kb_measures_history_get_latest (kb_measures_editor_get_history (KB_MEASURES_EDITOR (self->measures_editor)))));
  if (self->removal_toast != NULL)
    adw_toast_dismiss (self->removal_toast);
  g_set_weak_pointer (&self->removal_toast, toast);
  _kb_window_add_toast (self, toast, message);
}

static void
undo_removal_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KbWindow *self = KB_WINDOW (widget);
  KbMeasuresHistory *history;

  if (self->measures_editor == NULL)
    return;
  history = kb_measures_editor_get_history (KB_MEASURES_EDITOR (self->measures_editor));
  if (kb_measures_history_get_latest (history) == g_variant_get_uint32 (parameter))
    kb_measures_history_undo (history);
  else
    _kb_window_show_toast (self, _("Other changes came after the removal: undo them first (Ctrl+Z)"));
}

static void
undo_measure_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KbWindow *self = KB_WINDOW (widget);

  if (self->measures_editor == NULL)
    return;
  kb_measures_history_undo (kb_measures_editor_get_history (KB_MEASURES_EDITOR (self->measures_editor)));
  /* A removal undone another way needs its toast no more. */
  if (self->removal_toast != NULL)
    adw_toast_dismiss (self->removal_toast);
}

/* The charts put away, the table takes the page; and back. */
static void
on_charts_toggled (GtkToggleButton *button,
                   KbWindow        *self)
{
  gboolean shown = gtk_toggle_button_get_active (button);
  GtkWidget *table = gtk_widget_get_parent (self->measures_editor);

  if (self->plan_charts != NULL)
    gtk_widget_set_visible (self->plan_charts, shown);
  gtk_widget_set_vexpand (table, !shown);
  gtk_widget_set_vexpand (gtk_widget_get_parent (table), !shown);
}

static void
on_grouping_selected (GtkDropDown *dropdown,
                      GParamSpec  *pspec,
                      KbWindow    *self)
{
  kb_chart_set_measures_grouping (_kb_window_get_chart (self, "measures"), gtk_drop_down_get_selected (dropdown));
}

/* "0,5 %" in Swedish, "0.5 %" in English, as every chart writes it. */
static char *
format_percent (GtkScale *scale,
                double    value,
                gpointer  user_data)
{
  g_autofree char *number = kb_format_number (value, 1, kb_language_from_environment ());

  return g_strdup_printf ("%s %%", number);
}

static GtkWidget *
tool_button (const char *icon,
             const char *label,
             const char *action)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon);
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static void
on_measures_changed (GtkStack *stack)
{
  GListModel *measures = g_object_get_data (G_OBJECT (stack), "kb-measures");

  gtk_stack_set_visible_child_name (stack, g_list_model_get_n_items (measures) > 0 ? "table" : "hint");
}

/* The table, or while the plan is empty, what to do about it. */
static GtkWidget *
measures_or_hint (KbWindow *self)
{
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *hint = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *label = gtk_label_new (_("No measures yet. Add the plan’s measures with their estimated "
                                      "reductions, open a measures file, or try an invented example."));
  GtkWidget *example = gtk_button_new_with_mnemonic (_("Try the _Example Plan"));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (example), "win.open-example-measures");
  gtk_widget_set_halign (example, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (example, "pill");
  gtk_widget_set_size_request (hint, -1, 180);
  /* The words and the button in the middle of the table's room. */
  gtk_widget_set_valign (label, GTK_ALIGN_END);
  gtk_widget_set_vexpand (label, TRUE);
  gtk_widget_set_valign (example, GTK_ALIGN_START);
  gtk_widget_set_vexpand (example, TRUE);
  gtk_box_append (GTK_BOX (hint), label);
  gtk_box_append (GTK_BOX (hint), example);

  /* The charts above take what room there is. */
  gtk_widget_set_vexpand (stack, FALSE);
  gtk_stack_set_vhomogeneous (GTK_STACK (stack), FALSE);
  gtk_stack_add_named (GTK_STACK (stack), self->measures_editor, "table");
  gtk_stack_add_named (GTK_STACK (stack), hint, "hint");
  g_object_set_data (G_OBJECT (stack), "kb-measures", self->measures);
  g_signal_connect_object (self->measures, "items-changed", G_CALLBACK (on_measures_changed),
                           stack, G_CONNECT_SWAPPED);
  on_measures_changed (GTK_STACK (stack));
  return stack;
}

GtkWidget *
_kb_window_build_measures_panel (KbWindow *self)
{
  GtkWidget *panel = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (_("Extra cut a year:"));
  GtkWidget *scale;

  gtk_widget_set_margin_start (panel, 12);
  gtk_widget_set_margin_end (panel, 12);
  gtk_widget_set_margin_bottom (panel, 12);

  gtk_box_append (GTK_BOX (bar), tool_button ("document-open-symbolic", _("_Open Measures…"), "win.open-measures"));
  gtk_box_append (GTK_BOX (bar), tool_button ("list-add-symbolic", _("_Add"), "win.add-measure"));
  gtk_box_append (GTK_BOX (bar), tool_button ("list-remove-symbolic", _("_Remove"), "win.remove-measure"));
  gtk_box_append (GTK_BOX (bar), tool_button ("edit-undo-symbolic", _("_Undo"), "win.undo-measure"));
  gtk_box_append (GTK_BOX (bar), tool_button ("document-save-symbolic", _("_Save As…"), "win.save-measures"));
  {
    /* The waterfall's rows: a measure each, or summed by focus area or actor. */
    const char *groupings[] = { _("Each measure"), _("By focus area"), _("By actor"), NULL };
    GtkWidget *grouping = gtk_drop_down_new_from_strings (groupings);
    GtkWidget *charts = gtk_toggle_button_new ();
    GtkWidget *content = adw_button_content_new ();

    gtk_drop_down_set_selected (GTK_DROP_DOWN (grouping),
                                kb_chart_get_measures_grouping (_kb_window_get_chart (self, "measures")));
    gtk_widget_set_tooltip_text (grouping, _("What the measures chart has a row for"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (grouping), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Rows of the measures chart"), -1);
    g_signal_connect_object (grouping, "notify::selected", G_CALLBACK (on_grouping_selected), self, 0);
    gtk_box_append (GTK_BOX (bar), grouping);

    adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "x-office-presentation-symbolic");
    adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("C_harts"));
    adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
    gtk_button_set_child (GTK_BUTTON (charts), content);
    gtk_widget_set_tooltip_text (charts, _("Show the charts above the table, or give the table the page"));
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (charts), TRUE);
    g_signal_connect_object (charts, "toggled", G_CALLBACK (on_charts_toggled), self, 0);
    self->charts_toggle = charts;
    gtk_box_append (GTK_BOX (bar), charts);
  }

  scale = gtk_scale_new (GTK_ORIENTATION_HORIZONTAL, self->extra_cut);
  gtk_scale_set_digits (GTK_SCALE (scale), 1);
  gtk_scale_set_format_value_func (GTK_SCALE (scale), format_percent, NULL, NULL);
  gtk_scale_set_draw_value (GTK_SCALE (scale), TRUE);
  gtk_scale_set_value_pos (GTK_SCALE (scale), GTK_POS_RIGHT);
  gtk_widget_set_hexpand (scale, TRUE);
  /* Room to drag on a 1366 px screen (it was squeezed to a stub). */
  gtk_widget_set_size_request (scale, 180, -1);
  gtk_widget_set_margin_start (label, 18);
  /* Cut short before the window is: a workshop's 1280 px laptop screen
   * holds the page (the tooltip says what the cut is). */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (label, _("A what-if, not a measure: emissions cut by this much more each year, "
                                        "from the latest year with data"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (scale), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Extra cut a year, per cent"), -1);
  gtk_box_append (GTK_BOX (bar), label);
  gtk_box_append (GTK_BOX (bar), scale);

  self->measures_editor = kb_measures_editor_new (self->measures);
  g_signal_connect_object (kb_measures_editor_get_history (KB_MEASURES_EDITOR (self->measures_editor)),
                           "notify::can-undo", G_CALLBACK (_kb_window_update_actions), self, G_CONNECT_SWAPPED);
  _kb_window_update_actions (self);
  gtk_box_append (GTK_BOX (panel), bar);
  gtk_box_append (GTK_BOX (panel), measures_or_hint (self));
  return panel;
}

void
_kb_window_class_init_measures (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open-measures", NULL, open_measures_action);
  gtk_widget_class_install_action (widget_class, "win.open-example-measures", NULL, open_example_action);
  gtk_widget_class_install_action (widget_class, "win.save-measures", NULL, save_measures_action);
  gtk_widget_class_install_action (widget_class, "win.add-measure", NULL, add_measure_action);
  gtk_widget_class_install_action (widget_class, "win.remove-measure", NULL, remove_measure_action);
  gtk_widget_class_install_action (widget_class, "win.undo-measure", NULL, undo_measure_action);
  gtk_widget_class_install_action (widget_class, "win.undo-removal", "u", undo_removal_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo-measure", NULL);
}

/* The what-if slider's adjustment is the state's cut (every chart
 * follows the state), up to 15 % a year. */
void
_kb_window_init_measures (KbWindow *self)
{
  self->extra_cut = g_object_ref_sink (gtk_adjustment_new (0, 0, KB_WINDOW_STATE_MAX_EXTRA_CUT, 0.5, 1, 0));
  g_object_bind_property (self->state, "extra-cut", self->extra_cut, "value",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
}
