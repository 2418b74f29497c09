/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kb-window-private.h"
#include "model/kb-region.h"

G_DEFINE_FINAL_TYPE (KbWindow, kb_window, ADW_TYPE_APPLICATION_WINDOW)

static void on_region_selected (KbWindow *self);

static void
show_region (KbWindow   *self,
             const char *region_code)
{
  g_free (self->region_code);
  self->region_code = g_strdup (region_code);

  kb_chart_set_region_code (self->sector_chart, region_code);
  kb_chart_set_region_code (self->target_chart, region_code);
  adw_window_title_set_subtitle (self->window_title,
                                 kb_dataset_get_region_name (self->dataset, region_code));

  for (guint i = 0; self->region_codes != NULL && i < self->region_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->region_codes, i), region_code) == 0 &&
        gtk_drop_down_get_selected (self->region_dropdown) != i)
      {
        g_signal_handlers_block_by_func (self->region_dropdown, on_region_selected, self);
        gtk_drop_down_set_selected (self->region_dropdown, i);
        g_signal_handlers_unblock_by_func (self->region_dropdown, on_region_selected, self);
      }
}

static void
on_region_selected (KbWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->region_dropdown);

  if (self->region_codes != NULL && selected < self->region_codes->len)
    show_region (self, g_ptr_array_index (self->region_codes, selected));
}

/* Municipalities by name, then counties, then Sweden: the order people
 * look for them in. */
static int
compare_regions (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  KbDataset *dataset = user_data;
  const char *code_a = *(const char **)a, *code_b = *(const char **)b;
  const KbRegion *ra = kb_region_find (code_a), *rb = kb_region_find (code_b);
  int kind_a = ra ? (int)ra->kind : 0, kind_b = rb ? (int)rb->kind : 0;

  if (kind_a != kind_b)
    return kind_a - kind_b;
  return g_utf8_collate (kb_dataset_get_region_name (dataset, code_a),
                         kb_dataset_get_region_name (dataset, code_b));
}

static void
fill_region_dropdown (KbWindow *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_clear_pointer (&self->region_codes, g_ptr_array_unref);
  self->region_codes = kb_dataset_list_regions (self->dataset);
  g_ptr_array_sort_with_data (self->region_codes, compare_regions, self->dataset);

  for (guint i = 0; i < self->region_codes->len; i++)
    gtk_string_list_append (names, kb_dataset_get_region_name (self->dataset,
                                                               g_ptr_array_index (self->region_codes, i)));

  g_signal_handlers_block_by_func (self->region_dropdown, on_region_selected, self);
  gtk_drop_down_set_model (self->region_dropdown, G_LIST_MODEL (names));
  g_signal_handlers_unblock_by_func (self->region_dropdown, on_region_selected, self);
  /* A choice only where there is one to make. */
  gtk_widget_set_visible (GTK_WIDGET (self->region_dropdown), self->region_codes->len > 1);
}

/* The region to show in @dataset: the one shown, the target's, or the
 * first municipality. */
static char *
pick_region (KbWindow  *self,
             KbDataset *dataset)
{
  g_autoptr(GPtrArray) codes = NULL;

  if (self->region_code != NULL && kb_dataset_get_region_name (dataset, self->region_code) != NULL)
    return g_strdup (self->region_code);
  if (self->target != NULL &&
      kb_dataset_get_region_name (dataset, kb_target_get_region_code (self->target)) != NULL)
    return g_strdup (kb_target_get_region_code (self->target));

  codes = kb_dataset_list_regions (dataset);
  for (guint i = 0; i < codes->len; i++)
    {
      const KbRegion *region = kb_region_find (g_ptr_array_index (codes, i));
      if (region == NULL || region->kind == KB_REGION_MUNICIPALITY)
        return g_strdup (g_ptr_array_index (codes, i));
    }
  return codes->len > 0 ? g_strdup (g_ptr_array_index (codes, 0)) : NULL;
}

/* Shows @dataset in place of what was shown. */
void
kb_window_replace_dataset (KbWindow  *self,
                           KbDataset *dataset)
{
  g_autofree char *region = pick_region (self, dataset);

  g_set_object (&self->dataset, dataset);
  kb_chart_set_dataset (self->sector_chart, dataset);
  kb_chart_set_dataset (self->target_chart, dataset);
  fill_region_dropdown (self);
  show_region (self, region);
}

void
kb_window_show_toast (KbWindow   *self,
                      const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  g_free (self->last_message);
  self->last_message = g_strdup (message);
  adw_toast_set_timeout (toast, 0); /* an error stays until it is read */
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
kb_window_dispose (GObject *object)
{
  KbWindow *self = (KbWindow *)object;

  kb_window_dispose_import (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KB_TYPE_WINDOW);
  g_clear_object (&self->sector_chart);
  g_clear_object (&self->target_chart);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->target, kb_target_unref);
  g_clear_pointer (&self->region_codes, g_ptr_array_unref);
  g_clear_pointer (&self->region_code, g_free);
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
  gtk_widget_class_set_template_from_resource (widget_class, "/se/klimatbild/Klimatbild/ui/kb-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KbWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, import_revealer);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, import_label);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, import_progress);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, sector_view);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, target_view);

  kb_window_class_init_import (widget_class);
  kb_window_class_init_export (widget_class);
}

static void
kb_window_init (KbWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->sector_chart = kb_chart_new (KB_CHART_KIND_SECTOR_TREND, NULL, NULL);
  self->target_chart = kb_chart_new (KB_CHART_KIND_TARGET_GAP, NULL, NULL);
  kb_chart_set_trend_style (self->sector_chart, KB_TREND_STYLE_STACKED);
  kb_chart_view_set_chart (self->sector_view, self->sector_chart);
  kb_chart_view_set_chart (self->target_view, self->target_chart);

  g_signal_connect_swapped (self->region_dropdown, "notify::selected",
                            G_CALLBACK (on_region_selected), self);
  kb_window_init_import (self);
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
  kb_chart_set_target (self->target_chart, target);
  kb_window_replace_dataset (self, dataset);

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
  return self->region_code;
}

void
kb_window_set_region (KbWindow   *self,
                      const char *region_code)
{
  g_return_if_fail (KB_IS_WINDOW (self));

  if (kb_dataset_get_region_name (self->dataset, region_code) != NULL)
    show_region (self, region_code);
}

GtkWidget *
kb_window_get_sector_view (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->sector_view);
}

GtkWidget *
kb_window_get_target_view (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->target_view);
}
