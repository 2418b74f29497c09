/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "chart/kb-chart-export.h"
#include "chart/kb-chart-render.h"
#include "chart/kb-chart-table.h"
#include "chart/kb-chart-text.h"
#include "chart/kb-palette.h"
#include "import/kb-import.h"
#include "import/kb-measures-reader.h"
#include "kb-test-util.h"

/* The climate investment plan's charts, checked by their pixels, their
 * numbers and their words, for Linköping. */

#define BASELINE 1237762.39
#define LATEST 736445.33
#define SLOPE ((674470.11 - 689078.67) / 7)
#define TREND(year) (LATEST + SLOPE * ((year) - 2024))

static double
number_at (KbChartTable *table,
           guint         row,
           guint         column)
{
  double v;

  g_assert_true (kb_chart_table_get_number (table, row, column, &v));
  return v;
}

static GListStore *
plan (const char *fixture)
{
  g_autofree char *path = kb_test_fixture (fixture);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GListStore *measures = kb_measures_read_file (file, &error);

  g_assert_no_error (error);
  return measures;
}

static KbChart *
chart_with (KbChartKind  kind,
            GListModel  *measures)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(KbTarget) target = kb_target_new_default ();
  KbChart *chart = kb_chart_new (kind, dataset, "0580");

  kb_chart_set_target (chart, target);
  kb_chart_set_measures (chart, measures);
  return chart;
}

static cairo_surface_t *
render (KbChart       *chart,
        KbChartLayout *layout)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1600, 900);
  cairo_t *cr = cairo_create (surface);

  kb_chart_render (chart, cr, 1600, 900, layout);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static gboolean
is_color (cairo_surface_t     *surface,
          const KbChartLayout *l,
          double               x,
          double               y,
          KbColor              c)
{
  int px = (int)round (kb_chart_layout_x (l, x)), py = (int)round (kb_chart_layout_y (l, y));
  guint32 p = *(guint32 *)(cairo_image_surface_get_data (surface) + py * cairo_image_surface_get_stride (surface) + px * 4);

  return fabs ((p >> 16 & 0xFF) / 255.0 - c.red) < 0.06 && fabs ((p >> 8 & 0xFF) / 255.0 - c.green) < 0.06 &&
         fabs ((p & 0xFF) / 255.0 - c.blue) < 0.06;
}

/* Without measures the waterfall does not draw the trend twice (as the
 * trend and as what remains): the trend, and a row that says none are
 * open. */
static void
test_measures_none (void)
{
  g_autoptr(GListStore) none = g_list_store_new (KB_TYPE_MEASURE);
  g_autoptr(GListStore) some = plan ("measures-plan.csv");
  g_autoptr(KbChart) empty = chart_with (KB_CHART_KIND_MEASURES, G_LIST_MODEL (none));
  g_autoptr(KbChart) full = chart_with (KB_CHART_KIND_MEASURES, G_LIST_MODEL (some));
  KbChartLayout layout;
  cairo_surface_t *surface;

  surface = render (empty, &layout);
  g_assert_cmpfloat (layout.y_max - layout.y_min, ==, 2);
  /* The trend's bar in the top row; nothing drawn in the second, where
   * the trend was drawn again as what remains. */
  g_assert_false (is_color (surface, &layout, layout.x_max * 0.1, 1.5, kb_ink_light.background));
  g_assert_true (is_color (surface, &layout, layout.x_max * 0.1, 0.5, kb_ink_light.background));
  cairo_surface_destroy (surface);
  /* No plan and no cut: the words say so (they read "With −0.0 % a year"). */
  {
    g_autofree char *none_words = kb_chart_dup_description (empty);

    g_assert_true (g_str_has_prefix (none_words, "No measures are open: on the trend, emissions in "));
  }
  /* A what-if cut leaves less than the trend: the cut is a step of its
   * own (a workshop read it as the measures' when it was unseen), and
   * what remains is drawn. */
  kb_chart_set_extra_cut (empty, 5);
  surface = render (empty, &layout);
  g_assert_cmpfloat (layout.y_max - layout.y_min, ==, 3);
  g_assert_true (is_color (surface, &layout, layout.x_max * 0.1, 0.5, kb_ink_light.history));
  {
    KbMeasuresOutcome outcome;
    g_autofree char *words = kb_chart_dup_description (empty);
    g_autofree char *title = kb_chart_dup_title (empty);

    g_assert_true (kb_chart_get_outcome (empty, &outcome));
    g_assert_true (is_color (surface, &layout, (outcome.remaining + outcome.trend_value) / 2, 1.5,
                             kb_ink_light.scenario));
    /* Its numbers have the step too. */
    {
      g_autoptr(KbChartTable) steps = NULL;
      int row;
      double v;

      kb_chart_set_language (empty, KB_LANGUAGE_ENGLISH);
      steps = kb_chart_dup_table (empty);
      row = kb_chart_table_find_row (steps, "Extra −5.0\u00A0% a year");
      g_assert_cmpint (row, >=, 0);
      g_assert_true (kb_chart_table_get_number (steps, (guint)row, 2, &v));
      g_assert_cmpfloat_with_epsilon (v, outcome.remaining - outcome.trend_value, 1e-6);
    }
    /* Said as the cut, not as the measures, here and on the target chart. */
    g_assert_true (g_str_has_prefix (words, "With −5.0\u00A0% a year more than the trend, emissions in "));
    g_assert_true (g_str_has_prefix (title, "An extra cut against the gap, "));
  }
  {
    g_autoptr(KbChart) goal = chart_with (KB_CHART_KIND_TARGET_GAP, G_LIST_MODEL (none));
    g_autoptr(KbChartTable) table = NULL;
    g_autofree char *label = NULL;
    gboolean found = FALSE;

    kb_chart_set_language (goal, KB_LANGUAGE_ENGLISH);
    kb_chart_set_extra_cut (goal, 5);
    label = kb_chart_dup_scenario_label (goal);
    g_assert_cmpstr (label, ==, "Trend with −5.0\u00A0% a year more");
    /* Its outcome is in the words, where a small window has no room for
     * its key figure. */
    {
      g_autofree char *words = kb_chart_dup_description (goal);

      g_assert_nonnull (strstr (words, " Trend with −5.0\u00A0% a year more: the 2030 level is "));
    }
    table = kb_chart_dup_table (goal);
    for (guint c = 0; c < kb_chart_table_get_n_columns (table); c++)
      found |= g_str_equal (kb_chart_table_get_header (table, c), "Trend with −5.0\u00A0% a year more (t CO2e)");
    g_assert_true (found);
    kb_chart_set_measures (goal, G_LIST_MODEL (some));
    g_free (label);
    label = kb_chart_dup_scenario_label (goal);
    g_assert_cmpstr (label, ==, "With the measures and −5.0\u00A0% a year more");
  }
  cairo_surface_destroy (surface);
  /* Measures and a cut: the words credit both. */
  {
    g_autofree char *both = NULL;

    kb_chart_set_extra_cut (full, 5);
    both = kb_chart_dup_description (full);
    g_assert_nonnull (strstr (both, "; with −5.0\u00A0% a year more, "));
    kb_chart_set_extra_cut (full, 0);
  }
  surface = render (full, &layout);
  /* Trend, each measure, and what remains. */
  g_assert_cmpfloat (layout.y_max - layout.y_min, ==, g_list_model_get_n_items (G_LIST_MODEL (some)) + 2);
  cairo_surface_destroy (surface);
}

/* The old plan's measures on the curve, cheapest first: district heating
 * 135 kr/t × 200 kt, machines 152 kr/t × 8 kt, cycling 258 kr/t × 10 kt,
 * buses 421 kr/t × 15 kt; biogas cuts nothing by 2030 and is off it. */
static void
test_cost_curve_pixels (void)
{
  g_autoptr(GListStore) measures = plan ("measures-old-format.csv");
  g_autoptr(KbChart) chart = chart_with (KB_CHART_KIND_COST_CURVE, G_LIST_MODEL (measures));
  KbChartLayout l;
  cairo_surface_t *surface = render (chart, &l);
  double gap_before = TREND (2030) - 0.3 * BASELINE;
  gboolean gap_line = FALSE;

  g_assert_cmpfloat (l.x_min, ==, 0);
  g_assert_cmpfloat (l.x_max, >=, gap_before);
  g_assert_true (is_color (surface, &l, 100000, 67, kb_palette_owner (KB_MEASURE_OWNER_MUNICIPALITY)));
  g_assert_true (is_color (surface, &l, 100000, 250, kb_ink_light.background));
  g_assert_true (is_color (surface, &l, 204000, 75, kb_palette_owner (KB_MEASURE_OWNER_BUSINESS)));
  g_assert_true (is_color (surface, &l, 213000, 129, kb_palette_owner (KB_MEASURE_OWNER_RESIDENTS)));
  g_assert_true (is_color (surface, &l, 213000, 300, kb_ink_light.background));
  g_assert_true (is_color (surface, &l, 225500, 400, kb_palette_owner (KB_MEASURE_OWNER_MUNICIPALITY)));
  /* Nothing beyond the 233 kt the curve's measures cut. */
  g_assert_true (is_color (surface, &l, 240000, 50, kb_ink_light.background));
  /* The gap, dashed across the plot. */
  for (double y = 20; y < 400; y += 10)
    gap_line |= is_color (surface, &l, gap_before, y, kb_ink_light.target);
  g_assert_true (gap_line);
  cairo_surface_destroy (surface);
}

/* The fixture plan: A 1 000 kSEK over 2025–2029 (the municipal group), B
 * unknown, C 500 over 2046–2050 (residents), D 22 000 over 2040–2050
 * (the state). */
static void
test_investment_pixels (void)
{
  g_autoptr(GListStore) measures = plan ("measures-plan.csv");
  g_autoptr(KbChart) chart = chart_with (KB_CHART_KIND_INVESTMENT, G_LIST_MODEL (measures));
  g_autoptr(KbChartTable) table = kb_chart_dup_table (chart);
  g_autofree char *words = kb_chart_dup_description (chart);
  g_autofree char *subtitle = kb_chart_dup_subtitle (chart);
  KbChartLayout l;
  cairo_surface_t *surface = render (chart, &l);

  g_assert_true (is_color (surface, &l, 2027, 100, kb_palette_owner (KB_MEASURE_OWNER_MUNICIPALITY)));
  g_assert_true (is_color (surface, &l, 2027, 300, kb_ink_light.background));
  g_assert_true (is_color (surface, &l, 2035, 100, kb_ink_light.background));
  /* Stacked in the actors' order: residents' 100 under the state's 2 000. */
  g_assert_true (is_color (surface, &l, 2047, 50, kb_palette_owner (KB_MEASURE_OWNER_RESIDENTS)));
  g_assert_true (is_color (surface, &l, 2047, 1000, kb_palette_owner (KB_MEASURE_OWNER_STATE)));
  g_assert_true (is_color (surface, &l, 2047, 2250, kb_ink_light.background));
  g_assert_true (is_color (surface, &l, 2041, 2050, kb_ink_light.background));
  cairo_surface_destroy (surface);

  /* Rows 2025–2050, a column an actor. */
  g_assert_cmpuint (kb_chart_table_get_n_rows (table), ==, 26);
  g_assert_cmpfloat (number_at (table, 0, 1), ==, 200);
  g_assert_cmpfloat_with_epsilon (number_at (table, 25, 4), 2000, 1e-9);
  g_assert_cmpfloat_with_epsilon (number_at (table, 21, 3), 100, 1e-9);
  g_assert_nonnull (strstr (subtitle, "2025–2050"));
  g_assert_nonnull (strstr (words, "23.5 million kr over 2025–2050"));
  /* Business's one measure has no investment: not "0". */
  g_assert_nonnull (strstr (words, "Business: no investment given."));
  g_assert_nonnull (strstr (words, "1 of 4 measures has no investment given and is not counted."));
}

static void
test_actors (void)
{
  g_autoptr(GListStore) measures = plan ("measures-old-format.csv");
  g_autoptr(KbChart) chart = chart_with (KB_CHART_KIND_ACTORS, G_LIST_MODEL (measures));
  g_autoptr(KbChartTable) table = kb_chart_dup_table (chart);
  g_autofree char *words = kb_chart_dup_description (chart);
  KbChartLayout l;
  cairo_surface_t *surface = render (chart, &l);
  KbMeasuresOutcome outcome;

  g_assert_true (kb_chart_get_outcome (chart, &outcome));
  /* The municipal group, business, residents, and what is left. */
  g_assert_cmpfloat (l.y_max, ==, 4);
  g_assert_true (is_color (surface, &l, 100000, 3.5, kb_palette_owner (KB_MEASURE_OWNER_MUNICIPALITY)));
  g_assert_true (is_color (surface, &l, 100000, 2.5, kb_ink_light.background));
  g_assert_true (is_color (surface, &l, outcome.remaining_gap / 2, 0.5, kb_ink_light.trend));
  cairo_surface_destroy (surface);

  /* 215 000 t and 620 000 kSEK for the municipal group, by hand. */
  g_assert_cmpstr (kb_chart_table_get_text (table, 0, 0), ==, "Municipal group");
  g_assert_cmpfloat (number_at (table, 0, 1), ==, 215000);
  g_assert_cmpfloat (number_at (table, 0, 2), ==, 620000);
  g_assert_cmpfloat_with_epsilon (number_at (table, 3, 1), outcome.remaining_gap, 1e-6);
  g_assert_nonnull (strstr (words, "In 2030 the measures cut 233\u00A0kt: Municipal group 215\u00A0kt (92 %)"));

  /* Business's only measure gives no investment: an empty cell, not 0. */
  {
    g_autoptr(GListStore) unknown = plan ("measures-plan.csv");
    g_autoptr(KbChartTable) rows = NULL;
    double v;
    int business;

    kb_chart_set_measures (chart, G_LIST_MODEL (unknown));
    rows = kb_chart_dup_table (chart);
    business = kb_chart_table_find_row (rows, "Business");
    g_assert_cmpint (business, >=, 0);
    g_assert_false (kb_chart_table_get_number (rows, (guint)business, 2, &v));
    g_assert_cmpfloat (number_at (rows, (guint)business, 1), ==, 50);
  }
}

/* Grouped, the waterfall has a row an actor: three, between the trend
 * and what remains. */
static void
test_grouping (void)
{
  g_autoptr(GListStore) measures = plan ("measures-old-format.csv");
  g_autoptr(KbChart) chart = chart_with (KB_CHART_KIND_MEASURES, G_LIST_MODEL (measures));
  KbChartLayout l;
  cairo_surface_t *surface;

  kb_chart_set_measures_grouping (chart, KB_MEASURES_BY_OWNER);
  surface = render (chart, &l);
  g_assert_cmpfloat (l.y_max, ==, 5);
  /* Row 1: the municipal group's 215 kt, from the trend down. */
  g_assert_true (is_color (surface, &l, TREND (2030) - 100000, 3.5, kb_palette_owner (KB_MEASURE_OWNER_MUNICIPALITY)));
  cairo_surface_destroy (surface);

  kb_chart_set_measures_grouping (chart, KB_MEASURES_BY_FOCUS_AREA);
  surface = render (chart, &l);
  /* The old plan has no focus areas: one row, "No focus area". */
  g_assert_cmpfloat (l.y_max, ==, 3);
  cairo_surface_destroy (surface);
}

/* A deck holds the plan's five charts whenever a plan is given, and
 * none without one; its target chart carries the scenario. */
static guint
deck_pages (KbChart *chart)
{
  g_autofree char *dir = g_dir_make_tmp ("kb-plan-deck-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "deck.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;
  guint n = 0;

  g_assert_true (kb_chart_export_deck (chart, NULL, pdf, 960, 540, 1, &error));
  g_assert_no_error (error);
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      n += g_str_has_suffix (name, ".png");
      g_remove (path);
    }
  g_rmdir (dir);
  return n;
}

static void
test_deck (void)
{
  g_autoptr(GListStore) measures = plan ("measures-plan.csv");
  g_autoptr(KbChart) with_plan = chart_with (KB_CHART_KIND_SECTOR_TREND, G_LIST_MODEL (measures));
  g_autoptr(KbChart) without = chart_with (KB_CHART_KIND_SECTOR_TREND, NULL);

  g_assert_cmpuint (deck_pages (with_plan), ==, deck_pages (without) + 5);
}

/* The source line names where the measures come from. */
static void
test_source_line (void)
{
  g_autoptr(GListStore) measures = plan ("measures-old-format.csv");
  g_autoptr(KbChart) chart = chart_with (KB_CHART_KIND_COST_CURVE, G_LIST_MODEL (measures));
  g_autofree char *line = kb_chart_dup_source_line (chart);

  g_assert_true (g_str_has_suffix (line, "; measures: Påhittat exempel, inte Linköpings plan"));
}

/* Each sector against its share of the target says, beside its subtitle,
 * what its bars' parts are: muted ink to the right of the subtitle where
 * there are bars, none where the chart has no target. */
static void
test_sector_measures_key (void)
{
  g_autoptr(GListStore) measures = plan ("measures-old-format.csv");
  g_autoptr(KbChart) chart = chart_with (KB_CHART_KIND_SECTOR_MEASURES, G_LIST_MODEL (measures));
  KbChartLayout l;
  cairo_surface_t *surface = render (chart, &l);
  guint inked = 0;
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  /* The right half of the subtitle's line. */
  for (int y = (int)l.subtitle.y; y < (int)(l.subtitle.y + l.subtitle.height); y++)
    for (int x = (int)(l.width / 2); x < (int)(l.plot.x + l.plot.width); x++)
      {
        guint32 p = *(const guint32 *)(data + y * stride + x * 4);

        inked += (p & 0xFFFFFF) != 0xFFFFFF;
      }
  g_assert_cmpuint (inked, >, 50);
  cairo_surface_destroy (surface);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  kb_chart_render_init ();
  g_test_add_func ("/plan-charts/cost-curve", test_cost_curve_pixels);
  g_test_add_func ("/plan-charts/investment", test_investment_pixels);
  g_test_add_func ("/plan-charts/actors", test_actors);
  g_test_add_func ("/plan-charts/measures-none", test_measures_none);
  g_test_add_func ("/plan-charts/grouping", test_grouping);
  g_test_add_func ("/plan-charts/deck", test_deck);
  g_test_add_func ("/plan-charts/sector-measures-key", test_sector_measures_key);
  g_test_add_func ("/plan-charts/source-line", test_source_line);
  return g_test_run ();
}
