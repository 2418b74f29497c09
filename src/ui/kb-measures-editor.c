/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-measures-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "chart/kb-format.h"
#include "chart/kb-labels.h"
#include "import/kb-number.h"
#include "kb-measures-editor.h"
#include "model/kb-measure.h"
#include "model/kb-measures-history.h"

/* The measures of a climate investment plan as an editable table: a row
 * a measure, every cell edited in place, every edit and removal undoable;
 * charts follow every edit. An investment left empty is unknown. */
struct _KbMeasuresEditor
{
  GtkWidget           parent_instance;

  GListStore         *measures;
  GtkSingleSelection *selection;
  GtkWidget          *scrolled;
  KbMeasuresHistory  *history;
};

G_DEFINE_FINAL_TYPE (KbMeasuresEditor, kb_measures_editor, GTK_TYPE_WIDGET)

typedef enum {
  FIELD_NAME,
  FIELD_SECTOR,
  FIELD_START,
  FIELD_FULL,
  FIELD_REDUCTION,
  FIELD_STATUS,
  FIELD_OWNER,
  FIELD_INVESTMENT,
  FIELD_FOCUS_AREA,
  FIELD_CO_BENEFITS,
  FIELD_SOURCE,
} Field;

static KbMeasure *
bound_measure (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "kb-measure");
}

static void
on_text_changed (GtkEditable *editable)
{
  KbMeasure *m = bound_measure (GTK_WIDGET (editable));
  Field field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (editable), "kb-field"));
  const char *text = gtk_editable_get_text (editable);

  if (m == NULL)
    return;
  switch (field)
    {
    case FIELD_NAME:
      if (g_strcmp0 (kb_measure_get_name (m), text) != 0)
        kb_measure_set_name (m, text);
      break;
    case FIELD_FOCUS_AREA:
      if (g_strcmp0 (kb_measure_get_focus_area (m), text) != 0)
        kb_measure_set_focus_area (m, text);
      break;
    case FIELD_CO_BENEFITS:
      if (g_strcmp0 (kb_measure_get_co_benefits (m), text) != 0)
        kb_measure_set_co_benefits (m, text);
      break;
    case FIELD_SOURCE:
    default:
      if (g_strcmp0 (kb_measure_get_source (m), text) != 0)
        kb_measure_set_source (m, text);
      break;
    }
}

/* Thousands of kronor in the language's own form ("1 500,5"), or empty
 * for unknown. */
static char *
format_investment (KbMeasure *m)
{
  double ksek = kb_measure_get_investment (m);
  int decimals = 0;

  if (isnan (ksek))
    return g_strdup ("");
  /* As many decimals as the figure has, up to three. */
  while (decimals < 3 && fabs (ksek * pow (10, decimals) - round (ksek * pow (10, decimals))) > 1e-6)
    decimals++;
  return kb_format_number (ksek, decimals, kb_language_from_environment ());
}

/* An empty cell is unknown (NAN); a number in the language's form is
 * the investment (a saving may be negative); FALSE for anything else. */
static gboolean
parse_investment (const char *typed,
                  double     *ksek)
{
  g_autofree char *text = g_strstrip (g_strdup (typed));
  KbNumberForm form = kb_language_from_environment () == KB_LANGUAGE_SWEDISH ? KB_NUMBER_FORM_DECIMAL_COMMA
                                                                             : KB_NUMBER_FORM_DECIMAL_POINT;
  const char *problem;

  *ksek = NAN;
  return *text == '\0' || kb_number_parse_in_form (text, &form, ';', ksek, &problem) == KB_NUMBER_VALUE;
}

/* Anything but an amount is marked and changes nothing. */
static void
on_investment_changed (GtkEditable *editable)
{
  KbMeasure *m = bound_measure (GTK_WIDGET (editable));
  double ksek;
  gboolean valid = parse_investment (gtk_editable_get_text (editable), &ksek);

  gtk_widget_set_tooltip_text (GTK_WIDGET (editable), valid ? NULL : _("Not an amount in thousand kronor"));
  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
  if (m == NULL || !valid)
    return;
  if (isnan (ksek) != isnan (kb_measure_get_investment (m)) ||
      (!isnan (ksek) && ksek != kb_measure_get_investment (m)))
    kb_measure_set_investment (m, ksek);
}

static void
on_spin_changed (GtkSpinButton *spin)
{
  KbMeasure *m = bound_measure (GTK_WIDGET (spin));
  Field field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (spin), "kb-field"));
  double value = gtk_spin_button_get_value (spin);

  if (m == NULL)
    return;
  if (field == FIELD_START)
    kb_measure_set_years (m, (int)value, MAX ((int)value, kb_measure_get_full_year (m)));
  else if (field == FIELD_FULL)
    kb_measure_set_years (m, MIN (kb_measure_get_start_year (m), (int)value), (int)value);
  else
    kb_measure_set_reduction (m, value);
}

static void
on_dropdown_changed (GtkDropDown *dropdown)
{
  KbMeasure *m = bound_measure (GTK_WIDGET (dropdown));
  Field field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dropdown), "kb-field"));
  guint selected = gtk_drop_down_get_selected (dropdown);
  guint n_sectors;
  const char * const *sectors = kb_measure_list_sectors (&n_sectors);

  if (m == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (field == FIELD_SECTOR && selected < n_sectors)
    kb_measure_set_sector (m, sectors[selected]);
  else if (field == FIELD_STATUS)
    kb_measure_set_status (m, selected);
  else if (field == FIELD_OWNER)
    kb_measure_set_owner (m, selected);
}

/* GTK 4.8's editable label stops editing 100 ms after it loses the focus,
 * from a timeout that holds no reference: a row removed in between
 * (the Remove button takes the focus) leaves it asking a freed widget.
 * The label is kept alive a little longer than that. */
static gboolean
release (gpointer widget)
{
  return G_SOURCE_REMOVE; /* the destroy notify lets go of @widget */
}

static void
keep_alive_briefly (GtkEventController *controller)
{
  g_timeout_add_full (G_PRIORITY_DEFAULT, 300, release, g_object_ref (gtk_event_controller_get_widget (controller)),
                      g_object_unref);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  data)
{
  Field field = GPOINTER_TO_INT (data);
  GtkWidget *widget;

  switch (field)
    {
    case FIELD_NAME:
    case FIELD_FOCUS_AREA:
    case FIELD_CO_BENEFITS:
    case FIELD_SOURCE:
      widget = gtk_editable_label_new ("");
      /* Ctrl+Z is the plan's undo, not the cell's. */
      gtk_editable_set_enable_undo (GTK_EDITABLE (widget), FALSE);
      {
        GtkEventController *focus = gtk_event_controller_focus_new ();

        g_signal_connect (focus, "leave", G_CALLBACK (keep_alive_briefly), NULL);
        gtk_widget_add_controller (widget, focus);
      }
      g_signal_connect (widget, "changed", G_CALLBACK (on_text_changed), NULL);
      break;
    case FIELD_INVESTMENT:
      widget = gtk_entry_new ();
      gtk_editable_set_enable_undo (GTK_EDITABLE (widget), FALSE);
      gtk_entry_set_placeholder_text (GTK_ENTRY (widget), _("unknown"));
      gtk_entry_set_alignment (GTK_ENTRY (widget), 1);
      gtk_editable_set_width_chars (GTK_EDITABLE (widget), 10);
      gtk_widget_set_tooltip_text (widget, NULL);
      g_signal_connect (widget, "changed", G_CALLBACK (on_investment_changed), NULL);
      break;
    case FIELD_START:
    case FIELD_FULL:
      widget = gtk_spin_button_new_with_range (1990, 2100, 1);
      gtk_editable_set_enable_undo (GTK_EDITABLE (widget), FALSE);
      g_signal_connect (widget, "value-changed", G_CALLBACK (on_spin_changed), NULL);
      break;
    case FIELD_REDUCTION:
      widget = gtk_spin_button_new_with_range (-1e7, 1e7, 100);
      gtk_editable_set_enable_undo (GTK_EDITABLE (widget), FALSE);
      g_signal_connect (widget, "value-changed", G_CALLBACK (on_spin_changed), NULL);
      break;
    case FIELD_SECTOR:
      {
        guint n;
        const char * const *sectors = kb_measure_list_sectors (&n);
        g_autofree const char **shown = g_new0 (const char *, n + 1);

        /* In the language of the charts; the measure keeps the data's name. */
        for (guint i = 0; i < n; i++)
          shown[i] = kb_label_display (sectors[i], kb_language_from_environment ());
        widget = gtk_drop_down_new_from_strings (shown);
        g_signal_connect (widget, "notify::selected", G_CALLBACK (on_dropdown_changed), NULL);
      }
      break;
    case FIELD_STATUS:
      {
        const char *statuses[] = { _("decided"), _("planned"), _("idea"), NULL };
        widget = gtk_drop_down_new_from_strings (statuses);
        g_signal_connect (widget, "notify::selected", G_CALLBACK (on_dropdown_changed), NULL);
      }
      break;
    case FIELD_OWNER:
    default:
      {
        const char *owners[KB_MEASURE_N_OWNERS + 1] = { NULL };

        for (int o = 0; o < KB_MEASURE_N_OWNERS; o++)
          owners[o] = kb_label_owner (o);
        widget = gtk_drop_down_new_from_strings (owners);
        g_signal_connect (widget, "notify::selected", G_CALLBACK (on_dropdown_changed), NULL);
      }
      break;
    }
  g_object_set_data (G_OBJECT (widget), "kb-field", GINT_TO_POINTER (field));
  gtk_list_item_set_child (item, widget);
}

static void
set_text_if_changed (GtkWidget  *widget,
                     const char *text)
{
  /* Only where it differs: the cell being typed in keeps its cursor. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)), text ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (widget), text ? text : "");
}

/* Shows @m's value of the cell's field in @widget. */
static void
fill_cell (GtkWidget *widget,
           KbMeasure *m)
{
  Field field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "kb-field"));
  guint n_sectors;
  const char * const *sectors = kb_measure_list_sectors (&n_sectors);

  switch (field)
    {
    case FIELD_NAME:
      set_text_if_changed (widget, kb_measure_get_name (m));
      break;
    case FIELD_FOCUS_AREA:
      set_text_if_changed (widget, kb_measure_get_focus_area (m));
      break;
    case FIELD_CO_BENEFITS:
      set_text_if_changed (widget, kb_measure_get_co_benefits (m));
      break;
    case FIELD_SOURCE:
      set_text_if_changed (widget, kb_measure_get_source (m));
      break;
    case FIELD_INVESTMENT:
      {
        double shown;

        /* What is typed stays as typed while it means the same amount. */
        if (!parse_investment (gtk_editable_get_text (GTK_EDITABLE (widget)), &shown) ||
            isnan (shown) != !kb_measure_has_investment (m) ||
            (!isnan (shown) && shown != kb_measure_get_investment (m)))
          {
            g_autofree char *text = format_investment (m);
            gtk_editable_set_text (GTK_EDITABLE (widget), text);
          }
      }
      break;
    case FIELD_START:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (widget), kb_measure_get_start_year (m));
      break;
    case FIELD_FULL:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (widget), kb_measure_get_full_year (m));
      break;
    case FIELD_REDUCTION:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (widget), kb_measure_get_reduction (m));
      break;
    case FIELD_SECTOR:
      for (guint i = 0; i < n_sectors; i++)
        if (g_strcmp0 (sectors[i], kb_measure_get_sector (m)) == 0)
          gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), i);
      break;
    case FIELD_STATUS:
      gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), kb_measure_get_status (m));
      break;
    case FIELD_OWNER:
    default:
      gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), kb_measure_get_owner (m));
      break;
    }
}

/* The measure changed elsewhere (an undo, another cell): the cell shows
 * it, without taking what it shows for an edit. */
static void
refill_cell (GtkWidget *widget)
{
  KbMeasure *m = bound_measure (widget);

  if (m == NULL)
    return;
  g_object_set_data (G_OBJECT (widget), "kb-measure", NULL);
  fill_cell (widget, m);
  g_object_set_data (G_OBJECT (widget), "kb-measure", m);
}

/* Fills the cell's widget from the measure, before it listens to it, and
 * follows the measure while bound to it. */
static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  data)
{
  GtkWidget *widget = gtk_list_item_get_child (item);
  KbMeasure *m = gtk_list_item_get_item (item);
  gulong handler;

  g_object_set_data (G_OBJECT (widget), "kb-measure", NULL);
  fill_cell (widget, m);
  g_object_set_data (G_OBJECT (widget), "kb-measure", m);
  handler = g_signal_connect_object (m, "changed", G_CALLBACK (refill_cell), widget, G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (widget), "kb-handler", GSIZE_TO_POINTER (handler));
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  data)
{
  GtkWidget *widget = gtk_list_item_get_child (item);
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (widget), "kb-handler"));

  if (handler != 0)
    g_signal_handler_disconnect (gtk_list_item_get_item (item), handler);
  g_object_set_data (G_OBJECT (widget), "kb-handler", NULL);
  g_object_set_data (G_OBJECT (widget), "kb-measure", NULL);
}

static void
add_column (GtkColumnView *view,
            const char    *title,
            Field          field,
            gboolean       expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GINT_TO_POINTER (field));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GINT_TO_POINTER (field));
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), GINT_TO_POINTER (field));
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_append_column (view, column);
}

static void
kb_measures_editor_dispose (GObject *object)
{
  KbMeasuresEditor *self = KB_MEASURES_EDITOR (object);

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->history);
  g_clear_object (&self->measures);

  G_OBJECT_CLASS (kb_measures_editor_parent_class)->dispose (object);
}

static void
kb_measures_editor_class_init (KbMeasuresEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kb_measures_editor_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "measureseditor");
}

static void
kb_measures_editor_init (KbMeasuresEditor *self)
{
}

GtkWidget *
kb_measures_editor_new (GListStore *measures)
{
  KbMeasuresEditor *self = g_object_new (KB_TYPE_MEASURES_EDITOR, NULL);
  GtkWidget *view;

  self->measures = g_object_ref (measures);
  self->history = kb_measures_history_new (measures);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (measures)));
  view = gtk_column_view_new (g_object_ref (GTK_SELECTION_MODEL (self->selection)));
  gtk_column_view_set_show_row_separators (GTK_COLUMN_VIEW (view), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Measures of the climate investment plan"), -1);

  add_column (GTK_COLUMN_VIEW (view), _("Measure"), FIELD_NAME, TRUE);
  add_column (GTK_COLUMN_VIEW (view), _("Sector"), FIELD_SECTOR, FALSE);
  add_column (GTK_COLUMN_VIEW (view), _("Starts"), FIELD_START, FALSE);
  add_column (GTK_COLUMN_VIEW (view), _("In full"), FIELD_FULL, FALSE);
  add_column (GTK_COLUMN_VIEW (view), _("Reduction, t CO₂e a year"), FIELD_REDUCTION, FALSE);
  add_column (GTK_COLUMN_VIEW (view), _("Investment, thousand kr"), FIELD_INVESTMENT, FALSE);
  add_column (GTK_COLUMN_VIEW (view), _("Who acts"), FIELD_OWNER, FALSE);
  add_column (GTK_COLUMN_VIEW (view), _("Status"), FIELD_STATUS, FALSE);
  add_column (GTK_COLUMN_VIEW (view), _("Focus area"), FIELD_FOCUS_AREA, FALSE);
  add_column (GTK_COLUMN_VIEW (view), _("Co-benefits"), FIELD_CO_BENEFITS, FALSE);
  add_column (GTK_COLUMN_VIEW (view), _("Source"), FIELD_SOURCE, FALSE);

  /* As tall as its rows, up to about six; all of the page where the
   * charts are put away. */
  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (self->scrolled), 180);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (self->scrolled), 300);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (self->scrolled), TRUE);
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
  return GTK_WIDGET (self);
}

/* A new measure, to be filled in: the user's estimate, never the app's. */
void
kb_measures_editor_add (KbMeasuresEditor *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now);
  g_autoptr(KbMeasure) measure = kb_measure_new (_("New measure"), "Transporter", year, year + 5, 0);

  g_return_if_fail (KB_IS_MEASURES_EDITOR (self));
  g_list_store_append (self->measures, measure);
  gtk_single_selection_set_selected (self->selection, g_list_model_get_n_items (G_LIST_MODEL (self->measures)) - 1);
}

/* Removes the selected measure; returns its name (NULL where none was
 * selected), for the toast that offers to undo it. */
char *
kb_measures_editor_remove_selected (KbMeasuresEditor *self)
{
  g_autoptr(KbMeasure) measure = NULL;
  guint selected;

  g_return_val_if_fail (KB_IS_MEASURES_EDITOR (self), NULL);
  selected = gtk_single_selection_get_selected (self->selection);
  if (selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  measure = g_list_model_get_item (G_LIST_MODEL (self->measures), selected);
  g_list_store_remove (self->measures, selected);
  return g_strdup (kb_measure_get_name (measure));
}

KbMeasuresHistory *
kb_measures_editor_get_history (KbMeasuresEditor *self)
{
  g_return_val_if_fail (KB_IS_MEASURES_EDITOR (self), NULL);
  return self->history;
}
