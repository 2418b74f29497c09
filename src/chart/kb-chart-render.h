/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "kb-chart.h"
#include "kb-chart-layout.h"
#include "kb-palette.h"

G_BEGIN_DECLS

void     kb_chart_render_init    (void);
gboolean kb_chart_render_check   (GError       **error);
void     kb_chart_render         (KbChart       *chart,
                                  cairo_t       *cr,
                                  double         width,
                                  double         height,
                                  KbChartLayout *layout_out);
void     kb_chart_render_scheme  (KbChart       *chart,
                                  cairo_t       *cr,
                                  double         width,
                                  double         height,
                                  KbScheme       scheme,
                                  KbChartLayout *layout_out);
KbSeries *kb_chart_sector_at     (KbChart       *chart,
                                  double         year,
                                  double         value);

G_END_DECLS
