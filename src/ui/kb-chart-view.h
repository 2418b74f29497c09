/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "chart/kb-chart.h"
#include "chart/kb-palette.h"
#include "chart/kb-chart-layout.h"

G_BEGIN_DECLS

#define KB_TYPE_CHART_VIEW (kb_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (KbChartView, kb_chart_view, KB, CHART_VIEW, GtkWidget)

KbScheme         kb_chart_view_system_scheme    (void);
GtkWidget       *kb_chart_view_new              (KbChart     *chart);
KbChart         *kb_chart_view_get_chart        (KbChartView *self);
void             kb_chart_view_set_chart        (KbChartView *self,
                                                 KbChart     *chart);
guint            kb_chart_view_get_render_count (KbChartView *self);
cairo_surface_t *kb_chart_view_get_surface      (KbChartView *self);
int              kb_chart_view_year_at          (KbChartView *self,
                                                 double       x,
                                                 double       y);
const KbChartLayout *kb_chart_view_get_layout   (KbChartView *self);
KbSeries        *kb_chart_view_sector_at        (KbChartView *self,
                                                 double       x,
                                                 double       y);

G_END_DECLS
