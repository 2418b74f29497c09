/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-chart.h"

G_BEGIN_DECLS

typedef struct
{
  const char *code;            /* interned */
  const char *name;            /* the dataset's */
  double      value;           /* what is ranked, in the chart's terms */
  double      total;           /* the emissions behind it, in the data's unit */
  double      population;      /* per inhabitant: the population divided by */
  int         population_year; /* and its year, the chart's or the latest before */
} KbCompareEntry;

GArray *kb_compare_entries (KbChart *chart);
int     kb_compare_year    (KbChart *chart);

gboolean    kb_compare_scope_from_id   (const char       *id,
                                        KbCompareScope   *scope);
const char *kb_compare_scope_to_id     (KbCompareScope    scope);
gboolean    kb_compare_measure_from_id (const char       *id,
                                        KbCompareMeasure *measure);
const char *kb_compare_measure_to_id   (KbCompareMeasure  measure);

G_END_DECLS
