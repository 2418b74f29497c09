/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-dashboard.h"

G_BEGIN_DECLS

/* KbDashboard's fields, shared by its reading (kb-dashboard-read.c) and
 * the rest of it (kb-dashboard.c). */

#define KB_DASHBOARD_GROUP "Dashboard"
#define KB_DASHBOARD_VERSION 1
/* The targets, a document of their own, as groups of the dashboard:
 * "[Targets/Target]", "[Targets/Milestone 2030]". */
#define KB_DASHBOARD_TARGETS_PREFIX "Targets/"
/* Each guess of Gissa kurvan: "[Guess 1]" with Years and Values lists. */
#define KB_DASHBOARD_GUESS_GROUP "Guess %u"

extern const char * const _kb_dashboard_emissions_views[];
extern const char * const _kb_dashboard_compare_scopes[];
extern const char * const _kb_dashboard_compare_measures[];

struct _KbDashboard
{
  GObject    parent_instance;

  GPtrArray *files;       /* GFile */
  char      *municipality;
  char      *page;
  GFile     *measures;
  double     extra_cut;
  char      *targets;     /* the municipality's targets, as a target file's text */
  int        first_year;  /* the years shown; 0 open */
  int        last_year;
  char      *sector_filter; /* the sector shown alone, or NULL */
  char      *emissions_view; /* how Utsläpp draws the sectors, or NULL */
  char      *compare_scope;  /* whom Jämför sets beside, or NULL */
  char      *compare_by;     /* what Jämför ranks, or NULL */
  int        guess_year;  /* Gissa kurvan's history up to; 0 the default */
  KbGuesses *guesses;     /* the guesses drawn, or NULL */
  GArray    *years;       /* int, one per annotation */
  GPtrArray *texts;       /* char *, one per annotation */
  GPtrArray *places;      /* char *, one per annotation: its municipality, NULL for every one */
  GPtrArray *left_out;    /* char *: what was read but not taken, and why */
};

G_END_DECLS
