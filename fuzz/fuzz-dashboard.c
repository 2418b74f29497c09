/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "model/kb-dashboard.h"

/* The dashboard-file reader, and saving back what it read. */
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDashboard) dashboard = kb_dashboard_new_from_data ((const char *)data, size,
                                                                 "fuzz.klimatbild", NULL, &error);

  g_assert ((dashboard == NULL) != (error == NULL));
  if (dashboard != NULL)
    {
      gsize length;
      g_autofree char *text = kb_dashboard_to_data (dashboard, &length);
      g_autoptr(KbDashboard) back = kb_dashboard_new_from_data (text, length, "again.klimatbild", NULL, &error);

      g_assert (back != NULL);
      g_assert (kb_dashboard_get_n_annotations (back) == kb_dashboard_get_n_annotations (dashboard));
      /* What was taken is saved whole: nothing of it is left out again. */
      g_assert (kb_dashboard_get_left_out (back)->len == 0);
    }
  return 0;
}
