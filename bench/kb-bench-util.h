/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdlib.h>

/* The benchmarks' medians: times sorted with qsort (). */
static inline int
kb_bench_compare_doubles (const void *a,
                          const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}
