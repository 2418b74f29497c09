/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kb-guesses.h"

G_BEGIN_DECLS

/* What a dashboard may hold: it names files and choices, never data. */
#define KB_DASHBOARD_MAX_BYTES (1024 * 1024)
#define KB_DASHBOARD_MAX_NOTES 50
#define KB_DASHBOARD_MAX_NOTE_CHARS 200
#define KB_DASHBOARD_MAX_FILES 100

#define KB_TYPE_DASHBOARD (kb_dashboard_get_type ())
G_DECLARE_FINAL_TYPE (KbDashboard, kb_dashboard, KB, DASHBOARD, GObject)

/* What a session shows, saved as a .klimatbild file (a GKeyFile): the
 * data files used, the municipality, the page, the measures file, the
 * what-if cut, the targets, the years, the sector shown alone, how
 * Utsläpp draws the sectors, the guessing game's guesses and the
 * annotations. Never the data itself. */
KbDashboard  *kb_dashboard_new               (void);
KbDashboard  *kb_dashboard_new_from_data     (const char   *data,
                                              gsize         length,
                                              const char   *name,
                                              GFile        *folder,
                                              GError      **error);
KbDashboard  *kb_dashboard_new_from_file     (GFile        *file,
                                              GError      **error);
gboolean      kb_dashboard_save              (KbDashboard  *self,
                                              GFile        *file,
                                              GError      **error);
char         *kb_dashboard_to_data           (KbDashboard  *self,
                                              gsize        *length);

GPtrArray    *kb_dashboard_get_files         (KbDashboard  *self);
void          kb_dashboard_add_file          (KbDashboard  *self,
                                              GFile        *file);
const char   *kb_dashboard_get_municipality  (KbDashboard  *self);
void          kb_dashboard_set_municipality  (KbDashboard  *self,
                                              const char   *code);
const char   *kb_dashboard_get_page          (KbDashboard  *self);
gboolean      kb_dashboard_is_page           (const char   *page);
void          kb_dashboard_set_page          (KbDashboard  *self,
                                              const char   *page);
GFile        *kb_dashboard_get_measures      (KbDashboard  *self);
void          kb_dashboard_set_measures      (KbDashboard  *self,
                                              GFile        *file);
double        kb_dashboard_get_extra_cut     (KbDashboard  *self);
void          kb_dashboard_set_extra_cut     (KbDashboard  *self,
                                              double        percent);
guint         kb_dashboard_get_n_annotations (KbDashboard  *self);
const char   *kb_dashboard_get_annotation    (KbDashboard  *self,
                                              guint         index,
                                              int          *year);
void          kb_dashboard_add_annotation    (KbDashboard  *self,
                                              int           year,
                                              const char   *text);
const char   *kb_dashboard_get_annotation_municipality (KbDashboard *self,
                                                        guint        index);
void          kb_dashboard_add_note          (KbDashboard  *self,
                                              const char   *municipality,
                                              int           year,
                                              const char   *text);

const char   *kb_dashboard_get_targets       (KbDashboard  *self);
void          kb_dashboard_set_targets       (KbDashboard  *self,
                                              const char   *targets);
void          kb_dashboard_get_years         (KbDashboard  *self,
                                              int          *first,
                                              int          *last);
void          kb_dashboard_set_years         (KbDashboard  *self,
                                              int           first,
                                              int           last);

const char   *kb_dashboard_get_sector_filter (KbDashboard *self);
void          kb_dashboard_set_sector_filter (KbDashboard *self,
                                              const char  *sector);
const char   *kb_dashboard_get_compare_scope (KbDashboard *self);
const char   *kb_dashboard_get_compare_by    (KbDashboard *self);
void          kb_dashboard_set_compare       (KbDashboard *self,
                                              const char  *scope,
                                              const char  *by);
const char   *kb_dashboard_get_emissions_view (KbDashboard *self);
void          kb_dashboard_set_emissions_view (KbDashboard *self,
                                               const char  *view);
KbGuesses    *kb_dashboard_get_guesses       (KbDashboard  *self,
                                              int          *year);
void          kb_dashboard_set_guesses       (KbDashboard  *self,
                                              int           year,
                                              KbGuesses    *guesses);

GPtrArray    *kb_dashboard_get_left_out      (KbDashboard  *self);
void          kb_dashboard_leave_out         (KbDashboard  *self,
                                              const char   *why);

G_END_DECLS
