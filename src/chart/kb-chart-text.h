/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-chart.h"

G_BEGIN_DECLS

char *kb_chart_dup_description (KbChart *chart);

G_END_DECLS
