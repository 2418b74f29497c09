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

/* The page a chart is drawn on: light (exports are), or following the
 * desktop's dark style and high contrast on screen. */
typedef enum {
  KB_SCHEME_LIGHT,
  KB_SCHEME_DARK,
  KB_SCHEME_HIGH_CONTRAST,
  KB_SCHEME_DARK_HIGH_CONTRAST,
} KbScheme;

/* The colours of a page, apart from the sectors'. */
typedef struct
{
  KbColor background;
  KbColor text;
  KbColor muted_text;
  KbColor grid;
  KbColor history;   /* the measured total */
  KbColor target;
  KbColor trend;
  KbColor budget;
  KbColor scenario;
} KbInk;

extern const KbInk kb_ink_light;

KbColor      kb_palette_guess   (guint       index);
KbColor      kb_palette_owner   (guint       owner);
KbColor      kb_palette_other   (guint       index);

const KbInk *kb_palette_ink     (KbScheme    scheme);
KbScheme     kb_palette_scheme  (gboolean    dark,
                                 gboolean    high_contrast);

G_END_DECLS
