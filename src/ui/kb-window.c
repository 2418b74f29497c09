/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "chart/kb-chart.h"
#include "kb-chart-view.h"
#include "kb-window.h"

struct _KbWindow
{
  AdwApplicationWindow  parent_instance;

  KbDataset            *dataset;
  KbTarget             *target;
  KbChart              *sector_chart;
  KbChart              *target_chart;

  /* Template children */
  AdwWindowTitle       *window_title;
  KbChartView          *sector_view;
  KbChartView          *target_view;
};

G_DEFINE_FINAL_TYPE (KbWindow, kb_window, ADW_TYPE_APPLICATION_WINDOW)

static void
show_region (KbWindow   *self,
             const char *region_code)
{
  kb_chart_set_region_code (self->sector_chart, region_code);
  kb_chart_set_region_code (self->target_chart, region_code);
  adw_window_title_set_subtitle (self->window_title,
                                 kb_dataset_get_region_name (self->dataset, region_code));
}

static void
kb_window_dispose (GObject *object)
{
  KbWindow *self = (KbWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KB_TYPE_WINDOW);
  g_clear_object (&self->sector_chart);
  g_clear_object (&self->target_chart);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->target, kb_target_unref);

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
  gtk_widget_class_bind_template_child (widget_class, KbWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, sector_view);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, target_view);
}

static void
kb_window_init (KbWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->sector_chart = kb_chart_new (KB_CHART_KIND_SECTOR_TREND, NULL, NULL);
  self->target_chart = kb_chart_new (KB_CHART_KIND_TARGET_GAP, NULL, NULL);
  kb_chart_view_set_chart (self->sector_view, self->sector_chart);
  kb_chart_view_set_chart (self->target_view, self->target_chart);
}

KbWindow *
kb_window_new (GtkApplication *application,
               KbDataset      *dataset,
               KbTarget       *target)
{
  KbWindow *self;
  g_autofree char *region = NULL;

  g_return_val_if_fail (KB_IS_DATASET (dataset), NULL);

  self = g_object_new (KB_TYPE_WINDOW, "application", application, NULL);
  self->dataset = g_object_ref (dataset);
  self->target = target ? kb_target_ref (target) : NULL;

  kb_chart_set_dataset (self->sector_chart, dataset);
  kb_chart_set_dataset (self->target_chart, dataset);
  kb_chart_set_target (self->target_chart, target);

  region = target ? g_strdup (kb_target_get_region_code (target)) : NULL;
  if (region == NULL || kb_dataset_get_region_name (dataset, region) == NULL)
    {
      g_free (region);
      region = kb_dataset_get_first_region (dataset);
    }
  show_region (self, region);

  return self;
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
