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

const KbColor kb_palette_history = RGB (0x1B1B2F);
const KbColor kb_palette_target = RGB (0x117733);
const KbColor kb_palette_trend = RGB (0xCC3311);
const KbColor kb_palette_budget = RGB (0x0077BB);
const KbColor kb_palette_scenario = RGB (0x009988);
const KbColor kb_palette_text = RGB (0x1B1B1F);
const KbColor kb_palette_muted_text = RGB (0x55565E);
const KbColor kb_palette_grid = RGB (0xDADCE0);
const KbColor kb_palette_background = RGB (0xFFFFFF);

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
