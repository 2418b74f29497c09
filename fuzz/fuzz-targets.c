/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "analysis/kb-target.h"

/* The targets-file reader (klimatbild-render --targets, the user's saved
 * targets), and writing back what it read. A target read has milestones
 * after its baseline and percentages from 0 to 100. */
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KbTarget) target = kb_target_new_from_data ((const char *)data, size, "mål.ini", &error);

  g_assert ((target == NULL) != (error == NULL));
  if (target != NULL)
    {
      gsize length;
      g_autofree char *again = kb_target_to_data (target, &length);
      g_autoptr(KbTarget) back = kb_target_new_from_data (again, length, "again.ini", &error);

      g_assert (back != NULL);
      g_assert (kb_target_get_n_milestones (back) == kb_target_get_n_milestones (target));
      for (guint i = 0; i < kb_target_get_n_milestones (target); i++)
        {
          const KbMilestone *m = kb_target_get_milestone (target, i);

          g_assert (m->year > kb_target_get_baseline_year (target));
          g_assert (m->reduction_pct >= 0 && m->reduction_pct <= 100);
        }
    }
  return 0;
}
