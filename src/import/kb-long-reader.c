/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-long-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "kb-csv.h"
#include "kb-rows.h"
#include "kb-import-error.h"
#include "kb-import-sink.h"
#include "kb-long-reader.h"
#include "kb-unit.h"
#include "kb-number.h"

/* The app's own long format: one observation per row, columns found by
 * their header name in Swedish or English, in any order and case, with or
 * without accents. Columns that are not ours are ignored. */

#define MIN_YEAR 1900
#define MAX_YEAR 2100

typedef enum {
  COL_REGION_CODE,
  COL_REGION,
  COL_INDICATOR,
  COL_SECTOR,
  COL_SUBSECTOR,
  COL_MODE,
  COL_YEAR,
  COL_VALUE,
  COL_UNIT,
  COL_SOURCE,
  COL_VINTAGE,
  N_COLUMNS
} Column;

static const struct {
  Column      column;
  const char *names; /* folded: ASCII, lower case, letters and digits only */
} column_names[] = {
  { COL_REGION_CODE, "regioncode kod kommunkod regionkod code municipalitycode" },
  { COL_REGION, "region kommun kommunnamn municipality regionname" },
  { COL_INDICATOR, "indicator indikator" },
  { COL_SECTOR, "sector sektor huvudsektor" },
  { COL_SUBSECTOR, "subsector undersektor delsektor" },
  { COL_MODE, "fardsatt mode" },
  { COL_YEAR, "year ar" },
  { COL_VALUE, "value varde tonco2e andel andelprocent share resor trips" },
  { COL_UNIT, "unit enhet" },
  { COL_SOURCE, "source kalla" },
  { COL_VINTAGE, "vintage publicerad release" },
};

typedef struct
{
  KbRows     *rows;
  int         index[N_COLUMNS]; /* field index of each column, or -1 */
  guint       n_header_fields;
  gboolean    have_header;
  const char *implied_unit;      /* from a value column named like "ton_co2e" */
  GHashTable *units;             /* indicator → the first row's unit, as brought to one */
  GHashTable *unit_lines;        /* indicator → that row's line */
  guint       last_data_line;    /* the line of the last observation read */
  KbNumberForm number_form;      /* decimal comma or point, for the whole file */
  char        delimiter;
  guint       last_line;         /* the line of the last row of any kind */
  char       *last_unit;         /* the last row's unit as written, and as brought to one: */
  char       *last_canonical;    /* a file repeats one unit on every row */
  double      last_factor;
  const char *implied_indicator;
  gboolean    trip_counts;       /* a travel survey in trips, not shares */
  KbImportSink *sink;
} Reader;

static gboolean
header_has_name (const char *names,
                 const char *folded)
{
  g_auto(GStrv) words = g_strsplit (names, " ", -1);
  return *folded != '\0' && g_strv_contains ((const char * const *)words, folded);
}

/* Finds the columns in a header row: whether it names a region, a year
 * and a value. */
static gboolean
find_columns (Reader             *reader,
              const char * const *fields,
              guint               n_fields)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    reader->index[c] = -1;

  for (guint f = 0; f < n_fields; f++)
    {
      g_autofree char *folded = kb_csv_fold_header (fields[f]);

      for (guint c = 0; c < G_N_ELEMENTS (column_names); c++)
        {
          Column column = column_names[c].column;

          if (reader->index[column] < 0 && header_has_name (column_names[c].names, folded))
            {
              reader->index[column] = f;
              if (g_str_equal (folded, "tonco2e"))
                {
                  reader->implied_unit = "t CO2e";
                  reader->implied_indicator = KB_INDICATOR_GHG;
                }
              if (column == COL_VALUE)
                reader->trip_counts = g_str_equal (folded, "resor") || g_str_equal (folded, "trips");
            }
        }
    }

  return reader->index[COL_YEAR] >= 0 && reader->index[COL_VALUE] >= 0 &&
         (reader->index[COL_REGION] >= 0 || reader->index[COL_REGION_CODE] >= 0);
}

/* Whether a sheet's row is the header of a long table. */
gboolean
kb_long_reader_is_header (const char * const *fields,
                          guint               n_fields)
{
  Reader reader = { NULL };

  return find_columns (&reader, fields, n_fields);
}

/* The header: a text file's first row; in a sheet, the first row that is
 * one (a title may stand above it). */
static gboolean
read_header (Reader             *reader,
             const char * const *fields,
             guint               n_fields,
             guint               line,
             GError            **error)
{
  if (!find_columns (reader, fields, n_fields))
    {
      if (kb_rows_is_sheet (reader->rows))
        return TRUE;
      kb_rows_error (reader->rows, error, KB_IMPORT_ERROR_HEADER, line, 1,
                           _("the header must name a region, a year and a value column "
                             "(for example “kommun;år;värde”)"));
      return FALSE;
    }

  /* A travel survey: the mode is the breakdown, the value a share in %. */
  if (reader->index[COL_MODE] >= 0)
    {
      reader->index[COL_SECTOR] = reader->index[COL_MODE];
      reader->implied_indicator = KB_INDICATOR_MODE_SHARE;
      reader->implied_unit = "%";
    }

  reader->n_header_fields = n_fields;
  reader->have_header = TRUE;
  kb_rows_set_width (reader->rows, n_fields);
  return TRUE;
}

static const char *
field (Reader             *reader,
       const char * const *fields,
       Column              column)
{
  int i = reader->index[column];
  return i >= 0 ? fields[i] : NULL;
}

static gboolean
parse_int (const char *text,
           int         min,
           int         max,
           int        *out)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  guint64 v;

  if (!g_ascii_string_to_unsigned (stripped, 10, min, max, &v, NULL))
    return FALSE;
  *out = (int)v;
  return TRUE;
}

/* What a file without an indicator column measures, by its unit: tonnes
 * of CO2e are greenhouse gases, MWh energy use; without a unit, the long
 * format's own quantity, greenhouse gases; NULL where a unit says another
 * quantity. */
static const char *
indicator_of_unit (const char *unit)
{
  if (unit == NULL || *unit == '\0' || g_strcmp0 (unit, "t CO2e") == 0)
    return KB_INDICATOR_GHG;
  if (g_strcmp0 (unit, "t CO2") == 0)
    return KB_INDICATOR_CO2;
  if (g_strcmp0 (unit, "MWh") == 0)
    return KB_INDICATOR_ENERGY;
  if (g_strcmp0 (unit, "personer") == 0)
    return KB_INDICATOR_POPULATION;
  return NULL;
}

static KbSeries *
series_for_row (Reader             *reader,
                const char * const *fields,
                int                 vintage,
                const char         *unit)
{
  KbSeriesKey key = {
    .region_code = field (reader, fields, COL_REGION_CODE),
    .region_name = field (reader, fields, COL_REGION),
    .indicator = field (reader, fields, COL_INDICATOR),
    .sector = field (reader, fields, COL_SECTOR),
    .subsector = field (reader, fields, COL_SUBSECTOR),
    .unit = unit,
    .source = field (reader, fields, COL_SOURCE),
    .vintage = vintage,
  };

  if (key.indicator == NULL)
    key.indicator = reader->implied_indicator ? reader->implied_indicator : indicator_of_unit (unit);
  return kb_import_sink_series (reader->sink, &key);
}

static gboolean
is_observation (Reader             *reader,
                const char * const *fields,
                guint               n_fields)
{
  int year = reader->index[COL_YEAR], value = reader->index[COL_VALUE];

  return (year < (int)n_fields && *fields[year] != '\0') || (value < (int)n_fields && *fields[value] != '\0');
}

static gboolean
on_row (const KbRow *row,
        gpointer     user_data,
        GError     **error)
{
  Reader *reader = user_data;
  const char * const *fields = row->fields;
  guint n_fields = row->n_fields, line = row->line;
  const char *vintage_text;
  const char *unit;
  const char *problem;
  KbSeries *series;
  int year, vintage = 0;
  double value, factor;

  reader->last_line = line;
  if (!reader->have_header)
    return read_header (reader, fields, n_fields, line, error);
  /* Below a sheet's table, its notes and sources: a row without a year
   * and a value is none of its data. */
  if (kb_rows_is_sheet (reader->rows) && !is_observation (reader, fields, n_fields))
    return TRUE;
  reader->last_data_line = line;

  if (!kb_rows_check_field_count (reader->rows, error, line, n_fields, reader->n_header_fields))
    return FALSE;

  if (!parse_int (field (reader, fields, COL_YEAR),
                  MIN_YEAR, MAX_YEAR, &year))
    {
      kb_rows_error (reader->rows, error, KB_IMPORT_ERROR_VALUE, line,
                           reader->index[COL_YEAR] + 1,
                           _("“%s” is not a year between %d and %d"),
                           field (reader, fields, COL_YEAR), MIN_YEAR, MAX_YEAR);
      return FALSE;
    }

  vintage_text = field (reader, fields, COL_VINTAGE);
  if (vintage_text != NULL && *vintage_text != '\0' &&
      !parse_int (vintage_text, MIN_YEAR, MAX_YEAR, &vintage))
    {
      kb_rows_error (reader->rows, error, KB_IMPORT_ERROR_VALUE, line,
                           reader->index[COL_VINTAGE] + 1,
                           _("“%s” is not a publication year"), vintage_text);
      return FALSE;
    }

  /* Known units of one quantity are brought to one (kt to t, GWh to
   * MWh); two units that cannot be are refused, never summed. */
  {
    const char *written = field (reader, fields, COL_UNIT) ? field (reader, fields, COL_UNIT) : reader->implied_unit;

    if (reader->last_unit == NULL || g_strcmp0 (written, reader->last_unit) != 0)
      {
        g_free (reader->last_unit);
        g_free (reader->last_canonical);
        reader->last_unit = g_strdup (written ? written : "");
        reader->last_canonical = kb_unit_normalize (written, &reader->last_factor);
      }
    unit = reader->last_canonical;
    factor = reader->last_factor;
  }
  {
    const char *indicator = field (reader, fields, COL_INDICATOR) ? field (reader, fields, COL_INDICATOR)
                                                                   : reader->implied_indicator;
    const char *first = g_hash_table_lookup (reader->units, indicator ? indicator : "");

    if (first == NULL)
      {
        g_hash_table_insert (reader->units, g_strdup (indicator ? indicator : ""), g_strdup (unit ? unit : ""));
        g_hash_table_insert (reader->unit_lines, g_strdup (indicator ? indicator : ""), GUINT_TO_POINTER (line));
      }
    else if (!g_str_equal (first, unit ? unit : ""))
      {
        kb_rows_error (reader->rows, error, KB_IMPORT_ERROR_VALUE, line,
                             reader->index[COL_UNIT] + 1,
                             _("the unit “%s” cannot be added to “%s” of line %u"),
                             field (reader, fields, COL_UNIT) ? field (reader, fields, COL_UNIT) : "",
                             first, GPOINTER_TO_UINT (g_hash_table_lookup (reader->unit_lines, indicator ? indicator : "")));
        return FALSE;
      }
  }

  /* A unit that does not say the quantity, and no indicator column:
   * never read as nothing. */
  if (reader->index[COL_INDICATOR] < 0 && reader->implied_indicator == NULL && indicator_of_unit (unit) == NULL)
    {
      kb_rows_error (reader->rows, error, KB_IMPORT_ERROR_HEADER, line, reader->index[COL_UNIT] + 1,
                     _("the unit “%s” does not say what is measured: add a column “indikator” "
                       "(växthusgaser, koldioxid, slutanvändning av energi, folkmängd)"),
                     field (reader, fields, COL_UNIT));
      return FALSE;
    }
  series = series_for_row (reader, fields, vintage, unit);
  if (series == NULL)
    {
      kb_rows_error (reader->rows, error, KB_IMPORT_ERROR_TOO_LARGE, line, 1,
                           _("the file holds more than %d series (regions × sectors × …), the most Klimatbild reads"),
                           KB_IMPORT_MAX_SERIES);
      return FALSE;
    }
  if (kb_series_has_year (series, year))
    {
      kb_rows_error (reader->rows, error, KB_IMPORT_ERROR_VALUE, line,
                           reader->index[COL_YEAR] + 1,
                           _("a second value for %s, %s, %d"),
                           kb_series_get_region_name (series),
                           *kb_series_get_sector (series) ? kb_series_get_sector (series)
                           : *kb_series_get_indicator (series) ? kb_series_get_indicator (series)
                           : _("all sectors"),
                           year);
      return FALSE;
    }

  switch (kb_row_parse_number (row, reader->index[COL_VALUE], &reader->number_form,
                               reader->delimiter, &value, &problem))
    {
    case KB_NUMBER_VALUE:
      /* Travel surveys: trips are counted, shares are of 100. */
      if ((reader->trip_counts && value < 0) ||
          (!reader->trip_counts && g_strcmp0 (kb_series_get_indicator (series), KB_INDICATOR_MODE_SHARE) == 0 &&
           g_strcmp0 (kb_series_get_unit (series), "%") == 0 && (value < 0 || value > 100)))
        {
          kb_rows_error (reader->rows, error, KB_IMPORT_ERROR_VALUE, line,
                               reader->index[COL_VALUE] + 1,
                               reader->trip_counts ? _("“%s”: a number of trips cannot be below zero")
                                                   : _("“%s”: a share of trips is from 0 to 100 %%"),
                               field (reader, fields, COL_VALUE));
          return FALSE;
        }
      if (kb_number_is_beyond_any_figure (value * factor))
        {
          kb_rows_error (reader->rows, error, KB_IMPORT_ERROR_VALUE, line,
                               reader->index[COL_VALUE] + 1, _("“%s”: %s"), field (reader, fields, COL_VALUE),
                               _(kb_number_beyond_any_figure_problem ()));
          return FALSE;
        }
      kb_series_set_value (series, year, value * factor);
      return TRUE;
    case KB_NUMBER_MISSING:
      kb_series_set_missing (series, year);
      return TRUE;
    case KB_NUMBER_INVALID:
    default:
      if (problem != NULL)
        kb_rows_error (reader->rows, error, KB_IMPORT_ERROR_VALUE, line,
                             reader->index[COL_VALUE] + 1, _("“%s”: %s"),
                             field (reader, fields, COL_VALUE), _(problem));
      else
        kb_rows_error (reader->rows, error, KB_IMPORT_ERROR_VALUE, line,
                             reader->index[COL_VALUE] + 1,
                             _("“%s” is not a number"), field (reader, fields, COL_VALUE));
      return FALSE;
    }
}

/* Trips per mode become each mode's share of the year's trips, in %. */
static void
trips_to_shares (KbDataset *dataset)
{
  g_autoptr(GHashTable) totals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (dataset));

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(KbSeries) s = g_list_model_get_item (G_LIST_MODEL (dataset), i);

        for (guint j = 0; j < kb_series_get_n_years (s); j++)
          {
            g_autofree char *key = g_strdup_printf ("%s\x1f%d", kb_series_get_region_code (s),
                                                    kb_series_get_year (s, j));
            double *total = g_hash_table_lookup (totals, key);
            double v;

            if (pass == 0)
              {
                if (total == NULL)
                  g_hash_table_insert (totals, g_steal_pointer (&key), total = g_new0 (double, 1));
                /* A mode suppressed: the year's trips are unknown, and so
                 * is every mode's share of them. */
                *total += kb_series_get_value_at (s, j, &v) ? v : NAN;
              }
            else if (!kb_series_get_value_at (s, j, &v))
              continue;
            else if (isnan (*total) || *total <= 0)
              kb_series_set_missing (s, kb_series_get_year (s, j));
            else
              kb_series_set_value (s, kb_series_get_year (s, j), v / *total * 100.0);
          }
      }
}

/* Reads the long format from @source. */
KbDataset *
kb_long_reader_read (KbRows  *rows,
                     GError **error)
{
  Reader reader = { .rows = rows };
  g_autoptr(KbImportSink) sink = kb_import_sink_new ();
  g_autoptr(KbDataset) dataset = NULL;
  g_autoptr(GHashTable) units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) unit_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  reader.sink = sink;
  reader.delimiter = kb_rows_get_delimiter (rows);
  reader.number_form = kb_rows_sniff_number_form (rows);
  reader.units = units;
  reader.unit_lines = unit_lines;
  if (!kb_rows_read (rows, on_row, &reader, error))
    {
      g_free (reader.last_unit);
      g_free (reader.last_canonical);
      return NULL;
    }
  g_free (reader.last_unit);
  g_free (reader.last_canonical);
  if (!kb_rows_check_complete (rows, reader.last_data_line, reader.last_line, error))
    return NULL;

  dataset = kb_import_sink_finish (g_steal_pointer (&sink));
  if (!reader.have_header || g_list_model_get_n_items (G_LIST_MODEL (dataset)) == 0)
    {
      kb_rows_error (rows, error, KB_IMPORT_ERROR_EMPTY, 1, 1,
                           _("the file holds no observations"));
      return NULL;
    }

  if (reader.trip_counts)
    trips_to_shares (dataset);
  return g_steal_pointer (&dataset);
}
