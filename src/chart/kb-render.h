/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "kb-chart.h"
#include "kb-chart-layout.h"
#include "kb-labels.h"
#include "kb-palette.h"

G_BEGIN_DECLS

/* The charts' one font (Debian's fonts-cantarell): the same pixels everywhere. */
#define KB_FONT_FAMILY "Cantarell"

/* How an axis labels its ticks. */
typedef enum {
  KB_AXIS_YEARS,      /* 1990 */
  KB_AXIS_THOUSANDS,  /* tonnes shown as kt, MWh as GWh */
  KB_AXIS_PLAIN,      /* an index, a share in % */
  KB_AXIS_NONE,
} KbAxisFormat;

/* What one render of one chart shares between its parts. */
typedef struct
{
  KbChart       *chart;
  cairo_t       *cr;
  const KbInk   *ink;
  PangoContext  *pango;
  KbChartLayout  layout;
  double         legend_y; /* where the next legend entry goes */
  KbAxisFormat   x_format;
  KbAxisFormat   y_format;
  cairo_matrix_t pixels;   /* the context's own, kept while PLplot turns it over */
} KbRender;

/* A label at the right end of a line or band, in the side column. */
typedef struct
{
  const char *text;
  KbColor     color;
  double      y;       /* where it points, in pixels */
  gboolean    swatch;  /* a band's colour square, else a line's stroke */
} KbDirectLabel;

/* One bar of a horizontal bar chart, drawn from @start to @end. */
typedef struct
{
  const char *label;
  double      start;
  double      end;
  KbColor     color;
  char       *value_text; /* owned */
  double      overlay_start; /* a second, lighter part of the row, if they differ */
  double      overlay_end;
  KbColor     overlay_color;
  double      marker;        /* a tick across the row, if not NAN */
} KbBar;

/* A chart's bars and the texts they point to: built first, the layout
 * fitted to them (kb_bar_plot_fit) before anything is drawn, then drawn. */
typedef struct
{
  GArray    *bars;         /* KbBar, their value texts owned */
  double     reach;        /* the value axis reaches it too (a level drawn across), or 0 */
  double     label_width;  /* the labels' column, as fitted */
  GPtrArray *texts;        /* labels the bars point to, kept */
} KbBarBody;

typedef enum {
  KB_LEGEND_SWATCH,
  KB_LEGEND_LINE,
  KB_LEGEND_DASHED,
  KB_LEGEND_BAND,
  KB_LEGEND_HATCHED,  /* what a source did not publish */
  KB_LEGEND_NONE,     /* words alone, in the labels' column */
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
double kb_render_label     (KbRender      *render,
                            const char    *text,
                            double         x,
                            double         y,
                            double         px,
                            KbColor        color,
                            KbAlign        align);
void   kb_render_text_line (KbRender      *render,
                            const char    *text,
                            double         x,
                            double         y,
                            double         px,
                            KbColor        color,
                            KbAlign        align,
                            double         max_width,
                            guint          max_lines);
void   kb_render_legend    (KbRender      *render,
                            KbLegendMark   mark,
                            KbColor        color,
                            const char    *label);

double kb_render_text_width (KbRender     *render,
                             const char   *text,
                             double        px,
                             gboolean      bold);
double kb_render_text_height (KbRender    *render,
                              const char  *text,
                              double       px,
                              gboolean     bold,
                              double       max_width);
void   kb_render_direct_labels (KbRender    *render,
                                KbDirectLabel *labels,
                                guint        n_labels);
char  *kb_render_kt        (KbRender      *render,
                            double         value,
                            gboolean       signed_);

G_END_DECLS
