/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-render.h"

G_BEGIN_DECLS

/* The plot layers: each draws one kind of chart's body with the drawing
 * kit of kb-render.h, on a layout computed before (kb-chart-layout.h).
 * The renderer (kb-chart-render.c) calls them; they never call it. */

KbBarBody  *kb_bar_body_new      (void);
void        kb_bar_body_free     (KbBarBody     *body);
const char *kb_bar_body_keep     (KbBarBody     *body,
                                  char          *text);
void        kb_bar_body_add      (KbBarBody     *body,
                                  KbBar          bar);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KbBarBody, kb_bar_body_free)

/* The layout's last step, for bodies whose plot area or axes follow
 * their data: before the frame and the body are drawn. */
void   kb_bar_plot_fit     (KbRender      *render,
                            KbBarBody     *body);
void   kb_cost_curve_plot_fit (KbRender   *render);
void   kb_investment_plot_fit (KbRender   *render);
void   kb_mode_share_plot_fit (KbRender   *render);
void   kb_year_bar_plot_fit (KbRender     *render);

/* The bars of each kind drawn as bars; NULL where there are none to draw. */
KbBarBody *kb_ranking_plot_bars         (KbRender *render);
KbBarBody *kb_change_plot_bars          (KbRender *render);
KbBarBody *kb_compare_plot_bars         (KbRender *render);
KbBarBody *kb_measures_plot_bars        (KbRender *render);
KbBarBody *kb_sector_measures_plot_bars (KbRender *render);
KbBarBody *kb_actors_plot_bars          (KbRender *render);
KbBarBody *kb_car_fuels_plot_bars       (KbRender *render);

void   kb_bar_plot_draw    (KbRender      *render,
                            const KbBarBody *body);
void   kb_change_plot_draw (KbRender      *render,
                            const KbBarBody *body);
void   kb_measures_plot_draw (KbRender    *render,
                              const KbBarBody *body);
void   kb_actors_plot_draw (KbRender      *render,
                            const KbBarBody *body);
void   kb_sector_measures_plot_draw (KbRender *render,
                                     const KbBarBody *body);
void   kb_car_fuels_plot_draw (KbRender   *render,
                               const KbBarBody *body);

void   kb_sector_plot_draw (KbRender      *render);
void   kb_lines_plot_draw  (KbRender      *render);
void   kb_target_plot_draw (KbRender      *render);
void   kb_mode_share_plot_draw (KbRender  *render);
void   kb_cost_curve_plot_draw (KbRender  *render);
void   kb_investment_plot_draw (KbRender  *render);
void   kb_year_bar_plot_draw (KbRender    *render);
void   kb_guess_plot_draw  (KbRender      *render);

G_END_DECLS
