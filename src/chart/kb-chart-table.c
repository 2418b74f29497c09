/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-chart-table"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "analysis/kb-mobility.h"
#include "kb-render.h"
#include "kb-chart-table-private.h"
#include "kb-chart-text.h"
#include "kb-compare.h"

/* Each chart kind's numbers as it draws them: the stack's parts (as
 * shares, an index or per inhabitant where the chart is), the target
 * chart's emissions, path, trend and budget, the ranking's bars, every
 * municipality compared, every measure and what remains. Values are in the
 * data's unit (tonnes, MWh), unrounded: the chart rounds to kt, the table
 * keeps what the source said. */

static void
clear_cell (gpointer data)
{
  g_free (((Cell *)data)->text);
}

static KbChartTable *
table_new (void)
{
  KbChartTable *table = g_new0 (KbChartTable, 1);

  table->headers = g_ptr_array_new_with_free_func (g_free);
  table->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  g_array_set_clear_func (table->cells, clear_cell);
  table->notes = g_ptr_array_new_with_free_func (g_free);
  return table;
}

void
kb_chart_table_free (KbChartTable *table)
{
  if (table == NULL)
    return;
  g_ptr_array_unref (table->headers);
  g_array_unref (table->cells);
  g_ptr_array_unref (table->notes);
  g_free (table);
}

void
_kb_chart_table_add_header (KbChartTable *table,
                            const char   *header)
{
  g_ptr_array_add (table->headers, g_strdup (header));
}

void
_kb_chart_table_add_text (KbChartTable *table,
                          const char   *text)
{
  Cell cell = { CELL_TEXT, g_strdup (text), NAN };
  g_array_append_val (table->cells, cell);
}

void
_kb_chart_table_add_number (KbChartTable *table,
                            double        number)
{
  Cell cell = { CELL_NUMBER, NULL, number };
  g_array_append_val (table->cells, cell);
}

void
_kb_chart_table_add_empty (KbChartTable *table)
{
  Cell cell = { CELL_EMPTY, NULL, NAN };
  g_array_append_val (table->cells, cell);
}

/* A value of a series: the number, NAN where the source marks it missing,
 * empty where the series has no such year or the value cannot be shown
 * (a share of nothing, an index without a first value). */
static void
add_series_value (KbChartTable *table,
                  KbSeries     *series,
                  int           year,
                  double        scale)
{
  double v;

  if (!kb_series_has_year (series, year))
    _kb_chart_table_add_empty (table);
  else if (!kb_series_get_value (series, year, &v))
    _kb_chart_table_add_number (table, NAN);
  else if (!isfinite (scale))
    _kb_chart_table_add_empty (table);
  else
    _kb_chart_table_add_number (table, v * scale);
}

static const char *
unit_header (KbChart *chart)
{
  if (kb_chart_get_relative (chart))
    return _("index, first year = 100");
  /* Releases compared are exported as they are, never as shares (as
   * fill_time_series ()). */
  if (kb_chart_get_share (chart) && kb_chart_get_kind (chart) != KB_CHART_KIND_REVISIONS)
    /* xgettext:no-c-format */
    return _("% of the total");
  if (kb_chart_get_per_capita (chart))
    return kb_chart_get_value_unit (chart);
  return kb_series_get_unit (kb_chart_get_total (chart));
}

/* A column's name with its unit, "Transporter (t CO2e)", as the measures'
 * "Reduction (t CO₂e)": the numbers are unrounded tonnes, not the chart's
 * kt, and a spreadsheet shows no axis. */
static void
add_header_in_unit (KbChartTable *table,
                    const char   *name,
                    const char   *unit)
{
  /* Translators: a column of exported numbers: its name, then its unit */
  g_autofree char *header = g_strdup_printf (C_("column header", "%s (%s)"), name, unit);

  _kb_chart_table_add_header (table, header);
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  return *(const int *)a - *(const int *)b;
}

/* Trends, stacks and energy: a row a year, a column a part, then what the
 * source did not publish and the total, as drawn. */
static void
fill_time_series (KbChart      *chart,
                  KbChartTable *table)
{
  KbSeries *total = kb_chart_get_total (chart);
  GPtrArray *parts = kb_chart_get_sectors (chart);
  KbLanguage lang = kb_chart_get_language (chart);
  gboolean revisions = kb_chart_get_kind (chart) == KB_CHART_KIND_REVISIONS;
  gboolean share = kb_chart_get_share (chart) && !revisions;
  gboolean relative = kb_chart_get_relative (chart);
  gboolean with_total = !revisions && !share && kb_chart_get_sector_filter (chart) == NULL;
  gboolean guessing = kb_chart_get_guess_year (chart) != 0;
  int hidden_after = kb_chart_get_hidden_after (chart);
  gboolean with_unreported = FALSE;
  g_autoptr(GArray) years = NULL;

  if (guessing)
    parts = NULL;
  for (guint y = 0; parts != NULL && y < kb_series_get_n_years (total); y++)
    for (guint s = 0; s < parts->len; s++)
      with_unreported |= kb_series_has_year (g_ptr_array_index (parts, s), kb_series_get_year (total, y)) &&
                         !kb_series_get_value (g_ptr_array_index (parts, s), kb_series_get_year (total, y), NULL);
  with_unreported = with_unreported && !relative && !revisions;

  /* A row a year of the total; releases compared, a row a year any of
   * them has (an earlier release counts years the newest does not). */
  years = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint y = 0; y < kb_series_get_n_years (total); y++)
    g_array_append_val (years, ((int) { kb_series_get_year (total, y) }));
  for (guint s = 0; revisions && parts != NULL && s < parts->len; s++)
    for (guint y = 0; y < kb_series_get_n_years (g_ptr_array_index (parts, s)); y++)
      {
        int year = kb_series_get_year (g_ptr_array_index (parts, s), y);

        if (!kb_series_has_year (total, year))
          g_array_append_val (years, year);
      }
  g_array_sort (years, compare_years);
  for (guint y = 1; y < years->len;)
    if (g_array_index (years, int, y) == g_array_index (years, int, y - 1))
      g_array_remove_index (years, y);
    else
      y++;

  _kb_chart_table_add_header (table, _("Year"));
  for (guint s = 0; parts != NULL && s < parts->len; s++)
    add_header_in_unit (table, kb_series_display (g_ptr_array_index (parts, s), lang), unit_header (chart));
  if (with_unreported)
    /* Translators: a column of the exported numbers: what the source suppressed in a year */
    add_header_in_unit (table, _("Not published"), unit_header (chart));
  if (with_total || guessing)
    add_header_in_unit (table, _("Total"), unit_header (chart));

  for (guint y = 0; y < years->len; y++)
    {
      int year = g_array_index (years, int, y);
      KbYearParts in_year = { .unreported = 0, .complete = TRUE };
      double base = 1;

      /* The guessing game's answer is not given away. */
      if (hidden_after != 0 && year > hidden_after)
        continue;
      if (parts != NULL)
        kb_chart_get_year_parts (chart, parts, year, &in_year);
      if (share)
        base = in_year.base > 0 ? 100.0 / in_year.base : NAN;

      g_array_append_val (table->cells, ((Cell) { CELL_NUMBER, NULL, year }));
      for (guint s = 0; parts != NULL && s < parts->len; s++)
        {
          KbSeries *part = g_ptr_array_index (parts, s);
          double first;

          if (relative)
            add_series_value (table, part, year,
                              kb_series_get_value_at (part, 0, &first) && first != 0 ? 100.0 / first : NAN);
          else
            add_series_value (table, part, year, share ? base : 1);
        }
      if (with_unreported)
        _kb_chart_table_add_number (table, in_year.complete ? 0 : in_year.unreported * (share ? base : 1));
      if (with_total || guessing)
        {
          double first;

          add_series_value (table, total, year,
                            relative ? (kb_series_get_value_at (total, 0, &first) && first != 0 ? 100.0 / first : NAN)
                                     : 1);
        }
    }
}

/* One year of a stack as a bar: a row a part. */
static void
fill_year_bar (KbChart      *chart,
               KbChartTable *table)
{
  GPtrArray *parts = kb_chart_get_sectors (chart);
  int year = kb_chart_get_year (chart);
  KbYearParts in_year;
  double scale = 1;

  /* As shares: of the year's emissions before removals, with what is
   * unpublished, as drawn. */
  kb_chart_get_year_parts (chart, parts, year, &in_year);
  if (kb_chart_get_share (chart))
    scale = in_year.base > 0 ? 100.0 / in_year.base : NAN;
  _kb_chart_table_add_header (table, _("Part"));
  _kb_chart_table_add_header (table, unit_header (chart));
  for (guint s = 0; s < parts->len; s++)
    {
      _kb_chart_table_add_text (table, kb_series_display (g_ptr_array_index (parts, s), kb_chart_get_language (chart)));
      add_series_value (table, g_ptr_array_index (parts, s), year, scale);
    }
  /* The hatched part of the bar: what the source did not publish of its
   * total, where a part is suppressed. */
  if (!in_year.complete && !isnan (in_year.unreported))
    {
      _kb_chart_table_add_text (table, _("Not published"));
      _kb_chart_table_add_number (table, in_year.unreported * scale);
    }
}

static void
fill_target_gap (KbChart      *chart,
                 KbChartTable *table)
{
  KbSeries *total = kb_chart_get_total (chart);
  const KbTargetGap *gap = kb_chart_get_gap (chart);
  KbTarget *target = kb_chart_get_target (chart);
  gboolean scenario = gap != NULL && (kb_chart_has_plan (chart) || kb_chart_get_extra_cut (chart) > 0);
  int first = kb_series_get_year (total, 0), last = KB_BUDGET_TO_YEAR, latest = first;
  const char *unit = kb_chart_get_per_capita (chart) ? kb_chart_get_value_unit (chart) : kb_series_get_unit (total);

  kb_series_get_latest (total, &latest, NULL);

  _kb_chart_table_add_header (table, _("Year"));
  add_header_in_unit (table, _("Emissions"), unit);
  if (gap != NULL)
    {
      add_header_in_unit (table, kb_chart_has_national_target (chart) ? _("Sweden’s target path") : _("Target path"), unit);
      add_header_in_unit (table, _("Trend if nothing changes"), unit);
      /* Translators: a column: the carbon budget's path, year by year */
      add_header_in_unit (table, _("Carbon budget path"), unit);
      last = MAX (last, kb_target_get_last_year (target));
    }
  if (scenario)
    {
      g_autofree char *name = kb_chart_dup_scenario_label (chart);

      add_header_in_unit (table, name, unit);
    }

  for (int year = first; year <= last; year++)
    {
      double v;

      /* A past year without data has no row; the future has rows where
       * the path, the trend or the budget go on. */
      if (year <= latest && !kb_series_has_year (total, year))
        continue;
      if (year > latest && gap == NULL)
        break;
      g_array_append_val (table->cells, ((Cell) { CELL_NUMBER, NULL, year }));
      add_series_value (table, total, year, 1);
      if (gap == NULL)
        continue;
      if (kb_target_path_value (target, gap->baseline_value, year, &v))
        _kb_chart_table_add_number (table, v);
      else
        _kb_chart_table_add_empty (table);
      /* The trend from the last observation; it stops at zero. */
      if (gap->have_trend && year >= gap->trend.anchor_year && kb_trend_value (&gap->trend, year) >= 0)
        _kb_chart_table_add_number (table, kb_trend_value (&gap->trend, year));
      else
        _kb_chart_table_add_empty (table);
      if (gap->have_trend && year >= gap->budget.from_year && year <= gap->budget.to_year)
        _kb_chart_table_add_number (table, kb_budget_path_value (&gap->budget, year));
      else
        _kb_chart_table_add_empty (table);
      if (scenario)
        {
          if (year >= gap->latest_year)
            _kb_chart_table_add_number (table, kb_scenario_value (gap, kb_chart_get_measures (chart), kb_chart_get_extra_cut (chart), year));
          else
            _kb_chart_table_add_empty (table);
        }
    }
  if (gap != NULL && gap->have_trend && gap->trend.slope < 0)
    g_ptr_array_add (table->notes,
                     g_strdup_printf (_("The trend is not carried below zero: it says nothing of removals.")));
}

static void
fill_ranking (KbChart      *chart,
              KbChartTable *table)
{
  /* As the bars: the chart's own ranking, and those without a value last. */
  GPtrArray *ranked = kb_chart_get_ranking (chart);
  int year = kb_chart_get_year (chart);
  g_autofree char *year_name = g_strdup_printf ("%d", year);

  _kb_chart_table_add_header (table, _("Sector"));
  add_header_in_unit (table, year_name, unit_header (chart));
  for (guint s = 0; s < ranked->len; s++)
    {
      _kb_chart_table_add_text (table, kb_series_display (g_ptr_array_index (ranked, s), kb_chart_get_language (chart)));
      add_series_value (table, g_ptr_array_index (ranked, s), year, 1);
    }
}

static void
fill_change (KbChart      *chart,
             KbChartTable *table)
{
  KbSeries *total = kb_chart_get_total (chart);
  GPtrArray *parts = kb_chart_get_sectors (chart);
  int from = kb_chart_get_from_year (chart), to = kb_chart_get_year (chart);
  g_autofree char *from_label = g_strdup_printf (_("Total %d"), from);
  g_autofree char *to_label = g_strdup_printf (_("Total %d"), to);

  _kb_chart_table_add_header (table, _("Step"));
  /* Translators: the column of a change's steps: each total or sector's change */
  add_header_in_unit (table, _("Value"), kb_series_get_unit (total));
  _kb_chart_table_add_text (table, from_label);
  add_series_value (table, total, from, 1);
  for (guint s = 0; s < parts->len; s++)
    {
      KbSeries *part = g_ptr_array_index (parts, s);
      double a, b;

      _kb_chart_table_add_text (table, kb_series_display (part, kb_chart_get_language (chart)));
      if (kb_series_get_value (part, from, &a) && kb_series_get_value (part, to, &b))
        _kb_chart_table_add_number (table, b - a);
      else
        _kb_chart_table_add_number (table, NAN);
    }
  _kb_chart_table_add_text (table, to_label);
  add_series_value (table, total, to, 1);
}

static void
fill_compare (KbChart      *chart,
              KbChartTable *table)
{
  g_autoptr(GArray) entries = kb_compare_entries (chart);
  gboolean per_capita = kb_chart_get_compare_measure (chart) == KB_COMPARE_PER_CAPITA;
  /* Totals in the data's unit, as every other export. */
  KbCompareMeasure measure = kb_chart_get_compare_measure (chart);
  g_autofree char *year_name = g_strdup_printf ("%d", kb_compare_year (chart));

  per_capita = per_capita || measure == KB_COMPARE_CYCLE_PER_CAPITA;
  /* Translators: the ranking's column; 1 is the largest value (a new user
   * read it as the best) */
  _kb_chart_table_add_header (table, _("Rank (1 = the highest)"));
  _kb_chart_table_add_header (table, _("Code"));
  _kb_chart_table_add_header (table, _("Municipality"));
  add_header_in_unit (table, year_name,
                      measure == KB_COMPARE_TOTAL
                      ? kb_series_get_unit (kb_chart_get_total (chart)) : kb_chart_get_axis_unit (chart));
  /* What the value is made of, where it is not the value itself. */
  if (measure != KB_COMPARE_TOTAL)
    _kb_chart_table_add_header (table, measure == KB_COMPARE_ELECTRIC_SHARE ? _("Electric cars")
                                : measure == KB_COMPARE_CYCLE_PER_CAPITA ? _("Cycle network (m)") : _("Emissions (t CO₂e)"));
  if (per_capita)
    {
      _kb_chart_table_add_header (table, _("Population"));
      _kb_chart_table_add_header (table, _("Population’s year"));
    }
  for (guint i = 0; i < entries->len; i++)
    {
      KbCompareEntry *e = &g_array_index (entries, KbCompareEntry, i);
      _kb_chart_table_add_number (table, i + 1);
      _kb_chart_table_add_text (table, e->code);
      _kb_chart_table_add_text (table, e->name);
      /* The chart draws the total in kt and the rest as they are. */
      _kb_chart_table_add_number (table, e->value);
      if (measure != KB_COMPARE_TOTAL)
        _kb_chart_table_add_number (table, e->total);
      if (per_capita)
        {
          _kb_chart_table_add_number (table, e->population);
          _kb_chart_table_add_number (table, e->population_year);
        }
    }
}

/* The bars' own numbers: each region's cars, its electric ones and its
 * plug-in hybrids, and their shares. */
static void
fill_car_fuels (KbChart      *chart,
                KbChartTable *table)
{
  g_autoptr(GPtrArray) codes = kb_car_fuels_regions (chart);
  KbDataset *dataset = kb_chart_get_dataset (chart);
  KbFleet first, previous;
  int year = 0, previous_year = 0;

  /* The earlier edition's share, where the chart draws it as a tick. */
  if (codes->len > 0 && kb_fleet_get (dataset, g_ptr_array_index (codes, 0), 0, &first) &&
      kb_fleet_get_previous (dataset, &first, &previous))
    previous_year = previous.year;

  _kb_chart_table_add_header (table, _("Region"));
  _kb_chart_table_add_header (table, _("Passenger cars in use"));
  _kb_chart_table_add_header (table, _("Electric cars"));
  _kb_chart_table_add_header (table, _("Plug-in hybrids"));
  /* xgettext:no-c-format */
  _kb_chart_table_add_header (table, _("Electric, % of the cars"));
  /* xgettext:no-c-format */
  _kb_chart_table_add_header (table, _("Plug-in hybrids, % of the cars"));
  if (previous_year != 0)
    {
      /* Translators: the electric share at the end of an earlier year */
      g_autofree char *then = g_strdup_printf (_("Electric, %% of the cars, end of %d"), previous_year);
      _kb_chart_table_add_header (table, then);
    }
  for (guint i = 0; i < codes->len; i++)
    {
      KbFleet fleet;

      if (!kb_fleet_get (dataset, g_ptr_array_index (codes, i), year, &fleet))
        continue;
      year = fleet.year;
      _kb_chart_table_add_text (table, fleet.region_name);
      _kb_chart_table_add_number (table, fleet.total);
      _kb_chart_table_add_number (table, fleet.electric);
      _kb_chart_table_add_number (table, fleet.plug_in);
      _kb_chart_table_add_number (table, kb_fleet_share (fleet.electric, fleet.total));
      _kb_chart_table_add_number (table, kb_fleet_share (fleet.plug_in, fleet.total));
      if (previous_year != 0)
        _kb_chart_table_add_number (table, kb_fleet_get (dataset, fleet.region_code, previous_year, &previous)
                                    ? kb_fleet_share (previous.electric, previous.total) : NAN);
    }
}

static void
fill_modes (KbChart      *chart,
            KbChartTable *table)
{
  KbSeries *total = kb_chart_get_total (chart);
  GPtrArray *modes = kb_chart_get_sectors (chart);

  _kb_chart_table_add_header (table, _("Year"));
  for (guint s = 0; s < modes->len; s++)
    _kb_chart_table_add_header (table, kb_series_display (g_ptr_array_index (modes, s), kb_chart_get_language (chart)));
  for (guint y = 0; y < kb_series_get_n_years (total); y++)
    {
      int year = kb_series_get_year (total, y);

      _kb_chart_table_add_number (table, year);
      for (guint s = 0; s < modes->len; s++)
        add_series_value (table, g_ptr_array_index (modes, s), year, 1);
    }
}

KbChartTable *
kb_chart_dup_table (KbChart *chart)
{
  KbChartTable *table;
  g_autofree char *source = NULL, *title = NULL, *subtitle = NULL;

  g_return_val_if_fail (KB_IS_CHART (chart), NULL);

  table = table_new ();
  if (kb_chart_get_total (chart) == NULL)
    return table;

  switch (kb_chart_get_kind (chart))
    {
    case KB_CHART_KIND_TARGET_GAP:
      fill_target_gap (chart, table);
      break;
    case KB_CHART_KIND_SECTOR_RANKING:
      fill_ranking (chart, table);
      break;
    case KB_CHART_KIND_SECTOR_CHANGE:
      fill_change (chart, table);
      break;
    case KB_CHART_KIND_COMPARE:
      fill_compare (chart, table);
      break;
    case KB_CHART_KIND_MEASURES:
      _kb_chart_table_fill_measures (chart, table);
      break;
    case KB_CHART_KIND_SECTOR_MEASURES:
      _kb_chart_table_fill_sector_measures (chart, table);
      break;
    case KB_CHART_KIND_COST_CURVE:
      _kb_chart_table_fill_cost_curve (chart, table);
      break;
    case KB_CHART_KIND_INVESTMENT:
      _kb_chart_table_fill_investment (chart, table);
      break;
    case KB_CHART_KIND_ACTORS:
      _kb_chart_table_fill_actors (chart, table);
      break;
    case KB_CHART_KIND_CAR_FUELS:
      fill_car_fuels (chart, table);
      break;
    case KB_CHART_KIND_MODE_SHARE:
      fill_modes (chart, table);
      break;
    case KB_CHART_KIND_SECTOR_TREND:
    case KB_CHART_KIND_ENERGY:
    case KB_CHART_KIND_REVISIONS:
    default:
      if (kb_chart_is_year_chosen (chart) && kb_chart_get_trend_style (chart) == KB_TREND_STYLE_STACKED &&
          kb_chart_get_kind (chart) != KB_CHART_KIND_REVISIONS)
        fill_year_bar (chart, table);
      else
        fill_time_series (chart, table);
      break;
    }

  title = kb_chart_dup_title (chart);
  subtitle = kb_chart_dup_subtitle (chart);
  source = kb_chart_dup_source_line (chart);
  /* The subtitle names the municipality: numbers passed on say whose. */
  g_ptr_array_insert (table->notes, 0, g_steal_pointer (&source));
  g_ptr_array_insert (table->notes, 0, g_steal_pointer (&subtitle));
  g_ptr_array_insert (table->notes, 0, g_steal_pointer (&title));
  /* Translators: a note with the exported numbers: the unit of the values */
  g_ptr_array_add (table->notes, g_strdup_printf (_("Unit: %s"), unit_header (chart)));
  g_ptr_array_add (table->notes, g_strdup (_("“..”: not published by the source.")));
  return table;
}

guint
kb_chart_table_get_n_columns (KbChartTable *table)
{
  return table->headers->len;
}

guint
kb_chart_table_get_n_rows (KbChartTable *table)
{
  return table->headers->len > 0 ? table->cells->len / table->headers->len : 0;
}

const char *
kb_chart_table_get_header (KbChartTable *table,
                           guint         column)
{
  g_return_val_if_fail (column < table->headers->len, NULL);
  return g_ptr_array_index (table->headers, column);
}

static Cell *
cell_at (KbChartTable *table,
         guint         row,
         guint         column)
{
  g_return_val_if_fail (row < kb_chart_table_get_n_rows (table), NULL);
  g_return_val_if_fail (column < table->headers->len, NULL);
  return &g_array_index (table->cells, Cell, row * table->headers->len + column);
}

/* TRUE where the cell is a number; @number NAN where it was not published. */
gboolean
kb_chart_table_get_number (KbChartTable *table,
                           guint         row,
                           guint         column,
                           double       *number)
{
  Cell *cell = cell_at (table, row, column);

  if (cell == NULL || cell->kind != CELL_NUMBER)
    return FALSE;
  if (number != NULL)
    *number = cell->number;
  return TRUE;
}

const char *
kb_chart_table_get_text (KbChartTable *table,
                         guint         row,
                         guint         column)
{
  Cell *cell = cell_at (table, row, column);

  return cell != NULL && cell->kind == CELL_TEXT ? cell->text : NULL;
}

/* The title, the source line, the unit and what else a reader must know. */
GPtrArray *
kb_chart_table_get_notes (KbChartTable *table)
{
  return table->notes;
}

/* The row whose first cell is @first_cell (a label, or a year as text),
 * or -1. */
int
kb_chart_table_find_row (KbChartTable *table,
                         const char   *first_cell)
{
  for (guint r = 0; r < kb_chart_table_get_n_rows (table); r++)
    {
      Cell *cell = cell_at (table, r, 0);
      g_autofree char *text = cell->kind == CELL_NUMBER ? g_strdup_printf ("%.15g", cell->number)
                                                        : g_strdup (cell->text);

      if (g_strcmp0 (text, first_cell) == 0)
        return (int)r;
    }
  return -1;
}
