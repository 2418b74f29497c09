/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "import/kb-import.h"

/* Every importer behind the one entry point: whatever the bytes, an
 * import ends in a dataset or an error, never a crash. */
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) dataset = kb_import_bytes (bytes, "fuzz.csv", &error);

  /* One or the other, never both, never neither. */
  g_assert ((dataset == NULL) != (error == NULL));
  if (error != NULL)
    g_assert (g_str_has_prefix (error->message, "fuzz.csv:"));
  return 0;
}
