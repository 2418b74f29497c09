/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-trend"

#include "config.h"

#include <math.h>

#include "kb-trend.h"

static double
absolute_deviation (const double *x,
                    const double *y,
                    guint         n,
                    double        slope,
                    double        intercept)
{
  double sum = 0;

  for (guint i = 0; i < n; i++)
    sum += fabs (y[i] - (intercept + slope * x[i]));
  return sum;
}

/* The slope of the least-absolute-deviations line through (x, y).
 * Some optimal line passes through two of the points, so every pair is
 * tried (exact, and cheap for the dozen annual totals it is used on).
 * With an even number of points several lines can be optimal, and every
 * slope between the least and the greatest of theirs is optimal too: the
 * middle of that range is returned, so a tie has one answer, whatever
 * the order of the points. */
double
kb_lad_slope (const double *x,
              const double *y,
              guint         n)
{
  double best = INFINITY, lowest = NAN, highest = NAN;
  gboolean found = FALSE;

  g_return_val_if_fail (n >= 2, NAN);

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        double slope, intercept, cost, tolerance;

        if (x[i] == x[j])
          continue;

        slope = (y[j] - y[i]) / (x[j] - x[i]);
        intercept = y[i] - slope * x[i];
        cost = absolute_deviation (x, y, n, slope, intercept);
        /* Costs equal up to rounding are ties. */
        tolerance = 1e-9 * MAX (fabs (cost), 1.0);

        if (!found || cost < best - tolerance)
          {
            found = TRUE;
            best = cost;
            lowest = highest = slope;
          }
        else if (cost <= best + tolerance)
          {
            lowest = MIN (lowest, slope);
            highest = MAX (highest, slope);
          }
      }

  return found ? (lowest + highest) / 2 : NAN;
}

/* Fits the trend the way Klimatkollen publishes it: a least-absolute-
 * deviations line through the observed values from @from_year on, moved
 * to pass through the last observation. FALSE with fewer than two. */
gboolean
kb_trend_fit_lad (KbSeries *series,
                  int       from_year,
                  KbTrend  *trend)
{
  g_autofree double *x = NULL;
  g_autofree double *y = NULL;
  guint n = 0, n_years;

  g_return_val_if_fail (KB_IS_SERIES (series), FALSE);
  g_return_val_if_fail (trend != NULL, FALSE);

  n_years = kb_series_get_n_years (series);
  x = g_new (double, n_years);
  y = g_new (double, n_years);

  for (guint i = 0; i < n_years; i++)
    {
      int year = kb_series_get_year (series, i);

      if (year >= from_year && kb_series_get_value_at (series, i, &y[n]))
        x[n++] = year;
    }

  if (n < 2)
    return FALSE;

  trend->slope = kb_lad_slope (x, y, n);
  trend->anchor_year = (int)x[n - 1];
  trend->anchor_value = y[n - 1];
  trend->n_points = n;
  return TRUE;
}

double
kb_trend_value (const KbTrend *trend,
                double         year)
{
  return trend->anchor_value + trend->slope * (year - trend->anchor_year);
}

/* The first whole year in which the trend is at or below @level, or
 * KB_TREND_NEVER when it never gets there. */
int
kb_trend_year_reaching (const KbTrend *trend,
                        double         level)
{
  double crossing;

  if (trend->anchor_value <= level)
    return trend->anchor_year;
  if (trend->slope >= 0)
    return KB_TREND_NEVER;

  crossing = trend->anchor_year + (level - trend->anchor_value) / trend->slope;
  return (int)ceil (crossing - 1e-9);
}

/* The least-squares slope through (x, y). */
double
kb_ols_slope (const double *x,
              const double *y,
              guint         n)
{
  double mx = 0, my = 0, sxy = 0, sxx = 0;

  g_return_val_if_fail (n >= 2, NAN);

  for (guint i = 0; i < n; i++)
    mx += x[i], my += y[i];
  mx /= n, my /= n;
  for (guint i = 0; i < n; i++)
    {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
  return sxx > 0 ? sxy / sxx : NAN;
}

/* The spread of reasonable trends: the least and greatest slope of the
 * LAD line, the least-squares line and the LAD lines with each year left
 * out in turn. A single extrapolation is not a forecast; the band drawn
 * between these says how much the choice of fit matters. */
gboolean
kb_trend_slope_range (KbSeries *series,
                      int       from_year,
                      double   *lowest,
                      double   *highest)
{
  g_autofree double *x = NULL;
  g_autofree double *y = NULL;
  g_autofree double *xs = NULL;
  g_autofree double *ys = NULL;
  guint n = 0, n_years;
  double slope;

  g_return_val_if_fail (KB_IS_SERIES (series), FALSE);

  n_years = kb_series_get_n_years (series);
  x = g_new (double, n_years);
  y = g_new (double, n_years);
  for (guint i = 0; i < n_years; i++)
    if (kb_series_get_year (series, i) >= from_year && kb_series_get_value_at (series, i, &y[n]))
      x[n++] = kb_series_get_year (series, i);
  if (n < 2)
    return FALSE;

  *lowest = *highest = kb_lad_slope (x, y, n);
  slope = kb_ols_slope (x, y, n);
  *lowest = MIN (*lowest, slope);
  *highest = MAX (*highest, slope);

  if (n >= 4)
    {
      xs = g_new (double, n - 1);
      ys = g_new (double, n - 1);
      for (guint skip = 0; skip < n; skip++)
        {
          guint m = 0;

          for (guint i = 0; i < n; i++)
            if (i != skip)
              xs[m] = x[i], ys[m++] = y[i];
          slope = kb_lad_slope (xs, ys, m);
          *lowest = MIN (*lowest, slope);
          *highest = MAX (*highest, slope);
        }
    }
  return TRUE;
}
