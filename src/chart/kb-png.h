/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

GBytes *kb_png_encode (cairo_surface_t  *surface,
                       GError          **error);

G_END_DECLS
