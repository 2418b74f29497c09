/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-render.h"

G_BEGIN_DECLS

/* The plot layers: each draws one kind of chart's body with the drawing
 * kit of kb-render.h, on a layout computed before (kb-chart-layout.h).
 * The renderer (kb-chart-render.c) calls them; they never call it. */

KbBar *kb_bars_new         (guint          n);
void   kb_bar_plot_draw    (KbRender      *render,
                            KbBar         *bars,
                            guint          n_bars);
void   kb_bar_plot_draw_reaching (KbRender *render,
                                  KbBar    *bars,
                                  guint     n_bars,
                                  double    reach);

void   kb_sector_plot_draw (KbRender      *render);
void   kb_lines_plot_draw  (KbRender      *render);
void   kb_target_plot_draw (KbRender      *render);
void   kb_ranking_plot_draw (KbRender     *render);
void   kb_change_plot_draw (KbRender      *render);
void   kb_compare_plot_draw (KbRender     *render);
void   kb_mode_share_plot_draw (KbRender  *render);
void   kb_measures_plot_draw (KbRender    *render);
void   kb_sector_measures_plot_draw (KbRender *render);
void   kb_cost_curve_plot_draw (KbRender  *render);
void   kb_investment_plot_draw (KbRender  *render);
void   kb_actors_plot_draw (KbRender      *render);
void   kb_car_fuels_plot_draw (KbRender   *render);
void   kb_year_bar_plot_draw (KbRender    *render);
void   kb_guess_plot_draw  (KbRender      *render);

G_END_DECLS
