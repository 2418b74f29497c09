/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "chart/kb-chart.h"
#include "model/kb-dashboard.h"

G_BEGIN_DECLS

#define KB_TYPE_WINDOW_STATE (kb_window_state_get_type ())
G_DECLARE_FINAL_TYPE (KbWindowState, kb_window_state, KB, WINDOW_STATE, GObject)

/* The most the what-if cut reaches, % a year (a dashboard may say more). */
#define KB_WINDOW_STATE_MAX_EXTRA_CUT 15.0

/* What a chart of the window follows of the window's state. */
typedef enum {
  KB_FOLLOW_REGION      = 1 << 0,  /* region-code */
  KB_FOLLOW_YEAR_RANGE  = 1 << 1,  /* first-year → from-year, last-year → to-year (a trend) */
  KB_FOLLOW_FROM_TO     = 1 << 2,  /* first-year → from-year, last-year → year (a change) */
  KB_FOLLOW_LAST_YEAR   = 1 << 3,  /* last-year → year (a ranking) */
  KB_FOLLOW_SECTOR      = 1 << 4,  /* sector-filter */
  KB_FOLLOW_NOTES       = 1 << 5,  /* the notes, as annotations */
  KB_FOLLOW_GUESSES     = 1 << 6,  /* guess-year and the guesses */
  KB_FOLLOW_COMPARE     = 1 << 7,  /* compare-scope, compare-by */
  KB_FOLLOW_EXTRA_CUT   = 1 << 8,  /* extra-cut */
} KbFollow;

KbWindowState *kb_window_state_new               (void);
const char    *kb_window_state_get_region_code   (KbWindowState *self);
void           kb_window_state_set_region_code   (KbWindowState *self,
                                                  const char    *region_code);
int            kb_window_state_get_first_year    (KbWindowState *self);
int            kb_window_state_get_last_year     (KbWindowState *self);
void           kb_window_state_set_years         (KbWindowState *self,
                                                  int            first,
                                                  int            last);
const char    *kb_window_state_get_sector_filter (KbWindowState *self);
void           kb_window_state_set_sector_filter (KbWindowState *self,
                                                  const char    *sector);
const char    *kb_window_state_get_emissions_view (KbWindowState *self);
void           kb_window_state_set_emissions_view (KbWindowState *self,
                                                   const char    *view);
const char    *kb_window_state_get_compare_scope (KbWindowState *self);
void           kb_window_state_set_compare_scope (KbWindowState *self,
                                                  const char    *scope);
const char    *kb_window_state_get_compare_by    (KbWindowState *self);
void           kb_window_state_set_compare_by    (KbWindowState *self,
                                                  const char    *measure);
double         kb_window_state_get_extra_cut     (KbWindowState *self);
void           kb_window_state_set_extra_cut     (KbWindowState *self,
                                                  double         percent);
const char    *kb_window_state_get_page          (KbWindowState *self);
void           kb_window_state_set_page          (KbWindowState *self,
                                                  const char    *page);
guint          kb_window_state_get_n_notes       (KbWindowState *self);
const char    *kb_window_state_get_note          (KbWindowState *self,
                                                  guint          index,
                                                  int           *year,
                                                  const char   **region_code);
void           kb_window_state_add_note          (KbWindowState *self,
                                                  int            year,
                                                  const char    *text);
void           kb_window_state_add_note_for      (KbWindowState *self,
                                                  const char    *region_code,
                                                  int            year,
                                                  const char    *text);
void           kb_window_state_clear_notes       (KbWindowState *self);
guint          kb_window_state_get_n_shown_notes (KbWindowState *self);
void           kb_window_state_clear_shown_notes (KbWindowState *self);
int            kb_window_state_get_guess_year    (KbWindowState *self);
void           kb_window_state_set_guess_year    (KbWindowState *self,
                                                  int            year);
KbGuesses     *kb_window_state_get_guesses       (KbWindowState *self);
void           kb_window_state_save              (KbWindowState *self,
                                                  KbDashboard   *dashboard);
void           kb_window_state_restore           (KbWindowState *self,
                                                  KbDashboard   *dashboard);
void           kb_window_state_follow            (KbWindowState *self,
                                                  KbChart       *chart,
                                                  KbFollow       what);
gboolean       kb_window_state_follows_years     (KbWindowState *self,
                                                  KbChart       *chart);

G_END_DECLS
