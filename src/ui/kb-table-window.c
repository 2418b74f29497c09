/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-table-window"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kb-table-window.h"
#include "chart/kb-labels.h"

/* The numbers behind a chart as a table: a row a year, a column a series
 * (the total, then each part), every value exactly as the source gave it,
 * sortable by any column; copied as tab-separated text for a spreadsheet. */

struct _KbTableWindow
{
  AdwWindow       parent_instance;

  KbLanguage      language;
  char           *region_code;
  GPtrArray      *series;   /* KbSeries: the columns after the year */
  GListStore     *years;    /* GtkStringObject: the rows, by year */
  GtkColumnView  *view;
  GtkSortListModel *sorted;
};

G_DEFINE_FINAL_TYPE (KbTableWindow, kb_table_window, ADW_TYPE_WINDOW)

static int
row_year (gpointer item)
{
  return atoi (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
}

static char *
format_value (KbTableWindow *self,
              KbSeries      *series,
              int            year)
{
  double v;

  /* A year the source marks missing, or does not have, is "..", as SCB
   * writes it: never zero. */
  if (!kb_series_get_value (series, year, &v))
    return g_strdup ("..");
  return kb_format_number (v, fabs (v - round (v)) > 1e-9 ? 2 : 0, self->language);
}

/* A value as a spreadsheet reads it: every digit the source gave, no
 * grouping, the language's decimal mark. */
static char *
format_plain (KbTableWindow *self,
              KbSeries      *series,
              int            year)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  double v;

  if (!kb_series_get_value (series, year, &v))
    return g_strdup ("..");
  g_ascii_formatd (number, sizeof number, "%.15g", v);
  if (self->language == KB_LANGUAGE_SWEDISH)
    g_strdelimit (number, ".", ',');
  return g_strdup (number);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           KbTableWindow            *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "kb-column"));
  int year = row_year (gtk_list_item_get_item (item));
  g_autofree char *text = column == 0 ? g_strdup_printf ("%d", year)
                                      : format_value (self, g_ptr_array_index (self->series, column - 1), year);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static double
sort_key (KbTableWindow *self,
          guint          column,
          gpointer       item)
{
  double v;

  if (column == 0)
    return row_year (item);
  /* Missing values sort first, as the smallest. */
  return kb_series_get_value (g_ptr_array_index (self->series, column - 1), row_year (item), &v) ? v : -INFINITY;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  GtkColumnViewColumn *column = user_data;
  KbTableWindow *self = g_object_get_data (G_OBJECT (column), "kb-window");
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (column), "kb-column"));
  double ka = sort_key (self, index, (gpointer)a), kb = sort_key (self, index, (gpointer)b);

  return (ka > kb) - (ka < kb);
}

static void
add_column (KbTableWindow *self,
            const char    *title,
            guint          index)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;
  GtkSorter *sorter;

  g_object_set_data (G_OBJECT (factory), "kb-column", GUINT_TO_POINTER (index));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
  column = gtk_column_view_column_new (title, factory);
  g_object_set_data (G_OBJECT (column), "kb-window", self);
  g_object_set_data (G_OBJECT (column), "kb-column", GUINT_TO_POINTER (index));
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_rows, column, NULL));
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (sorter);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (self->view, column);
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

/* One row a year of @years, in order. */
static void
append_years (GListStore *store,
              GHashTable *years)
{
  g_autoptr(GArray) list = g_array_new (FALSE, FALSE, sizeof (int));
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, years);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      int year = GPOINTER_TO_INT (key);
      g_array_append_val (list, year);
    }
  g_array_sort (list, compare_ints);
  for (guint i = 0; i < list->len; i++)
    {
      g_autofree char *text = g_strdup_printf ("%d", g_array_index (list, int, i));
      g_autoptr(GtkStringObject) row = gtk_string_object_new (text);
      g_list_store_append (store, row);
    }
}

/* A column's heading: another municipality by its name, a part of the
 * total by its sector (or sub-sector), else the total. */
static const char *
column_title (KbTableWindow *self,
              KbSeries      *series)
{
  if (g_strcmp0 (kb_series_get_region_code (series), self->region_code) != 0)
    return kb_series_get_region_name (series);
  if (*kb_series_get_sector (series) || *kb_series_get_subsector (series))
    return kb_series_display (series, self->language);
  return _("Total");
}

/* The table as tab-separated text, in the order shown, with its header,
 * the numbers as a spreadsheet reads them. */
char *
kb_table_window_dup_text (KbTableWindow *self)
{
  GString *out = g_string_new (_("Year"));
  GListModel *rows = G_LIST_MODEL (self->sorted);

  for (guint i = 0; i < self->series->len; i++)
    {
      g_string_append_printf (out, "\t%s", column_title (self, g_ptr_array_index (self->series, i)));
    }
  g_string_append_c (out, '\n');
  for (guint r = 0; r < g_list_model_get_n_items (rows); r++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (rows, r);
      int year = row_year (item);

      g_string_append_printf (out, "%d", year);
      for (guint i = 0; i < self->series->len; i++)
        {
          g_autofree char *value = format_plain (self, g_ptr_array_index (self->series, i), year);
          g_string_append_printf (out, "\t%s", value);
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

static void
on_copy (KbTableWindow *self)
{
  g_autofree char *text = kb_table_window_dup_text (self);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
}

static void
kb_table_window_dispose (GObject *object)
{
  KbTableWindow *self = KB_TABLE_WINDOW (object);

  g_clear_pointer (&self->region_code, g_free);
  g_clear_pointer (&self->series, g_ptr_array_unref);
  g_clear_object (&self->years);
  g_clear_object (&self->sorted);

  G_OBJECT_CLASS (kb_table_window_parent_class)->dispose (object);
}

static void
kb_table_window_class_init (KbTableWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kb_table_window_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kb_table_window_init (KbTableWindow *self)
{
}

GtkWidget *
kb_table_window_new (GtkWindow *parent,
                     KbChart   *chart)
{
  KbTableWindow *self = g_object_new (KB_TYPE_TABLE_WINDOW, "transient-for", parent,
                                      "default-width", 900, "default-height", 560, NULL);
  KbSeries *total = kb_chart_get_total (chart);
  GPtrArray *parts = kb_chart_get_sectors (chart);
  g_autoptr(GHashTable) years = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autofree char *title = kb_chart_dup_title (chart);
  g_autofree char *subtitle = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *window_title;
  GtkWidget *copy = gtk_button_new_with_mnemonic (_("_Copy"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  /* A snapshot: the chart may go on to show something else. */
  self->language = kb_chart_get_language (chart);
  self->region_code = g_strdup (kb_chart_get_region_code (chart));
  self->series = g_ptr_array_new_with_free_func (g_object_unref);
  if (total != NULL)
    g_ptr_array_add (self->series, g_object_ref (total));
  for (guint i = 0; i < parts->len; i++)
    g_ptr_array_add (self->series, g_object_ref (g_ptr_array_index (parts, i)));

  /* Every year any series has, once, in order. */
  for (guint i = 0; i < self->series->len; i++)
    {
      KbSeries *s = g_ptr_array_index (self->series, i);
      for (guint j = 0; j < kb_series_get_n_years (s); j++)
        g_hash_table_add (years, GINT_TO_POINTER (kb_series_get_year (s, j)));
    }
  /* The table has the source's own unit (tonnes, where the chart's axis
   * has thousands of them). */
  if (total != NULL)
    /* Translators: municipality, unit as the source writes it (e.g. "t CO2e") */
    subtitle = g_strdup_printf (_("%s, in %s as the source gives them"),
                                kb_series_get_region_name (total), kb_series_get_unit (total));
  self->years = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  append_years (self->years, years);

  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  add_column (self, _("Year"), 0);
  for (guint i = 0; i < self->series->len; i++)
    add_column (self, column_title (self, g_ptr_array_index (self->series, i)), i + 1);
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->years)),
                                          g_object_ref (gtk_column_view_get_sorter (self->view)));
  {
    /* The view takes a reference of its own (transfer none). */
    g_autoptr(GtkNoSelection) selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
    gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (selection));
  }
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  gtk_column_view_set_show_column_separators (self->view, TRUE);

  g_signal_connect_swapped (copy, "clicked", G_CALLBACK (on_copy), self);
  gtk_widget_set_tooltip_text (copy, _("Copy the table, to paste into a spreadsheet"));
  window_title = adw_window_title_new (title, subtitle != NULL ? subtitle : "");
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), window_title);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), copy);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->view));
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (self), box);
  return GTK_WIDGET (self);
}

guint
kb_table_window_get_n_rows (KbTableWindow *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
}

GListModel *
kb_table_window_get_rows (KbTableWindow *self)
{
  return G_LIST_MODEL (self->sorted);
}

/* Sorts by column @column (0: the year), as a click on its header does. */
void
kb_table_window_sort_by (KbTableWindow *self,
                         guint          column,
                         GtkSortType    order)
{
  g_autoptr(GtkColumnViewColumn) c = g_list_model_get_item (gtk_column_view_get_columns (self->view), column);
  gtk_column_view_sort_by_column (self->view, c, order);
}
