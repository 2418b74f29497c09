/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "analysis/kb-budget.h"
#include "kb-chart.h"

G_BEGIN_DECLS

/* KbChart's instance, shared by its files: the description (kb-chart.c,
 * with its plan, comparison, notes and game in kb-chart-plan.c,
 * kb-chart-compare.c, kb-chart-notes.c and kb-chart-game.c), what is derived from it
 * (kb-chart-data.c) and its words of title, subtitle, unit and source
 * (kb-chart-titles.c). */

struct _KbChart
{
  GObject      parent_instance;

  KbChartKind  kind;
  KbDataset   *dataset;
  char        *region_code;
  KbTarget    *target;
  KbLanguage   language;
  char        *indicator; /* NULL: the emissions the data has */
  KbTrendStyle trend_style;
  gboolean     relative;  /* indexed to the first year = 100 */
  int          year;      /* 0: the latest */
  int          from_year; /* 0: the first */
  int          to_year;   /* a trend's last year; 0: the latest */
  GStrv        compare;   /* NULL: by compare_scope */
  KbCompareScope compare_scope;
  gboolean     compare_change; /* a comparison of the change since 1990 */
  gboolean     by_fuel;
  gboolean     share;      /* a stack as shares of the total */
  GStrv        sector_filter; /* NULL: every sector */
  GListModel  *measures;      /* KbMeasure; NULL: none */
  double       extra_cut;     /* % a year, from the latest year */
  KbMeasuresGrouping measures_grouping;
  KbCompareMeasure compare_mobility; /* a mobility measure ranked, or TOTAL for none */
  int          guess_year;    /* the guessing game: history to this year; 0 no game */
  gboolean     guess_revealed; /* the game's answer shown */
  KbGuesses   *guesses;       /* the game's drawn guesses */
  int          target_year;   /* 0: the first milestone after the data */
  int          budget_from_year; /* 0: the current year */
  int          release;       /* the release shown; 0: the newest */
  gboolean     per_capita; /* divided by the population, where loaded */
  GArray      *annotations; /* Annotation */
  char        *mode_target;
  double       mode_target_pct;

  /* Derived from the above when first asked for, dropped on change. */
  gboolean     derived;
  gboolean     is_per_capita;
  const char  *shown_indicator;
  int          shown_release;
  GPtrArray   *sectors;
  GPtrArray   *unfiltered;  /* every sector, where a filter chose some; else NULL */
  KbSeries    *total;
  KbChartStack *stack;     /* of the sectors and shares, once asked for */
  gboolean     gap_derived; /* the gap, from the total, the target and the budget's start */
  gboolean     have_gap;
  KbTargetGap  gap;
  GArray      *compare_entries; /* KbCompareEntry, ranked; dropped with the series, the year or a compare- property */
  GPtrArray   *ranking;         /* the sectors of ranking_year, largest first */
  int          ranking_year;
};

typedef struct
{
  int   year;
  char *text;
} Annotation;

void        _kb_chart_derive              (KbChart    *self);
void        _kb_chart_derive_gap          (KbChart    *self);
void        _kb_chart_stack_free          (KbChartStack *stack);
void        _kb_chart_drop_derived        (KbChart    *self);
void        _kb_chart_watch_guesses       (KbChart    *self);
void        _kb_chart_changed             (KbChart    *self,
                                           const char *property);
gboolean    _kb_chart_same_strv           (const char * const *a,
                                           const char * const *b);
const char *_kb_chart_emissions_indicator (KbDataset  *dataset,
                                           const char *region_code);
void        _kb_chart_keep_similar        (KbChart    *self,
                                           GPtrArray  *codes);

G_END_DECLS
