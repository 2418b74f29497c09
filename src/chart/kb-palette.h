/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue;
} KbColor;

/* Colours that stay apart for colour-blind readers (Paul Tol's "muted"
 * scheme); every sector keeps its colour in every chart. */
KbColor kb_palette_sector       (const char *sector,
                                 guint       index);

extern const KbColor kb_palette_history;
extern const KbColor kb_palette_target;
extern const KbColor kb_palette_trend;
extern const KbColor kb_palette_budget;
extern const KbColor kb_palette_scenario;
extern const KbColor kb_palette_text;
extern const KbColor kb_palette_muted_text;
extern const KbColor kb_palette_grid;
extern const KbColor kb_palette_background;

G_END_DECLS
