/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-region-chooser"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kb-region-chooser.h"
#include "model/kb-region.h"

/* The municipality selector: a button naming the municipality shown; its
 * popover filters the list as one types, on name or code, ignoring case
 * and accents (kb_region_matches()); Enter takes the first match. */

struct _KbRegionChooser
{
  GtkWidget          parent_instance;

  GtkWidget         *button;
  GtkWidget         *popover;
  GtkWidget         *entry;
  GtkWidget         *list_view;
  GtkStringList     *codes;
  GHashTable        *names;    /* code → name */
  GHashTable        *positions; /* code → its place in the list, from 1 */
  GtkCustomFilter   *filter;
  GtkCustomSorter   *sorter;
  GtkFilterListModel *filtered;
  GtkSortListModel  *matches;
  char              *query;
  char              *selected;
};

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KbRegionChooser, kb_region_chooser, GTK_TYPE_WIDGET)

static const char *
name_of (KbRegionChooser *self,
         const char      *code)
{
  const char *name = g_hash_table_lookup (self->names, code);

  return name ? name : code;
}

static gboolean
match_item (gpointer item,
            gpointer user_data)
{
  KbRegionChooser *self = user_data;
  const char *code = gtk_string_object_get_string (item);

  return kb_region_matches (code, name_of (self, code), self->query);
}

/* Names that start with the search first ("köping": Köping before
 * Enköping), then the list's own order. */
static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  KbRegionChooser *self = user_data;
  const char *code_a = gtk_string_object_get_string ((GtkStringObject *)a);
  const char *code_b = gtk_string_object_get_string ((GtkStringObject *)b);
  g_autofree char *query = kb_region_fold_name (self->query);
  g_autofree char *name_a = kb_region_fold_name (name_of (self, code_a));
  g_autofree char *name_b = kb_region_fold_name (name_of (self, code_b));
  int starts_a = g_str_has_prefix (name_a, query), starts_b = g_str_has_prefix (name_b, query);

  if (starts_a != starts_b)
    return starts_b - starts_a;
  return GPOINTER_TO_INT (g_hash_table_lookup (self->positions, code_a)) -
         GPOINTER_TO_INT (g_hash_table_lookup (self->positions, code_b));
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          KbRegionChooser          *self)
{
  const char *code = gtk_string_object_get_string (gtk_list_item_get_item (item));

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), name_of (self, code));
}

static void
choose (KbRegionChooser *self,
        const char      *code)
{
  kb_region_chooser_set_selected (self, code);
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static void
on_activate (GtkListView     *list_view,
             guint            position,
             KbRegionChooser *self)
{
  g_autoptr(GtkStringObject) item = g_list_model_get_item (G_LIST_MODEL (self->matches), position);

  if (item != NULL)
    choose (self, gtk_string_object_get_string (item));
}

static void
on_search_changed (GtkSearchEntry  *entry,
                   KbRegionChooser *self)
{
  kb_region_chooser_set_query (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* Enter typed faster than the search's delay ("kiruna⏎" within 0.15 s)
 * searches what was typed first: never the first of an older search. */
static void
on_entry_activate (GtkSearchEntry  *entry,
                   KbRegionChooser *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  if (g_strcmp0 (self->query, text) != 0)
    kb_region_chooser_set_query (self, text);
  kb_region_chooser_activate_first (self);
}

/* A fresh search each time the list opens. */
static void
on_popover_show (KbRegionChooser *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  gtk_widget_grab_focus (self->entry);
}

static void
update_label (KbRegionChooser *self)
{
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->button),
                             self->selected ? name_of (self, self->selected) : _("Municipality"));
}

static void
kb_region_chooser_dispose (GObject *object)
{
  KbRegionChooser *self = (KbRegionChooser *)object;

  g_clear_pointer (&self->button, gtk_widget_unparent);
  g_clear_object (&self->matches);
  g_clear_object (&self->filtered);
  g_clear_pointer (&self->positions, g_hash_table_unref);
  g_clear_object (&self->codes);
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->selected, g_free);

  G_OBJECT_CLASS (kb_region_chooser_parent_class)->dispose (object);
}

static void
kb_region_chooser_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KbRegionChooser *self = KB_REGION_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_string (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kb_region_chooser_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KbRegionChooser *self = KB_REGION_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      kb_region_chooser_set_selected (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kb_region_chooser_class_init (KbRegionChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kb_region_chooser_dispose;
  object_class->get_property = kb_region_chooser_get_property;
  object_class->set_property = kb_region_chooser_set_property;

  /* The code of the region chosen. */
  properties[PROP_SELECTED] =
    g_param_spec_string ("selected", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kb_region_chooser_init (KbRegionChooser *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  self->codes = gtk_string_list_new (NULL);
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->query = g_strdup ("");
  self->filter = gtk_custom_filter_new (match_item, self, NULL);
  self->positions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->codes)),
                                              GTK_FILTER (self->filter));
  self->sorter = gtk_custom_sorter_new (compare_items, self, NULL);
  self->matches = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered)),
                                           GTK_SORTER (self->sorter));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  self->list_view = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->matches)))),
                                       factory);
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (self->list_view), TRUE);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (on_activate), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Municipalities"), -1);

  self->entry = gtk_search_entry_new ();
  g_object_set (self->entry, "placeholder-text", _("Name or code"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search municipalities by name or code"), -1);
  g_signal_connect (self->entry, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect (self->entry, "activate", G_CALLBACK (on_entry_activate), self);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 260);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->list_view);
  gtk_box_append (GTK_BOX (box), self->entry);
  gtk_box_append (GTK_BOX (box), scrolled);

  self->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->popover), box);
  g_signal_connect_swapped (self->popover, "show", G_CALLBACK (on_popover_show), self);

  self->button = gtk_menu_button_new ();
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->button), self->popover);
  gtk_widget_set_tooltip_text (self->button, _("Municipality (Ctrl+M)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Municipality"), -1);
  gtk_widget_set_parent (self->button, GTK_WIDGET (self));
  update_label (self);
}

GtkWidget *
kb_region_chooser_new (void)
{
  return g_object_new (KB_TYPE_REGION_CHOOSER, NULL);
}

/* The regions to choose from, in the order shown: @codes and their
 * @names, NULL-terminated, as long as each other. */
void
kb_region_chooser_set_regions (KbRegionChooser    *self,
                               const char * const *codes,
                               const char * const *names)
{
  g_return_if_fail (KB_IS_REGION_CHOOSER (self));

  g_hash_table_remove_all (self->names);
  g_hash_table_remove_all (self->positions);
  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_hash_table_insert (self->names, g_strdup (codes[i]), g_strdup (names[i]));
      g_hash_table_insert (self->positions, g_strdup (codes[i]), GUINT_TO_POINTER (i + 1));
    }
  gtk_string_list_splice (self->codes, 0, g_list_model_get_n_items (G_LIST_MODEL (self->codes)), codes);
  update_label (self);
}

guint
kb_region_chooser_get_n_regions (KbRegionChooser *self)
{
  g_return_val_if_fail (KB_IS_REGION_CHOOSER (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->codes));
}

const char *
kb_region_chooser_get_selected (KbRegionChooser *self)
{
  g_return_val_if_fail (KB_IS_REGION_CHOOSER (self), NULL);
  return self->selected;
}

void
kb_region_chooser_set_selected (KbRegionChooser *self,
                                const char      *code)
{
  g_return_if_fail (KB_IS_REGION_CHOOSER (self));

  if (g_strcmp0 (self->selected, code) == 0)
    return;
  g_free (self->selected);
  self->selected = g_strdup (code);
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/* Filters the list as the search entry does. */
void
kb_region_chooser_set_query (KbRegionChooser *self,
                             const char      *query)
{
  g_return_if_fail (KB_IS_REGION_CHOOSER (self));

  g_free (self->query);
  self->query = g_strdup (query ? query : "");
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

/* The regions the search finds (GtkStringObject of codes), in order. */
GListModel *
kb_region_chooser_get_matches (KbRegionChooser *self)
{
  g_return_val_if_fail (KB_IS_REGION_CHOOSER (self), NULL);
  return G_LIST_MODEL (self->matches);
}

/* Chooses the first match, as Enter in the search does. */
gboolean
kb_region_chooser_activate_first (KbRegionChooser *self)
{
  g_autoptr(GtkStringObject) first = NULL;

  g_return_val_if_fail (KB_IS_REGION_CHOOSER (self), FALSE);

  first = g_list_model_get_item (G_LIST_MODEL (self->matches), 0);
  if (first == NULL)
    return FALSE;
  choose (self, gtk_string_object_get_string (first));
  return TRUE;
}

void
kb_region_chooser_popup (KbRegionChooser *self)
{
  g_return_if_fail (KB_IS_REGION_CHOOSER (self));
  gtk_menu_button_popup (GTK_MENU_BUTTON (self->button));
}
