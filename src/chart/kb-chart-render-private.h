/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "kb-chart.h"
#include "kb-chart-layout.h"
#include "kb-palette.h"

G_BEGIN_DECLS

/* What one render of one chart shares between its parts. */
typedef struct
{
  KbChart       *chart;
  cairo_t       *cr;
  PangoContext  *pango;
  KbChartLayout  layout;
  double         legend_y; /* where the next legend entry goes */
} KbRender;

typedef enum {
  KB_LEGEND_SWATCH,
  KB_LEGEND_LINE,
  KB_LEGEND_DASHED,
  KB_LEGEND_BAND,
} KbLegendMark;

typedef enum {
  KB_ALIGN_START,
  KB_ALIGN_CENTER,
  KB_ALIGN_END,
} KbAlign;

/* PLplot, in the plot area, in world coordinates (years, tonnes). */
void   kb_plot_begin       (KbRender      *render);
void   kb_plot_end         (KbRender      *render);
void   kb_plot_color       (KbColor        color,
                            double         alpha);
void   kb_plot_axes        (KbRender      *render);
void   kb_plot_line        (KbRender      *render,
                            const double  *x,
                            const double  *y,
                            guint          n,
                            double         width,
                            gboolean       dashed);
void   kb_plot_polygon     (const double  *x,
                            const double  *y,
                            guint          n);
void   kb_plot_dot         (KbRender      *render,
                            double         x,
                            double         y,
                            double         radius_px);

/* Cairo and Pango, in pixels. */
double kb_render_text      (KbRender      *render,
                            const char    *text,
                            double         x,
                            double         y,
                            double         px,
                            gboolean       bold,
                            KbColor        color,
                            KbAlign        align,
                            double         max_width);
void   kb_render_legend    (KbRender      *render,
                            KbLegendMark   mark,
                            KbColor        color,
                            const char    *label);

void   kb_sector_plot_draw (KbRender      *render);
void   kb_target_plot_draw (KbRender      *render);

G_END_DECLS
