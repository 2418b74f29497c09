/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <glib/gstdio.h>
#include <string.h>

#include "chart/kb-chart-export.h"
#include "chart/kb-chart-render.h"
#include "chart/kb-palette.h"
#include "import/kb-import.h"
#include "chart/kb-chart-text.h"
#include "model/kb-guesses.h"
#include "kb-test-render.h"
#include "kb-test-util.h"

#define WIDTH 1200
#define HEIGHT 800

static KbChart *
linkoping_chart (KbChartKind kind)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(KbTarget) target = kb_target_new_default ();
  KbChart *chart = kb_chart_new (kind, dataset, "0580");

  kb_chart_set_target (chart, target);
  kb_chart_set_trend_style (chart, KB_TREND_STYLE_STACKED);
  return chart;
}


static KbColor
pixel (cairo_surface_t *surface,
       double           x,
       double           y)
{
  guint32 argb;
  int ix = (int)round (x), iy = (int)round (y);

  g_assert_cmpint (ix, >=, 0);
  g_assert_cmpint (iy, >=, 0);
  g_assert_cmpint (ix, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (iy, <, cairo_image_surface_get_height (surface));
  argb = *(guint32 *)(cairo_image_surface_get_data (surface) +
                      iy * cairo_image_surface_get_stride (surface) + ix * 4);
  return (KbColor) { (argb >> 16 & 0xFF) / 255.0, (argb >> 8 & 0xFF) / 255.0, (argb & 0xFF) / 255.0 };
}

static gboolean
near (KbColor a,
      KbColor b,
      double  tolerance)
{
  return fabs (a.red - b.red) <= tolerance && fabs (a.green - b.green) <= tolerance &&
         fabs (a.blue - b.blue) <= tolerance;
}

static void
assert_color_at (KbTestRender   *r,
                 double      year,
                 double      value,
                 KbColor     expected,
                 const char *what)
{
  double x = kb_chart_layout_x (&r->layout, year), y = kb_chart_layout_y (&r->layout, value);
  KbColor got = pixel (r->surface, x, y);

  if (!near (got, expected, 0.06))
    g_error ("%s at %g, %g (pixel %.0f, %.0f): expected #%02x%02x%02x, got #%02x%02x%02x",
             what, year, value, x, y,
             (int)(expected.red * 255), (int)(expected.green * 255), (int)(expected.blue * 255),
             (int)(got.red * 255), (int)(got.green * 255), (int)(got.blue * 255));
}

static void
test_target_gap_pixels (void)
{
  g_autoptr(KbChart) chart = linkoping_chart (KB_CHART_KIND_TARGET_GAP);
  const KbTargetGap *gap = kb_chart_get_gap (chart);
  KbTestRender r;

  g_assert_nonnull (gap);
  kb_test_render (chart, WIDTH, HEIGHT, &r);

  g_assert_cmpint (cairo_image_surface_get_width (r.surface), ==, WIDTH);
  /* The axes span 1990 to five years after the last milestone. */
  g_assert_cmpfloat (r.layout.x_min, ==, 1990);
  g_assert_cmpfloat (r.layout.x_max, ==, 2050);
  g_assert_cmpfloat (r.layout.y_max, >=, 1237762.39);

  /* History markers sit on the published totals. */
  assert_color_at (&r, 1990, 1237762.39, kb_ink_light.history, "1990 marker");
  assert_color_at (&r, 2010, 878242.89, kb_ink_light.history, "2010 marker");
  assert_color_at (&r, 2024, 736445.33, kb_ink_light.history, "2024 marker");
  /* The target path's milestones: 30 % and 15 % of 1990. */
  assert_color_at (&r, 2030, 0.30 * 1237762.39, kb_ink_light.target, "2030 milestone");
  assert_color_at (&r, 2045, 0.15 * 1237762.39, kb_ink_light.target, "2045 milestone");
  /* Where no series runs the page is white, or the future's light shade. */
  assert_color_at (&r, 1995, 300000, kb_ink_light.background, "empty plot area");
  g_assert_true (near (pixel (r.surface, kb_chart_layout_x (&r.layout, 2035),
                              kb_chart_layout_y (&r.layout, 1100000)),
                       (KbColor) { 0.93, 0.93, 0.93 }, 0.04));

  cairo_surface_destroy (r.surface);
}

static void
test_trend_line_drawn (void)
{
  g_autoptr(KbChart) chart = linkoping_chart (KB_CHART_KIND_TARGET_GAP);
  const KbTargetGap *gap = kb_chart_get_gap (chart);
  guint hits = 0;
  KbTestRender r;

  kb_test_render (chart, WIDTH, HEIGHT, &r);
  /* The trend is dashed: most samples along it, not all, are its colour. */
  for (double year = 2025; year <= 2049; year += 0.25)
    {
      KbColor c = pixel (r.surface, kb_chart_layout_x (&r.layout, year),
                         kb_chart_layout_y (&r.layout, kb_trend_value (&gap->trend, year)));
      hits += near (c, kb_ink_light.trend, 0.1);
    }
  g_assert_cmpuint (hits, >, 40);
  cairo_surface_destroy (r.surface);
}

static double
colour_distance (KbColor a,
                 KbColor b)
{
  return fabs (a.red - b.red) + fabs (a.green - b.green) + fabs (a.blue - b.blue);
}

/* The gap's bar in the latest year: red where emissions are above the
 * path (Linköping), the target's green where they are below it, ahead
 * of the target (Danderyd against Sweden's path). */
static void
test_gap_marker_colour (void)
{
  const struct { const char *code; gboolean ahead; } regions[] = { { "0580", FALSE }, { "0162", TRUE } };

  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    {
      g_autoptr(KbDataset) dataset = kb_import_default ();
      g_autoptr(KbTarget) target = kb_target_new_for_region (regions[i].code);
      g_autoptr(KbChart) chart = kb_chart_new (KB_CHART_KIND_TARGET_GAP, dataset, regions[i].code);
      const KbTargetGap *gap;
      KbTestRender r;

      kb_chart_set_target (chart, target);
      gap = kb_chart_get_gap (chart);
      g_assert_nonnull (gap);
      g_assert_cmpint (gap->latest_value < gap->path_value_latest, ==, regions[i].ahead);
      kb_test_render (chart, WIDTH, HEIGHT, &r);
      {
        /* A thin line, antialiased: its pixel is nearer its own colour
         * than the other. */
        KbColor got = pixel (r.surface, kb_chart_layout_x (&r.layout, gap->latest_year),
                             kb_chart_layout_y (&r.layout, (gap->latest_value + gap->path_value_latest) / 2));
        KbColor own = regions[i].ahead ? kb_ink_light.target : kb_ink_light.trend;
        KbColor other = regions[i].ahead ? kb_ink_light.trend : kb_ink_light.target;

        g_assert_cmpfloat (colour_distance (got, own), <, 0.5 * colour_distance (got, other));
      }
      cairo_surface_destroy (r.surface);
    }
}

/* The spread of reasonable fits holds the trend: where the band leaves
 * the plot at zero it is cut there, each edge keeping its slope (Danderyd's
 * trend, the lowest fit, reaches zero in 2044; squeezed onto the axis at
 * 2050 the band lay above it). */
static void
test_trend_band_holds_trend (void)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(KbTarget) target = kb_target_new_for_region ("0162");
  g_autoptr(KbChart) chart = kb_chart_new (KB_CHART_KIND_TARGET_GAP, dataset, "0162");
  const KbTargetGap *gap;
  KbTestRender r;

  kb_chart_set_target (chart, target);
  gap = kb_chart_get_gap (chart);
  g_assert_true (gap->have_trend);
  g_assert_cmpfloat (gap->trend.slope, <=, gap->slope_highest);
  g_assert_cmpfloat (kb_trend_value (&gap->trend, 2050), <, 0);
  kb_test_render (chart, WIDTH, HEIGHT, &r);
  for (int year = 2036; year <= 2042; year += 2)
    {
      double trend = kb_trend_value (&gap->trend, year);
      double upper = gap->trend.anchor_value + gap->slope_highest * (year - gap->trend.anchor_year);
      KbColor c = pixel (r.surface, kb_chart_layout_x (&r.layout, year),
                         kb_chart_layout_y (&r.layout, (trend + upper) / 2));

      /* The band's tint, not the bare shade of the years ahead. */
      if (near (c, (KbColor) { 0.93, 0.93, 0.93 }, 0.03))
        g_error ("%d: no band between the trend (%.0f t) and its upper edge (%.0f t)", year, trend, upper);
    }
  cairo_surface_destroy (r.surface);
}

/* A milestone's label stays off the trend and its band: Danderyd's
 * falling trend runs under its 2045 marker, where the label usually goes,
 * so the label goes above the path and nothing of the target's colour is
 * left under the marker. */
static void
test_milestone_label_off_trend (void)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(KbTarget) target = kb_target_new_for_region ("0162");
  g_autoptr(KbChart) chart = kb_chart_new (KB_CHART_KIND_TARGET_GAP, dataset, "0162");
  const KbMilestone *last;
  const KbTargetGap *gap;
  double level, right, top, body;
  guint green = 0, rim = 0;
  KbTestRender r;

  kb_chart_set_target (chart, target);
  gap = kb_chart_get_gap (chart);
  last = kb_target_get_milestone (target, kb_target_get_n_milestones (target) - 1);
  g_assert_cmpint (last->year, ==, 2045);
  level = gap->baseline_value * (1.0 - last->reduction_pct / 100.0);
  /* The trend is under the marker's level before 2045. */
  g_assert_cmpfloat (kb_trend_value (&gap->trend, 2040), <, level);
  g_assert_cmpfloat (kb_trend_value (&gap->trend, 2040), >, 0);

  kb_test_render (chart, WIDTH, HEIGHT, &r);
  body = r.layout.body_px;
  right = kb_chart_layout_x (&r.layout, 2045) - body * 0.6;
  top = kb_chart_layout_y (&r.layout, level) + body * 0.3;
  for (double y = top; y < top + body * 1.2; y++)
    for (double x = right - body * 6; x < right; x++)
      green += near (pixel (r.surface, x, y), kb_ink_light.target, 0.15);
  g_assert_cmpuint (green, ==, 0);
  /* It is drawn above instead: its rim, the page's white, shows on the
   * grey of the years ahead, where nothing else is white. */
  for (double y = top - body * 5; y < top - body * 0.3; y++)
    for (double x = right - body * 6; x < right; x++)
      rim += near (pixel (r.surface, x, y), kb_ink_light.background, 0.02);
  g_assert_cmpuint (rim, >, 50);
  cairo_surface_destroy (r.surface);
}

/* A note on the time axis keeps a rim of the page's colour around its
 * letters, so it reads on the dark band of a stack of shares. */
static void
test_note_readable_on_band (void)
{
  g_autoptr(KbChart) chart = linkoping_chart (KB_CHART_KIND_SECTOR_TREND);
  double left, top, small;
  guint rim = 0, ink = 0;
  KbTestRender r;

  kb_chart_set_share (chart, TRUE);
  kb_chart_add_annotation (chart, 2005, "Ny bro");
  kb_test_render (chart, WIDTH, HEIGHT, &r);
  small = r.layout.small_px;
  left = kb_chart_layout_x (&r.layout, 2005) + small * 0.4;
  top = r.layout.plot.y + small * 1.6;
  /* Beside the note, the band: no page colour. */
  g_assert_false (near (pixel (r.surface, left - small, top + small * 0.6), kb_ink_light.background, 0.1));
  for (double y = top; y < top + small * 1.3; y++)
    for (double x = left; x < left + small * 4; x++)
      {
        KbColor c = pixel (r.surface, x, y);

        rim += near (c, kb_ink_light.background, 0.1);
        ink += near (c, kb_ink_light.text, 0.15);
      }
  g_assert_cmpuint (ink, >, 10);
  g_assert_cmpuint (rim, >, ink / 2);
  cairo_surface_destroy (r.surface);
}

/* Coloured pixels (a bar's, not text's grey) in the plot of @r. */
static guint
coloured_in_plot (KbTestRender *r)
{
  guint n = 0;

  for (int y = r->layout.plot.y; y < r->layout.plot.y + r->layout.plot.height; y++)
    for (int x = r->layout.plot.x; x < r->layout.plot.x + r->layout.plot.width; x++)
      {
        KbColor c = pixel (r->surface, x, y);

        n += MAX (c.red, MAX (c.green, c.blue)) - MIN (c.red, MIN (c.green, c.blue)) > 0.15;
      }
  return n;
}

/* Motala's energy as one bar: 2020 (parts suppressed, the total
 * published) is drawn; 2017 (parts and the total suppressed) is not, as
 * the stack leaves it out: its published parts alone read as a fall of a
 * third (found by a comms officer). */
static void
test_year_bar_without_total (void)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(KbChart) chart = kb_chart_new (KB_CHART_KIND_ENERGY, dataset, "0583");
  KbTestRender r;

  kb_chart_set_trend_style (chart, KB_TREND_STYLE_STACKED);
  kb_chart_set_year (chart, 2020);
  kb_test_render (chart, WIDTH, HEIGHT, &r);
  g_assert_cmpuint (coloured_in_plot (&r), >, 1000);
  cairo_surface_destroy (r.surface);
  kb_chart_set_year (chart, 2017);
  kb_test_render (chart, WIDTH, HEIGHT, &r);
  g_assert_cmpuint (coloured_in_plot (&r), ==, 0);
  cairo_surface_destroy (r.surface);
}

/* A sector picked out has no total's line: a marker on the stack's top in
 * each year with data tells them from the years between (2000, not 1995). */
static void
test_filtered_data_years (void)
{
  g_autoptr(KbChart) chart = linkoping_chart (KB_CHART_KIND_SECTOR_TREND);
  const char *transport[] = { "Transporter", NULL };
  KbSeries *part;
  double v2000;
  KbTestRender r;

  kb_chart_set_sector_filter (chart, transport);
  part = g_ptr_array_index (kb_chart_get_sectors (chart), 0);
  g_assert_true (kb_series_get_value (part, 2000, &v2000));
  g_assert_false (kb_series_has_year (part, 1995));
  kb_test_render (chart, WIDTH, HEIGHT, &r);
  assert_color_at (&r, 2000, v2000, kb_ink_light.history, "the marker of 2000");
  cairo_surface_destroy (r.surface);
}

/* Sectors picked out are drawn on an axis of their own size: Linköping's
 * transport alone, not up to the total it is part of; a sector of zeros
 * on an axis of 1 kt, not of the total nor of 1 t in thousandths. */
static void
test_filtered_axis (void)
{
  g_autoptr(KbChart) chart = linkoping_chart (KB_CHART_KIND_SECTOR_TREND);
  const char *transport[] = { "Transporter", NULL };
  g_autoptr(KbDataset) dataset = kb_dataset_new ();
  g_autoptr(KbSeries) zeros = kb_series_new ("2584", "Kiruna", KB_INDICATOR_GHG, "Utrikes transporter", "",
                                             "t CO2e", "Test", 2026);
  g_autoptr(KbSeries) mining = kb_series_new ("2584", "Kiruna", KB_INDICATOR_GHG, "Industri", "",
                                              "t CO2e", "Test", 2026);
  g_autoptr(KbChart) kiruna = NULL;
  const char *foreign[] = { "Utrikes transporter", NULL };
  KbSeries *total;
  double highest = 0, whole = 0, v;
  KbTestRender r;

  kb_chart_set_sector_filter (chart, transport);
  g_assert_cmpuint (kb_chart_get_sectors (chart)->len, ==, 1);
  total = kb_chart_get_total (chart);
  for (guint i = 0; i < kb_series_get_n_years (total); i++)
    {
      int year = kb_series_get_year (total, i);

      if (kb_series_get_value (g_ptr_array_index (kb_chart_get_sectors (chart), 0), year, &v))
        highest = MAX (highest, v);
      if (kb_series_get_value_at (total, i, &v))
        whole = MAX (whole, v);
    }
  kb_test_render (chart, WIDTH, HEIGHT, &r);
  g_assert_cmpfloat (r.layout.y_max, >=, highest);
  g_assert_cmpfloat (r.layout.y_max, <, highest * 1.3);
  g_assert_cmpfloat (r.layout.y_max, <, whole);
  cairo_surface_destroy (r.surface);

  for (int year = 2015; year <= 2024; year++)
    {
      kb_series_set_value (zeros, year, 0);
      kb_series_set_value (mining, year, 700000);
    }
  kb_dataset_add (dataset, zeros);
  kb_dataset_add (dataset, mining);
  kiruna = kb_chart_new (KB_CHART_KIND_SECTOR_TREND, dataset, "2584");
  kb_chart_set_trend_style (kiruna, KB_TREND_STYLE_STACKED);
  kb_chart_set_sector_filter (kiruna, foreign);
  kb_test_render (kiruna, WIDTH, HEIGHT, &r);
  g_assert_cmpfloat (r.layout.y_min, ==, 0);
  g_assert_cmpfloat (r.layout.y_max, >=, 1000);
  g_assert_cmpfloat (r.layout.y_max, <=, 1200);
  cairo_surface_destroy (r.surface);
}

/* The guessing game's axis tells nothing of the hidden answer: the same
 * for Kiruna's real emissions after 2000 as for ten times them, with room
 * above the history to draw in; shown, an answer that needs more room
 * widens it. */
static void
test_game_axis_hides_answer (void)
{
  g_autoptr(KbDataset) dataset = kb_dataset_new ();
  g_autoptr(KbSeries) real = kb_series_new ("2584", "Kiruna", KB_INDICATOR_GHG, "", "", "t CO2e", "Test", 2026);
  g_autoptr(KbSeries) tenfold = kb_series_new ("2584", "Kiruna", KB_INDICATOR_GHG, "", "", "t CO2e", "Test", 2026);
  g_autoptr(KbDataset) other = kb_dataset_new ();
  g_autoptr(KbChart) chart = NULL;
  g_autoptr(KbChart) higher = NULL;
  KbTestRender a, b;

  for (int year = 1990; year <= 2024; year++)
    {
      double v = year <= 2000 ? 280000 + (year - 1990) * 26600 : 720000;

      kb_series_set_value (real, year, v);
      kb_series_set_value (tenfold, year, year <= 2000 ? v : v * 10);
    }
  kb_dataset_add (dataset, real);
  kb_dataset_add (other, tenfold);
  chart = kb_chart_new (KB_CHART_KIND_SECTOR_TREND, dataset, "2584");
  higher = kb_chart_new (KB_CHART_KIND_SECTOR_TREND, other, "2584");
  kb_chart_set_guess_year (chart, 2000);
  kb_chart_set_guess_year (higher, 2000);
  kb_test_render (chart, WIDTH, HEIGHT, &a);
  kb_test_render (higher, WIDTH, HEIGHT, &b);
  g_assert_cmpfloat (a.layout.y_max, ==, b.layout.y_max);
  /* Room above 2000's 546 kt to draw a rise in. */
  g_assert_cmpfloat (a.layout.y_max, >=, 546000 * 1.5);
  cairo_surface_destroy (a.surface);
  cairo_surface_destroy (b.surface);

  kb_chart_set_guess_revealed (chart, TRUE);
  kb_chart_set_guess_revealed (higher, TRUE);
  kb_test_render (chart, WIDTH, HEIGHT, &a);
  kb_test_render (higher, WIDTH, HEIGHT, &b);
  g_assert_cmpfloat (a.layout.y_max, >=, 546000 * 1.5);
  g_assert_cmpfloat (a.layout.y_max, <, 2000000);
  g_assert_cmpfloat (b.layout.y_max, >=, 7200000);
  cairo_surface_destroy (a.surface);
  cairo_surface_destroy (b.surface);

  /* A guess drawn higher stays on the axis, hidden answer or not. */
  kb_chart_set_guess_revealed (chart, FALSE);
  kb_guesses_begin (kb_chart_get_guesses (chart), 2000, 546000);
  kb_guesses_extend (kb_chart_get_guesses (chart), 2024, 3000000);
  kb_test_render (chart, WIDTH, HEIGHT, &a);
  g_assert_cmpfloat (a.layout.y_max, >=, 3000000);
  cairo_surface_destroy (a.surface);
}

/* How many pixels of the rectangle are @color (within a tolerance). */
static guint
count_color (cairo_surface_t *surface,
             double x0, double y0, double x1, double y1,
             KbColor          color)
{
  guint n = 0;

  for (double y = y0; y < y1; y++)
    for (double x = x0; x < x1; x++)
      n += near (pixel (surface, x, y), color, 0.08);
  return n;
}

/* Many guesses ending low, the answer shown: their labels, pushed a line
 * apart, stay inside the plot (they ran below its axis, over the years). */
static void
test_game_labels_inside (void)
{
  g_autoptr(KbDataset) dataset = kb_dataset_new ();
  g_autoptr(KbSeries) real = kb_series_new ("2584", "Kiruna", KB_INDICATOR_GHG, "", "", "t CO2e", "Test", 2026);
  g_autoptr(KbChart) chart = NULL;
  KbTestRender r;
  const guint n_guesses = 6;

  for (int year = 1990; year <= 2024; year++)
    kb_series_set_value (real, year, 500000 - (year - 1990) * 10000);
  kb_dataset_add (dataset, real);
  chart = kb_chart_new (KB_CHART_KIND_SECTOR_TREND, dataset, "2584");
  kb_chart_set_guess_year (chart, 2010);
  for (guint g = 0; g < n_guesses; g++)
    {
      kb_guesses_begin (kb_chart_get_guesses (chart), 2010, 300000);
      kb_guesses_extend (kb_chart_get_guesses (chart), 2024, 1000 + g * 1000);
    }
  kb_chart_set_guess_revealed (chart, TRUE);
  kb_test_render (chart, WIDTH, HEIGHT, &r);
  for (guint g = 0; g < n_guesses; g++)
    {
      const KbChartLayout *l = &r.layout;
      double bottom = l->plot.y + l->plot.height + 2 * l->line_width;

      /* Nothing of a guess's label below the plot. */
      g_assert_cmpuint (count_color (r.surface, l->plot.x, bottom, l->plot.x + l->plot.width, HEIGHT,
                                     kb_palette_guess (g)), ==, 0);
    }
  cairo_surface_destroy (r.surface);
}

/* Labels spread down a column: a line apart, pushed back up from the
 * bottom, never above the top. */
static void
test_layout_spread (void)
{
  double heights[] = { 10, 10, 10 };
  double apart[] = { 20, 22, 24 };
  double low[] = { 80, 85, 95 };
  double crowded[] = { 0, 0, 0 };

  kb_chart_layout_spread (apart, heights, 3, 0, 100);
  g_assert_cmpfloat (apart[0], ==, 20);
  g_assert_cmpfloat (apart[1], ==, 30);
  g_assert_cmpfloat (apart[2], ==, 40);
  /* The last would end at 115: all move up, the last ending at 100. */
  kb_chart_layout_spread (low, heights, 3, 0, 100);
  g_assert_cmpfloat (low[0], ==, 70);
  g_assert_cmpfloat (low[1], ==, 80);
  g_assert_cmpfloat (low[2], ==, 90);
  /* Room for two: none above the top. */
  kb_chart_layout_spread (crowded, heights, 3, 0, 20);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpfloat (crowded[i], >=, 0);
  g_assert_cmpfloat (crowded[2], ==, 10);
}

/* A guess that stops before the latest year says how far it was in its
 * own last year, once the answer is shown (it got its number only). */
static void
test_game_label_early_end (void)
{
  g_autoptr(KbDataset) dataset = kb_dataset_new ();
  g_autoptr(KbSeries) real = kb_series_new ("2584", "Kiruna", KB_INDICATOR_GHG, "", "", "t CO2e", "Test", 2026);
  g_autoptr(KbChart) chart = NULL;
  g_autofree char *hidden = NULL, *early = NULL, *whole = NULL, *short_stroke = NULL;

  for (int year = 1990; year <= 2024; year++)
    kb_series_set_value (real, year, 500000 - (year - 1990) * 10000);
  kb_dataset_add (dataset, real);
  chart = kb_chart_new (KB_CHART_KIND_SECTOR_TREND, dataset, "2584");
  kb_chart_set_language (chart, KB_LANGUAGE_ENGLISH);
  kb_chart_set_guess_year (chart, 2010);
  /* 2020's value is 200 kt, 2024's 160 kt; the first guess stops in 2020. */
  kb_guesses_begin (kb_chart_get_guesses (chart), 2010, 300000);
  kb_guesses_extend (kb_chart_get_guesses (chart), 2020.4, 250000);
  kb_guesses_begin (kb_chart_get_guesses (chart), 2010, 300000);
  kb_guesses_extend (kb_chart_get_guesses (chart), 2024, 100000);
  /* A stroke shorter than a year reached no year past the history. */
  kb_guesses_begin (kb_chart_get_guesses (chart), 2010, 300000);
  kb_guesses_extend (kb_chart_get_guesses (chart), 2010.4, 250000);
  hidden = kb_chart_dup_guess_label (chart, 0);
  g_assert_cmpstr (hidden, ==, "1");
  kb_chart_set_guess_revealed (chart, TRUE);
  early = kb_chart_dup_guess_label (chart, 0);
  whole = kb_chart_dup_guess_label (chart, 1);
  /* 2020 on the first: 300 − 50 × 10/10,4 = 251,9 kt against 200 kt. */
  g_assert_true (g_str_has_prefix (early, "1: 52\u00A0kt"));
  g_assert_true (g_str_has_suffix (early, "\u00A0kt too high in 2020"));
  g_assert_true (g_str_has_prefix (whole, "2: 60\u00A0kt"));
  g_assert_true (g_str_has_suffix (whole, "\u00A0kt too low"));
  short_stroke = kb_chart_dup_guess_label (chart, 2);
  g_assert_cmpstr (short_stroke, ==, "3");
}

/* A straight trend crossing the target level centuries away (Kiruna's
 * reaches 2045's level in 2265) is not read out as a year. */
static void
test_trend_beyond_horizon (void)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(KbTarget) target = kb_target_new_for_region ("2584");
  g_autoptr(KbChart) chart = kb_chart_new (KB_CHART_KIND_TARGET_GAP, dataset, "2584");
  g_autofree char *words = NULL;
  const KbTargetGap *gap;

  kb_chart_set_target (chart, target);
  gap = kb_chart_get_gap (chart);
  g_assert_cmpint (gap->trend_reaches_milestone, >, KB_TREND_HORIZON);
  words = kb_chart_dup_description (chart);
  g_assert_nonnull (strstr (words, "The trend since 2015 does not reach it before 2100."));
  g_assert_null (strstr (words, "2265"));
}

/* Energy's categories are picked out by the name the chart shows
 * ("Småhus", SCB's "slutanv. småhus") and drawn on an axis of their own
 * size, not of the whole municipality's use. */
static void
test_energy_filter_by_label (void)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(KbChart) chart = kb_chart_new (KB_CHART_KIND_ENERGY, dataset, "0583");
  g_autoptr(KbChart) whole = kb_chart_new (KB_CHART_KIND_ENERGY, dataset, "0583");
  const char *houses[] = { "Småhus", NULL };
  KbTestRender r, w;

  kb_chart_set_language (chart, KB_LANGUAGE_SWEDISH);
  kb_chart_set_trend_style (chart, KB_TREND_STYLE_STACKED);
  kb_chart_set_trend_style (whole, KB_TREND_STYLE_STACKED);
  kb_chart_set_sector_filter (chart, houses);
  g_assert_cmpuint (kb_chart_get_sectors (chart)->len, ==, 1);
  g_assert_cmpstr (kb_series_get_sector (g_ptr_array_index (kb_chart_get_sectors (chart), 0)), ==, "slutanv. småhus");
  kb_test_render (chart, WIDTH, HEIGHT, &r);
  kb_test_render (whole, WIDTH, HEIGHT, &w);
  g_assert_cmpfloat (r.layout.y_max, <, w.layout.y_max);
  cairo_surface_destroy (r.surface);
  cairo_surface_destroy (w.surface);

  /* In the chart's language only: "In" is Industri, not also
   * International transport (Utrikes transporter's English name). */
  {
    g_autoptr(KbChart) kiruna = kb_chart_new (KB_CHART_KIND_SECTOR_TREND, dataset, "2584");
    const char *in[] = { "In", NULL };

    kb_chart_set_language (kiruna, KB_LANGUAGE_SWEDISH);
    kb_chart_set_sector_filter (kiruna, in);
    g_assert_cmpuint (kb_chart_get_sectors (kiruna)->len, ==, 1);
    g_assert_cmpstr (kb_series_get_sector (g_ptr_array_index (kb_chart_get_sectors (kiruna), 0)), ==,
                     "Industri (energi + processer)");
  }
}

static void
test_sector_stack_pixels (void)
{
  g_autoptr(KbChart) chart = linkoping_chart (KB_CHART_KIND_SECTOR_TREND);
  KbTestRender r;

  kb_test_render (chart, WIDTH, HEIGHT, &r);
  g_assert_cmpfloat (r.layout.x_min, ==, 1990);
  g_assert_cmpfloat (r.layout.x_max, ==, 2024);
  /* El och fjärrvärme, the largest sector in 2024, lies at the bottom:
   * 2000 holds 221 540 t of it, so 100 000 t up is its colour. */
  assert_color_at (&r, 2000, 100000, kb_palette_sector ("El och fjärrvärme", 0), "bottom band");
  /* Transporter (second in 2024) is next: in 2022 from 310 565 to 499 898. */
  assert_color_at (&r, 2022, 430000, kb_palette_sector ("Transporter", 0), "second band");
  /* Above the total the plot is empty. */
  assert_color_at (&r, 2000, 950000, kb_ink_light.background, "above the stack");
  cairo_surface_destroy (r.surface);
}

static void
test_negative_values_below_zero (void)
{
  g_autoptr(KbDataset) dataset = kb_dataset_new ();
  g_autoptr(KbSeries) emissions = kb_series_new ("0580", "Linköping", KB_INDICATOR_GHG, "Transporter", "", "t CO2e", "Test", 2026);
  g_autoptr(KbSeries) removals = kb_series_new ("0580", "Linköping", KB_INDICATOR_GHG, "Markanvändning", "", "t CO2e", "Test", 2026);
  g_autoptr(KbChart) chart = NULL;
  KbTestRender r;

  for (int year = 2015; year <= 2024; year++)
    {
      kb_series_set_value (emissions, year, 400000);
      kb_series_set_value (removals, year, -200000);
    }
  kb_dataset_add (dataset, emissions);
  kb_dataset_add (dataset, removals);
  chart = kb_chart_new (KB_CHART_KIND_SECTOR_TREND, dataset, "0580");
  kb_chart_set_trend_style (chart, KB_TREND_STYLE_STACKED);

  kb_test_render (chart, WIDTH, HEIGHT, &r);
  g_assert_cmpfloat (r.layout.y_min, <=, -200000);
  /* The net total (200 000) runs through the emissions band. */
  assert_color_at (&r, 2020, 300000, kb_palette_sector ("Transporter", 0), "emissions above zero");
  /* Land use, not an inventory sector, is second in the file. */
  assert_color_at (&r, 2020, -100000, kb_palette_sector ("Markanvändning", 1), "removals below zero");
  cairo_surface_destroy (r.surface);
}

static void
test_exports (void)
{
  g_autoptr(KbChart) chart = linkoping_chart (KB_CHART_KIND_TARGET_GAP);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) svg = kb_chart_export_bytes (chart, KB_EXPORT_SVG, 800, 450, 1, &error);
  g_autoptr(GBytes) pdf = kb_chart_export_bytes (chart, KB_EXPORT_PDF, 800, 450, 1, &error);
  g_autofree char *dir = g_dir_make_tmp ("kb-export-XXXXXX", NULL);
  g_autofree char *png_path = g_build_filename (dir, "mål.png", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "mål.gif", NULL);
  cairo_surface_t *png;
  gsize size;
  const char *data;

  g_assert_no_error (error);
  data = g_bytes_get_data (svg, &size);
  g_assert_true (size > 1000 && g_strstr_len (data, MIN (size, 400), "<svg") != NULL);
  g_assert_nonnull (g_strstr_len (data, MIN (size, 400), "width=\"800px\" height=\"450px\""));
  data = g_bytes_get_data (pdf, &size);
  g_assert_true (size > 1000 && memcmp (data, "%PDF-", 5) == 0);

  /* PNG at twice the pixels for HiDPI, read back. */
  g_assert_true (kb_chart_export (chart, png_path, 800, 450, 2, &error));
  g_assert_no_error (error);
  png = cairo_image_surface_create_from_png (png_path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1600);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 900);
  cairo_surface_destroy (png);

  g_assert_false (kb_chart_export (chart, bad_path, 800, 450, 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));

  g_remove (png_path);
  g_rmdir (dir);
}

static void
test_source_line (void)
{
  g_autoptr(KbChart) chart = linkoping_chart (KB_CHART_KIND_TARGET_GAP);
  g_autofree char *source = kb_chart_dup_source_line (chart);

  g_assert_cmpstr (source, ==, "Source: Nationella emissionsdatabasen (SMHI/RUS), "
                               "sammanställning per huvudsektor, published 2026");

  /* A source whose name ends in its release is not told the year again
   * (found by a new user: "publicerat 2022, published 2022"). */
  {
    g_autofree char *path = kb_test_shared_file ("emissions/co2-totals-2022.csv");
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(KbDataset) co2 = kb_import_file (file, NULL, NULL);
    g_autoptr(KbChart) kiruna = kb_chart_new (KB_CHART_KIND_SECTOR_TREND, co2, "2584");
    g_autofree char *line = NULL;

    kb_chart_set_language (kiruna, KB_LANGUAGE_ENGLISH);
    line = kb_chart_dup_source_line (kiruna);
    g_assert_cmpstr (line, ==, "Source: Utsläpp av koldioxid (CO2), ton, efter kommun och år, publicerat 2022");
  }
}

/* In a window's small card, key figures the side column has no room for
 * are left out rather than drawn over the source line: nothing below the
 * column's end is darker than the source line's muted grey. */
static void
test_key_figures_fit (void)
{
  g_autoptr(KbChart) chart = linkoping_chart (KB_CHART_KIND_TARGET_GAP);
  const int width = 660, height = 622;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  KbChartLayout layout;
  guint dark = 0, muted = 0;

  kb_chart_render (chart, cr, width, height, &layout);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  for (int y = layout.source.y - layout.small_px * 0.5; y < height; y++)
    for (int x = layout.side.x; x < MIN (layout.side.x + layout.side.width, width); x++)
      {
        KbColor c = pixel (surface, x, y);
        double luminance = (c.red + c.green + c.blue) / 3;

        dark += luminance < (kb_ink_light.muted_text.red + kb_ink_light.muted_text.green +
                             kb_ink_light.muted_text.blue) / 3 - 0.08;
        muted += near (c, kb_ink_light.muted_text, 0.1);
      }
  /* The source line runs under the column (so the test looks at text)... */
  g_assert_cmpuint (muted, >, 0);
  /* ...and nothing bolder is on it. */
  g_assert_cmpuint (dark, ==, 0);
  cairo_surface_destroy (surface);

  /* Nor beside the time axis's years, where the last ("2050") reaches into
   * the column: Kiruna's "712 kt" ran into it in Översikt's card. */
  {
    g_autoptr(KbDataset) dataset = kb_import_default ();
    g_autoptr(KbTarget) target = kb_target_new_for_region ("2584");
    g_autoptr(KbChart) kiruna = kb_chart_new (KB_CHART_KIND_TARGET_GAP, dataset, "2584");
    const int card_width = 665, card_height = 440;

    kb_chart_set_target (kiruna, target);
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, card_width, card_height);
    cr = cairo_create (surface);
    kb_chart_render (kiruna, cr, card_width, card_height, &layout);
    cairo_destroy (cr);
    cairo_surface_flush (surface);
    dark = 0;
    for (int y = layout.plot.y + layout.plot.height + 1; y < layout.source.y - layout.small_px; y++)
      for (int x = layout.side.x; x < MIN (layout.side.x + layout.side.width, card_width); x++)
        dark += near (pixel (surface, x, y), kb_ink_light.text, 0.15);
    g_assert_cmpuint (dark, ==, 0);
    cairo_surface_destroy (surface);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart-render/target-gap", test_target_gap_pixels);
  g_test_add_func ("/chart-render/milestone-label-off-trend", test_milestone_label_off_trend);
  g_test_add_func ("/chart-render/trend-band-holds-trend", test_trend_band_holds_trend);
  g_test_add_func ("/chart-render/note-readable-on-band", test_note_readable_on_band);
  g_test_add_func ("/chart-render/filtered-axis", test_filtered_axis);
  g_test_add_func ("/chart-render/filtered-data-years", test_filtered_data_years);
  g_test_add_func ("/chart-render/year-bar-without-total", test_year_bar_without_total);
  g_test_add_func ("/chart-render/game-axis-hides-answer", test_game_axis_hides_answer);
  g_test_add_func ("/chart-render/game-labels-inside", test_game_labels_inside);
  g_test_add_func ("/chart-render/layout-spread", test_layout_spread);
  g_test_add_func ("/chart-render/game-label-early-end", test_game_label_early_end);
  g_test_add_func ("/chart-render/trend-beyond-horizon", test_trend_beyond_horizon);
  g_test_add_func ("/chart-render/energy-filter-by-label", test_energy_filter_by_label);
  g_test_add_func ("/chart-render/trend-line", test_trend_line_drawn);
  g_test_add_func ("/chart-render/gap-marker", test_gap_marker_colour);
  g_test_add_func ("/chart-render/sector-stack", test_sector_stack_pixels);
  g_test_add_func ("/chart-render/negative", test_negative_values_below_zero);
  g_test_add_func ("/chart-render/exports", test_exports);
  g_test_add_func ("/chart-render/source-line", test_source_line);
  g_test_add_func ("/chart-render/key-figures-fit", test_key_figures_fit);

  return g_test_run ();
}
