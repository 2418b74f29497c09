/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "import/kb-import.h"

/* The travel-survey reader: the input as the rows of a survey file, under
 * a header of shares or of trips (the first byte chooses), through the one
 * entry point. Every share read is a share: from 0 to 100. */
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  const char *header = size > 0 && (data[0] & 1) ? "kommunkod;år;färdsätt;resor\n" : "kommunkod;år;färdsätt;andel\n";
  g_autoptr(GByteArray) text = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) dataset = NULL;

  g_byte_array_append (text, (const guint8 *)header, strlen (header));
  if (size > 1)
    g_byte_array_append (text, data + 1, size - 1);
  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&text));
  dataset = kb_import_bytes (bytes, "resvanor.csv", &error);

  g_assert ((dataset == NULL) != (error == NULL));
  for (guint i = 0; dataset != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (dataset)); i++)
    {
      g_autoptr(KbSeries) s = g_list_model_get_item (G_LIST_MODEL (dataset), i);

      if (g_strcmp0 (kb_series_get_indicator (s), KB_INDICATOR_MODE_SHARE) != 0)
        continue;
      for (guint j = 0; j < kb_series_get_n_years (s); j++)
        {
          double v;

          if (kb_series_get_value_at (s, j, &v))
            g_assert (isfinite (v) && v >= 0 && v <= 100.0 + 1e-9);
        }
    }
  return 0;
}
