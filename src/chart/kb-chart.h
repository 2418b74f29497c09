/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "analysis/kb-scenario.h"
#include "analysis/kb-target-gap.h"
#include "chart/kb-format.h"
#include "model/kb-dataset.h"
#include "model/kb-guesses.h"

G_BEGIN_DECLS

typedef enum {
  KB_CHART_KIND_SECTOR_TREND,
  KB_CHART_KIND_TARGET_GAP,
  KB_CHART_KIND_SECTOR_RANKING,
  KB_CHART_KIND_SECTOR_CHANGE,
  KB_CHART_KIND_MODE_SHARE,
  KB_CHART_KIND_ENERGY,
  KB_CHART_KIND_COMPARE,
  KB_CHART_KIND_MEASURES,
  KB_CHART_KIND_SECTOR_MEASURES,
  KB_CHART_KIND_REVISIONS,
  KB_CHART_KIND_COST_CURVE,  /* the plan's marginal abatement cost curve */
  KB_CHART_KIND_INVESTMENT,  /* the plan's investment per year and actor */
  KB_CHART_KIND_ACTORS,      /* who can close the gap */
  KB_CHART_KIND_CAR_FUELS,   /* electric cars in the fleet, beside the county and Sweden */
  KB_CHART_KIND_CYCLE_NETWORK, /* the cycle network by road owner, over the years */
} KbChartKind;

/* What the measures waterfall shows a row for. */
typedef enum {
  KB_MEASURES_BY_MEASURE,
  KB_MEASURES_BY_FOCUS_AREA,
  KB_MEASURES_BY_OWNER,
} KbMeasuresGrouping;

/* How a trend is drawn. */
/* Whom a comparison sets the municipality beside. */
typedef enum {
  KB_COMPARE_COUNTY,   /* the municipalities of its county */
  KB_COMPARE_SIMILAR,  /* those closest to it in population */
  KB_COMPARE_ALL,      /* every municipality */
} KbCompareScope;

/* What a comparison ranks. */
typedef enum {
  KB_COMPARE_TOTAL,
  KB_COMPARE_PER_CAPITA,
  KB_COMPARE_CHANGE,   /* % since the first year of the inventory, 1990 */
  KB_COMPARE_ELECTRIC_SHARE,   /* electric cars, % of the cars in use */
  KB_COMPARE_CYCLE_PER_CAPITA, /* metres of cycle network per inhabitant */
} KbCompareMeasure;

#define KB_COMPARE_SIMILAR_COUNT 15
#define KB_COMPARE_CHANGE_FROM 1990

typedef enum {
  KB_TREND_STYLE_LINES,
  KB_TREND_STYLE_STACKED,
} KbTrendStyle;

#define KB_TYPE_CHART_KIND (kb_chart_kind_get_type ())
GType kb_chart_kind_get_type (void) G_GNUC_CONST;

#define KB_TYPE_CHART (kb_chart_get_type ())
G_DECLARE_FINAL_TYPE (KbChart, kb_chart, KB, CHART, GObject)

/* What to draw, not how: a chart kind over one region of a dataset. The
 * series and figures it needs are derived once per change and kept. */
KbChart     *kb_chart_new               (KbChartKind  kind,
                                         KbDataset   *dataset,
                                         const char  *region_code);
KbChartKind  kb_chart_get_kind          (KbChart     *self);
gboolean     kb_chart_kind_from_string  (const char  *name,
                                         KbChartKind *kind);
KbDataset   *kb_chart_get_dataset       (KbChart     *self);
void         kb_chart_set_dataset       (KbChart     *self,
                                         KbDataset   *dataset);
const char  *kb_chart_get_region_code   (KbChart     *self);
void         kb_chart_set_region_code   (KbChart     *self,
                                         const char  *region_code);
KbTarget    *kb_chart_get_target        (KbChart     *self);
void         kb_chart_set_target        (KbChart     *self,
                                         KbTarget    *target);
const char  *kb_chart_get_indicator     (KbChart     *self);
void         kb_chart_set_indicator     (KbChart     *self,
                                         const char  *indicator);
const char  *kb_chart_get_axis_unit     (KbChart     *self);
const char  *kb_chart_get_value_unit    (KbChart     *self);
gboolean     kb_chart_is_per_capita     (KbChart     *self);
KbLanguage   kb_chart_get_language      (KbChart     *self);
void         kb_chart_set_language      (KbChart     *self,
                                         KbLanguage   language);

KbTrendStyle kb_chart_get_trend_style  (KbChart     *self);
void         kb_chart_set_trend_style   (KbChart     *self,
                                         KbTrendStyle style);
gboolean     kb_chart_get_relative      (KbChart     *self);
void         kb_chart_set_relative      (KbChart     *self,
                                         gboolean     relative);
int          kb_chart_get_year          (KbChart     *self);
gboolean     kb_chart_is_year_chosen    (KbChart     *self);
void         kb_chart_set_year          (KbChart     *self,
                                         int          year);
int          kb_chart_get_from_year     (KbChart     *self);
void         kb_chart_set_from_year     (KbChart     *self,
                                         int          year);
GPtrArray   *kb_chart_get_compare_regions (KbChart   *self);
KbCompareScope   kb_chart_get_compare_scope   (KbChart          *self);
void             kb_chart_set_compare_scope   (KbChart          *self,
                                               KbCompareScope    scope);
KbCompareMeasure kb_chart_get_compare_measure (KbChart          *self);
void             kb_chart_set_compare_measure (KbChart          *self,
                                               KbCompareMeasure  measure);
void         kb_chart_set_compare_regions (KbChart   *self,
                                         const char * const *codes);
gboolean     kb_chart_get_by_fuel       (KbChart     *self);
void         kb_chart_set_by_fuel       (KbChart     *self,
                                         gboolean     by_fuel);

void         kb_chart_set_sector_filter (KbChart     *self,
                                         const char * const *sectors);
const char * const *kb_chart_get_sector_filter (KbChart *self);
gboolean     kb_chart_get_share         (KbChart     *self);
void         kb_chart_set_share         (KbChart     *self,
                                         gboolean     share);
gboolean     kb_chart_get_per_capita    (KbChart     *self);
void         kb_chart_set_per_capita    (KbChart     *self,
                                         gboolean     per_capita);
void         kb_chart_add_annotation    (KbChart     *self,
                                         int          year,
                                         const char  *text);
void         kb_chart_clear_annotations (KbChart     *self);
guint        kb_chart_get_n_annotations (KbChart     *self);
const char  *kb_chart_get_annotation    (KbChart     *self,
                                         guint        index,
                                         int         *year);
void         kb_chart_set_mode_target   (KbChart     *self,
                                         const char  *mode,
                                         double       share_pct);
const char  *kb_chart_get_mode_target   (KbChart     *self,
                                         double      *share_pct);

KbSeries    *kb_chart_dup_population    (KbChart     *self,
                                         const char  *region_code);
GListModel  *kb_chart_get_measures      (KbChart     *self);
gboolean     kb_chart_has_plan          (KbChart     *self);
void         kb_chart_set_measures      (KbChart     *self,
                                         GListModel  *measures);
GPtrArray   *kb_chart_check_measures    (KbChart     *self,
                                         GListModel  *measures);
GPtrArray   *kb_chart_dup_emission_sectors (KbChart  *self,
                                            const char *region_code);
gboolean     kb_chart_kind_is_plan      (KbChartKind  kind);
gboolean     kb_chart_kind_is_plan_economics (KbChartKind kind);
KbMeasuresGrouping kb_chart_get_measures_grouping (KbChart *self);
void         kb_chart_set_measures_grouping (KbChart            *self,
                                             KbMeasuresGrouping  grouping);
double       kb_chart_get_extra_cut     (KbChart     *self);
void         kb_chart_set_extra_cut     (KbChart     *self,
                                         double       percent);
int          kb_chart_get_target_year   (KbChart     *self);
void         kb_chart_set_year_range    (KbChart     *self,
                                         int          from,
                                         int          to);
int          kb_chart_get_guess_year    (KbChart     *self);
void         kb_chart_set_guess_year    (KbChart     *self,
                                         int          year);
gboolean     kb_chart_get_guess_revealed (KbChart    *self);
KbGuesses   *kb_chart_get_guesses       (KbChart     *self);
void         kb_chart_set_guesses       (KbChart     *self,
                                         KbGuesses   *guesses);
void         kb_chart_set_guess_revealed (KbChart    *self,
                                          gboolean    revealed);
int          kb_chart_get_hidden_after  (KbChart     *self);
void         kb_chart_set_target_year   (KbChart     *self,
                                         int          year);
gboolean     kb_chart_get_outcome       (KbChart     *self,
                                         KbMeasuresOutcome *outcome);

GPtrArray   *kb_chart_get_sectors       (KbChart     *self);
GPtrArray   *kb_chart_get_ranking       (KbChart     *self);
KbSeries    *kb_chart_get_total         (KbChart     *self);
char        *kb_chart_dup_years_without_total (KbChart *self,
                                               int      first,
                                               int      last,
                                               guint   *n_years);
void              kb_chart_set_budget_from_year (KbChart *self,
                                                 int      year);
gboolean          kb_chart_has_national_target (KbChart *self);
int               kb_chart_get_release         (KbChart *self);
void              kb_chart_set_release         (KbChart *self,
                                                int      release);
int               kb_chart_get_shown_release   (KbChart *self);
GArray           *kb_chart_list_releases       (KbChart *self);
const KbTargetGap *kb_chart_get_gap     (KbChart     *self);
char        *kb_chart_dup_title         (KbChart     *self);
char        *kb_chart_dup_subtitle      (KbChart     *self);
char        *kb_chart_dup_source_line   (KbChart     *self);

/* The car chart's rows: the municipality, its county and Sweden. */
GPtrArray   *kb_car_fuels_regions       (KbChart     *chart);

/* A stacked chart's bands (kb_chart_get_stack ()): band s of year y from
 * lower[s * n_years + y] to upper[…], the band past the last sector what
 * the source did not publish; years @drawable, and @complete where every
 * part is published. */
typedef struct
{
  GPtrArray *sectors;       /* the chart's sectors, largest first (not owned) */
  guint      n_years;       /* the total's years */
  double    *lower;
  double    *upper;
  gboolean  *drawable;
  gboolean  *complete;
  double     lowest_share;  /* as shares: the removals' depth, in % (≤ 0) */
} KbChartStack;

/* A year of a stack's parts, as every view of it counts them: the
 * drawing, the one-year bar, the read-out and the exported numbers. */
typedef struct
{
  double   positive;   /* the parts above zero, summed */
  double   negative;   /* the removals, summed (≤ 0) */
  double   unreported; /* what the source did not publish of its total where a part is
                        * suppressed (0 where every part is published); NAN where no
                        * published total says how much */
  double   base;       /* the shares' base: the emissions before removals, with what is
                        * unpublished; NAN where it is not known */
  gboolean complete;   /* every part published */
  gboolean filtered;   /* some sectors of all: the base and what is unpublished are the whole's */
} KbYearParts;

void        kb_chart_get_year_parts (KbChart     *self,
                                     GPtrArray   *parts,
                                     int          year,
                                     KbYearParts *out);
const KbChartStack *kb_chart_get_stack (KbChart *self);

G_END_DECLS
