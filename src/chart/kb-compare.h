/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-chart.h"

G_BEGIN_DECLS

typedef struct
{
  const char *code;  /* interned */
  const char *name;  /* the dataset's */
  double      value;
} KbCompareEntry;

GArray *kb_compare_entries (KbChart *chart);

G_END_DECLS
