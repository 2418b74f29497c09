/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-window"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kb-window-private.h"
#include "model/kb-region.h"

G_DEFINE_FINAL_TYPE (KbWindow, kb_window, ADW_TYPE_APPLICATION_WINDOW)

static void on_region_selected (KbWindow *self);
static gboolean has_emissions (KbDataset  *dataset,
                               const char *code);

/* The window's charts, and what each follows of the window's state (the
 * sector shown alone: the trend, the ranking and the comparison; the
 * change chart's steps only add up with every sector). */
#define REGION KB_FOLLOW_REGION
static const struct {
  const char  *id;
  KbChartKind  kind;
  KbFollow     follow;
} chart_kinds[] = {
  { "sector", KB_CHART_KIND_SECTOR_TREND, REGION | KB_FOLLOW_YEAR_RANGE | KB_FOLLOW_SECTOR },
  { "target", KB_CHART_KIND_TARGET_GAP, REGION },
  { "emissions", KB_CHART_KIND_SECTOR_TREND, REGION | KB_FOLLOW_YEAR_RANGE | KB_FOLLOW_SECTOR },
  { "goal", KB_CHART_KIND_TARGET_GAP, REGION },
  { "ranking", KB_CHART_KIND_SECTOR_RANKING, REGION | KB_FOLLOW_LAST_YEAR | KB_FOLLOW_SECTOR },
  { "change", KB_CHART_KIND_SECTOR_CHANGE, REGION | KB_FOLLOW_FROM_TO },
  { "compare", KB_CHART_KIND_COMPARE, REGION | KB_FOLLOW_SECTOR | KB_FOLLOW_COMPARE },
  { "energy", KB_CHART_KIND_ENERGY, REGION | KB_FOLLOW_YEAR_RANGE },
  { "modes", KB_CHART_KIND_MODE_SHARE, REGION },
  { "cars", KB_CHART_KIND_CAR_FUELS, REGION },
  { "cycle-network", KB_CHART_KIND_CYCLE_NETWORK, REGION },
  { "measures", KB_CHART_KIND_MEASURES, REGION },
  { "sector-measures", KB_CHART_KIND_SECTOR_MEASURES, REGION },
  { "cost-curve", KB_CHART_KIND_COST_CURVE, REGION },
  { "investment", KB_CHART_KIND_INVESTMENT, REGION },
  { "actors", KB_CHART_KIND_ACTORS, REGION },
  { "guess", KB_CHART_KIND_SECTOR_TREND, REGION | KB_FOLLOW_GUESSES },
};
#undef REGION

/* The choices that persist, where the schema is installed (running from
 * the build folder without it, nothing is remembered). */
static GSettings *
new_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  return schema ? g_settings_new (APP_ID) : NULL;
}

/* The page shown is the state's (the settings, dashboards, the header's
 * switcher and the page actions all set it there). */
static void
on_page_changed (KbWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);

  _kb_window_ensure_page (self, page);
  _kb_window_update_actions (self);
  kb_window_state_set_page (self->state, page);
}

/* A page the window does not have (an old dashboard's, the settings of
 * another version) leaves the page shown as it is. */
static void
on_state_page (KbWindow *self)
{
  const char *page = kb_window_state_get_page (self->state);

  if (page != NULL && adw_view_stack_get_child_by_name (self->view_stack, page) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, page);
  else
    kb_window_state_set_page (self->state, adw_view_stack_get_visible_child_name (self->view_stack));
}

static gboolean
on_close_request (KbWindow *self)
{
  int width, height;

  if (self->settings != NULL)
    {
      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
    }
  return FALSE;
}

/* The window follows the state's municipality (its charts follow it
 * themselves): the settings, the subtitle, the targets, the pages' empty
 * states, the releases and the chooser. */
static void
on_state_region (KbWindow *self)
{
  const char *region_code = kb_window_state_get_region_code (self->state);

  if (self->settings != NULL && region_code != NULL)
    g_settings_set_string (self->settings, "municipality", region_code);
  adw_view_switcher_title_set_subtitle (self->switcher_title,
                                        kb_dataset_get_region_name (self->dataset, region_code));
  _kb_window_apply_targets (self);
  _kb_window_update_empty_states (self);
  if (self->release_menu != NULL)
    _kb_window_update_releases (self, FALSE);

  g_signal_handlers_block_by_func (self->region_chooser, on_region_selected, self);
  kb_region_chooser_set_selected (self->region_chooser, region_code);
  g_signal_handlers_unblock_by_func (self->region_chooser, on_region_selected, self);
}

static void
choose_municipality_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  KbWindow *self = KB_WINDOW (widget);

  if (gtk_widget_get_visible (GTK_WIDGET (self->region_chooser)))
    kb_region_chooser_popup (self->region_chooser);
}

static void
on_region_selected (KbWindow *self)
{
  const char *selected = kb_region_chooser_get_selected (self->region_chooser);

  if (selected != NULL)
    kb_window_state_set_region_code (self->state, selected);
}

/* Municipalities by name, then counties, then Sweden: the order people
 * look for them in. @user_data maps each code to its name's collation
 * key (made once: comparing names directly costs more than the rest of
 * filling the list). */
static int
compare_regions (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  GHashTable *keys = user_data;
  const char *code_a = *(const char **)a, *code_b = *(const char **)b;
  const KbRegion *ra = kb_region_find (code_a), *rb = kb_region_find (code_b);
  int kind_a = ra ? (int)ra->kind : 0, kind_b = rb ? (int)rb->kind : 0;

  if (kind_a != kind_b)
    return kind_a - kind_b;
  return strcmp (g_hash_table_lookup (keys, code_a), g_hash_table_lookup (keys, code_b));
}

static void
fill_region_dropdown (KbWindow *self)
{
  g_autoptr(GPtrArray) codes = kb_dataset_list_regions (self->dataset);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GPtrArray) with_emissions = g_ptr_array_new ();

  /* Where the data has emissions, the regions that have them: a user's
   * file of one municipality's emissions offers that one, not the 290 of
   * the embedded population. */
  for (guint i = 0; i < codes->len; i++)
    if (has_emissions (self->dataset, g_ptr_array_index (codes, i)))
      g_ptr_array_add (with_emissions, g_ptr_array_index (codes, i));
  if (with_emissions->len > 0)
    {
      g_ptr_array_set_size (codes, 0);
      g_ptr_array_extend (codes, with_emissions, NULL, NULL);
    }

  for (guint i = 0; i < codes->len; i++)
    {
      const char *code = g_ptr_array_index (codes, i);
      g_hash_table_insert (keys, (gpointer)code,
                           g_utf8_collate_key (kb_dataset_get_region_name (self->dataset, code), -1));
    }
  g_ptr_array_sort_with_data (codes, compare_regions, keys);
  for (guint i = 0; i < codes->len; i++)
    g_ptr_array_add (names, (gpointer)kb_dataset_get_region_name (self->dataset, g_ptr_array_index (codes, i)));
  g_ptr_array_add (codes, NULL);
  g_ptr_array_add (names, NULL);

  g_signal_handlers_block_by_func (self->region_chooser, on_region_selected, self);
  kb_region_chooser_set_regions (self->region_chooser, (const char * const *)codes->pdata,
                                 (const char * const *)names->pdata);
  g_signal_handlers_unblock_by_func (self->region_chooser, on_region_selected, self);
  /* A choice only where there is one to make. */
  gtk_widget_set_visible (GTK_WIDGET (self->region_chooser), codes->len > 2);
}

static gboolean
has_emissions (KbDataset  *dataset,
               const char *code)
{
  return kb_dataset_has_indicator (dataset, code, KB_INDICATOR_GHG) ||
         kb_dataset_has_indicator (dataset, code, KB_INDICATOR_CO2);
}

/* The region to show in @dataset: the one shown, the target's, or the
 * first municipality. */
static char *
pick_region (KbWindow  *self,
             KbDataset *dataset)
{
  g_autoptr(GPtrArray) codes = NULL;
  g_autofree char *remembered = self->settings ? g_settings_get_string (self->settings, "municipality") : NULL;
  const char *target_region = self->target != NULL ? kb_target_get_region_code (self->target) : NULL;
  /* Where the data has emissions, a region without them (only the
   * embedded population, say) is not one to land on. */
  gboolean any_emissions = FALSE;

  codes = kb_dataset_list_regions (dataset);
  for (guint i = 0; i < codes->len && !any_emissions; i++)
    any_emissions = has_emissions (dataset, g_ptr_array_index (codes, i));

#define SHOWABLE(code) ((code) != NULL && kb_dataset_get_region_name (dataset, (code)) != NULL && \
                        (!any_emissions || has_emissions (dataset, (code))))
  if (SHOWABLE (kb_window_state_get_region_code (self->state)))
    return g_strdup (kb_window_state_get_region_code (self->state));
  if (SHOWABLE (remembered))
    return g_steal_pointer (&remembered);
  if (SHOWABLE (target_region))
    return g_strdup (target_region);
  for (guint i = 0; i < codes->len; i++)
    {
      const KbRegion *region = kb_region_find (g_ptr_array_index (codes, i));
      if ((region == NULL || region->kind == KB_REGION_MUNICIPALITY) && SHOWABLE (g_ptr_array_index (codes, i)))
        return g_strdup (g_ptr_array_index (codes, i));
    }
#undef SHOWABLE
  return codes->len > 0 ? g_strdup (g_ptr_array_index (codes, 0)) : NULL;
}

/* Shows @dataset in place of what was shown. */
void
_kb_window_replace_dataset (KbWindow  *self,
                            KbDataset *dataset)
{
  g_autofree char *region = pick_region (self, dataset);

  GHashTableIter iter;
  gpointer chart;

  g_set_object (&self->dataset, dataset);
  g_hash_table_iter_init (&iter, self->charts);
  while (g_hash_table_iter_next (&iter, NULL, &chart))
    kb_chart_set_dataset (chart, dataset);
  fill_region_dropdown (self);
  /* The same municipality in other data is shown anew. */
  if (g_strcmp0 (region, kb_window_state_get_region_code (self->state)) == 0)
    on_state_region (self);
  else
    kb_window_state_set_region_code (self->state, region);
  _kb_window_update_releases (self, TRUE);
}

/* A toast saying @text as it is: libadwaita 1.2 reads a toast's title as
 * markup, where a "&" or "<" of a file's name or a dashboard's value
 * would leave it empty. */
AdwToast *
_kb_window_new_toast (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return adw_toast_new (escaped);
}

void
_kb_window_show_toast (KbWindow   *self,
                       const char *message)
{
  AdwToast *toast = _kb_window_new_toast (message);

  adw_toast_set_timeout (toast, 0); /* an error stays until it is read */
  _kb_window_add_toast (self, toast, message);
}

/* A word that needs no answer (a file saved, what was loaded): it goes
 * by itself after a while. */
void
_kb_window_show_news (KbWindow   *self,
                      const char *message)
{
  _kb_window_add_toast (self, _kb_window_new_toast (message), message);
}

/* Shows @toast (taking it), remembering @message for tests. */
void
_kb_window_add_toast (KbWindow   *self,
                      AdwToast   *toast,
                      const char *message)
{
  g_free (self->last_message);
  self->last_message = g_strdup (message);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
kb_window_dispose (GObject *object)
{
  KbWindow *self = (KbWindow *)object;

  _kb_window_dispose_import (self);
  g_clear_weak_pointer (&self->removal_toast);
  gtk_widget_dispose_template (GTK_WIDGET (self), KB_TYPE_WINDOW);
  g_clear_pointer (&self->views, g_hash_table_unref);
  /* The charts outlive this, and say they changed as they are let go:
   * nothing of the window listens to them from here on. */
  if (self->charts != NULL)
    {
      GHashTableIter iter;
      gpointer chart;

      g_hash_table_iter_init (&iter, self->charts);
      while (g_hash_table_iter_next (&iter, NULL, &chart))
        g_signal_handlers_disconnect_by_data (chart, self);
    }
  g_clear_pointer (&self->charts, g_hash_table_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->measures);
  g_clear_object (&self->measures_file);
  g_clear_object (&self->extra_cut);
  g_clear_object (&self->pending);
  g_clear_pointer (&self->data_files, g_ptr_array_unref);
  g_clear_pointer (&self->unread_files, g_ptr_array_unref);
  g_clear_pointer (&self->importing, g_ptr_array_unref);
  g_clear_object (&self->settings);
  g_clear_object (&self->recent_menu);
  g_clear_object (&self->pending_file);
  g_clear_object (&self->release_menu);
  g_clear_pointer (&self->slides, g_ptr_array_unref);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->target, kb_target_unref);
  g_clear_pointer (&self->dashboard_target, kb_target_unref);
  /* The stateful actions hold a reference to the state, and the window's
   * action group was still alive after the window (test-window's
   * /window/finalized): the actions go with the state. */
  g_action_map_remove_action (G_ACTION_MAP (self), "emissions-view");
  g_action_map_remove_action (G_ACTION_MAP (self), "compare-scope");
  g_action_map_remove_action (G_ACTION_MAP (self), "compare-by");
  g_clear_object (&self->state);
  g_clear_pointer (&self->last_message, g_free);

  G_OBJECT_CLASS (kb_window_parent_class)->dispose (object);
}

static void
kb_window_class_init (KbWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kb_window_dispose;

  g_type_ensure (KB_TYPE_CHART_VIEW);
  g_type_ensure (KB_TYPE_REGION_CHOOSER);
  gtk_widget_class_install_action (widget_class, "win.choose-municipality", NULL, choose_municipality_action);
  /* Ctrl+F too, GNOME's key for searching: a new user typed a name after
   * it, and Enter then pressed the focused "Open" button. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "win.choose-municipality", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.choose-municipality", NULL);
  gtk_widget_class_set_template_from_resource (widget_class, "/se/klimatbild/Klimatbild/ui/kb-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KbWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, mode_stack);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, presenter);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, region_chooser);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, import_revealer);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, filter_revealer);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, filter_label);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, import_label);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, import_progress);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, years_button);

  _kb_window_class_init_pages (widget_class);
  _kb_window_class_init_import (widget_class);
  _kb_window_class_init_recent (widget_class);
  _kb_window_class_init_releases (widget_class);
  _kb_window_class_init_notes (widget_class);
  _kb_window_class_init_filter (widget_class);
  _kb_window_class_init_years (widget_class);
  _kb_window_class_init_export (widget_class);
  _kb_window_class_init_measures (widget_class);
  _kb_window_class_init_guess (widget_class);
  _kb_window_class_init_dashboard (widget_class);
  _kb_window_class_init_present (widget_class);
  _kb_window_class_init_targets (widget_class);
}

static void
kb_window_init (KbWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->state = kb_window_state_new ();
  /* The guessing year is checked before the game's chart follows it. */
  _kb_window_init_guess (self);
  self->charts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->views = g_hash_table_new (g_str_hash, g_str_equal);
  self->pages = g_ptr_array_new_with_free_func (g_free);
  self->measures = g_list_store_new (KB_TYPE_MEASURE);
  self->data_files = g_ptr_array_new_with_free_func (g_object_unref);
  self->unread_files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < G_N_ELEMENTS (chart_kinds); i++)
    {
      KbChart *chart = kb_chart_new (chart_kinds[i].kind, NULL, NULL);

      kb_chart_set_measures (chart, G_LIST_MODEL (self->measures));
      /* Stacks read best where the window shows parts of a whole. */
      kb_chart_set_trend_style (chart, KB_TREND_STYLE_STACKED);
      /* Every chart shows the notes and plans with the what-if cut. */
      kb_window_state_follow (self->state, chart, chart_kinds[i].follow | KB_FOLLOW_NOTES | KB_FOLLOW_EXTRA_CUT);
      g_hash_table_insert (self->charts, (gpointer)chart_kinds[i].id, chart);
    }
  /* A guess is drawn against one line, the total. */
  kb_chart_set_trend_style (_kb_window_get_chart (self, "guess"), KB_TREND_STYLE_LINES);
  _kb_window_init_measures (self);
  _kb_window_init_compare (self);
  _kb_window_init_pages (self);

  g_signal_connect_swapped (self->region_chooser, "notify::selected",
                            G_CALLBACK (on_region_selected), self);
  /* After the charts, which follow the state first. */
  g_signal_connect_object (self->state, "notify::region-code", G_CALLBACK (on_state_region), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::n-notes", G_CALLBACK (_kb_window_update_actions), self,
                           G_CONNECT_SWAPPED);
  /* "Remove the Notes" is of the notes shown: another municipality's are not. */
  g_signal_connect_object (self->state, "notify::region-code", G_CALLBACK (_kb_window_update_actions), self,
                           G_CONNECT_SWAPPED);

  self->settings = new_settings ();
  g_signal_connect_object (self->state, "notify::page", G_CALLBACK (on_state_page), self, G_CONNECT_SWAPPED);
  if (self->settings != NULL)
    {
      g_settings_bind (self->settings, "page", self->state, "page",
                       G_SETTINGS_BIND_GET | G_SETTINGS_BIND_GET_NO_CHANGES | G_SETTINGS_BIND_SET);
      gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }
  if (kb_window_state_get_page (self->state) == NULL)
    kb_window_state_set_page (self->state, adw_view_stack_get_visible_child_name (self->view_stack));
  /* Before the page is built, so its buttons start on the view chosen. */
  _kb_window_init_emissions (self);
  _kb_window_ensure_page (self, adw_view_stack_get_visible_child_name (self->view_stack));
  g_signal_connect_swapped (self->view_stack, "notify::visible-child-name", G_CALLBACK (on_page_changed), self);
  g_signal_connect (self, "close-request", G_CALLBACK (on_close_request), NULL);
  _kb_window_init_import (self);
  _kb_window_init_present (self);
  _kb_window_init_recent (self);
  _kb_window_init_releases (self);
  _kb_window_init_years (self);
  _kb_window_init_filter (self);
  _kb_window_update_actions (self);
}

/* A window on @dataset. Until the user opens files of their own, it
 * counts as the embedded example: the first files opened replace it;
 * later ones add to what is loaded. */
KbWindow *
kb_window_new (GtkApplication *application,
               KbDataset      *dataset,
               KbTarget       *target)
{
  KbWindow *self;

  g_return_val_if_fail (KB_IS_DATASET (dataset), NULL);

  self = g_object_new (KB_TYPE_WINDOW, "application", application, NULL);
  self->target = target ? kb_target_ref (target) : NULL;
  self->showing_default = TRUE;
  _kb_window_replace_dataset (self, dataset);

  return self;
}

KbDataset *
kb_window_get_dataset (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  return self->dataset;
}

const char *
kb_window_get_region (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  return kb_window_state_get_region_code (self->state);
}

void
kb_window_set_region (KbWindow   *self,
                      const char *region_code)
{
  g_return_if_fail (KB_IS_WINDOW (self));

  if (kb_dataset_get_region_name (self->dataset, region_code) != NULL)
    kb_window_state_set_region_code (self->state, region_code);
}

KbChart *
_kb_window_get_chart (KbWindow   *self,
                      const char *id)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  return g_hash_table_lookup (self->charts, id);
}

GtkWidget *
kb_window_get_sector_view (KbWindow *self)
{
  return kb_window_get_view (self, "sector");
}

GtkWidget *
kb_window_get_target_view (KbWindow *self)
{
  return kb_window_get_view (self, "target");
}
