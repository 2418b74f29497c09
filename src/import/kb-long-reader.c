/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-long-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kb-csv.h"
#include "kb-import-error.h"
#include "kb-long-reader.h"
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
  { COL_YEAR, "year ar" },
  { COL_VALUE, "value varde tonco2e" },
  { COL_UNIT, "unit enhet" },
  { COL_SOURCE, "source kalla" },
  { COL_VINTAGE, "vintage publicerad release" },
};

typedef struct
{
  const char *file;
  int         index[N_COLUMNS]; /* field index of each column, or -1 */
  guint       n_header_fields;
  gboolean    have_header;
  const char *implied_unit;      /* from a value column named like "ton_co2e" */
  const char *implied_indicator;
  GHashTable *series_by_key;
  KbDataset  *dataset;
} Reader;

static char *
fold_header (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  GString *folded = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (folded, g_ascii_tolower (*p));
  return g_string_free (folded, FALSE);
}

static gboolean
header_has_name (const char *names,
                 const char *folded)
{
  g_auto(GStrv) words = g_strsplit (names, " ", -1);
  return *folded != '\0' && g_strv_contains ((const char * const *)words, folded);
}

static gboolean
read_header (Reader             *reader,
             const char * const *fields,
             guint               n_fields,
             guint               line,
             GError            **error)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    reader->index[c] = -1;

  for (guint f = 0; f < n_fields; f++)
    {
      g_autofree char *folded = fold_header (fields[f]);

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
            }
        }
    }

  if (reader->index[COL_YEAR] < 0 || reader->index[COL_VALUE] < 0 ||
      (reader->index[COL_REGION] < 0 && reader->index[COL_REGION_CODE] < 0))
    {
      kb_import_error_set (error, KB_IMPORT_ERROR_HEADER, reader->file, line, 1,
                           _("the header must name a region, a year and a value column "
                             "(for example “kommun;år;värde”)"));
      return FALSE;
    }

  reader->n_header_fields = n_fields;
  reader->have_header = TRUE;
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

static KbSeries *
series_for_row (Reader             *reader,
                const char * const *fields,
                int                 vintage)
{
  const char *code = field (reader, fields, COL_REGION_CODE);
  const char *name = field (reader, fields, COL_REGION);
  const char *unit = field (reader, fields, COL_UNIT);
  const char *indicator = field (reader, fields, COL_INDICATOR);
  g_autofree char *key = NULL;
  KbSeries *series;

  /* Until the municipality table exists, a name stands in for a missing code. */
  if (code == NULL || *code == '\0')
    code = name;
  if (name == NULL || *name == '\0')
    name = code;
  if (unit == NULL)
    unit = reader->implied_unit;
  if (indicator == NULL)
    indicator = reader->implied_indicator;

  key = g_strjoin ("\x1f", code, name,
                   indicator ?: "",
                   field (reader, fields, COL_SECTOR) ?: "",
                   unit ?: "", field (reader, fields, COL_SOURCE) ?: "", NULL);
  key = g_strdup_printf ("%s\x1f%d", (char *)g_steal_pointer (&key), vintage);

  series = g_hash_table_lookup (reader->series_by_key, key);
  if (series == NULL)
    {
      series = kb_series_new (code, name, indicator,
                              field (reader, fields, COL_SECTOR), unit,
                              field (reader, fields, COL_SOURCE), vintage);
      g_hash_table_insert (reader->series_by_key, g_steal_pointer (&key), series);
      kb_dataset_add (reader->dataset, series);
      g_object_unref (series); /* the dataset keeps it */
    }

  return series;
}

static gboolean
on_row (const char * const *fields,
        guint               n_fields,
        guint               line,
        gpointer            user_data,
        GError            **error)
{
  Reader *reader = user_data;
  const char *vintage_text;
  KbSeries *series;
  int year, vintage = 0;
  double value;

  if (!reader->have_header)
    return read_header (reader, fields, n_fields, line, error);

  if (n_fields != reader->n_header_fields)
    {
      kb_import_error_set (error, KB_IMPORT_ERROR_SYNTAX, reader->file, line,
                           MIN (n_fields, reader->n_header_fields) + 1,
                           _("expected %u fields as in the header, found %u"),
                           reader->n_header_fields, n_fields);
      return FALSE;
    }

  if (!parse_int (field (reader, fields, COL_YEAR),
                  MIN_YEAR, MAX_YEAR, &year))
    {
      kb_import_error_set (error, KB_IMPORT_ERROR_VALUE, reader->file, line,
                           reader->index[COL_YEAR] + 1,
                           _("“%s” is not a year between %d and %d"),
                           field (reader, fields, COL_YEAR), MIN_YEAR, MAX_YEAR);
      return FALSE;
    }

  vintage_text = field (reader, fields, COL_VINTAGE);
  if (vintage_text != NULL && *vintage_text != '\0' &&
      !parse_int (vintage_text, MIN_YEAR, MAX_YEAR, &vintage))
    {
      kb_import_error_set (error, KB_IMPORT_ERROR_VALUE, reader->file, line,
                           reader->index[COL_VINTAGE] + 1,
                           _("“%s” is not a publication year"), vintage_text);
      return FALSE;
    }

  series = series_for_row (reader, fields, vintage);
  if (kb_series_has_year (series, year))
    {
      kb_import_error_set (error, KB_IMPORT_ERROR_VALUE, reader->file, line,
                           reader->index[COL_YEAR] + 1,
                           _("a second value for %s, %s, %d"),
                           kb_series_get_region_name (series),
                           *kb_series_get_sector (series) ? kb_series_get_sector (series)
                                                          : kb_series_get_indicator (series),
                           year);
      return FALSE;
    }

  switch (kb_number_parse (field (reader, fields, COL_VALUE), &value))
    {
    case KB_NUMBER_VALUE:
      kb_series_set_value (series, year, value);
      return TRUE;
    case KB_NUMBER_MISSING:
      kb_series_set_missing (series, year);
      return TRUE;
    case KB_NUMBER_INVALID:
    default:
      kb_import_error_set (error, KB_IMPORT_ERROR_VALUE, reader->file, line,
                           reader->index[COL_VALUE] + 1,
                           _("“%s” is not a number"), field (reader, fields, COL_VALUE));
      return FALSE;
    }
}

/* Reads the long format from UTF-8 @text; @file names it in errors. */
KbDataset *
kb_long_reader_read (const char  *text,
                     const char  *file,
                     GError     **error)
{
  Reader reader = { .file = file };
  g_autoptr(KbDataset) dataset = kb_dataset_new ();
  g_autoptr(GHashTable) series_by_key =
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (text != NULL, NULL);

  reader.dataset = dataset;
  reader.series_by_key = series_by_key;

  if (!kb_csv_parse (text, kb_csv_sniff_delimiter (text), file, on_row, &reader, error))
    return NULL;

  if (!reader.have_header || g_list_model_get_n_items (G_LIST_MODEL (dataset)) == 0)
    {
      kb_import_error_set (error, KB_IMPORT_ERROR_EMPTY, file, 1, 1,
                           _("the file holds no observations"));
      return NULL;
    }

  return g_steal_pointer (&dataset);
}
