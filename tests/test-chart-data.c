/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <gsf/gsf.h>
#include <math.h>
#include <string.h>

#include "chart/kb-chart-export.h"
#include "chart/kb-chart-render.h"
#include "chart/kb-chart-text.h"
#include "chart/kb-chart-table.h"
#include "chart/kb-compare.h"
#include "chart/kb-labels.h"
#include "import/kb-import.h"
#include "import/kb-measures-reader.h"
#include "kb-test-util.h"

/* "Export the numbers" writes each chart kind's own numbers, the values it
 * draws, value by value: checked here against the chart's series and
 * figures, and read back from the CSV and XLSX files. */

static KbDataset *
embedded (void)
{
  static KbDataset *dataset;

  if (dataset == NULL)
    dataset = kb_import_default ();
  return dataset;
}

static KbChart *
chart_of (KbChartKind  kind,
          const char  *region)
{
  KbChart *chart = kb_chart_new (kind, embedded (), region);
  g_autoptr(KbTarget) target = kb_target_new_for_region (region);

  kb_chart_set_target (chart, target);
  kb_chart_set_language (chart, KB_LANGUAGE_ENGLISH);
  return chart;
}

static int
column_of (KbChartTable *table,
           const char   *header)
{
  for (guint c = 0; c < kb_chart_table_get_n_columns (table); c++)
    if (g_strcmp0 (kb_chart_table_get_header (table, c), header) == 0)
      return (int)c;
  g_error ("no column “%s”", header);
}

/* A time series' column: its name and, in brackets, its unit. */
static int
column_in (KbChartTable *table,
           const char   *name,
           const char   *unit)
{
  g_autofree char *header = g_strdup_printf ("%s (%s)", name, unit);

  return column_of (table, header);
}

static double
number_at (KbChartTable *table,
           int           row,
           int           column)
{
  double v;

  g_assert_cmpint (row, >=, 0);
  g_assert_true (kb_chart_table_get_number (table, (guint)row, (guint)column, &v));
  return v;
}

/* The stack's table: a row a year, every part's value as the series has
 * it, the total last. */
static void
test_trend (void)
{
  g_autoptr(KbChart) chart = chart_of (KB_CHART_KIND_SECTOR_TREND, "0580");
  g_autoptr(KbChartTable) table = NULL;
  GPtrArray *parts;
  KbSeries *total;
  guint compared = 0;

  kb_chart_set_trend_style (chart, KB_TREND_STYLE_STACKED);
  table = kb_chart_dup_table (chart);
  parts = kb_chart_get_sectors (chart);
  total = kb_chart_get_total (chart);
  g_assert_cmpuint (kb_chart_table_get_n_rows (table), ==, kb_series_get_n_years (total));
  g_assert_cmpuint (kb_chart_table_get_n_columns (table), ==, parts->len + 2);
  for (guint y = 0; y < kb_series_get_n_years (total); y++)
    {
      g_autofree char *year = g_strdup_printf ("%d", kb_series_get_year (total, y));
      int row = kb_chart_table_find_row (table, year);
      double v;

      for (guint s = 0; s < parts->len; s++)
        {
          KbSeries *part = g_ptr_array_index (parts, s);

          g_assert_true (kb_series_get_value_at (part, y, &v));
          g_assert_cmpfloat (number_at (table, row, column_in (table, kb_series_display (part, KB_LANGUAGE_ENGLISH), "t CO2e")), ==, v);
          compared++;
        }
      g_assert_true (kb_series_get_value_at (total, y, &v));
      g_assert_cmpfloat (number_at (table, row, column_in (table, "Total", "t CO2e")), ==, v);
    }
  g_assert_cmpuint (compared, ==, 90);

  /* As shares, every year's parts make 100 %. */
  kb_chart_set_share (chart, TRUE);
  {
    g_autoptr(KbChartTable) shares = kb_chart_dup_table (chart);

    for (guint r = 0; r < kb_chart_table_get_n_rows (shares); r++)
      {
        double sum = 0;

        for (guint c = 1; c < kb_chart_table_get_n_columns (shares); c++)
          sum += number_at (shares, (int)r, (int)c);
        g_assert_cmpfloat_with_epsilon (sum, 100, 1e-9);
      }
  }
}

/* One year's stack as shares: the parts in % of the year's emissions, as
 * the bar draws them, under a % header. */
static void
test_year_bar_shares (void)
{
  g_autoptr(KbChart) chart = chart_of (KB_CHART_KIND_SECTOR_TREND, "0580");
  g_autoptr(KbChartTable) table = NULL;
  double sum = 0;

  kb_chart_set_trend_style (chart, KB_TREND_STYLE_STACKED);
  kb_chart_set_share (chart, TRUE);
  kb_chart_set_year (chart, 2024);
  table = kb_chart_dup_table (chart);
  g_assert_cmpstr (kb_chart_table_get_header (table, 1), ==, "% of the total");
  g_assert_cmpuint (kb_chart_table_get_n_rows (table), ==, 9);
  for (guint r = 0; r < 9; r++)
    sum += number_at (table, (int)r, 1);
  g_assert_cmpfloat_with_epsilon (sum, 100, 1e-9);
  /* El och fjärrvärme: 318 179,14 of 736 445,33 t. */
  for (guint r = 0; r < 9; r++)
    if (g_strcmp0 (kb_chart_table_get_text (table, r, 0), "Electricity and district heating") == 0)
      g_assert_cmpfloat_with_epsilon (number_at (table, (int)r, 1), 318179.14 / 736445.33 * 100, 1e-9);
}

/* The height of @sector's band in year index @y of @stack. */
static double
band_of (const KbChartStack *stack,
         const char         *sector,
         guint               y)
{
  for (guint s = 0; s < stack->sectors->len; s++)
    if (g_strcmp0 (kb_series_get_sector (g_ptr_array_index (stack->sectors, s)), sector) == 0)
      return stack->upper[s * stack->n_years + y] - stack->lower[s * stack->n_years + y];
  g_assert_not_reached ();
}

/* A sector shown alone, as shares, is its part of every sector's
 * emissions — as in the chart of all sectors — never 100 %: drawn, read
 * out, in its numbers, and as one year's bar, also per inhabitant. */
static void
test_filtered_shares (void)
{
  const char *transport[] = { "Transporter", NULL };

  for (guint per_capita = 0; per_capita < 2; per_capita++)
    {
      g_autoptr(KbChart) all = chart_of (KB_CHART_KIND_SECTOR_TREND, "0583");
      g_autoptr(KbChart) alone = chart_of (KB_CHART_KIND_SECTOR_TREND, "0583");
      g_autoptr(KbChartTable) table = NULL;
      g_autofree char *readout = NULL, *expected = NULL, *share_2024 = NULL;
      const KbChartStack *whole, *part;
      guint n_checked = 0;
      int row;

      for (guint c = 0; c < 2; c++)
        {
          KbChart *chart = c == 0 ? all : alone;

          kb_chart_set_trend_style (chart, KB_TREND_STYLE_STACKED);
          kb_chart_set_share (chart, TRUE);
          kb_chart_set_per_capita (chart, per_capita);
        }
      kb_chart_set_sector_filter (alone, transport);
      whole = kb_chart_get_stack (all);
      part = kb_chart_get_stack (alone);
      g_assert_cmpuint (part->sectors->len, ==, 1);
      g_assert_cmpuint (part->n_years, ==, whole->n_years);
      for (guint y = 0; y < part->n_years; y++)
        {
          double share = band_of (whole, "Transporter", y);

          g_assert_cmpfloat_with_epsilon (band_of (part, "Transporter", y), share, 1e-9);
          g_assert_cmpfloat (share, <, 60);
          n_checked++;
        }
      g_assert_cmpuint (n_checked, >=, 10);

      /* The read-out and the numbers say the same share. */
      share_2024 = kb_format_number (band_of (whole, "Transporter", whole->n_years - 1), 0, KB_LANGUAGE_ENGLISH);
      expected = g_strdup_printf ("(%s %%)", share_2024);
      readout = kb_chart_dup_readout (alone, 2024);
      g_assert_nonnull (strstr (readout, expected));
      table = kb_chart_dup_table (alone);
      row = kb_chart_table_find_row (table, "2024");
      g_assert_cmpfloat_with_epsilon (number_at (table, row, column_in (table, "Domestic transport", "% of the total")),
                                      band_of (whole, "Transporter", whole->n_years - 1), 1e-9);

      /* One year's bar, as shares. */
      g_clear_pointer (&table, kb_chart_table_free);
      kb_chart_set_year (alone, 2024);
      table = kb_chart_dup_table (alone);
      g_assert_cmpfloat_with_epsilon (number_at (table, 0, 1), band_of (whole, "Transporter", whole->n_years - 1),
                                      1e-9);
    }
}

/* Motala's energy, each category alone as shares: the same share as
 * among all, in the years all are drawn, and no year drawn that all
 * leave out (2017: parts suppressed and the total too); what is "not
 * published" is of the whole, and only where the category is suppressed. */
static void
test_filtered_shares_suppressed (void)
{
  g_autoptr(KbChart) all = chart_of (KB_CHART_KIND_ENERGY, "0583");
  const KbChartStack *whole;
  guint n_suppressed = 0, n_checked = 0;

  kb_chart_set_trend_style (all, KB_TREND_STYLE_STACKED);
  kb_chart_set_share (all, TRUE);
  whole = kb_chart_get_stack (all);
  g_assert_nonnull (whole);
  for (guint s = 0; s < whole->sectors->len; s++)
    {
      KbSeries *category = g_ptr_array_index (whole->sectors, s);
      const char *name = kb_series_get_sector (category);
      const char *only[] = { name, NULL };
      g_autoptr(KbChart) alone = chart_of (KB_CHART_KIND_ENERGY, "0583");
      const KbChartStack *part;

      kb_chart_set_trend_style (alone, KB_TREND_STYLE_STACKED);
      kb_chart_set_share (alone, TRUE);
      kb_chart_set_sector_filter (alone, only);
      part = kb_chart_get_stack (alone);
      g_assert_cmpuint (part->sectors->len, ==, 1);
      g_assert_cmpuint (part->n_years, ==, whole->n_years);
      for (guint y = 0; y < whole->n_years; y++)
        {
          guint top = (guint)whole->sectors->len * whole->n_years + y;
          guint part_top = part->n_years + y;
          int year = kb_series_get_year (kb_chart_get_total (all), y);

          g_assert_cmpint (part->drawable[y], ==, whole->drawable[y]);
          if (!whole->drawable[y])
            continue;
          g_assert_cmpfloat_with_epsilon (band_of (part, name, y), band_of (whole, name, y), 1e-9);
          if (kb_series_get_value (category, year, NULL))
            g_assert_cmpfloat (part->upper[part_top] - part->lower[part_top], ==, 0);
          else
            {
              g_assert_cmpfloat_with_epsilon (part->upper[part_top] - part->lower[part_top],
                                              whole->upper[top] - whole->lower[top], 1e-9);
              n_suppressed++;
            }
          n_checked++;
        }
    }
  g_assert_cmpuint (n_checked, >, 20);
  g_assert_cmpuint (n_suppressed, >, 0);
}

/* Motala's energy: 2020's suppressed parts are ".." and "Not published"
 * is what they hide of the published total; 2017's total is "..". */
static void
test_energy_suppressed (void)
{
  g_autoptr(KbChart) chart = chart_of (KB_CHART_KIND_ENERGY, "0583");
  g_autoptr(KbChartTable) table = NULL;
  g_autoptr(GBytes) csv = NULL;
  int row2020, row2017;
  double known = 0, whole, v;
  guint suppressed = 0;

  kb_chart_set_trend_style (chart, KB_TREND_STYLE_STACKED);
  table = kb_chart_dup_table (chart);
  row2020 = kb_chart_table_find_row (table, "2020");
  row2017 = kb_chart_table_find_row (table, "2017");
  whole = number_at (table, row2020, column_in (table, "Total", "MWh"));
  g_assert_cmpfloat (round (whole / 1000), ==, 770);
  for (guint c = 1; c + 2 < kb_chart_table_get_n_columns (table); c++)
    {
      v = number_at (table, row2020, (int)c);
      if (isnan (v))
        suppressed++;
      else
        known += v;
    }
  g_assert_cmpuint (suppressed, >, 0);
  g_assert_cmpfloat_with_epsilon (number_at (table, row2020, column_in (table, "Not published", "MWh")), whole - known, 1e-6);
  g_assert_true (isnan (number_at (table, row2017, column_in (table, "Total", "MWh"))));

  /* Swedish Excel's CSV: a byte-order mark, ";", decimal comma, "..". */
  csv = kb_chart_table_to_csv (table);
  {
    const char *text = g_bytes_get_data (csv, NULL);
    g_autofree char *line2017 = NULL;
    g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);

    g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBFYear;"));
    for (guint i = 0; lines[i] != NULL; i++)
      if (g_str_has_prefix (lines[i], "2017;"))
        line2017 = g_strdup (lines[i]);
    g_assert_nonnull (line2017);
    g_assert_true (g_str_has_suffix (line2017, ";.."));
  }
}

/* A year whose parts are partly suppressed, counted once for every view:
 * Motala's energy in 2020 (parts "..", the total published) and 2017 (the
 * total ".." too). Its one-year bar as shares is of the published total,
 * with what is unpublished, as drawn: the parts shown sum to less than
 * 100 %, the rest is "not published" — never the published parts as the
 * whole. */
static void
test_year_parts_suppressed (void)
{
  g_autoptr(KbChart) chart = chart_of (KB_CHART_KIND_ENERGY, "0583");
  g_autoptr(KbChartTable) table = NULL;
  GPtrArray *sectors;
  KbYearParts parts;
  double whole, sum = 0, known = 0, v;

  kb_chart_set_trend_style (chart, KB_TREND_STYLE_STACKED);
  sectors = kb_chart_get_sectors (chart);
  g_assert_true (kb_series_get_value (kb_chart_get_total (chart), 2020, &whole));
  for (guint s = 0; s < sectors->len; s++)
    if (kb_series_get_value (g_ptr_array_index (sectors, s), 2020, &v))
      known += v;

  kb_chart_get_year_parts (chart, sectors, 2020, &parts);
  g_assert_false (parts.complete);
  g_assert_false (parts.filtered);
  g_assert_cmpfloat_with_epsilon (parts.positive + parts.negative, known, 1e-6);
  g_assert_cmpfloat_with_epsilon (parts.unreported, whole - known, 1e-6);
  g_assert_cmpfloat_with_epsilon (parts.base, whole - parts.negative, 1e-6);
  kb_chart_get_year_parts (chart, sectors, 2017, &parts);
  g_assert_false (parts.complete);
  g_assert_true (isnan (parts.unreported));
  /* Without a total, the published parts are not the whole: no base. */
  g_assert_true (isnan (parts.base));

  kb_chart_set_share (chart, TRUE);
  kb_chart_set_year (chart, 2020);
  table = kb_chart_dup_table (chart);
  for (guint r = 0; r < kb_chart_table_get_n_rows (table); r++)
    if (g_strcmp0 (kb_chart_table_get_text (table, r, 0), "Not published") != 0 &&
        kb_chart_table_get_number (table, r, 1, &v) && !isnan (v))
      sum += v;
  g_assert_cmpfloat_with_epsilon (sum, known / whole * 100, 1e-9);
  g_assert_cmpfloat (sum, <, 99);
  /* … and the hatched rest, as its own row. */
  g_assert_cmpfloat_with_epsilon (number_at (table, kb_chart_table_find_row (table, "Not published"), 1),
                                  (whole - known) / whole * 100, 1e-9);

  /* 2017, whose total is ".." too: no share is given, not shares of the
   * published parts as if they were the whole (a review found "100 %"). */
  kb_chart_set_year (chart, 2017);
  g_clear_pointer (&table, kb_chart_table_free);
  table = kb_chart_dup_table (chart);
  g_assert_cmpuint (kb_chart_table_get_n_rows (table), >, 0);
  for (guint r = 0; r < kb_chart_table_get_n_rows (table); r++)
    g_assert_true (!kb_chart_table_get_number (table, r, 1, &v) || isnan (v));
}

/* The target chart's emissions, path, trend and budget, as it draws them. */
static void
test_target_gap (void)
{
  g_autoptr(KbChart) chart = chart_of (KB_CHART_KIND_TARGET_GAP, "0580");
  g_autoptr(KbChartTable) table = NULL;
  const KbTargetGap *gap;
  int row;

  kb_chart_set_budget_from_year (chart, 2026);
  table = kb_chart_dup_table (chart);
  gap = kb_chart_get_gap (chart);
  row = kb_chart_table_find_row (table, "2030");
  /* 2030: −70 % of 1990's 1 237 762,39 t. */
  g_assert_cmpfloat_with_epsilon (number_at (table, row, column_in (table, "Target path", "t CO2e")),
                                  1237762.39 * 0.3, 1e-6);
  g_assert_cmpfloat_with_epsilon (number_at (table, row, column_in (table, "Trend if nothing changes", "t CO2e")),
                                  gap->trend_value_milestone, 1e-6);
  row = kb_chart_table_find_row (table, "2026");
  g_assert_cmpfloat_with_epsilon (number_at (table, row, column_in (table, "Carbon budget path", "t CO2e")),
                                  gap->budget.from_value, 1e-6);
  row = kb_chart_table_find_row (table, "2024");
  g_assert_cmpfloat (number_at (table, row, column_in (table, "Emissions", "t CO2e")), ==, 736445.33);
  /* Years without data before the latest have no row. */
  g_assert_cmpint (kb_chart_table_find_row (table, "2017"), ==, -1);
  g_assert_cmpint (kb_chart_table_find_row (table, "2050"), >=, 0);

  /* Per inhabitant, the columns say so, even with shares asked of the
   * command line (found by review). */
  kb_chart_set_per_capita (chart, TRUE);
  kb_chart_set_share (chart, TRUE);
  kb_chart_table_free (table);
  table = kb_chart_dup_table (chart);
  row = kb_chart_table_find_row (table, "2024");
  g_assert_cmpfloat_with_epsilon (number_at (table, row, column_in (table, "Emissions", "t CO₂e per inhabitant")),
                                  736445.33 / 168035, 1e-9);
}

/* Every municipality compared, per inhabitant: its emissions, its
 * population and the population's year. */
static void
test_compare (void)
{
  g_autoptr(KbChart) chart = chart_of (KB_CHART_KIND_COMPARE, "0580");
  g_autoptr(KbChartTable) table = NULL;
  int row = -1;

  kb_chart_set_compare_measure (chart, KB_COMPARE_PER_CAPITA);
  table = kb_chart_dup_table (chart);
  g_assert_cmpuint (kb_chart_table_get_n_rows (table), ==, 13);
  for (guint r = 0; r < 13; r++)
    if (g_strcmp0 (kb_chart_table_get_text (table, r, column_of (table, "Municipality")), "Linköping") == 0)
      row = (int)r;
  g_assert_cmpfloat (number_at (table, row, column_of (table, "Emissions (t CO₂e)")), ==, 736445.33);
  /* Ranked from the highest, and the header says so (a new user read 1 as
   * the best). */
  g_assert_cmpfloat (number_at (table, 0, column_of (table, "Rank (1 = the highest)")), ==, 1);
  g_assert_cmpfloat (number_at (table, 0, 3), >=, number_at (table, 1, 3));
  g_assert_cmpfloat (number_at (table, row, column_of (table, "Population")), ==, 168035);
  g_assert_cmpfloat (number_at (table, row, column_of (table, "Population’s year")), ==, 2024);
  g_assert_cmpfloat (number_at (table, row, 3), ==, 736445.33 / 168035);
  /* The value's column, as every other: its year, its unit in brackets. */
  g_assert_cmpint (column_in (table, "2024", "t CO₂e per inhabitant"), ==, 3);
  /* Ranked as drawn: largest first. */
  for (guint r = 1; r < 13; r++)
    g_assert_cmpfloat (number_at (table, (int)r, 3), <=, number_at (table, (int)r - 1, 3));
}

/* Ranking, change and measures: the bars' values. */
static void
test_bars (void)
{
  g_autoptr(KbChart) ranking = chart_of (KB_CHART_KIND_SECTOR_RANKING, "0581");
  g_autoptr(KbChart) change = chart_of (KB_CHART_KIND_SECTOR_CHANGE, "0581");
  g_autoptr(KbChart) measures = chart_of (KB_CHART_KIND_MEASURES, "0580");
  g_autoptr(KbChartTable) ranks = kb_chart_dup_table (ranking);
  g_autoptr(KbChartTable) changes = kb_chart_dup_table (change);
  g_autofree char *path = kb_test_fixture ("measures-old-format.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) plan = kb_measures_read_file (file, &error);
  g_autoptr(KbChartTable) steps = NULL;
  KbMeasuresOutcome outcome;
  double sum = 0, from, to;
  int n;

  g_assert_cmpuint (kb_chart_table_get_n_rows (ranks), ==, 9);
  g_assert_cmpint (column_in (ranks, "2024", "t CO2e"), ==, 1);
  g_assert_cmpint (column_in (changes, "Value", "t CO2e"), ==, 1);
  for (guint r = 1; r < 9; r++)
    g_assert_cmpfloat (number_at (ranks, (int)r, 1), <=, number_at (ranks, (int)r - 1, 1));

  n = (int)kb_chart_table_get_n_rows (changes);
  for (int r = 1; r + 1 < n; r++)
    sum += number_at (changes, r, 1);
  from = number_at (changes, 0, 1);
  to = number_at (changes, n - 1, 1);
  g_assert_cmpfloat_with_epsilon (from + sum, to, 0.01);

  g_assert_no_error (error);
  kb_chart_set_measures (measures, G_LIST_MODEL (plan));
  steps = kb_chart_dup_table (measures);
  g_assert_true (kb_chart_get_outcome (measures, &outcome));
  /* The trend, one row per measure, what remains, the level, the gap. */
  g_assert_cmpuint (kb_chart_table_get_n_rows (steps), ==, g_list_model_get_n_items (G_LIST_MODEL (plan)) + 4);
  sum = 0;
  for (guint r = 1; r <= g_list_model_get_n_items (G_LIST_MODEL (plan)); r++)
    sum += number_at (steps, (int)r, 2);
  g_assert_cmpfloat_with_epsilon (number_at (steps, 0, 2) + sum, outcome.remaining, 1e-6);
  g_assert_cmpfloat_with_epsilon (number_at (steps, kb_chart_table_find_row (steps, "Gap left"), 2),
                                  outcome.remaining_gap, 1e-6);
}

/* The extension decides the format; .xlsx stores numbers as numbers and
 * a sheet of sources; an unknown extension is refused. */
static void
test_files (void)
{
  g_autoptr(KbChart) chart = chart_of (KB_CHART_KIND_SECTOR_RANKING, "0580");
  g_autofree char *dir = g_dir_make_tmp ("kb-data-XXXXXX", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "siffror.xlsx", NULL);
  g_autofree char *pdf = g_build_filename (dir, "siffror.pdf", NULL);
  g_autoptr(GError) error = NULL;
  GsfInput *input, *sheet, *strings;
  GsfInfile *zip;
  g_autofree char *sheet_xml = NULL, *strings_xml = NULL;

  g_assert_false (kb_chart_export_data (chart, pdf, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_true (kb_chart_export_data (chart, xlsx, &error));
  g_assert_no_error (error);
  input = gsf_input_stdio_new (xlsx, &error);
  g_assert_no_error (error);
  zip = gsf_infile_zip_new (input, &error);
  g_assert_no_error (error);
  sheet = gsf_infile_child_by_vname (zip, "xl", "worksheets", "sheet1.xml", NULL);
  strings = gsf_infile_child_by_vname (zip, "xl", "sharedStrings.xml", NULL);
  g_assert_nonnull (sheet);
  g_assert_nonnull (strings);
  sheet_xml = g_strndup ((const char *)gsf_input_read (sheet, gsf_input_size (sheet), NULL), gsf_input_size (sheet));
  strings_xml = g_strndup ((const char *)gsf_input_read (strings, gsf_input_size (strings), NULL), gsf_input_size (strings));
  /* El och fjärrvärme's 318 179,14 t, a number cell, not text. */
  g_assert_nonnull (strstr (sheet_xml, "<v>318179.14</v>"));
  g_assert_nonnull (strstr (strings_xml, "Electricity and district heating"));
  /* The second sheet's source line, and whose numbers they are. */
  g_assert_nonnull (strstr (strings_xml, "Nationella emissionsdatabasen"));
  g_assert_nonnull (strstr (strings_xml, "Linköping, 2024"));
  g_object_unref (sheet);
  g_object_unref (strings);
  g_object_unref (zip);
  g_object_unref (input);
  g_remove (xlsx);
  g_rmdir (dir);
}

/* The derived series are made once per change of what they depend on,
 * and shared by whatever asks: a change of how they are drawn keeps them;
 * the target's change remakes the gap alone. */
static void
test_derived_cached (void)
{
  g_autoptr(KbChart) chart = chart_of (KB_CHART_KIND_SECTOR_TREND, "0580");
  g_autoptr(KbTarget) other = kb_target_new_national ("0580");
  GPtrArray *sectors = kb_chart_get_sectors (chart);
  KbSeries *total = kb_chart_get_total (chart);
  const KbTargetGap *gap = kb_chart_get_gap (chart);
  double first_gap;

  g_assert_nonnull (gap);
  first_gap = gap->gap;
  kb_chart_set_trend_style (chart, KB_TREND_STYLE_LINES);
  kb_chart_set_relative (chart, TRUE);
  kb_chart_set_extra_cut (chart, 3);
  kb_chart_set_compare_scope (chart, KB_COMPARE_COUNTY);
  kb_chart_add_annotation (chart, 2020, "Pandemin");
  g_assert_true (kb_chart_get_sectors (chart) == sectors);
  g_assert_true (kb_chart_get_total (chart) == total);

  /* The stack: sorted and stacked once for drawing and clicks alike; as
   * shares, stacked again, to 100. */
  {
    const KbChartStack *stack = kb_chart_get_stack (chart);
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 640, 360);
    cairo_t *cr = cairo_create (surface);
    guint top_band;

    g_assert_nonnull (stack);
    g_assert_cmpuint (stack->sectors->len, ==, sectors->len);
    kb_chart_render (chart, cr, 640, 360, NULL);
    g_assert_nonnull (kb_chart_sector_at (chart, 2010, 1));
    g_assert_true (kb_chart_get_stack (chart) == stack);
    /* Shares: the bands of a year without suppressed parts reach 100. */
    top_band = stack->sectors->len * stack->n_years;
    kb_chart_set_share (chart, TRUE);
    stack = kb_chart_get_stack (chart);
    g_assert_cmpfloat_with_epsilon (stack->upper[top_band + stack->n_years - 1], 100, 1e-9);
    g_assert_true (kb_chart_get_sectors (chart) == sectors);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }

  /* Another target: the same series, the gap computed again. */
  kb_chart_set_target (chart, other);
  g_assert_true (kb_chart_get_sectors (chart) == sectors);
  g_assert_nonnull (kb_chart_get_gap (chart));
  g_assert_cmpfloat (kb_chart_get_gap (chart)->gap, !=, first_gap);

  /* Per inhabitant: other series. */
  kb_chart_set_per_capita (chart, TRUE);
  g_assert_true (kb_chart_get_total (chart) != total);
  g_assert_cmpstr (kb_series_get_unit (kb_chart_get_total (chart)), ==, "t CO2e/inv.");
}

/* The words under Utsläpp give tonnes as shares and as an index too: the
 * axis reads % or an index, the values in the words are kt. */
static void
test_words_unit (void)
{
  g_autoptr(KbChart) chart = chart_of (KB_CHART_KIND_SECTOR_TREND, "0581");
  g_autofree char *stacked = NULL, *shares = NULL, *index = NULL;

  kb_chart_set_trend_style (chart, KB_TREND_STYLE_STACKED);
  stacked = kb_chart_dup_description (chart);
  g_assert_nonnull (strstr (stacked, "\u00A0kt in all, most from "));
  kb_chart_set_share (chart, TRUE);
  shares = kb_chart_dup_description (chart);
  g_assert_cmpstr (shares, ==, stacked);
  kb_chart_set_share (chart, FALSE);
  kb_chart_set_relative (chart, TRUE);
  index = kb_chart_dup_description (chart);
  g_assert_cmpstr (index, ==, stacked);
}

/* Releases compared: the numbers have a row for every year any release
 * counts, each release's value as published (found by a new user: the
 * 2021 export's 2011–2014 and 2016–2019 were drawn but not exported). */
static void
test_revisions_years (void)
{
  const char *files[] = { "emissions/emissions_per_municipality.csv", "emissions/smhi-export-huvudsektorer.csv" };
  g_autoptr(KbDataset) dataset = kb_dataset_new ();
  g_autoptr(KbChart) chart = NULL;
  g_autoptr(KbChartTable) table = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *releases;
  guint compared = 0;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = kb_test_shared_file (files[i]);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(KbDataset) part = kb_import_file (file, NULL, &error);

      g_assert_no_error (error);
      g_assert_true (kb_dataset_merge (dataset, part, &error));
    }
  chart = kb_chart_new (KB_CHART_KIND_REVISIONS, dataset, "0162");
  kb_chart_set_language (chart, KB_LANGUAGE_ENGLISH);
  table = kb_chart_dup_table (chart);
  releases = kb_chart_get_sectors (chart);
  g_assert_cmpuint (releases->len, ==, 2);
  for (guint r = 0; r < releases->len; r++)
    {
      KbSeries *release = g_ptr_array_index (releases, r);
      int column = column_in (table, kb_series_display (release, KB_LANGUAGE_ENGLISH), "t CO2e");

      for (guint y = 0; y < kb_series_get_n_years (release); y++)
        {
          g_autofree char *year = g_strdup_printf ("%d", kb_series_get_year (release, y));
          double v;

          g_assert_cmpint (kb_chart_table_find_row (table, year), >=, 0);
          if (kb_series_get_value_at (release, y, &v))
            {
              g_assert_cmpfloat (number_at (table, kb_chart_table_find_row (table, year), column), ==, v);
              compared++;
            }
        }
    }
  /* Danderyd in the 2021 export: 2011 too. */
  g_assert_cmpint (kb_chart_table_find_row (table, "2011"), >=, 0);
  g_assert_cmpuint (compared, >, 20);
}

/* A comparison is ranked once per change and shared by the bars, the
 * subtitle, the words and the numbers; another year ranks anew. */
static void
test_compare_ranked_once (void)
{
  g_autoptr(KbChart) chart = chart_of (KB_CHART_KIND_COMPARE, "0581");
  g_autoptr(GArray) first = NULL;
  g_autoptr(GArray) again = NULL;
  g_autoptr(GArray) earlier = NULL;
  g_autoptr(KbSeries) total = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *words = NULL;
  gboolean found = FALSE;
  double v;

  kb_chart_set_compare_measure (chart, KB_COMPARE_TOTAL);
  first = kb_compare_entries (chart);
  subtitle = kb_chart_dup_subtitle (chart);
  words = kb_chart_dup_description (chart);
  again = kb_compare_entries (chart);
  g_assert_true (again == first);
  /* A note, a what-if cut or a view changes no ranking… */
  kb_chart_add_annotation (chart, 2020, "Pandemin");
  kb_chart_set_extra_cut (chart, 2);
  kb_chart_set_trend_style (chart, KB_TREND_STYLE_LINES);
  {
    g_autoptr(GArray) same = kb_compare_entries (chart);

    g_assert_true (same == first);
  }
  /* …whom and what it ranks does. */
  {
    g_autoptr(GArray) by_scope = NULL, by_measure = NULL, by_region = NULL;

    kb_chart_set_compare_scope (chart, KB_COMPARE_ALL);
    by_scope = kb_compare_entries (chart);
    g_assert_true (by_scope != first);
    g_assert_cmpuint (by_scope->len, ==, 290);
    kb_chart_set_compare_measure (chart, KB_COMPARE_PER_CAPITA);
    by_measure = kb_compare_entries (chart);
    g_assert_true (by_measure != by_scope);
    g_assert_cmpfloat (g_array_index (by_measure, KbCompareEntry, 0).value, <, 1000);
    kb_chart_set_region_code (chart, "2584");
    by_region = kb_compare_entries (chart);
    g_assert_true (by_region != by_measure);
    kb_chart_set_region_code (chart, "0581");
    kb_chart_set_compare_scope (chart, KB_COMPARE_COUNTY);
    kb_chart_set_compare_measure (chart, KB_COMPARE_TOTAL);
  }

  kb_chart_set_year (chart, 2020);
  earlier = kb_compare_entries (chart);
  g_assert_true (earlier != first);
  total = kb_dataset_get_total (embedded (), "0581", KB_INDICATOR_GHG,
                                kb_dataset_get_latest_vintage (embedded (), "0581", KB_INDICATOR_GHG));
  g_assert_true (kb_series_get_value (total, 2020, &v));
  for (guint i = 0; i < earlier->len; i++)
    if (g_str_equal (g_array_index (earlier, KbCompareEntry, i).code, "0581"))
      {
        g_assert_cmpfloat (g_array_index (earlier, KbCompareEntry, i).value, ==, v);
        found = TRUE;
      }
  g_assert_true (found);
}

/* A sector ranking is sorted once a year shown, and its bars and numbers
 * share it: largest first, and a sector the year has no value for last. */
static void
test_sector_ranking_once (void)
{
  g_autoptr(KbChart) chart = chart_of (KB_CHART_KIND_SECTOR_RANKING, "0581");
  g_autoptr(KbChartTable) table = NULL;
  GPtrArray *first, *again, *earlier;
  gboolean valued = TRUE;
  double previous = INFINITY, v;

  first = kb_chart_get_ranking (chart);
  table = kb_chart_dup_table (chart);
  again = kb_chart_get_ranking (chart);
  g_assert_true (again == first);
  g_assert_cmpuint (first->len, ==, kb_chart_get_sectors (chart)->len);
  g_assert_cmpuint (kb_chart_table_get_n_rows (table), ==, first->len);
  for (guint i = 0; i < first->len; i++)
    {
      KbSeries *sector = g_ptr_array_index (first, i);

      g_assert_cmpstr (kb_chart_table_get_text (table, i, 0), ==, kb_series_display (sector, KB_LANGUAGE_ENGLISH));
      if (kb_series_get_value (sector, 2024, &v))
        {
          g_assert_true (valued);
          g_assert_cmpfloat (v, <=, previous);
          previous = v;
        }
      else
        valued = FALSE;
    }

  kb_chart_set_year (chart, 2005);
  earlier = kb_chart_get_ranking (chart);
  previous = INFINITY;
  for (guint i = 0; i < earlier->len && kb_series_get_value (g_ptr_array_index (earlier, i), 2005, &v); i++)
    {
      g_assert_cmpfloat (v, <=, previous);
      previous = v;
    }
  g_assert_true (previous < INFINITY);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gsf_init ();

  g_test_add_func ("/chart-data/trend", test_trend);
  g_test_add_func ("/chart-data/energy-suppressed", test_energy_suppressed);
  g_test_add_func ("/chart-data/year-bar-shares", test_year_bar_shares);
  g_test_add_func ("/chart-data/year-parts-suppressed", test_year_parts_suppressed);
  g_test_add_func ("/chart-data/filtered-shares", test_filtered_shares);
  g_test_add_func ("/chart-data/filtered-shares-suppressed", test_filtered_shares_suppressed);
  g_test_add_func ("/chart-data/target-gap", test_target_gap);
  g_test_add_func ("/chart-data/compare", test_compare);
  g_test_add_func ("/chart-data/bars", test_bars);
  g_test_add_func ("/chart-data/files", test_files);
  g_test_add_func ("/chart-data/derived-cached", test_derived_cached);
  g_test_add_func ("/chart-data/compare-ranked-once", test_compare_ranked_once);
  g_test_add_func ("/chart-data/sector-ranking-once", test_sector_ranking_once);
  g_test_add_func ("/chart-data/words-unit", test_words_unit);
  g_test_add_func ("/chart-data/revisions-years", test_revisions_years);

  return g_test_run ();
}
