/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-sparkline"

#include "config.h"

#include "chart/kb-palette.h"
#include "kb-chart-view.h"
#include "kb-sparkline.h"

/* A key figure's small chart: a series as a line in the text colour (so
 * it reads in a dark style too), with a reference, such as the target
 * path, dashed in the target's green; from zero up, no axes. Decoration:
 * the figure beside it says the number. */

struct _KbSparkline
{
  GtkWidget  parent_instance;

  KbSeries  *series;
  KbSeries  *reference;
};

G_DEFINE_FINAL_TYPE (KbSparkline, kb_sparkline, GTK_TYPE_WIDGET)

static void
series_range (KbSeries *series,
              double   *first_year,
              double   *last_year,
              double   *max)
{
  for (guint i = 0; series != NULL && i < kb_series_get_n_years (series); i++)
    {
      double v;

      if (!kb_series_get_value_at (series, i, &v))
        continue;
      *first_year = MIN (*first_year, kb_series_get_year (series, i));
      *last_year = MAX (*last_year, kb_series_get_year (series, i));
      *max = MAX (*max, v);
    }
}

static void
trace (cairo_t  *cr,
       KbSeries *series,
       double    first_year,
       double    last_year,
       double    max,
       double    width,
       double    height)
{
  gboolean started = FALSE;

  for (guint i = 0; i < kb_series_get_n_years (series); i++)
    {
      double v, x, y;

      if (!kb_series_get_value_at (series, i, &v))
        continue;
      x = (kb_series_get_year (series, i) - first_year) / (last_year - first_year) * width;
      y = height - MAX (v, 0) / max * height;
      if (started)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y), started = TRUE;
    }
}

static void
kb_sparkline_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  KbSparkline *self = KB_SPARKLINE (widget);
  double width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  double first_year = G_MAXDOUBLE, last_year = -G_MAXDOUBLE, max = 0, pad = 3;
  GdkRGBA color;
  cairo_t *cr;

  series_range (self->series, &first_year, &last_year, &max);
  series_range (self->reference, &first_year, &last_year, &max);
  if (self->series == NULL || last_year <= first_year || max <= 0 || width <= 2 * pad || height <= 2 * pad)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_translate (cr, pad, pad);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  if (self->reference != NULL)
    {
      const double dash[] = { 4, 3 };
      const KbInk *ink = kb_palette_ink (kb_chart_view_system_scheme ());

      cairo_set_source_rgb (cr, ink->target.red, ink->target.green, ink->target.blue);
      cairo_set_line_width (cr, 2);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      trace (cr, self->reference, first_year, last_year, max, width - 2 * pad, height - 2 * pad);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_set_line_width (cr, 2.5);
  trace (cr, self->series, first_year, last_year, max, width - 2 * pad, height - 2 * pad);
  cairo_stroke (cr);
  cairo_destroy (cr);
}

static void
kb_sparkline_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 60 : 32;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 110 : 40;
}

static void
kb_sparkline_dispose (GObject *object)
{
  KbSparkline *self = KB_SPARKLINE (object);

  g_clear_object (&self->series);
  g_clear_object (&self->reference);

  G_OBJECT_CLASS (kb_sparkline_parent_class)->dispose (object);
}

static void
kb_sparkline_class_init (KbSparklineClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kb_sparkline_dispose;
  widget_class->snapshot = kb_sparkline_snapshot;
  widget_class->measure = kb_sparkline_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
kb_sparkline_init (KbSparkline *self)
{
}

GtkWidget *
kb_sparkline_new (void)
{
  return g_object_new (KB_TYPE_SPARKLINE, NULL);
}

/* Shows @series, and @reference dashed; NULL for none. */
void
kb_sparkline_set_series (KbSparkline *self,
                         KbSeries    *series,
                         KbSeries    *reference)
{
  g_return_if_fail (KB_IS_SPARKLINE (self));

  g_set_object (&self->series, series);
  g_set_object (&self->reference, reference);
  gtk_widget_set_visible (GTK_WIDGET (self), series != NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The points the line has: the series' years with a value. */
guint
kb_sparkline_get_n_points (KbSparkline *self)
{
  guint n = 0;

  g_return_val_if_fail (KB_IS_SPARKLINE (self), 0);
  for (guint i = 0; self->series != NULL && i < kb_series_get_n_years (self->series); i++)
    n += kb_series_get_value_at (self->series, i, NULL);
  return n;
}

/* The reference drawn dashed, or NULL. */
KbSeries *
kb_sparkline_get_reference (KbSparkline *self)
{
  g_return_val_if_fail (KB_IS_SPARKLINE (self), NULL);
  return self->reference;
}
