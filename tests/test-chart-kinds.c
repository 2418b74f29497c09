/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "chart/kb-labels.h"
#include "chart/kb-compare.h"

#include <math.h>

#include "chart/kb-chart-export.h"
#include "chart/kb-chart-table.h"
#include "chart/kb-chart-render.h"
#include "chart/kb-chart-text.h"
#include "chart/kb-palette.h"
#include "import/kb-import.h"
#include "import/kb-measures-reader.h"
#include "kb-test-render.h"
#include "model/kb-guesses.h"
#include "kb-test-util.h"

#define WIDTH 1600
#define HEIGHT 900

static const KbColor grey_others = { 0xBB / 255.0, 0xBB / 255.0, 0xC2 / 255.0 };
static const KbColor waterfall_total = { 0x55 / 255.0, 0x56 / 255.0, 0x5E / 255.0 };
static const KbColor waterfall_fall = { 0x00 / 255.0, 0x99 / 255.0, 0x88 / 255.0 };


static void
assert_pixel (KbTestRender   *r,
              double      x_world,
              double      y_world,
              KbColor     expected,
              const char *what)
{
  int x = (int)round (kb_chart_layout_x (&r->layout, x_world));
  int y = (int)round (kb_chart_layout_y (&r->layout, y_world));
  guint32 p = *(guint32 *)(cairo_image_surface_get_data (r->surface) +
                           y * cairo_image_surface_get_stride (r->surface) + x * 4);
  KbColor got = { (p >> 16 & 0xFF) / 255.0, (p >> 8 & 0xFF) / 255.0, (p & 0xFF) / 255.0 };

  if (fabs (got.red - expected.red) > 0.06 || fabs (got.green - expected.green) > 0.06 ||
      fabs (got.blue - expected.blue) > 0.06)
    g_error ("%s at %g, %g (pixel %d, %d): expected #%02x%02x%02x, got #%02x%02x%02x", what,
             x_world, y_world, x, y, (int)(expected.red * 255), (int)(expected.green * 255),
             (int)(expected.blue * 255), (int)(got.red * 255), (int)(got.green * 255), (int)(got.blue * 255));
}

/* Row @row of a horizontal bar chart with @n rows, counted from the top. */
static double
row_centre (guint row,
            guint n)
{
  return n - row - 0.5;
}

static KbChart *
default_chart (KbChartKind kind)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  return kb_chart_new (kind, dataset, "0580");
}

static KbDataset *
shared (const char *relative)
{
  g_autofree char *path = kb_test_shared_file (relative);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KbDataset *dataset = kb_import_file (file, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

/* 2024: El och fjärrvärme 318 179 t first, Transporter 229 041 t next. */
static void
test_ranking (void)
{
  g_autoptr(KbChart) chart = default_chart (KB_CHART_KIND_SECTOR_RANKING);
  g_autofree char *title = NULL;
  KbTestRender r;

  kb_test_render (chart, WIDTH, HEIGHT, &r);
  title = kb_chart_dup_title (chart);
  g_assert_cmpstr (title, ==, "Emissions by sector, 2024");
  g_assert_cmpfloat (r.layout.y_max, ==, 9);
  assert_pixel (&r, 318179.14 / 2, row_centre (0, 9), kb_palette_sector ("El och fjärrvärme", 0), "first bar");
  assert_pixel (&r, 318179.14 - 5000, row_centre (0, 9), kb_palette_sector ("El och fjärrvärme", 0), "first bar's end");
  assert_pixel (&r, 318179.14 + 5000, row_centre (1, 9), kb_ink_light.background, "past the second bar");
  assert_pixel (&r, 229040.73 - 5000, row_centre (1, 9), kb_palette_sector ("Transporter", 0), "second bar");
  cairo_surface_destroy (r.surface);
}

/* 1990 → 2024: El och fjärrvärme fell most, by 326 365 t, from the 1990
 * total of 1 237 762 t. */
static void
test_change_waterfall (void)
{
  g_autoptr(KbChart) chart = default_chart (KB_CHART_KIND_SECTOR_CHANGE);
  KbTestRender r;
  const guint n = 11; /* two totals and nine sectors */

  kb_test_render (chart, WIDTH, HEIGHT, &r);
  g_assert_cmpfloat (r.layout.y_max, ==, n);
  assert_pixel (&r, 600000, row_centre (0, n), waterfall_total, "1990 total");
  assert_pixel (&r, 1237762.39 - 326364.76 / 2, row_centre (1, n), waterfall_fall, "El och fjärrvärme's fall");
  assert_pixel (&r, 1237762.39 - 326364.76 - 20000, row_centre (1, n), kb_ink_light.background, "left of the fall");
  assert_pixel (&r, 736445.33 - 20000, row_centre (n - 1, n), waterfall_total, "2024 total");
  assert_pixel (&r, 736445.33 + 20000, row_centre (n - 1, n), kb_ink_light.background, "past the 2024 total");
  cairo_surface_destroy (r.surface);
}

/* Östergötland's municipalities in 2024: Linköping (736 445 t) first and
 * highlighted, Norrköping second. */
static void
test_compare_county (void)
{
  g_autoptr(KbDataset) dataset = shared ("emissions/smhi-export-huvudsektorer.csv");
  g_autoptr(KbChart) chart = kb_chart_new (KB_CHART_KIND_COMPARE, dataset, "0580");
  g_autoptr(GPtrArray) regions = kb_chart_get_compare_regions (chart);
  KbTestRender r;

  g_assert_cmpuint (regions->len, ==, 13);
  /* Whom it is set beside is said: a ranking in a press release alone does not. */
  {
    g_autofree char *subtitle = kb_chart_dup_subtitle (chart);

    g_assert_cmpstr (subtitle, ==, "Linköping among the municipalities of Östergötlands län, 2024, kt CO₂e");
    kb_chart_set_compare_scope (chart, KB_COMPARE_ALL);
    g_free (subtitle);
    subtitle = kb_chart_dup_subtitle (chart);
    g_assert_cmpstr (subtitle, ==, "Linköping among all 290 municipalities, 2024, kt CO₂e");
    kb_chart_set_compare_scope (chart, KB_COMPARE_COUNTY);
  }
  kb_test_render (chart, WIDTH, HEIGHT, &r);
  assert_pixel (&r, 700000, row_centre (0, 13), kb_ink_light.history, "Linköping");
  assert_pixel (&r, 300000, row_centre (1, 13), grey_others, "Norrköping");
  assert_pixel (&r, 790000, row_centre (1, 13), kb_ink_light.background, "past Norrköping and its label");
  cairo_surface_destroy (r.surface);

  /* The user's own choice of municipalities. */
  kb_chart_set_compare_regions (chart, (const char *[]) { "Stockholm", "0180", "Göteborg", NULL });
  g_clear_pointer (&regions, g_ptr_array_unref);
  regions = kb_chart_get_compare_regions (chart);
  g_assert_cmpuint (regions->len, ==, 3);
  /* All 290 in a short card: a few rows, never all of them on top of each
   * other (found by review). */
  kb_chart_set_compare_regions (chart, NULL);
  kb_chart_set_compare_scope (chart, KB_COMPARE_ALL);
  kb_test_render (chart, WIDTH, 300, &r);
  g_assert_cmpfloat (r.layout.y_max - r.layout.y_min, <=, 11);
  cairo_surface_destroy (r.surface);
  kb_chart_set_compare_scope (chart, KB_COMPARE_COUNTY);
  kb_chart_set_compare_regions (chart, (const char *[]) { "Stockholm", "0180", "Göteborg", NULL });
  {
    g_autofree char *subtitle = kb_chart_dup_subtitle (chart);

    g_assert_cmpstr (subtitle, ==, "Linköping and 2 municipalities chosen, 2024, kt CO₂e");
  }
}

static void
test_mode_share (void)
{
  g_autofree char *path = kb_test_fixture ("travel-shares.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KbDataset) dataset = kb_import_file (file, NULL, NULL);
  g_autoptr(KbChart) chart = kb_chart_new (KB_CHART_KIND_MODE_SHARE, dataset, "0580");
  KbTestRender r;

  kb_test_render (chart, WIDTH, HEIGHT, &r);
  /* gång 18 %, then cykel 37 % on top of it: 18 … 55. */
  assert_pixel (&r, 0.5, 9, kb_palette_sector ("gång", 0), "walking");
  assert_pixel (&r, 0.5, 30, kb_palette_sector ("cykel", 1), "cycling");
  assert_pixel (&r, 0.5, 60, kb_palette_sector ("kollektivtrafik", 2), "public transport");
  assert_pixel (&r, 0.05, 30, kb_ink_light.background, "beside the bar");
  cairo_surface_destroy (r.surface);
}

static void
test_energy (void)
{
  g_autoptr(KbDataset) dataset = kb_dataset_new ();
  const char *parts[] = { "energy/EN0203AE_20221201-145355.csv", "energy/EN0203AE_20221201-145332.csv",
                          "energy/EN0203AE_20221201-145253.csv" };
  g_autoptr(KbChart) chart = NULL;
  g_autofree char *unit = NULL;
  KbTestRender r;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autoptr(KbDataset) part = shared (parts[i]);
      g_assert_true (kb_dataset_merge (dataset, part, NULL));
    }
  chart = kb_chart_new (KB_CHART_KIND_ENERGY, dataset, "0580");
  kb_chart_set_trend_style (chart, KB_TREND_STYLE_STACKED);
  g_assert_cmpstr (kb_chart_get_indicator (chart), ==, KB_INDICATOR_ENERGY);
  g_assert_cmpstr (kb_chart_get_axis_unit (chart), ==, "GWh");
  g_assert_cmpuint (kb_chart_get_sectors (chart)->len, ==, 8);

  kb_test_render (chart, WIDTH, HEIGHT, &r);
  g_assert_cmpfloat (r.layout.x_min, ==, 2009);
  g_assert_cmpfloat (r.layout.x_max, ==, 2019); /* 2020 is suppressed: the chart ends at 2019 */
  /* The first category of the source (jordbruk …) is not the largest;
   * transport is, at the bottom: 1 015 047 MWh in 2016. */
  assert_pixel (&r, 2016, 500000, kb_palette_sector ("slutanv. transporter", 3), "transport at the bottom");
  cairo_surface_destroy (r.surface);

  kb_chart_set_by_fuel (chart, TRUE);
  g_assert_cmpuint (kb_chart_get_sectors (chart)->len, ==, 8);
  g_assert_cmpstr (kb_series_get_subsector (g_ptr_array_index (kb_chart_get_sectors (chart), 0)), !=, "");
}

/* As an index, every series starts at 100 in its first year. */
static void
test_relative_lines (void)
{
  g_autoptr(KbChart) chart = default_chart (KB_CHART_KIND_SECTOR_TREND);
  KbTestRender r;

  kb_chart_set_relative (chart, TRUE);
  kb_test_render (chart, WIDTH, HEIGHT, &r);
  /* 2024 against 1990: 736 445 / 1 237 762 = 59,5. */
  assert_pixel (&r, 2024, 736445.33 / 1237762.39 * 100, kb_ink_light.history, "2024 as an index");
  assert_pixel (&r, 2000, 782634.43 / 1237762.39 * 100, kb_ink_light.history, "2000 as an index");
  cairo_surface_destroy (r.surface);
}

static void
test_share_and_year_bar (void)
{
  g_autoptr(KbChart) chart = default_chart (KB_CHART_KIND_SECTOR_TREND);
  KbTestRender r;

  kb_chart_set_trend_style (chart, KB_TREND_STYLE_STACKED);
  kb_chart_set_share (chart, TRUE);
  kb_test_render (chart, WIDTH, HEIGHT, &r);
  g_assert_cmpfloat (r.layout.y_max, ==, 100);
  /* El och fjärrvärme was 28 % of 2000's emissions (221 540 of 782 634 t). */
  assert_pixel (&r, 2000, 14, kb_palette_sector ("El och fjärrvärme", 0), "El's share");
  assert_pixel (&r, 2000, 35, kb_palette_sector ("Transporter", 0), "Transporter's share above it");
  cairo_surface_destroy (r.surface);

  /* Shares are parts of a whole, stacked in any style: never tonnes
   * under a "% of the total" axis. */
  kb_chart_set_trend_style (chart, KB_TREND_STYLE_LINES);
  kb_test_render (chart, WIDTH, HEIGHT, &r);
  g_assert_cmpfloat (r.layout.y_max, ==, 100);
  assert_pixel (&r, 2000, 14, kb_palette_sector ("El och fjärrvärme", 0), "El's share, lines asked for");
  cairo_surface_destroy (r.surface);
  kb_chart_set_trend_style (chart, KB_TREND_STYLE_STACKED);

  /* One year chosen: the stack collapses to one bar (x 0.2 … 0.8). */
  kb_chart_set_share (chart, FALSE);
  kb_chart_set_year (chart, 2024);
  kb_test_render (chart, WIDTH, HEIGHT, &r);
  assert_pixel (&r, 0.5, 150000, kb_palette_sector ("El och fjärrvärme", 0), "El in the 2024 bar");
  assert_pixel (&r, 0.5, 318179.14 + 100000, kb_palette_sector ("Transporter", 0), "Transporter above it");
  assert_pixel (&r, 0.5, 760000, kb_ink_light.background, "above the 2024 bar");
  assert_pixel (&r, -0.5, 150000, kb_ink_light.background, "beside the bar");
  cairo_surface_destroy (r.surface);
}

/* Per inhabitant: the total over the population, year by year. */
static void
test_per_capita (void)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(KbChart) chart = NULL;
  g_autoptr(KbSeries) people = NULL;
  double inhabitants;
  KbTestRender r;

  chart = kb_chart_new (KB_CHART_KIND_SECTOR_TREND, dataset, "0580");
  kb_chart_set_per_capita (chart, TRUE);
  g_assert_true (kb_chart_get_per_capita (chart));
  g_assert_cmpstr (kb_chart_get_axis_unit (chart), ==, "t CO₂e per inhabitant");

  people = kb_chart_dup_population (chart, "0580");
  /* The embedded population reaches 2024: Linköping 168 035 (SCB). */
  g_assert_true (kb_series_get_value (people, 2024, &inhabitants));
  g_assert_cmpfloat (inhabitants, ==, 168035);
  kb_test_render (chart, WIDTH, HEIGHT, &r);
  g_assert_cmpfloat (r.layout.x_max, ==, 2024);
  assert_pixel (&r, 2024, 736445.33 / inhabitants, kb_ink_light.history, "2024 per inhabitant");
  cairo_surface_destroy (r.surface);
}

static guint
count_differences (KbTestRender *a,
                   KbTestRender *b,
                   int       x)
{
  guint n = 0;

  for (int y = 0; y < HEIGHT; y++)
    {
      guint32 pa = *(guint32 *)(cairo_image_surface_get_data (a->surface) + y * cairo_image_surface_get_stride (a->surface) + x * 4);
      guint32 pb = *(guint32 *)(cairo_image_surface_get_data (b->surface) + y * cairo_image_surface_get_stride (b->surface) + x * 4);
      n += pa != pb;
    }
  return n;
}

static void
test_annotation_and_mode_target (void)
{
  g_autoptr(KbChart) chart = default_chart (KB_CHART_KIND_TARGET_GAP);
  g_autoptr(KbTarget) target = kb_target_new_default ();
  g_autofree char *path = kb_test_fixture ("travel-shares.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KbDataset) survey = kb_import_file (file, NULL, NULL);
  g_autoptr(KbChart) modes = kb_chart_new (KB_CHART_KIND_MODE_SHARE, survey, "0580");
  KbTestRender plain, noted;

  kb_chart_set_target (chart, target);
  kb_test_render (chart, WIDTH, HEIGHT, &plain);
  kb_chart_add_annotation (chart, 2025, "Gärstad");
  kb_test_render (chart, WIDTH, HEIGHT, &noted);
  /* A dotted line runs down the plot at 2025. */
  g_assert_cmpuint (count_differences (&plain, &noted, (int)round (kb_chart_layout_x (&noted.layout, 2025))), >, 100);
  cairo_surface_destroy (plain.surface);
  cairo_surface_destroy (noted.surface);

  /* The targeted mode goes to the bottom; its target is a line at 45 %. */
  kb_chart_set_mode_target (modes, "cykel", 45);
  kb_test_render (modes, WIDTH, HEIGHT, &plain);
  assert_pixel (&plain, 0.5, 20, kb_palette_sector ("cykel", 1), "cycling at the bottom");
  assert_pixel (&plain, 0.5, 45, kb_ink_light.text, "the 45 % target line");
  cairo_surface_destroy (plain.surface);
}

/* Chosen sectors only; one sector compared across the county. */
static void
test_sector_filter (void)
{
  g_autoptr(KbDataset) dataset = shared ("emissions/smhi-export-huvudsektorer.csv");
  g_autoptr(KbChart) trend = kb_chart_new (KB_CHART_KIND_SECTOR_TREND, dataset, "0580");
  g_autoptr(KbChart) compare = kb_chart_new (KB_CHART_KIND_COMPARE, dataset, "0580");
  g_autofree char *title = NULL;
  KbTestRender r;

  kb_chart_set_sector_filter (trend, (const char *[]) { "transp", "Jordbruk", NULL });
  g_assert_cmpuint (kb_chart_get_sectors (trend)->len, ==, 2);

  kb_chart_set_sector_filter (compare, (const char *[]) { "Transporter", NULL });
  title = kb_chart_dup_title (compare);
  g_assert_cmpstr (title, ==, "Emissions from Domestic transport compared, 2024");
  kb_test_render (compare, WIDTH, HEIGHT, &r);
  /* Norrköping's transport (251 530 t) comes first, Linköping's (229 041 t)
   * second, highlighted. */
  assert_pixel (&r, 251530.31 - 8000, row_centre (0, 13), grey_others, "Norrköping's transport");
  assert_pixel (&r, 229040.73 - 8000, row_centre (1, 13), kb_ink_light.history, "Linköping's transport");
  assert_pixel (&r, 229040.73 + 1200, row_centre (1, 13), kb_ink_light.background, "just past Linköping's bar");
  cairo_surface_destroy (r.surface);
}

/* The key figures in words, as under the charts and for screen readers. */
static void
test_descriptions (void)
{
  g_autoptr(KbChart) target_gap = default_chart (KB_CHART_KIND_TARGET_GAP);
  g_autoptr(KbChart) trend = default_chart (KB_CHART_KIND_SECTOR_TREND);
  g_autoptr(KbChart) change = default_chart (KB_CHART_KIND_SECTOR_CHANGE);
  g_autoptr(KbTarget) target = kb_target_new_default ();
  g_autofree char *a = NULL, *b = NULL, *c = NULL;

  kb_chart_set_target (target_gap, target);
  /* The budget from a fixed year: the words do not change with the date. */
  kb_chart_set_budget_from_year (target_gap, 2026);
  kb_chart_set_language (target_gap, KB_LANGUAGE_ENGLISH);
  kb_chart_set_language (trend, KB_LANGUAGE_ENGLISH);
  kb_chart_set_language (change, KB_LANGUAGE_ENGLISH);
  a = kb_chart_dup_description (target_gap);
  b = kb_chart_dup_description (trend);
  c = kb_chart_dup_description (change);

  /* 736 445 t in 2024, (1 − 736 445 / 1 237 762) = 40,5 % below 1990. */
  g_assert_cmpstr (a, ==, "Emissions in 2024 were 736\u00A0kt, 40.5 % lower than in 1990; the target for "
                          "2030 is −70 % (371\u00A0kt). The trend since 2015 does not reach it before 2100. "
                          "Carbon budget 2026–2050: 5,971\u00A0kt (the trend's 2026 value falling 11.72 % a year, "
                          "as Klimatkollen reckons it); the trend's total over the same years: 17,681\u00A0kt.");
  /* El och fjärrvärme: 318 179 of 736 445 t, 43 %; Östergötland's 13
   * municipalities together −28,4 % since 1990, all 290 −32,9 % (test-real-data
   * checks those sums against the release). */
  g_assert_cmpstr (b, ==, "In 2024: 736\u00A0kt in all, most from Electricity and district heating: 318\u00A0kt (43 %). "
                          "Since 1990: −40.5 % (Östergötlands län\u00A0−28.4\u00A0%, all municipalities\u00A0−32.9\u00A0%).");
  /* 1 237 762 − 736 445 = 501 317 t. */
  g_assert_cmpstr (c, ==, "From 1990 to 2024 emissions fell by 501\u00A0kt.");

  /* Each sector's trend in 2030 against its share of the 2030 level:
   * El och fjärrvärme had 644 544 of 1 237 762 t in 1990, so 52 % of
   * 371 kt, 193 kt; its trend from 2015 reaches 362 kt once the sectors'
   * trends add up to the total's (what a sector cut at zero cannot give
   * up comes from the others; /measures/sector-trends-agree checks the sum). */
  {
    g_autoptr(KbChart) sectors = default_chart (KB_CHART_KIND_SECTOR_MEASURES);
    g_autofree char *d = NULL;

    kb_chart_set_target (sectors, target);
    kb_chart_set_language (sectors, KB_LANGUAGE_ENGLISH);
    d = kb_chart_dup_description (sectors);
    g_assert_cmpstr (d, ==, "In 2030, 7 of 9 sectors are above their share of the target; furthest above: "
                            "Electricity and district heating, 362\u00A0kt against 193\u00A0kt.");
  }
}

static void
test_presets (void)
{
  int w = 0, h = 0;
  double png_scale = 0;

  g_assert_true (kb_export_preset_size ("presentation", &w, &h, &png_scale));
  g_assert_cmpint (w, ==, 1920);
  g_assert_cmpint (h, ==, 1080);
  g_assert_cmpfloat (png_scale, ==, 1);
  g_assert_true (kb_export_preset_size ("square", &w, &h, NULL));
  g_assert_cmpint (w, ==, h);
  /* A4 in points (297 × 210 mm = 842 × 595 pt), its PNG at 300 dpi. */
  g_assert_true (kb_export_preset_size ("a4", &w, &h, &png_scale));
  g_assert_cmpint (w, ==, 842);
  g_assert_cmpint (h, ==, 595);
  g_assert_cmpint ((int)round (w * png_scale), ==, 3508);
  g_assert_true (kb_export_preset_size ("a4-portrait", &w, &h, NULL));
  g_assert_cmpint (w, ==, 595);
  g_assert_cmpint (h, ==, 842);
  g_assert_false (kb_export_preset_size ("poster", &w, &h, NULL));
}

/* Hover's read-out: the year's total, then every sector largest first
 * with its share; a removal below zero has no share; between data years
 * and beyond the last one, nothing is read out. */
static void
test_readout (void)
{
  g_autoptr(KbChart) trend = default_chart (KB_CHART_KIND_SECTOR_TREND);
  g_autoptr(KbChart) target_gap = default_chart (KB_CHART_KIND_TARGET_GAP);
  g_autoptr(KbChart) ranking = default_chart (KB_CHART_KIND_SECTOR_RANKING);
  g_autoptr(KbTarget) target = kb_target_new_default ();
  g_autoptr(KbDataset) dataset = kb_dataset_new ();
  g_autoptr(KbSeries) emissions = kb_series_new ("0580", "Linköping", KB_INDICATOR_GHG, "Transporter", "", "t CO2e", "Test", 2026);
  g_autoptr(KbSeries) removals = kb_series_new ("0580", "Linköping", KB_INDICATOR_GHG, "Markanvändning", "", "t CO2e", "Test", 2026);
  g_autoptr(KbChart) net = NULL;
  g_autofree char *text = NULL;
  g_autofree char *net_text = NULL;
  g_auto(GStrv) lines = NULL;

  kb_chart_set_language (trend, KB_LANGUAGE_ENGLISH);
  text = kb_chart_dup_readout (trend, 2024);
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 10);
  g_assert_cmpstr (lines[0], ==, "2024: 736\u00A0kt in all");
  /* El och fjärrvärme: 318 179 of 736 445 t; Transporter 229 041 t. */
  g_assert_cmpstr (lines[1], ==, "Electricity and district heating: 318\u00A0kt (43 %)");
  g_assert_cmpstr (lines[2], ==, "Domestic transport: 229\u00A0kt (31 %)");
  /* A share that is not zero never reads "0 %". */
  g_assert_cmpstr (lines[9], ==, "International transport: 0.93\u00A0kt (< 1 %)");

  /* No data between 2015 and 2020: the nearest year with data. */
  g_assert_null (kb_chart_dup_readout (trend, 2017));
  g_assert_cmpint (kb_chart_nearest_year (trend, 2017.4), ==, 2015);
  g_assert_cmpint (kb_chart_nearest_year (trend, 2018.2), ==, 2020);
  g_assert_cmpint (kb_chart_nearest_year (trend, 2020.4), ==, 2020);
  /* The target chart's future reads out nothing; a ranking has no years. */
  kb_chart_set_target (target_gap, target);
  g_assert_cmpint (kb_chart_nearest_year (target_gap, 2024.3), ==, 2024);
  g_assert_cmpint (kb_chart_nearest_year (target_gap, 2040), ==, 0);
  g_assert_cmpint (kb_chart_nearest_year (ranking, 2024), ==, 0);
  g_assert_null (kb_chart_dup_readout (ranking, 2024));

  kb_series_set_value (emissions, 2024, 400000);
  kb_series_set_value (removals, 2024, -150000);
  kb_dataset_add (dataset, emissions);
  kb_dataset_add (dataset, removals);
  net = kb_chart_new (KB_CHART_KIND_SECTOR_TREND, dataset, "0580");
  kb_chart_set_language (net, KB_LANGUAGE_ENGLISH);
  net_text = kb_chart_dup_readout (net, 2024);
  /* Shares of the emissions before removals, as the shares view draws. */
  g_assert_cmpstr (net_text, ==, "2024: 250\u00A0kt in all\nDomestic transport: 400\u00A0kt (100 %)\n"
                                 "Markanvändning: \u2212" "150\u00A0kt\n"
                                 "Shares of the emissions before removals, 400\u00A0kt");
}

/* A trend over chosen years: the series, the axis and the subtitle. */
static void
test_year_range (void)
{
  g_autoptr(KbChart) trend = default_chart (KB_CHART_KIND_SECTOR_TREND);
  g_autofree char *subtitle = NULL;
  g_autofree char *all = NULL;
  KbSeries *total;
  double v;

  kb_chart_set_language (trend, KB_LANGUAGE_ENGLISH);
  kb_chart_set_year_range (trend, 2005, 2020);
  total = kb_chart_get_total (trend);
  /* 2005, 2010, 2015, 2020: the years with data in the range. */
  g_assert_cmpuint (kb_series_get_n_years (total), ==, 4);
  g_assert_cmpint (kb_series_get_year (total, 0), ==, 2005);
  g_assert_true (kb_series_get_value (total, 2020, &v));
  g_assert_cmpfloat_with_epsilon (v, 654999.89, 0.01);
  g_assert_cmpint (kb_series_get_n_years (g_ptr_array_index (kb_chart_get_sectors (trend), 0)), ==, 4);
  subtitle = kb_chart_dup_subtitle (trend);
  g_assert_cmpstr (subtitle, ==, "Linköping, 2005–2020, kt CO\u2082e");

  kb_chart_set_year_range (trend, 0, 0);
  all = kb_chart_dup_subtitle (trend);
  g_assert_cmpstr (all, ==, "Linköping, 1990–2024, kt CO\u2082e");
}

/* Jämför beyond the county: those nearest in population, by ratio, and
 * all 290; per inhabitant, each total over its own population. */
static void
test_compare_scopes (void)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(KbChart) chart = kb_chart_new (KB_CHART_KIND_COMPARE, dataset, "0583");
  g_autoptr(GPtrArray) similar = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GArray) entries = NULL;
  double own, farthest = 0;

  kb_chart_set_compare_scope (chart, KB_COMPARE_SIMILAR);
  similar = kb_chart_get_compare_regions (chart);
  g_assert_cmpuint (similar->len, ==, KB_COMPARE_SIMILAR_COUNT);
  g_assert_cmpstr (g_ptr_array_index (similar, 0), ==, "0583");
  {
    g_autoptr(KbSeries) p = kb_chart_dup_population (chart, "0583");
    g_assert_true (kb_series_get_latest (p, NULL, &own));
  }
  /* No municipality left out is nearer in population than one kept. */
  for (guint i = 1; i < similar->len; i++)
    {
      g_autoptr(KbSeries) p = kb_chart_dup_population (chart, g_ptr_array_index (similar, i));
      double v;

      g_assert_true (kb_series_get_latest (p, NULL, &v));
      farthest = MAX (farthest, fabs (log (v / own)));
    }
  kb_chart_set_compare_scope (chart, KB_COMPARE_ALL);
  all = kb_chart_get_compare_regions (chart);
  g_assert_cmpuint (all->len, ==, 290);
  for (guint i = 0; i < all->len; i++)
    {
      g_autoptr(KbSeries) p = kb_chart_dup_population (chart, g_ptr_array_index (all, i));
      double v;

      if (g_ptr_array_find_with_equal_func (similar, g_ptr_array_index (all, i), g_str_equal, NULL))
        continue;
      g_assert_true (kb_series_get_latest (p, NULL, &v));
      g_assert_cmpfloat (fabs (log (v / own)), >=, farthest);
    }

  /* Norrköping 2022 per inhabitant: 631 032 t over 145 120 inhabitants. */
  kb_chart_set_region_code (chart, "0581");
  kb_chart_set_compare_scope (chart, KB_COMPARE_COUNTY);
  kb_chart_set_compare_measure (chart, KB_COMPARE_PER_CAPITA);
  kb_chart_set_year (chart, 2022);
  entries = kb_compare_entries (chart);
  for (guint i = 0; i < entries->len; i++)
    {
      KbCompareEntry *e = &g_array_index (entries, KbCompareEntry, i);

      if (!g_str_equal (e->code, "0581"))
        continue;
      g_assert_cmpfloat (round (e->total), ==, 631032);
      g_assert_cmpfloat (e->population, ==, 145120);
      g_assert_cmpint (e->population_year, ==, 2022);
      g_assert_cmpfloat_with_epsilon (e->value, e->total / 145120, 1e-12);
    }
  g_assert_cmpuint (entries->len, ==, 13);
}

/* Pixels of the ink @color in the column of @year between two values. */
static guint
count_ink (KbTestRender *r,
           double        year,
           double        from,
           double        to,
           KbColor       color)
{
  int x = (int)round (kb_chart_layout_x (&r->layout, year));
  int y0 = (int)round (kb_chart_layout_y (&r->layout, to)), y1 = (int)round (kb_chart_layout_y (&r->layout, from));
  guint n = 0;

  for (int y = MIN (y0, y1); y <= MAX (y0, y1); y++)
    {
      guint32 p = *(guint32 *)(cairo_image_surface_get_data (r->surface) +
                               y * cairo_image_surface_get_stride (r->surface) + x * 4);
      KbColor got = { (p >> 16 & 0xFF) / 255.0, (p >> 8 & 0xFF) / 255.0, (p & 0xFF) / 255.0 };

      n += fabs (got.red - color.red) < 0.1 && fabs (got.green - color.green) < 0.1 &&
           fabs (got.blue - color.blue) < 0.1;
    }
  return n;
}

/* Hatching in the column of @year between two values: lines across the
 * paper, neither empty nor a solid band. */
static void
assert_hatched (KbTestRender *r,
                double        year,
                double        from,
                double        to)
{
  guint span = (guint)(kb_chart_layout_y (&r->layout, from) - kb_chart_layout_y (&r->layout, to));
  guint paper = count_ink (r, year, from, to, kb_ink_light.background);

  g_assert_cmpuint (paper, <, span * 0.9);
  g_assert_cmpuint (paper, >, span * 0.2);
}

/* SCB's suppressed cells are never drawn as zero: Motala 2020 stacks its
 * published parts, and a hatched "not published" part reaches up to the
 * published total (770 GWh); 2017, whose total is suppressed too, is left
 * out; the words say so. */
static void
test_energy_suppressed (void)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(KbChart) chart = kb_chart_new (KB_CHART_KIND_ENERGY, dataset, "0583");
  g_autofree char *words = NULL;
  GPtrArray *parts;
  KbSeries *total;
  double whole, known = 0, v;
  KbTestRender r;

  kb_chart_set_trend_style (chart, KB_TREND_STYLE_STACKED);
  kb_chart_set_language (chart, KB_LANGUAGE_ENGLISH);
  total = kb_chart_get_total (chart);
  parts = kb_chart_get_sectors (chart);
  g_assert_true (kb_series_get_value (total, 2020, &whole));
  g_assert_cmpfloat (round (whole / 1000), ==, 770);
  g_assert_false (kb_series_get_value (total, 2017, NULL));
  for (guint i = 0; i < parts->len; i++)
    if (kb_series_get_value (g_ptr_array_index (parts, i), 2020, &v))
      known += v;
  g_assert_cmpfloat (known, <, whole / 2);

  kb_test_render (chart, WIDTH, HEIGHT, &r);
  /* Hatching between the known parts' top and the total (just left of
   * 2020, the plot's right edge, inside its column). */
  assert_hatched (&r, 2019.85, known + 20000, whole - 20000);
  /* Nothing above the published total... */
  g_assert_cmpuint (count_ink (&r, 2019.85, whole + 30000, whole + 150000, kb_ink_light.background), >, 50);
  /* ... and nothing at all in 2017. */
  g_assert_cmpuint (count_ink (&r, 2017, 50000, 700000, kb_ink_light.background), >, 200);
  cairo_surface_destroy (r.surface);

  words = kb_chart_dup_description (chart);
  g_assert_nonnull (strstr (words, "Not published by the source: "));
  g_assert_nonnull (strstr (words, "2020 (hatched)."));
  /* Kiruna: 2014 and 2020 have no total; the hatched values counted are
   * those of the years drawn, and the two years are named. */
  {
    g_autoptr(KbChart) kiruna = kb_chart_new (KB_CHART_KIND_ENERGY, dataset, "2584");
    g_autofree char *kiruna_words = NULL;
    const char *hatched;

    kb_chart_set_language (kiruna, KB_LANGUAGE_ENGLISH);
    g_assert_false (kb_series_get_value (kb_chart_get_total (kiruna), 2014, NULL));
    g_assert_false (kb_series_get_value (kb_chart_get_total (kiruna), 2020, NULL));
    kiruna_words = kb_chart_dup_description (kiruna);
    hatched = strstr (kiruna_words, "(hatched).");
    g_assert_nonnull (hatched);
    g_assert_null (g_strstr_len (kiruna_words, hatched - kiruna_words, "2014"));
    g_assert_null (g_strstr_len (kiruna_words, hatched - kiruna_words, "2020"));
    g_assert_nonnull (strstr (hatched, "No total is published for 2014, 2020: those years are not drawn."));
  }
  /* A year whose total is suppressed is not drawn, and named. */
  {
    const char *none = strstr (words, "No total is published for ");

    g_assert_nonnull (none);
    g_assert_nonnull (strstr (none, "2017"));
    g_assert_null (strstr (none, "2020"));
  }

  /* Sweden: 2009's industry is suppressed but the total published, so the
   * stack reaches 379 930 GWh with a hatched part; in 2010 the total is
   * suppressed too, and nothing is drawn, rather than a stack of what is
   * left (the industry band dropping to zero). */
  {
    g_autoptr(KbChart) sweden = kb_chart_new (KB_CHART_KIND_ENERGY, dataset, "00");
    GPtrArray *categories;
    double top = 0;

    kb_chart_set_trend_style (sweden, KB_TREND_STYLE_STACKED);
    total = kb_chart_get_total (sweden);
    categories = kb_chart_get_sectors (sweden);
    g_assert_true (kb_series_get_value (total, 2009, &whole));
    g_assert_cmpfloat (whole, ==, 379929770);
    g_assert_false (kb_series_get_value (total, 2010, NULL));
    known = 0;
    for (guint i = 0; i < categories->len; i++)
      if (kb_series_get_value (g_ptr_array_index (categories, i), 2009, &v))
        known += v;
    kb_test_render (sweden, WIDTH, HEIGHT, &r);
    /* 2009 is the plot's left edge: its column's right half. */
    assert_hatched (&r, 2009.15, known + 5e6, whole - 5e6);
    g_assert_cmpuint (count_ink (&r, 2010, 5e6, whole, kb_ink_light.background), >,
                      (guint)(kb_chart_layout_y (&r.layout, 5e6) - kb_chart_layout_y (&r.layout, whole)) * 0.95);
    /* 2013 on, complete: the stack is solid up to the total. */
    g_assert_true (kb_series_get_value (total, 2013, &top));
    g_assert_cmpuint (count_ink (&r, 2013, 5e6, top - 5e6, kb_ink_light.background), <, 3);
    cairo_surface_destroy (r.surface);
  }
}

/* The 2021 export and the 2026 release opened together: the newest is
 * shown and named (its date inferred from its latest year, since the file
 * does not say), the other can be picked, and the revisions chart sets
 * the two releases' 1990 side by side: 1 270 047 t and 1 237 762 t. */
static void
test_releases (void)
{
  g_autoptr(KbDataset) dataset = shared ("emissions/emissions_per_municipality.csv");
  g_autoptr(KbDataset) newer = shared ("emissions/smhi-export-huvudsektorer.csv");
  g_autoptr(KbChart) chart = NULL;
  g_autoptr(KbChart) revisions = NULL;
  g_autoptr(GArray) releases = NULL;
  g_autofree char *source = NULL, *words = NULL;
  GPtrArray *parts;
  double v;

  g_assert_true (kb_dataset_merge (dataset, newer, NULL));
  chart = kb_chart_new (KB_CHART_KIND_SECTOR_TREND, dataset, "0580");
  kb_chart_set_language (chart, KB_LANGUAGE_ENGLISH);
  releases = kb_chart_list_releases (chart);
  g_assert_cmpuint (releases->len, ==, 2);
  g_assert_cmpint (g_array_index (releases, int, 0), ==, 2021);
  g_assert_cmpint (g_array_index (releases, int, 1), ==, 2026);
  g_assert_cmpint (kb_chart_get_shown_release (chart), ==, 2026);
  g_assert_true (kb_series_get_value (kb_chart_get_total (chart), 1990, &v));
  g_assert_cmpfloat (round (v), ==, 1237762);
  source = kb_chart_dup_source_line (chart);
  g_assert_nonnull (strstr (source, "published 2026 (inferred from its latest year)"));
  g_assert_nonnull (strstr (source, "(also loaded: 2021)"));

  kb_chart_set_release (chart, 2021);
  g_assert_cmpint (kb_chart_get_shown_release (chart), ==, 2021);
  g_assert_true (kb_series_get_value (kb_chart_get_total (chart), 1990, &v));
  g_assert_cmpfloat (round (v), ==, 1270047);
  g_assert_false (kb_series_has_year (kb_chart_get_total (chart), 2024));

  revisions = kb_chart_new (KB_CHART_KIND_REVISIONS, dataset, "0580");
  kb_chart_set_language (revisions, KB_LANGUAGE_ENGLISH);
  parts = kb_chart_get_sectors (revisions);
  g_assert_cmpuint (parts->len, ==, 2);
  g_assert_true (kb_series_get_value (g_ptr_array_index (parts, 0), 1990, &v));
  g_assert_cmpfloat (round (v), ==, 1270047);
  g_assert_true (kb_series_get_value (g_ptr_array_index (parts, 1), 1990, &v));
  g_assert_cmpfloat (round (v), ==, 1237762);
  words = kb_chart_dup_description (revisions);
  g_assert_cmpstr (words, ==, "1990: 1,270\u00A0kt as published in 2021, 1,238\u00A0kt as published in 2026.");
}

/* A line breaks at a suppressed cell: no line is drawn through a year the
 * source did not publish (a level 130 in 2010 and 2012, ".." in 2011). */
static void
test_line_breaks (void)
{
  g_autoptr(KbDataset) dataset = kb_dataset_new ();
  g_autoptr(KbSeries) a = kb_series_new ("0580", "Linköping", KB_INDICATOR_ENERGY, "", "el", "MWh", "Test", 0);
  g_autoptr(KbSeries) b = kb_series_new ("0580", "Linköping", KB_INDICATOR_ENERGY, "", "fjärrvärme", "MWh", "Test", 0);
  g_autoptr(KbSeries) total = kb_series_new ("0580", "Linköping", KB_INDICATOR_ENERGY, "", "", "MWh", "Test", 0);
  g_autoptr(KbChart) chart = NULL;
  KbTestRender r;

  for (int year = 2009; year <= 2013; year++)
    {
      if (year == 2011)
        kb_series_set_missing (a, year);
      else
        kb_series_set_value (a, year, 130);
      kb_series_set_value (b, year, 300);
      kb_series_set_value (total, year, 430);
    }
  kb_dataset_add (dataset, total);
  kb_dataset_add (dataset, a);
  kb_dataset_add (dataset, b);
  chart = kb_chart_new (KB_CHART_KIND_ENERGY, dataset, "0580");
  kb_chart_set_by_fuel (chart, TRUE);
  kb_chart_set_trend_style (chart, KB_TREND_STYLE_LINES);
  kb_test_render (chart, WIDTH, HEIGHT, &r);
  /* On the line where it has data, paper where it has none. */
  assert_pixel (&r, 2009.5, 130, kb_palette_sector ("el", 0), "the line before the gap");
  assert_pixel (&r, 2010.6, 130, kb_ink_light.background, "no line through the suppressed year");
  assert_pixel (&r, 2011.4, 130, kb_ink_light.background, "no line through the suppressed year");
  assert_pixel (&r, 2012.5, 130, kb_palette_sector ("el", 0), "the line after the gap");
  cairo_surface_destroy (r.surface);
}

/* Labels as the interface's language names them: the inventory's English
 * sector names in English, SCB's categories without abbreviations in
 * Swedish; an unknown label as the source wrote it. */
static void
test_labels (void)
{
  g_assert_cmpstr (kb_label_display ("Transporter", KB_LANGUAGE_ENGLISH), ==, "Domestic transport");
  g_assert_cmpstr (kb_label_display ("Transporter", KB_LANGUAGE_SWEDISH), ==, "Transporter");
  g_assert_cmpstr (kb_label_display ("slutanv. industri, byggverks.", KB_LANGUAGE_SWEDISH), ==,
                   "Industri och byggverksamhet");
  g_assert_cmpstr (kb_label_display ("slutanv. industri, byggverks.", KB_LANGUAGE_ENGLISH), ==,
                   "Industry and construction");
  g_assert_cmpstr (kb_label_display ("fjärrvärme", KB_LANGUAGE_ENGLISH), ==, "District heating");
  g_assert_cmpstr (kb_label_display ("Egen sektor", KB_LANGUAGE_ENGLISH), ==, "Egen sektor");

  /* Every label of the embedded energy table has its names. */
  {
    g_autoptr(KbDataset) dataset = kb_import_default ();
    g_autoptr(GPtrArray) categories = kb_dataset_get_sectors (dataset, "0583", KB_INDICATOR_ENERGY,
                                                              kb_dataset_get_latest_vintage (dataset, "0583", KB_INDICATOR_ENERGY));
    g_autoptr(GPtrArray) fuels = kb_dataset_get_fuels (dataset, "0583", KB_INDICATOR_ENERGY,
                                                       kb_dataset_get_latest_vintage (dataset, "0583", KB_INDICATOR_ENERGY));

    g_assert_cmpuint (categories->len, ==, 8);
    g_assert_cmpuint (fuels->len, ==, 8);
    g_ptr_array_extend_and_steal (categories, g_steal_pointer (&fuels));
    for (guint i = 0; i < categories->len; i++)
      {
        KbSeries *s = g_ptr_array_index (categories, i);
        const char *raw = *kb_series_get_sector (s) ? kb_series_get_sector (s) : kb_series_get_subsector (s);

        g_assert_cmpstr (kb_series_display (s, KB_LANGUAGE_ENGLISH), !=, raw);
        g_assert_true (g_ascii_isupper (kb_series_display (s, KB_LANGUAGE_SWEDISH)[0]) ||
                       (guchar)kb_series_display (s, KB_LANGUAGE_SWEDISH)[0] >= 0x80);
      }
  }
}

/* Every kind of chart, drawn, told and tabled with a plan, lets go of
 * all it holds: the chart, the plan and the dataset end with their last
 * reference. */
static void
test_finalize (void)
{
  KbDataset *dataset = kb_import_default ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "exempel-atgarder.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GListStore *plan = kb_measures_read_file (file, &error);
  g_autoptr(GEnumClass) kinds = g_type_class_ref (KB_TYPE_CHART_KIND);

  g_assert_no_error (error);
  for (guint i = 0; i < kinds->n_values; i++)
    {
      KbChart *chart = kb_chart_new (kinds->values[i].value, dataset, "0580");
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 640, 360);
      cairo_t *cr = cairo_create (surface);
      g_autofree char *words = NULL;
      g_autoptr(KbChartTable) table = NULL;
      KbChartLayout l;

      kb_chart_set_measures (chart, G_LIST_MODEL (plan));
      kb_chart_render (chart, cr, 640, 360, &l);
      words = kb_chart_dup_description (chart);
      table = kb_chart_dup_table (chart);
      g_assert_nonnull (words);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      g_assert_finalize_object (chart);
    }
  g_assert_finalize_object (plan);
  g_assert_finalize_object (dataset);
}

/* The chart's ends: a rising trend is not cut at the top of the target
 * chart (Kiruna in the 2021 export), a year of a stacked chart drawn as a
 * column (not every part published) is whole at the end (Kiruna's energy
 * use in 2019). */
static void
test_chart_ends (void)
{
  g_autofree char *path = kb_test_shared_file ("emissions/emissions_per_municipality.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) export = kb_import_file (file, NULL, &error);
  g_autoptr(KbDataset) builtin = kb_import_default ();
  g_autoptr(KbChart) target = NULL;
  g_autoptr(KbChart) energy = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  const KbTargetGap *gap;
  KbChartLayout l;

  g_assert_no_error (error);
  target = kb_chart_new (KB_CHART_KIND_TARGET_GAP, export, "2584");
  {
    g_autoptr(KbTarget) national = kb_target_new_for_region ("2584");
    kb_chart_set_target (target, national);
  }
  kb_chart_render (target, cr, WIDTH, HEIGHT, &l);
  gap = kb_chart_get_gap (target);
  g_assert_nonnull (gap);
  g_assert_true (gap->have_trend);
  g_assert_cmpfloat (gap->trend.slope, >, 0);
  g_assert_cmpfloat (l.y_max, >=, kb_trend_value (&gap->trend, l.x_max));

  energy = kb_chart_new (KB_CHART_KIND_ENERGY, builtin, "2584");
  kb_chart_set_trend_style (energy, KB_TREND_STYLE_STACKED);
  kb_chart_render (energy, cr, WIDTH, HEIGHT, &l);
  g_assert_cmpfloat (l.x_max, ==, 2019.5);
  g_assert_cmpfloat (l.x_min, ==, 2009);
  /* Norrköping's 2020 is complete but 2019 is not: a column too, whole
   * (found by a new user: cut in half at the axis). */
  kb_chart_set_region_code (energy, "0581");
  kb_chart_render (energy, cr, WIDTH, HEIGHT, &l);
  g_assert_cmpfloat (l.x_max, ==, 2020.5);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
count_signal (gpointer  instance,
              gpointer  unused,
              guint    *count)
{
  (*count)++;
}

static void
count_change (KbChart *chart,
              guint   *count)
{
  (*count)++;
}

/* The chart's description is properties: each setter notifies once, a
 * value set again does not, and charts bind to one another. */
static void
test_properties (void)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(KbChart) chart = kb_chart_new (KB_CHART_KIND_SECTOR_TREND, dataset, "0580");
  g_autoptr(KbChart) follower = kb_chart_new (KB_CHART_KIND_SECTOR_TREND, dataset, "0580");
  guint year_notes = 0, changes = 0, per_capita_notes = 0, range_notes = 0;
  int to_year = 0;
  double absolute, per_head;

  g_signal_connect (chart, "notify::year", G_CALLBACK (count_signal), &year_notes);
  g_signal_connect (chart, "notify::per-capita", G_CALLBACK (count_signal), &per_capita_notes);
  g_signal_connect (chart, "notify::to-year", G_CALLBACK (count_signal), &range_notes);
  g_signal_connect (chart, "changed", G_CALLBACK (count_change), &changes);

  kb_chart_set_year (chart, 2020);
  kb_chart_set_year (chart, 2020);
  g_assert_cmpuint (year_notes, ==, 1);
  g_object_set (chart, "year", 2021, NULL);
  g_assert_cmpuint (year_notes, ==, 2);
  g_assert_cmpint (kb_chart_get_year (chart), ==, 2021);
  g_assert_cmpuint (changes, ==, 2);

  kb_chart_set_year_range (chart, 2000, 2020);
  g_object_get (chart, "to-year", &to_year, NULL);
  g_assert_cmpint (to_year, ==, 2020);
  g_assert_cmpuint (range_notes, ==, 1);
  /* The first year alone changed: the last says nothing. */
  kb_chart_set_year_range (chart, 2005, 2020);
  g_assert_cmpuint (range_notes, ==, 1);
  {
    const char *sectors[] = { "Transporter", NULL };
    guint filter_notes = 0;

    g_signal_connect (chart, "notify::sector-filter", G_CALLBACK (count_signal), &filter_notes);
    kb_chart_set_sector_filter (chart, sectors);
    kb_chart_set_sector_filter (chart, sectors);
    kb_chart_set_sector_filter (chart, NULL);
    kb_chart_set_sector_filter (chart, NULL);
    g_assert_cmpuint (filter_notes, ==, 2);
  }

  /* Ranking per inhabitant sets per inhabitant too, and says so. */
  kb_chart_set_compare_measure (chart, KB_COMPARE_PER_CAPITA);
  g_assert_cmpuint (per_capita_notes, ==, 1);
  kb_chart_set_compare_measure (chart, KB_COMPARE_TOTAL);
  g_assert_cmpuint (per_capita_notes, ==, 2);

  /* A follower bound to the chart's per inhabitant shows what it shows. */
  g_object_bind_property (chart, "per-capita", follower, "per-capita", G_BINDING_SYNC_CREATE);
  g_assert_true (kb_series_get_value (kb_chart_get_total (follower), 2020, &absolute));
  g_object_set (chart, "per-capita", TRUE, NULL);
  g_assert_true (kb_chart_get_per_capita (follower));
  g_assert_true (kb_series_get_value (kb_chart_get_total (follower), 2020, &per_head));
  g_assert_cmpfloat (per_head, <, absolute / 1000);

  /* Notes, a mode's target and the game's guesses are properties too. */
  {
    guint notes_notes = 0, mode_notes = 0, pct_notes = 0, guesses_notes = 0;
    g_autoptr(KbGuesses) shared = kb_guesses_new ();
    g_autoptr(KbGuesses) got = NULL;
    g_autofree char *mode = NULL;
    guint n_notes;

    g_signal_connect (chart, "notify::n-annotations", G_CALLBACK (count_signal), &notes_notes);
    g_signal_connect (chart, "notify::mode-target", G_CALLBACK (count_signal), &mode_notes);
    g_signal_connect (chart, "notify::mode-target-pct", G_CALLBACK (count_signal), &pct_notes);
    g_signal_connect (chart, "notify::guesses", G_CALLBACK (count_signal), &guesses_notes);
    kb_chart_add_annotation (chart, 2020, "Pandemin");
    g_object_get (chart, "n-annotations", &n_notes, NULL);
    g_assert_cmpuint (n_notes, ==, 1);
    kb_chart_clear_annotations (chart);
    kb_chart_clear_annotations (chart);
    g_assert_cmpuint (notes_notes, ==, 2);
    kb_chart_set_mode_target (chart, "Cykel", 45);
    kb_chart_set_mode_target (chart, "Cykel", 45);
    kb_chart_set_mode_target (chart, "Cykel", 50);
    g_object_get (chart, "mode-target", &mode, NULL);
    g_assert_cmpstr (mode, ==, "Cykel");
    g_assert_cmpuint (mode_notes, ==, 1);
    g_assert_cmpuint (pct_notes, ==, 2);
    changes = 0;
    g_object_set (chart, "guesses", shared, NULL);
    g_object_get (chart, "guesses", &got, NULL);
    g_assert_true (got == shared);
    g_assert_cmpuint (guesses_notes, ==, 1);
    /* A guess drawn on them is a change of the chart. */
    kb_guesses_begin (shared, 2010, 800000);
    g_assert_cmpuint (changes, ==, 2);
  }
}

/* A change whose first or last year has no total says so in the plot,
 * rather than leaving it blank (found by a new user). */
static void
test_change_without_total (void)
{
  g_autoptr(KbDataset) dataset = kb_dataset_new ();
  g_autoptr(KbSeries) transport = kb_series_new ("0581", "Norrköping", KB_INDICATOR_GHG, "Transporter", "",
                                                 "t CO2e", "Test", 2026);
  g_autoptr(KbSeries) farming = kb_series_new ("0581", "Norrköping", KB_INDICATOR_GHG, "Jordbruk", "",
                                               "t CO2e", "Test", 2026);
  g_autoptr(KbChart) chart = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  KbChartLayout l;
  guint inked = 0;
  guchar *data;
  int stride;

  kb_series_set_value (transport, 2020, 250000);
  kb_series_set_missing (transport, 2021);
  kb_series_set_value (farming, 2020, 70000);
  kb_series_set_value (farming, 2021, 69000);
  kb_dataset_add (dataset, transport);
  kb_dataset_add (dataset, farming);
  chart = kb_chart_new (KB_CHART_KIND_SECTOR_CHANGE, dataset, "0581");
  kb_chart_set_from_year (chart, 2020);
  kb_chart_set_year (chart, 2021);
  kb_chart_render (chart, cr, WIDTH, HEIGHT, &l);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = (int)l.plot.y; y < (int)(l.plot.y + l.plot.height); y++)
    for (int x = (int)l.plot.x; x < (int)(l.plot.x + l.plot.width); x++)
      inked += data[y * stride + x * 4 + 1] < 200;
  g_assert_cmpuint (inked, >, 200);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart-kinds/ranking", test_ranking);
  g_test_add_func ("/chart-kinds/change", test_change_waterfall);
  g_test_add_func ("/chart-kinds/compare", test_compare_county);
  g_test_add_func ("/chart-kinds/mode-share", test_mode_share);
  g_test_add_func ("/chart-kinds/energy", test_energy);
  g_test_add_func ("/chart-kinds/relative", test_relative_lines);
  g_test_add_func ("/chart-kinds/presets", test_presets);
  g_test_add_func ("/chart-kinds/descriptions", test_descriptions);
  g_test_add_func ("/chart-kinds/readout", test_readout);
  g_test_add_func ("/chart-kinds/year-range", test_year_range);
  g_test_add_func ("/chart-kinds/sector-filter", test_sector_filter);
  g_test_add_func ("/chart-kinds/share-and-year-bar", test_share_and_year_bar);
  g_test_add_func ("/chart-kinds/per-capita", test_per_capita);
  g_test_add_func ("/chart-kinds/annotation-and-mode-target", test_annotation_and_mode_target);

  g_test_add_func ("/chart-kinds/labels", test_labels);
  g_test_add_func ("/chart-kinds/compare-scopes", test_compare_scopes);
  g_test_add_func ("/chart-kinds/energy-suppressed", test_energy_suppressed);
  g_test_add_func ("/chart-kinds/releases", test_releases);
  g_test_add_func ("/chart-kinds/line-breaks", test_line_breaks);

  g_test_add_func ("/chart-kinds/finalize", test_finalize);
  g_test_add_func ("/chart-kinds/ends", test_chart_ends);
  g_test_add_func ("/chart-kinds/properties", test_properties);
  g_test_add_func ("/chart-kinds/change-without-total", test_change_without_total);
  return g_test_run ();
}
