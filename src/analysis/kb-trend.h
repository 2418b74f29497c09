/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "model/kb-series.h"

G_BEGIN_DECLS

#define KB_TREND_FROM_YEAR 2015
#define KB_TREND_NEVER 0
/* Beyond this year a straight trend's crossing is not read out as a year. */
#define KB_TREND_HORIZON 2100

/* A straight trend carried forward from the last observation. */
typedef struct
{
  double slope;        /* per year */
  int    anchor_year;  /* the last observed year */
  double anchor_value; /* its value: the trend starts where the data ends */
  guint  n_points;     /* observations the fit used */
} KbTrend;

gboolean kb_trend_fit_lad       (KbSeries     *series,
                                 int           from_year,
                                 KbTrend      *trend);
double   kb_lad_slope           (const double *x,
                                 const double *y,
                                 guint         n);
double   kb_ols_slope           (const double *x,
                                 const double *y,
                                 guint         n);
gboolean kb_trend_slope_range   (KbSeries     *series,
                                 int           from_year,
                                 double       *lowest,
                                 double       *highest);
double   kb_trend_value         (const KbTrend *trend,
                                 double         year);
int      kb_trend_year_reaching (const KbTrend *trend,
                                 double         level);

G_END_DECLS
