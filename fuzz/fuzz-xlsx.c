/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "import/kb-import.h"
#include "import/kb-measures-reader.h"
#include "import/kb-xlsx.h"

/* The workbook reader: the package, the shared strings, the styles and
 * every sheet, cell by cell; then every reader on its sheets (the import,
 * and a plan's). */
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static gboolean
on_row (const KbXlsxCell  *cells,
        guint              n_cells,
        guint              row,
        gpointer           user_data,
        GError           **error)
{
  gsize *total = user_data;

  g_assert (row >= 1 && n_cells >= 1);
  for (guint c = 0; c < n_cells; c++)
    *total += strlen (cells[c].text);
  return TRUE;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbXlsx) xlsx = kb_xlsx_open_bytes (bytes, "fuzz.xlsx", &error);
  gsize total = 0;

  g_assert ((xlsx == NULL) != (error == NULL));
  for (guint i = 0; xlsx != NULL && i < kb_xlsx_get_n_sheets (xlsx); i++)
    {
      g_autoptr(GError) sheet_error = NULL;

      if (!kb_xlsx_read_sheet (xlsx, i, on_row, &total, &sheet_error))
        g_assert (sheet_error != NULL);
    }
  if (xlsx != NULL)
    {
      g_autoptr(GError) import_error = NULL;
      g_autoptr(GError) measures_error = NULL;
      g_autoptr(KbDataset) dataset = kb_import_bytes (bytes, "fuzz.xlsx", &import_error);
      g_autoptr(GListStore) measures = kb_measures_read_bytes (bytes, "fuzz.xlsx", &measures_error);

      g_assert ((dataset == NULL) != (import_error == NULL));
      g_assert ((measures == NULL) != (measures_error == NULL));
    }
  return 0;
}
