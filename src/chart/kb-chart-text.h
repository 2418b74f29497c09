/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-chart.h"

G_BEGIN_DECLS

char     *kb_chart_dup_description (KbChart *chart);
char     *kb_chart_dup_plan_description (KbChart *chart);
char     *kb_chart_dup_mobility_description (KbChart *chart);
gboolean  kb_chart_has_time_axis   (KbChart *chart);
int       kb_chart_nearest_year    (KbChart *chart,
                                    double   year);
char     *kb_chart_dup_readout     (KbChart *chart,
                                    int      year);
char     *kb_chart_dup_context     (KbChart *chart,
                                    int      from,
                                    int      to);
char     *kb_chart_dup_scenario_label (KbChart *chart);
char     *kb_chart_dup_guess_label (KbChart *chart,
                                    guint    guess);

G_END_DECLS
