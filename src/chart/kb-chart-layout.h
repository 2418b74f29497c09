/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pango.h>

#include "kb-chart.h"

G_BEGIN_DECLS

typedef struct
{
  double x, y, width, height;
} KbRect;

/* Where everything of a chart goes at one size, in pixels, and the axes'
 * ranges: the one place that knows how a value maps to a pixel. */
typedef struct
{
  double width, height;
  double title_px, subtitle_px, body_px, small_px; /* font sizes */
  double pad;
  double line_width;
  KbRect title;
  KbRect subtitle;
  KbRect plot;    /* the axes' inner area */
  KbRect side;    /* legend and key figures, right of the plot */
  KbRect source;
  double x_min, x_max, x_step;
  double y_min, y_max, y_step;
} KbChartLayout;

/* What draws a chart's body: decided once, here, for the layout and the
 * renderer alike. */
typedef enum {
  KB_BODY_LINES,
  KB_BODY_STACKED,
  KB_BODY_YEAR_BAR,
  KB_BODY_TARGET,
  KB_BODY_RANKING,
  KB_BODY_CHANGE,
  KB_BODY_COMPARE,
  KB_BODY_MODE_SHARE,
  KB_BODY_MEASURES,
  KB_BODY_SECTOR_MEASURES,
  KB_BODY_COST_CURVE,
  KB_BODY_INVESTMENT,
  KB_BODY_ACTORS,
  KB_BODY_CAR_FUELS,
} KbChartBody;

KbChartBody kb_chart_layout_body (KbChart  *chart);
gboolean    kb_chart_layout_in_thousands (KbChart *chart);
gboolean    kb_chart_line_value  (KbChart  *chart,
                                  KbSeries *series,
                                  guint     index,
                                  double   *value);
void   kb_chart_layout_compute (KbChart       *chart,
                                PangoContext  *context,
                                double         width,
                                double         height,
                                KbChartLayout *layout);
double kb_chart_layout_x       (const KbChartLayout *layout,
                                double               year);
double kb_chart_layout_y       (const KbChartLayout *layout,
                                double               value);
double kb_chart_layout_year    (const KbChartLayout *layout,
                                double               x);
double kb_chart_layout_value   (const KbChartLayout *layout,
                                double               y);
void   kb_chart_layout_spread  (double       *tops,
                                const double *heights,
                                guint         n,
                                double        top,
                                double        bottom);
double kb_nice_step            (double range,
                                int    max_ticks);
void   kb_stack_by_sign        (GPtrArray *sectors,
                                int        year,
                                double    *positive,
                                double    *negative);

G_END_DECLS
