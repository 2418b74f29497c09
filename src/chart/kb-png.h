/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <png.h>

G_BEGIN_DECLS

/* zlib's level and libpng's row filters for charts, chosen by
 * bench/kb-bench-png (see README): the fastest whole export whose file
 * is not much larger than the smallest. */
#define KB_PNG_LEVEL 3
#define KB_PNG_FILTERS PNG_FILTER_NONE

GBytes *kb_png_encode      (cairo_surface_t  *surface,
                            GError          **error);
GBytes *kb_png_encode_with (cairo_surface_t  *surface,
                            int               level,
                            int               filters,
                            GError          **error);

G_END_DECLS
