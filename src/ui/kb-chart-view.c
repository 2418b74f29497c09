/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-chart-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "chart/kb-chart-render.h"
#include "kb-chart-view.h"

/* Shows a KbChart. The chart is rendered once per size, scale or change
 * into an image kept as a texture; drawing a frame only shows it. */
struct _KbChartView
{
  GtkWidget        parent_instance;

  KbChart         *chart;
  cairo_surface_t *surface; /* the last render, device pixels */
  GdkTexture      *texture;
  int              rendered_width;
  int              rendered_height;
  int              rendered_scale;
  guint            render_count;
};

enum {
  PROP_0,
  PROP_CHART,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KbChartView, kb_chart_view, GTK_TYPE_WIDGET)

static void
invalidate (KbChartView *self)
{
  g_clear_object (&self->texture);
  g_clear_pointer (&self->surface, cairo_surface_destroy);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_chart_changed (KbChartView *self,
                  KbChart     *chart)
{
  g_autofree char *title = kb_chart_dup_title (chart);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  invalidate (self);
}

static void
render (KbChartView *self,
        int          width,
        int          height,
        int          scale)
{
  g_autoptr(GBytes) bytes = NULL;
  cairo_t *cr;

  g_clear_object (&self->texture);
  g_clear_pointer (&self->surface, cairo_surface_destroy);

  self->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cr = cairo_create (self->surface);
  cairo_scale (cr, scale, scale);
  kb_chart_render (self->chart, cr, width, height, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (self->surface);

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (self->surface),
                                      (gsize)cairo_image_surface_get_stride (self->surface) * height * scale,
                                      (GDestroyNotify)cairo_surface_destroy,
                                      cairo_surface_reference (self->surface));
  self->texture = gdk_memory_texture_new (width * scale, height * scale,
                                          GDK_MEMORY_DEFAULT, bytes,
                                          cairo_image_surface_get_stride (self->surface));
  self->rendered_width = width;
  self->rendered_height = height;
  self->rendered_scale = scale;
  self->render_count++;
}

static void
kb_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  KbChartView *self = KB_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int scale = gtk_widget_get_scale_factor (widget);

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;

  if (self->texture == NULL || width != self->rendered_width ||
      height != self->rendered_height || scale != self->rendered_scale)
    render (self, width, height, scale);

  gtk_snapshot_append_texture (snapshot, self->texture,
                               &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static void
kb_chart_view_dispose (GObject *object)
{
  KbChartView *self = (KbChartView *)object;

  kb_chart_view_set_chart (self, NULL);
  g_clear_object (&self->texture);
  g_clear_pointer (&self->surface, cairo_surface_destroy);

  G_OBJECT_CLASS (kb_chart_view_parent_class)->dispose (object);
}

static void
kb_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KbChartView *self = KB_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART: g_value_set_object (value, self->chart); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kb_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KbChartView *self = KB_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART: kb_chart_view_set_chart (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kb_chart_view_class_init (KbChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kb_chart_view_dispose;
  object_class->get_property = kb_chart_view_get_property;
  object_class->set_property = kb_chart_view_set_property;
  widget_class->snapshot = kb_chart_view_snapshot;

  properties[PROP_CHART] =
    g_param_spec_object ("chart", NULL, NULL, KB_TYPE_CHART,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kb_chart_view_init (KbChartView *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "chart-view");
  gtk_widget_set_size_request (GTK_WIDGET (self), 320, 200);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
kb_chart_view_new (KbChart *chart)
{
  return g_object_new (KB_TYPE_CHART_VIEW, "chart", chart, NULL);
}

KbChart *
kb_chart_view_get_chart (KbChartView *self)
{
  g_return_val_if_fail (KB_IS_CHART_VIEW (self), NULL);
  return self->chart;
}

void
kb_chart_view_set_chart (KbChartView *self,
                         KbChart     *chart)
{
  g_return_if_fail (KB_IS_CHART_VIEW (self));

  if (self->chart == chart)
    return;

  if (self->chart != NULL)
    g_signal_handlers_disconnect_by_func (self->chart, on_chart_changed, self);
  g_set_object (&self->chart, chart);
  if (chart != NULL)
    {
      g_signal_connect_object (chart, "changed", G_CALLBACK (on_chart_changed),
                               self, G_CONNECT_SWAPPED);
      on_chart_changed (self, chart);
    }
  else
    invalidate (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}

/* How often the chart was rendered: tests and benchmarks read it. */
guint
kb_chart_view_get_render_count (KbChartView *self)
{
  g_return_val_if_fail (KB_IS_CHART_VIEW (self), 0);
  return self->render_count;
}

/* The last render, in device pixels, or NULL before the first. */
cairo_surface_t *
kb_chart_view_get_surface (KbChartView *self)
{
  g_return_val_if_fail (KB_IS_CHART_VIEW (self), NULL);
  return self->surface;
}
