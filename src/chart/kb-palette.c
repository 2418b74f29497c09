/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-palette"

#include "config.h"

#include "kb-palette.h"

#define RGB(hex) { ((hex) >> 16 & 0xFF) / 255.0, ((hex) >> 8 & 0xFF) / 255.0, ((hex) & 0xFF) / 255.0 }

static const struct {
  const char *sector;
  KbColor     color;
} sector_colors[] = {
  { "Transporter", RGB (0x332288) },
  { "El och fjärrvärme", RGB (0xCC6677) },
  { "Jordbruk", RGB (0x117733) },
  { "Industri (energi + processer)", RGB (0x882255) },
  { "Arbetsmaskiner", RGB (0xDDCC77) },
  { "Egen uppvärmning av bostäder och lokaler", RGB (0x88CCEE) },
  { "Produktanvändning (inkl. lösningsmedel)", RGB (0xAA4499) },
  { "Avfall (inkl.avlopp)", RGB (0x999933) },
  { "Utrikes transporter", RGB (0x44AA99) },
};

/* Paul Tol's "light" scheme, apart from the sectors' colours. */
static const KbColor other_colors[] = {
  RGB (0x77AADD), RGB (0xEE8866), RGB (0xEEDD88), RGB (0xFFAABB), RGB (0x99DDFF),
  RGB (0x44BB99), RGB (0xBBCC33), RGB (0xAAAA00), RGB (0xDDDDDD),
};

/* Paul Tol's colours, and on a dark page their lighter "vibrant" and
 * "light" kin, so lines keep a contrast of 4.5:1 or more. */
const KbInk kb_ink_light = {
  .background = RGB (0xFFFFFF), .text = RGB (0x1B1B1F), .muted_text = RGB (0x55565E),
  .grid = RGB (0xDADCE0), .history = RGB (0x1B1B2F), .target = RGB (0x117733),
  .trend = RGB (0xCC3311), .budget = RGB (0x0077BB), .scenario = RGB (0x009988),
};

/* The same as light, with black text and a darker grid. */
static const KbInk ink_high_contrast = {
  .background = RGB (0xFFFFFF), .text = RGB (0x000000), .muted_text = RGB (0x000000),
  .grid = RGB (0x8A8A8F), .history = RGB (0x000000), .target = RGB (0x0B5A26),
  .trend = RGB (0xA8290C), .budget = RGB (0x005A8F), .scenario = RGB (0x006B60),
};

/* libadwaita's dark view background. */
static const KbInk ink_dark = {
  .background = RGB (0x1E1E1E), .text = RGB (0xEDEDEF), .muted_text = RGB (0xA9AAB2),
  .grid = RGB (0x3E3F44), .history = RGB (0xEDEDEF), .target = RGB (0x5CCB82),
  .trend = RGB (0xEE7733), .budget = RGB (0x33BBEE), .scenario = RGB (0x44BB99),
};

static const KbInk ink_dark_high_contrast = {
  .background = RGB (0x000000), .text = RGB (0xFFFFFF), .muted_text = RGB (0xFFFFFF),
  .grid = RGB (0x8A8A8F), .history = RGB (0xFFFFFF), .target = RGB (0x7FE0A0),
  .trend = RGB (0xFF9955), .budget = RGB (0x66CCFF), .scenario = RGB (0x66DDBB),
};

/* Gissa kurvan's guesses in turn: none of them the history's colour, all
 * clear on a light and a dark page. */
static const KbColor guess_colors[] = {
  RGB (0xD95F02), RGB (0x7570B3), RGB (0x1B9E77), RGB (0xE7298A), RGB (0x66A61E), RGB (0xA6761D),
};

KbColor
kb_palette_guess (guint index)
{
  return guess_colors[index % G_N_ELEMENTS (guess_colors)];
}

const KbInk *
kb_palette_ink (KbScheme scheme)
{
  switch (scheme)
    {
    case KB_SCHEME_DARK:
      return &ink_dark;
    case KB_SCHEME_HIGH_CONTRAST:
      return &ink_high_contrast;
    case KB_SCHEME_DARK_HIGH_CONTRAST:
      return &ink_dark_high_contrast;
    case KB_SCHEME_LIGHT:
    default:
      return &kb_ink_light;
    }
}

KbScheme
kb_palette_scheme (gboolean dark,
                   gboolean high_contrast)
{
  if (dark)
    return high_contrast ? KB_SCHEME_DARK_HIGH_CONTRAST : KB_SCHEME_DARK;
  return high_contrast ? KB_SCHEME_HIGH_CONTRAST : KB_SCHEME_LIGHT;
}

/* The inventory's sectors keep their own colours; any other breakdown
 * (consumer categories, fuels, modes, land use) takes a second set of
 * colours in the order it comes, @index being its place in that order. */
KbColor
kb_palette_sector (const char *sector,
                   guint       index)
{
  for (guint i = 0; i < G_N_ELEMENTS (sector_colors); i++)
    if (g_strcmp0 (sector_colors[i].sector, sector) == 0)
      return sector_colors[i].color;

  return other_colors[index % G_N_ELEMENTS (other_colors)];
}

/* The actors of a climate investment plan (KbMeasureOwner), in Paul
 * Tol's bright scheme, told apart with any colour vision: the municipal
 * group blue, business purple, residents yellow, the state cyan. */
KbColor
kb_palette_owner (guint owner)
{
  static const KbColor owners[] = {
    { 0x44 / 255.0, 0x77 / 255.0, 0xAA / 255.0 },
    { 0xAA / 255.0, 0x33 / 255.0, 0x77 / 255.0 },
    { 0xCC / 255.0, 0xBB / 255.0, 0x44 / 255.0 },
    { 0x66 / 255.0, 0xCC / 255.0, 0xEE / 255.0 },
  };

  return owners[MIN (owner, G_N_ELEMENTS (owners) - 1)];
}

/* The colours of parts without a colour of their own, in turn. */
KbColor
kb_palette_other (guint index)
{
  return other_colors[index % G_N_ELEMENTS (other_colors)];
}
