/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "chart/kb-chart-render.h"

G_BEGIN_DECLS

/* A chart drawn into an image, and where the render put its plot. */
typedef struct
{
  cairo_surface_t *surface;
  KbChartLayout    layout;
} KbTestRender;

static inline void
kb_test_render (KbChart      *chart,
                int           width,
                int           height,
                KbTestRender *out)
{
  cairo_t *cr;

  out->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (out->surface);
  kb_chart_render (chart, cr, width, height, &out->layout);
  cairo_destroy (cr);
  cairo_surface_flush (out->surface);
}

G_END_DECLS
