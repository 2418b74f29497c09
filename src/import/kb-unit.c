/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-unit"

#include "config.h"

#include <string.h>

#include "kb-unit.h"

/* Units of one kind brought to one: tonnes for masses (t, kt, Mt, "ton",
 * "tusen ton"), MWh for energy (kWh, MWh, GWh, TWh, GJ, TJ), whatever
 * follows the measure kept ("kt CO2e" is "t CO2e", ×1000). A unit it does
 * not know is kept as it is, ×1: a sum of two such units is refused where
 * they differ. */

static const struct {
  const char *word;   /* folded to lower case */
  const char *base;
  double      factor;
} measures[] = {
  { "t", "t", 1 }, { "ton", "t", 1 }, { "tonnes", "t", 1 }, { "tonne", "t", 1 },
  { "kt", "t", 1e3 }, { "kton", "t", 1e3 }, { "tusen ton", "t", 1e3 }, { "1000 ton", "t", 1e3 },
  { "mt", "t", 1e6 }, { "mton", "t", 1e6 }, { "miljoner ton", "t", 1e6 },
  { "kwh", "MWh", 1e-3 }, { "mwh", "MWh", 1 }, { "gwh", "MWh", 1e3 }, { "twh", "MWh", 1e6 },
  { "gj", "MWh", 1 / 3.6 }, { "tj", "MWh", 1e3 / 3.6 },
};

/* The unit @unit is brought to, newly allocated, and the factor its values
 * are multiplied by. NULL or empty: NULL, ×1. */
char *
kb_unit_normalize (const char *unit,
                   double     *factor)
{
  g_autofree char *stripped = NULL;
  g_autofree char *folded = NULL;

  *factor = 1;
  if (unit == NULL || *unit == '\0')
    return NULL;
  stripped = g_strstrip (g_strdup (unit));
  folded = g_utf8_strdown (stripped, -1);
  /* The longest measure that starts the unit and ends at a word's end. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < G_N_ELEMENTS (measures); i++)
      {
        gsize n = strlen (measures[i].word);

        /* Multi-word measures first, then single words. */
        if ((strchr (measures[i].word, ' ') != NULL) != (pass == 0))
          continue;
        if (g_str_has_prefix (folded, measures[i].word) &&
            (folded[n] == '\0' || folded[n] == ' ' || folded[n] == '-'))
          {
            const char *rest = folded + n;

            *factor = measures[i].factor;
            /* One spelling of the gases: "CO2-ekv", "CO₂e" are "CO2e". */
            if (strstr (rest, "co2") != NULL || strstr (rest, "co\u2082") != NULL)
              return g_strconcat (measures[i].base,
                                  strstr (rest, "ekv") != NULL || strstr (rest, "co2e") != NULL ||
                                  strstr (rest, "co\u2082e") != NULL ? " CO2e" : " CO2", NULL);
            return g_strconcat (measures[i].base, stripped + n, NULL);
          }
      }
  return g_steal_pointer (&stripped);
}
