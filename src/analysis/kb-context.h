/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "model/kb-dataset.h"

G_BEGIN_DECLS

/* A municipality's change beside its county's and the country's, so a
 * number never stands alone. */
typedef struct
{
  gboolean    has_county;
  const char *county_name;  /* "Östergötlands län" */
  double      county_pct;
  gboolean    has_country;
  gboolean    country_is_sum; /* the sum of every municipality, not the national total */
  double      country_pct;
} KbChangeContext;

gboolean kb_context_change (KbDataset       *dataset,
                            const char      *region_code,
                            const char      *indicator,
                            int              from,
                            int              to,
                            KbChangeContext *out);

G_END_DECLS
