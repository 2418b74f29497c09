/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "import/kb-measures-reader.h"

/* The measures-file reader, and writing back what it read. */
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) measures = kb_measures_read_bytes (bytes, "fuzz.csv", &error);

  g_assert ((measures == NULL) != (error == NULL));
  if (measures != NULL)
    {
      /* What was read writes out and reads back as many measures. */
      g_autoptr(GBytes) again = kb_measures_to_bytes (G_LIST_MODEL (measures));
      g_autoptr(GListStore) back = kb_measures_read_bytes (again, "again.csv", &error);

      g_assert (back != NULL);
      g_assert (g_list_model_get_n_items (G_LIST_MODEL (back)) ==
                g_list_model_get_n_items (G_LIST_MODEL (measures)));
      /* An unknown investment stays unknown, and each actor its actor. */
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (back)); i++)
        {
          g_autoptr(KbMeasure) a = g_list_model_get_item (G_LIST_MODEL (measures), i);
          g_autoptr(KbMeasure) b = g_list_model_get_item (G_LIST_MODEL (back), i);

          g_assert (kb_measure_has_investment (a) == kb_measure_has_investment (b));
          g_assert (kb_measure_get_owner (a) == kb_measure_get_owner (b));
        }
    }
  return 0;
}
