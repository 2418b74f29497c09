/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-chart-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "chart/kb-chart-layout.h"
#include "chart/kb-chart-render.h"
#include "chart/kb-chart-text.h"
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
  KbScheme         rendered_scheme;
  guint            render_count;
  KbChartLayout    layout;  /* of the last render: where the years are */
  int              cursor_year; /* the year the keyboard read out, or 0 */
};

enum {
  PROP_0,
  PROP_CHART,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SECTOR_CLICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (KbChartView, kb_chart_view, GTK_TYPE_WIDGET)

static void
invalidate (KbChartView *self)
{
  g_clear_object (&self->texture);
  g_clear_pointer (&self->surface, cairo_surface_destroy);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The chart's page follows the desktop: dark style, high contrast. */
KbScheme
kb_chart_view_system_scheme (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  return kb_palette_scheme (adw_style_manager_get_dark (style),
                            adw_style_manager_get_high_contrast (style));
}

static void
on_chart_changed (KbChartView *self,
                  KbChart     *chart)
{
  g_autofree char *title = kb_chart_dup_title (chart);

  self->cursor_year = 0;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  invalidate (self);
}

static void
render (KbChartView *self,
        int          width,
        int          height,
        int          scale,
        KbScheme     scheme)
{
  g_autoptr(GBytes) bytes = NULL;
  cairo_t *cr;

  g_clear_object (&self->texture);
  g_clear_pointer (&self->surface, cairo_surface_destroy);

  self->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cr = cairo_create (self->surface);
  cairo_scale (cr, scale, scale);
  kb_chart_render_scheme (self->chart, cr, width, height, scheme, &self->layout);
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
  self->rendered_scheme = scheme;
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
  KbScheme scheme = kb_chart_view_system_scheme ();

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;

  if (self->texture == NULL || width != self->rendered_width ||
      height != self->rendered_height || scale != self->rendered_scale ||
      scheme != self->rendered_scheme)
    render (self, width, height, scale, scheme);

  gtk_snapshot_append_texture (snapshot, self->texture,
                               &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* The year with data under @x, @y of the plot, or 0. */
int
kb_chart_view_year_at (KbChartView *self,
                       double       x,
                       double       y)
{
  const KbChartLayout *l = &self->layout;

  g_return_val_if_fail (KB_IS_CHART_VIEW (self), 0);

  if (self->chart == NULL || self->render_count == 0 || l->plot.width <= 0 ||
      x < l->plot.x || x > l->plot.x + l->plot.width || y < l->plot.y || y > l->plot.y + l->plot.height)
    return 0;
  return kb_chart_nearest_year (self->chart, kb_chart_layout_year (l, x));
}

/* Hover, or keyboard focus and the arrow keys, shows a year's exact
 * values: the total and each part with its share. */
static gboolean
on_query_tooltip (KbChartView *self,
                  int          x,
                  int          y,
                  gboolean     keyboard_mode,
                  GtkTooltip  *tooltip)
{
  int year = keyboard_mode ? self->cursor_year : kb_chart_view_year_at (self, x, y);
  g_autofree char *readout = year != 0 ? kb_chart_dup_readout (self->chart, year) : NULL;

  if (readout == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, readout);
  return TRUE;
}

/* The data years in order, stepping @direction from the cursor's. */
static gboolean
on_key_pressed (KbChartView     *self,
                guint            keyval,
                guint            keycode,
                GdkModifierType  state)
{
  KbSeries *total = self->chart ? kb_chart_get_total (self->chart) : NULL;
  guint n = total ? kb_series_get_n_years (total) : 0;
  int index = -1;

  if (n == 0 || !kb_chart_has_time_axis (self->chart))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (kb_series_get_year (total, i) == self->cursor_year)
      index = i;

  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_KP_Left:
      index = index < 0 ? (int)n - 1 : MAX (index - 1, 0);
      break;
    case GDK_KEY_Right: case GDK_KEY_KP_Right:
      index = index < 0 ? (int)n - 1 : MIN (index + 1, (int)n - 1);
      break;
    case GDK_KEY_Home:
      index = 0;
      break;
    case GDK_KEY_End:
      index = n - 1;
      break;
    default:
      return FALSE;
    }

  self->cursor_year = kb_series_get_year (total, index);
  {
    g_autofree char *readout = kb_chart_dup_readout (self->chart, self->cursor_year);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    readout ? readout : "", -1);
  }
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  return TRUE;
}

/* Where the last render put the plot and its axes. */
const KbChartLayout *
kb_chart_view_get_layout (KbChartView *self)
{
  g_return_val_if_fail (KB_IS_CHART_VIEW (self), NULL);
  return &self->layout;
}

/* The sector whose band is under @x, @y of a stacked trend, or NULL. */
KbSeries *
kb_chart_view_sector_at (KbChartView *self,
                         double       x,
                         double       y)
{
  const KbChartLayout *l = &self->layout;

  g_return_val_if_fail (KB_IS_CHART_VIEW (self), NULL);

  if (self->chart == NULL || self->render_count == 0 || l->plot.width <= 0 ||
      kb_chart_get_kind (self->chart) != KB_CHART_KIND_SECTOR_TREND ||
      kb_chart_get_trend_style (self->chart) != KB_TREND_STYLE_STACKED ||
      kb_chart_get_relative (self->chart) || kb_chart_is_year_chosen (self->chart) ||
      kb_chart_get_guess_year (self->chart) != 0 ||
      x < l->plot.x || x > l->plot.x + l->plot.width || y < l->plot.y || y > l->plot.y + l->plot.height)
    return NULL;
  return kb_chart_sector_at (self->chart, kb_chart_layout_year (l, x), kb_chart_layout_value (l, y));
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   KbChartView     *self)
{
  KbSeries *sector = n_press == 1 ? kb_chart_view_sector_at (self, x, y) : NULL;

  if (sector != NULL)
    g_signal_emit (self, signals[SECTOR_CLICKED], 0, kb_series_get_sector (sector));
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

  /* A click on a sector's band, with the sector's name. */
  signals[SECTOR_CLICKED] =
    g_signal_new ("sector-clicked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

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

  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
    gtk_widget_add_controller (GTK_WIDGET (self), keys);
  }
  {
    GtkGesture *click = gtk_gesture_click_new ();

    g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  }
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
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
