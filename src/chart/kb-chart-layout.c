/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-chart-layout"

#include "config.h"

#include <math.h>

#include "kb-chart-layout.h"

/* Sizes are designed at 1920×1080 and scale with the chart, never below
 * what a screen can show legibly. */
#define DESIGN_WIDTH 1920.0
#define DESIGN_HEIGHT 1080.0
#define SIDE_FRACTION 0.27
#define TARGET_MARGIN_YEARS 5

double
kb_nice_step (double range,
              int    max_ticks)
{
  double raw, magnitude, norm;

  if (!(range > 0) || max_ticks < 1)
    return 1;

  raw = range / max_ticks;
  magnitude = pow (10, floor (log10 (raw)));
  norm = raw / magnitude;
  if (norm <= 1)
    return magnitude;
  if (norm <= 2)
    return 2 * magnitude;
  if (norm <= 2.5)
    return 2.5 * magnitude;
  if (norm <= 5)
    return 5 * magnitude;
  return 10 * magnitude;
}

/* The sums of a year's positive and of its negative sector values: a
 * stack grows up from zero with emissions and down with removals. */
void
kb_stack_by_sign (GPtrArray *sectors,
                  int        year,
                  double    *positive,
                  double    *negative)
{
  *positive = *negative = 0;
  for (guint i = 0; i < sectors->len; i++)
    {
      double v;

      if (kb_series_get_value (g_ptr_array_index (sectors, i), year, &v))
        {
          if (v >= 0)
            *positive += v;
          else
            *negative += v;
        }
    }
}

/* The height of @text at @px, wrapped at @width (if > 0) as the renderer
 * wraps it. */
static double
wrapped_text_height (PangoContext *context,
                     double        px,
                     const char   *text,
                     double        width)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string ("Cantarell");
  int h;

  pango_font_description_set_absolute_size (font, px * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
    }
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  pango_layout_get_pixel_size (layout, NULL, &h);
  pango_font_description_free (font);
  return h;
}

/* The height of a line of text at @px. */
static double
text_height (PangoContext *context,
             double        px)
{
  return wrapped_text_height (context, px, "Åg", 0);
}

static void
value_range (KbChart *chart,
             double  *lo,
             double  *hi)
{
  KbSeries *total = kb_chart_get_total (chart);
  GPtrArray *sectors = kb_chart_get_sectors (chart);
  gboolean filtered = kb_chart_get_sector_filter (chart) != NULL;

  *lo = 0;
  *hi = 0;
  if (total == NULL)
    return;

  for (guint i = 0; i < kb_series_get_n_years (total); i++)
    {
      int year = kb_series_get_year (total, i);
      double positive, negative, v;

      /* Energy's categories picked out are a stack of their own too. */
      if (kb_chart_get_kind (chart) == KB_CHART_KIND_SECTOR_TREND ||
          (filtered && kb_chart_get_kind (chart) == KB_CHART_KIND_ENERGY))
        {
          kb_stack_by_sign (sectors, year, &positive, &negative);
          *hi = MAX (*hi, positive);
          *lo = MIN (*lo, negative);
          /* A published total above its published parts: the hatched part
           * reaches it. With sectors picked out, the total is not drawn
           * and the hatched part is theirs (below): the axis is theirs,
           * not the whole's (Kiruna's foreign transport alone drew zeros
           * on an axis to 800 kt). */
          if (!filtered && kb_series_get_value_at (total, i, &v))
            *hi = MAX (*hi, v - negative);
        }
      else if (kb_series_get_value_at (total, i, &v))
        {
          *hi = MAX (*hi, v);
          *lo = MIN (*lo, v);
        }
    }
  if (filtered && (kb_chart_get_kind (chart) == KB_CHART_KIND_SECTOR_TREND ||
                   kb_chart_get_kind (chart) == KB_CHART_KIND_ENERGY) &&
      kb_chart_layout_body (chart) == KB_BODY_STACKED && !kb_chart_get_share (chart))
    {
      const KbChartStack *stack = kb_chart_get_stack (chart);
      guint n_years = kb_series_get_n_years (total), top = stack->sectors->len * n_years;

      for (guint y = 0; y < n_years; y++)
        if (stack->drawable[y])
          *hi = MAX (*hi, stack->upper[top + y]);
    }
}

/* Whether @chart is drawn as stacked areas over the years. */
static gboolean
draws_stacked_years (KbChart *chart)
{
  KbChartKind kind = kb_chart_get_kind (chart);

  return (kind == KB_CHART_KIND_SECTOR_TREND || kind == KB_CHART_KIND_ENERGY) &&
         (kb_chart_get_trend_style (chart) == KB_TREND_STYLE_STACKED || kb_chart_get_share (chart)) &&
         !kb_chart_is_year_chosen (chart) && !kb_chart_get_relative (chart) && kb_chart_get_sectors (chart)->len > 0;
}

/* Whether every part of @chart has a value in @year. */
static gboolean
year_complete (KbChart *chart,
               int      year)
{
  GPtrArray *sectors = kb_chart_get_sectors (chart);

  for (guint i = 0; i < sectors->len; i++)
    if (!kb_series_get_value (g_ptr_array_index (sectors, i), year, NULL))
      return FALSE;
  return TRUE;
}

/* Whether the values axis reads tonnes in thousands (kt) and MWh in GWh:
 * all but shares, indexes and values per inhabitant. */
gboolean
kb_chart_layout_in_thousands (KbChart *chart)
{
  return !(kb_chart_get_relative (chart) || kb_chart_get_share (chart) || kb_chart_get_per_capita (chart));
}

KbChartBody
kb_chart_layout_body (KbChart *chart)
{
  switch (kb_chart_get_kind (chart))
    {
    case KB_CHART_KIND_TARGET_GAP: return KB_BODY_TARGET;
    case KB_CHART_KIND_SECTOR_RANKING: return KB_BODY_RANKING;
    case KB_CHART_KIND_SECTOR_CHANGE: return KB_BODY_CHANGE;
    case KB_CHART_KIND_COMPARE: return KB_BODY_COMPARE;
    case KB_CHART_KIND_MODE_SHARE: return KB_BODY_MODE_SHARE;
    case KB_CHART_KIND_MEASURES: return KB_BODY_MEASURES;
    case KB_CHART_KIND_SECTOR_MEASURES: return KB_BODY_SECTOR_MEASURES;
    case KB_CHART_KIND_COST_CURVE: return KB_BODY_COST_CURVE;
    case KB_CHART_KIND_INVESTMENT: return KB_BODY_INVESTMENT;
    case KB_CHART_KIND_ACTORS: return KB_BODY_ACTORS;
    case KB_CHART_KIND_CAR_FUELS: return KB_BODY_CAR_FUELS;
    case KB_CHART_KIND_SECTOR_TREND:
    case KB_CHART_KIND_ENERGY:
    default:
      {
        /* Shares are parts of a whole: stacked, whatever the style. */
        gboolean stacked = kb_chart_get_trend_style (chart) == KB_TREND_STYLE_STACKED || kb_chart_get_share (chart);

        /* A total without parts (a municipality whose sectors are not
         * loaded) is a line, whatever the style. */
        if (kb_chart_get_sectors (chart)->len == 0)
          return KB_BODY_LINES;
        if (stacked && kb_chart_is_year_chosen (chart))
          return KB_BODY_YEAR_BAR;
        if (stacked && !kb_chart_get_relative (chart))
          return KB_BODY_STACKED;
        return KB_BODY_LINES;
      }
    }
}

/* The value a line of the lines body draws at @index of @series: as an
 * index where the chart is relative (first year = 100); none where the
 * guessing game hides its answer. */
gboolean
kb_chart_line_value (KbChart  *chart,
                     KbSeries *series,
                     guint     index,
                     double   *value)
{
  int hidden_after = kb_chart_get_hidden_after (chart);
  double first;

  if (hidden_after != 0 && kb_series_get_year (series, index) > hidden_after)
    return FALSE;
  if (!kb_series_get_value_at (series, index, value))
    return FALSE;
  if (!kb_chart_get_relative (chart))
    return TRUE;
  /* An index needs a first value to divide by. */
  if (!kb_series_get_value_at (series, 0, &first) || first == 0)
    return FALSE;
  *value = *value / first * 100.0;
  return TRUE;
}

/* The lines body's values axis: every line's values. The guessing game's
 * is of the history shown, with half its range again above it to draw in,
 * and of the guesses drawn: fitted to the hidden answer too, it told a
 * workshop that Kiruna's emissions went higher. Shown, the answer widens
 * it only where it needs more room. */
static void
fit_lines (KbChart       *chart,
           KbChartLayout *l)
{
  KbSeries *total = kb_chart_get_total (chart);
  g_autoptr(GPtrArray) no_sectors = g_ptr_array_new ();
  int guess_year = kb_chart_get_guess_year (chart);
  /* A guess is of the total: the game draws that alone. */
  GPtrArray *sectors = guess_year != 0 ? no_sectors : kb_chart_get_sectors (chart);
  double lo = 0, hi = 0, answer = 0;

  for (guint s = 0; s <= sectors->len; s++)
    {
      KbSeries *series = s < sectors->len ? g_ptr_array_index (sectors, s) : total;

      for (guint i = 0; i < kb_series_get_n_years (series); i++)
        {
          double v;

          if (!kb_chart_line_value (chart, series, i, &v))
            continue;
          if (guess_year != 0 && kb_series_get_year (series, i) > guess_year)
            answer = MAX (answer, v), lo = MIN (lo, v);
          else
            lo = MIN (lo, v), hi = MAX (hi, v);
        }
    }
  if (guess_year != 0)
    {
      KbGuesses *guesses = kb_chart_get_guesses (chart);

      hi = MAX (hi + 0.5 * (hi - lo), answer);
      for (guint g = 0; guesses != NULL && g < kb_guesses_get_n_guesses (guesses); g++)
        for (guint p = 0; p < kb_guesses_get_n_points (guesses, g); p++)
          {
            double year, v;

            kb_guesses_get_point (guesses, g, p, &year, &v);
            hi = MAX (hi, v), lo = MIN (lo, v);
          }
    }
  if (hi <= lo)
    hi = lo + (kb_chart_layout_in_thousands (chart) ? 1000 : 1);
  l->y_step = kb_nice_step (hi - lo, 7);
  l->y_max = ceil (hi * 1.02 / l->y_step) * l->y_step;
  l->y_min = lo < 0 ? floor (lo * 1.02 / l->y_step) * l->y_step : 0;
}

/* Whether the stacked chart draws the total's @index-th year as a column
 * (not inside an area): a year some part of lacks, or a complete year
 * whose neighbour in the data is not (Norrköping's energy 2020). */
static gboolean
drawn_as_column (KbChart  *chart,
                 KbSeries *total,
                 guint     index)
{
  guint n = kb_series_get_n_years (total);

  if (!year_complete (chart, kb_series_get_year (total, index)))
    return TRUE;
  return !((index > 0 && year_complete (chart, kb_series_get_year (total, index - 1))) ||
           (index + 1 < n && year_complete (chart, kb_series_get_year (total, index + 1))));
}

static void
compute_axes (KbChart       *chart,
              KbChartLayout *layout)
{
  KbSeries *total = kb_chart_get_total (chart);
  const KbTargetGap *gap = kb_chart_get_gap (chart);
  double lo, hi;
  int last_year;

  layout->x_min = 1990;
  layout->x_max = 2025;
  if (total != NULL && kb_series_get_n_years (total) > 0)
    {
      layout->x_min = kb_series_get_year (total, 0);
      if (kb_series_get_latest (total, &last_year, NULL))
        layout->x_max = last_year;
    }

  if (kb_chart_get_kind (chart) == KB_CHART_KIND_TARGET_GAP && gap != NULL)
    {
      layout->x_min = MIN (layout->x_min, gap->baseline_year);
      layout->x_max = kb_target_get_last_year (kb_chart_get_target (chart)) + TARGET_MARGIN_YEARS;
    }
  if (layout->x_max <= layout->x_min)
    layout->x_max = layout->x_min + 1;
  /* A stacked chart draws a year whose parts are not all published as a
   * column around it: at the chart's ends, whole. */
  if (draws_stacked_years (chart) && total != NULL && kb_series_get_n_years (total) > 0)
    {
      guint last = kb_series_get_n_years (total) - 1;

      while (last > 0 && kb_series_get_year (total, last) > (int)layout->x_max)
        last--;
      if (drawn_as_column (chart, total, 0))
        layout->x_min -= 0.5;
      if (drawn_as_column (chart, total, last))
        layout->x_max += 0.5;
    }
  layout->x_step = kb_nice_step (layout->x_max - layout->x_min, 8);
  /* Whole years: a tick at 2007.5 would be labelled 2008. */
  layout->x_step = MAX (floor (layout->x_step), 1);

  value_range (chart, &lo, &hi);
  /* A rising trend, drawn to the chart's end, is never cut at its top. */
  if (kb_chart_get_kind (chart) == KB_CHART_KIND_TARGET_GAP && gap != NULL && gap->have_trend)
    hi = MAX (hi, kb_trend_value (&gap->trend, layout->x_max));
  /* Nothing but zeros (Kiruna's foreign transport): an axis of one unit
   * as it reads, 1 kt, not 1 t in thousandths. */
  if (hi <= lo)
    hi = lo + (kb_chart_layout_in_thousands (chart) ? 1000 : 1);
  layout->y_step = kb_nice_step (hi - lo, 7);
  layout->y_max = ceil (hi * 1.02 / layout->y_step) * layout->y_step;
  layout->y_min = lo < 0 ? floor (lo * 1.02 / layout->y_step) * layout->y_step : 0;

  if (total == NULL)
    return;
  if (kb_chart_layout_body (chart) == KB_BODY_LINES)
    fit_lines (chart, layout);
  /* Stacked as shares: 0–100 %, and below zero as deep as removals reach. */
  if (kb_chart_layout_body (chart) == KB_BODY_STACKED && kb_chart_get_share (chart))
    {
      double lowest = kb_chart_get_stack (chart)->lowest_share;

      layout->y_max = 100;
      layout->y_step = 20;
      layout->y_min = lowest < 0 ? floor (lowest / 20) * 20 : 0;
    }
}

void
kb_chart_layout_compute (KbChart       *chart,
                         PangoContext  *context,
                         double         width,
                         double         height,
                         KbChartLayout *layout)
{
  double scale, title_h, subtitle_h, body_h, small_h, top, bottom, side_width;

  g_return_if_fail (KB_IS_CHART (chart));
  g_return_if_fail (layout != NULL);

  *layout = (KbChartLayout) { .width = width, .height = height };
  scale = MIN (width / DESIGN_WIDTH, height / DESIGN_HEIGHT);

  /* The floors keep a chart in a window as legible as the window's own text. */
  layout->title_px = MAX (44 * scale, 21);
  layout->subtitle_px = MAX (28 * scale, 15);
  layout->body_px = MAX (24 * scale, 13.5);
  layout->small_px = MAX (20 * scale, 12);
  layout->pad = MAX (40 * scale, 12);
  layout->line_width = MAX (4 * scale, 2.2);

  title_h = text_height (context, layout->title_px);
  subtitle_h = text_height (context, layout->subtitle_px);
  body_h = text_height (context, layout->body_px);
  small_h = text_height (context, layout->small_px);

  layout->title = (KbRect) { layout->pad, layout->pad, width - 2 * layout->pad, title_h };
  layout->subtitle = (KbRect) { layout->pad, layout->title.y + title_h,
                                width - 2 * layout->pad, subtitle_h };
  /* A source of two lines (a plan's beside the data's) has room for both. */
  {
    g_autofree char *source = kb_chart_dup_source_line (chart);
    double source_h = MAX (small_h, wrapped_text_height (context, layout->small_px, source, width - 2 * layout->pad));

    layout->source = (KbRect) { layout->pad, height - layout->pad - source_h, width - 2 * layout->pad, source_h };
  }

  /* Room above the plot for the unit label, below it for the year labels. */
  top = layout->subtitle.y + subtitle_h + body_h * 2.4;
  bottom = layout->source.y - body_h * 2.4;
  side_width = width * SIDE_FRACTION;

  /* Leave the value labels' width left of the plot. */
  layout->plot.x = layout->pad + body_h * 3.4;
  layout->plot.y = top;
  layout->plot.width = MAX (width - layout->plot.x - side_width - layout->pad, 10);
  layout->plot.height = MAX (bottom - top, 10);

  layout->side = (KbRect) { layout->plot.x + layout->plot.width + layout->pad, top,
                            side_width - layout->pad, layout->plot.height };

  compute_axes (chart, layout);
}

/* Labels stacked down a column without overlaps: @tops, sorted, are where
 * each would start; each is moved down below the one above it, then back
 * up from @bottom, and never above @top (when all do not fit, the first
 * ones are pinned at @top and overlap there). */
void
kb_chart_layout_spread (double       *tops,
                        const double *heights,
                        guint         n,
                        double        top,
                        double        bottom)
{
  for (guint i = 0; i < n; i++)
    tops[i] = MAX (tops[i], i > 0 ? tops[i - 1] + heights[i - 1] : top);
  for (guint i = n; i > 0; i--)
    {
      double limit = i < n ? tops[i] : bottom;

      tops[i - 1] = MAX (MIN (tops[i - 1], limit - heights[i - 1]), top);
    }
}

double
kb_chart_layout_x (const KbChartLayout *layout,
                   double               year)
{
  return layout->plot.x +
         (year - layout->x_min) / (layout->x_max - layout->x_min) * layout->plot.width;
}

double
kb_chart_layout_y (const KbChartLayout *layout,
                   double               value)
{
  return layout->plot.y + layout->plot.height -
         (value - layout->y_min) / (layout->y_max - layout->y_min) * layout->plot.height;
}

/* The year at pixel @x: kb_chart_layout_x() undone. */
double
kb_chart_layout_year (const KbChartLayout *layout,
                      double               x)
{
  return layout->x_min + (x - layout->plot.x) / layout->plot.width * (layout->x_max - layout->x_min);
}

/* The value at pixel @y: kb_chart_layout_y() undone. */
double
kb_chart_layout_value (const KbChartLayout *layout,
                       double               y)
{
  return layout->y_min +
         (layout->plot.y + layout->plot.height - y) / layout->plot.height * (layout->y_max - layout->y_min);
}
