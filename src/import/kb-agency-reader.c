/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-agency-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "kb-import-error.h"
#include "kb-import-sink.h"
#include "kb-agency-reader.h"
#include "kb-number.h"
#include "model/kb-region.h"

/* The agencies' workbooks, as they publish them:
 * - Trafikanalys, "Fordon i län och kommuner": the sheet of passenger
 *   cars by fuel (Bensin … Övriga, Totalt), a title naming the year
 *   ("År 2025"), municipality codes stored as numbers (580 for 0580),
 *   county and Sweden rows by name, "–" for none, ".." for not
 *   available, footnotes below;
 * - Trafikverket, metres of cycle network per road owner: a sheet a year
 *   (named by it), rows by county and municipality name, "Total" for the
 *   county's and Sweden's, "-" for none;
 * - SCB, BE0101 "Folkmängd i riket, län och kommuner 31 december": a
 *   title naming the year last, a header over four rows ("Kommun",
 *   "Kommunnamn", "Folkmängd"), counties (two-digit codes) between their
 *   municipalities (four digits, as text), Sweden as "Riket", names
 *   padded with spaces, footnotes below; a sheet each for all, men and
 *   women (only all is read).
 * Sheets are picked by what their headers say, not by their names or
 * places. Every number is kept as the sheet stores it. */

typedef enum {
  TABLE_NONE,
  TABLE_CARS,
  TABLE_CARS_PER_1000,   /* the table of ownership, with cars per 1 000 inhabitants */
  TABLE_CYCLE_NETWORK,
  TABLE_POPULATION,
} Table;

#define MAX_PARTS 12

typedef struct
{
  KbXlsx       *xlsx;
  const char   *sheet;
  Table         table;
  int           year;
  KbImportSink *sink;
  /* the header, once found */
  gboolean      have_header;
  int           part_column[MAX_PARTS];
  char         *part_name[MAX_PARTS];
  guint         n_parts;
  int           total_column;
  gboolean      done;          /* the footnotes began */
  guint         n_regions;
} Reader;

/* "Elhybrider1) " → "Elhybrider": a label without its footnote mark. */
static char *
label_of (const KbXlsxCell *cell)
{
  char *label = g_strstrip (g_strdup (cell->text));
  gsize n = strlen (label);

  if (n > 0 && label[n - 1] == ')')
    {
      gsize i = n - 1;

      while (i > 0 && g_ascii_isdigit (label[i - 1]))
        i--;
      if (i < n - 1 && i > 0)
        label[i] = '\0';
    }
  return g_strstrip (label);
}

static const char * const car_fuels[] = {
  "Bensin", "Diesel", "El", "Elhybrider", "Laddhybrider", "Etanol", "Gas", "Övriga",
};
static const char * const road_owners[] = { "Enskild", "Kommunal", "Statlig" };

/* The column of each part (and of the total), from a header row. */
static gboolean
read_header (Reader           *reader,
             const KbXlsxCell *cells,
             guint             n_cells)
{
  const char * const *parts = reader->table == TABLE_CARS ? car_fuels : road_owners;
  guint n_parts = reader->table == TABLE_CARS ? G_N_ELEMENTS (car_fuels)
                : reader->table == TABLE_CYCLE_NETWORK ? G_N_ELEMENTS (road_owners) : 0;
  guint found = 0;

  reader->total_column = -1;
  /* Cars per 1 000 inhabitants: one column, headed "Totalt antal" (over
   * "bilar per" and "1000"); the population: one, "Folkmängd". */
  if (reader->table == TABLE_CARS_PER_1000 || reader->table == TABLE_POPULATION)
    {
      const char *heading = reader->table == TABLE_POPULATION ? "Folkmängd" : "Totalt antal";

      for (guint c = 0; c < n_cells; c++)
        {
          g_autofree char *label = label_of (&cells[c]);

          if (g_str_equal (label, heading))
            reader->total_column = (int)c;
        }
      reader->n_parts = 0;
      reader->have_header = reader->total_column >= 0;
      return reader->have_header;
    }
  for (guint p = 0; p < n_parts; p++)
    reader->part_column[p] = -1;
  for (guint c = 0; c < n_cells; c++)
    {
      g_autofree char *label = label_of (&cells[c]);

      for (guint p = 0; p < n_parts; p++)
        if (reader->part_column[p] < 0 && g_str_equal (label, parts[p]))
          reader->part_column[p] = (int)c, found++;
      if (g_str_equal (label, "Totalt"))
        reader->total_column = (int)c;
    }
  if (found < n_parts)
    return FALSE;
  reader->n_parts = n_parts;
  for (guint p = 0; p < n_parts; p++)
    reader->part_name[p] = (char *)parts[p];
  reader->have_header = TRUE;
  return TRUE;
}

/* A county by its name with or without "län", in any case. */
static const KbRegion *
county_by_name (const char *name)
{
  g_autofree char *wanted = kb_region_fold_name (name);
  g_autofree char *with_lan = NULL;
  const KbRegion *region = kb_region_find (name);

  if (region != NULL && region->kind == KB_REGION_COUNTY)
    return region;
  /* "Blekinge" for "Blekinge län", "Stockholm" for "Stockholms län". */
  for (guint i = 1; i <= 25; i++)
    {
      g_autofree char *code = g_strdup_printf ("%02u", i);
      const KbRegion *county = kb_region_find (code);
      g_autofree char *folded = NULL;

      if (county == NULL || county->kind != KB_REGION_COUNTY)
        continue;
      folded = kb_region_fold_name (county->name);
      if (g_str_has_prefix (folded, wanted) &&
          (folded[strlen (wanted)] == ' ' || (folded[strlen (wanted)] == 's' && folded[strlen (wanted) + 1] == ' ')))
        return county;
    }
  return NULL;
}

/* A name folded, a hyphen as a space: "Upplands-Väsby" is Upplands Väsby. */
static char *
fold_name (const char *name)
{
  return g_strdelimit (kb_region_fold_name (name), "-", ' ');
}

/* The municipality of @county named @name, or the one whose name it
 * begins ("Malung" for Malung-Sälen); NULL where none or several are. */
static const KbRegion *
municipality_in (const KbRegion *county,
                 const char     *name)
{
  g_autoptr(GPtrArray) municipalities = kb_region_list_municipalities (county ? county->code : NULL);
  g_autofree char *wanted = fold_name (name);
  const KbRegion *begun = NULL;
  guint n_begun = 0;

  for (guint i = 0; i < municipalities->len; i++)
    {
      const KbRegion *m = g_ptr_array_index (municipalities, i);
      g_autofree char *folded = fold_name (m->name);

      if (g_str_equal (folded, wanted))
        return m;
      if (g_str_has_prefix (folded, wanted) && folded[strlen (wanted)] == ' ')
        begun = m, n_begun++;
    }
  return n_begun == 1 ? begun : NULL;
}

/* The region a row is of; NULL for rows of none (an unknown municipality,
 * an unknown county). */
static const KbRegion *
row_region (Reader           *reader,
            const KbXlsxCell *cells,
            guint             n_cells)
{
  g_autofree char *first = n_cells > 0 ? g_strstrip (g_strdup (cells[0].text)) : g_strdup ("");
  g_autofree char *second = n_cells > 1 ? g_strstrip (g_strdup (cells[1].text)) : g_strdup ("");

  if (reader->table == TABLE_POPULATION)
    {
      const KbRegion *region;

      /* Codes as text: "01" a county, "0580" a municipality. */
      if (g_ascii_strcasecmp (second, "Riket") == 0 && *first == '\0')
        return kb_region_find (KB_REGION_SWEDEN_CODE);
      if ((strlen (first) != 2 && strlen (first) != 4) || strspn (first, "0123456789") != strlen (first))
        return NULL;
      region = kb_region_find (first);
      return region != NULL && g_str_equal (region->code, first) ? region : NULL;
    }
  if (reader->table != TABLE_CYCLE_NETWORK)
    {
      /* 580 as a number is 0580; "0580" as text is too. */
      if (cells[0].kind == KB_XLSX_NUMBER ||
          (strlen (first) >= 3 && strlen (first) <= 4 && strspn (first, "0123456789") == strlen (first)))
        {
          const KbRegion *region = kb_region_find (first);
          return region != NULL && region->kind == KB_REGION_MUNICIPALITY ? region : NULL;
        }
      if (g_ascii_strcasecmp (first, "Hela riket") == 0)
        return kb_region_find (KB_REGION_SWEDEN_CODE);
      return county_by_name (first);
    }
  if (g_ascii_strcasecmp (first, "Total") == 0)
    return kb_region_find (KB_REGION_SWEDEN_CODE);
  if (g_ascii_strcasecmp (second, "Total") == 0)
    return county_by_name (first);
  return municipality_in (county_by_name (first), second);
}

static gboolean
is_footnote (const KbXlsxCell *cells,
             guint             n_cells)
{
  const char *p = cells[0].text;

  if (cells[0].kind != KB_XLSX_TEXT)
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  return p != cells[0].text && *p == ')';
}

static gboolean
cell_error (Reader     *reader,
            guint       row,
            guint       column,
            const char *text,
            GError    **error)
{
  g_autofree char *letter = kb_xlsx_column_name (column);

  g_set_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_VALUE, _("%s:%s:%u:%s: “%s” is not a number"),
               kb_xlsx_get_name (reader->xlsx), reader->sheet, row, letter, text);
  return FALSE;
}

/* A value as the agencies write it: a number, "–" or "-" for none, ".."
 * for not available (NAN). */
static gboolean
read_value (Reader           *reader,
            const KbXlsxCell *cells,
            guint             n_cells,
            int               column,
            guint             row,
            double           *value,
            GError          **error)
{
  g_autofree char *text = NULL;

  if (column < 0 || (guint)column >= n_cells || cells[column].kind == KB_XLSX_EMPTY)
    {
      *value = NAN;
      return TRUE;
    }
  if (cells[column].kind == KB_XLSX_NUMBER)
    {
      *value = cells[column].number;
      return TRUE;
    }
  text = g_strstrip (g_strdup (cells[column].text));
  /* Trafikanalys's dashes for none; the rest as every reader reads it
   * (a number stored as text, ".." not available, SCB's lone "-"). */
  if (g_str_equal (text, "–") || g_str_equal (text, "—"))
    {
      *value = 0;
      return TRUE;
    }
  switch (kb_number_parse (text, value))
    {
    case KB_NUMBER_VALUE:
      return TRUE;
    case KB_NUMBER_MISSING:
      *value = NAN;
      return TRUE;
    case KB_NUMBER_INVALID:
    default:
      return cell_error (reader, row, (guint)column, text, error);
    }
}

static void
put (Reader         *reader,
     const KbRegion *region,
     const char     *part,
     double          value)
{
  /* The fleet statistics by their edition, the year they count. */
  g_autofree char *edition = g_strdup_printf ("Trafikanalys, Fordon i län och kommuner %d", reader->year);
  KbSeriesKey key = {
    region->code, region->name,
    reader->table == TABLE_CARS ? KB_INDICATOR_CARS
    : reader->table == TABLE_CARS_PER_1000 ? KB_INDICATOR_CARS_PER_1000
    : reader->table == TABLE_POPULATION ? KB_INDICATOR_POPULATION : KB_INDICATOR_CYCLE_NETWORK,
    part ? part : "", "",
    reader->table == TABLE_CARS ? "personbilar"
    : reader->table == TABLE_CARS_PER_1000 ? "per 1 000 invånare"
    : reader->table == TABLE_POPULATION ? "personer" : "m",
    reader->table == TABLE_CYCLE_NETWORK ? "Trafikverket, cykelnät per väghållare (NVDB)"
    : reader->table == TABLE_POPULATION ? "SCB, Befolkningsstatistik (BE0101)" : edition,
    0,
  };
  KbSeries *series = kb_import_sink_series (reader->sink, &key);

  if (series == NULL)
    return;
  if (isnan (value))
    kb_series_set_missing (series, reader->year);
  else
    kb_series_set_value (series, reader->year, value);
}

static gboolean
on_row (const KbXlsxCell  *cells,
        guint              n_cells,
        guint              row,
        gpointer           user_data,
        GError           **error)
{
  Reader *reader = user_data;
  const KbRegion *region;
  double values[MAX_PARTS + 1];

  if (reader->done)
    return TRUE;
  /* The title names the year: "… År 2025.", "… 31 december 2024. Totalt". */
  if (reader->table == TABLE_POPULATION && !reader->have_header && reader->year == 0 &&
      cells[0].kind == KB_XLSX_TEXT)
    reader->year = kb_number_find_year (cells[0].text, TRUE);
  else if (reader->table != TABLE_CYCLE_NETWORK && !reader->have_header && reader->year == 0 &&
           cells[0].kind == KB_XLSX_TEXT)
    {
      const char *at = strstr (cells[0].text, "År ");
      char digits[5];
      guint64 year;

      if (at != NULL && g_strlcpy (digits, at + strlen ("År "), sizeof digits) >= 4 &&
          g_ascii_string_to_unsigned (digits, 10, 1900, 2100, &year, NULL))
        reader->year = (int)year;
    }
  if (!reader->have_header)
    {
      read_header (reader, cells, n_cells);
      return TRUE;
    }
  if (is_footnote (cells, n_cells))
    {
      reader->done = TRUE;
      return TRUE;
    }
  region = row_region (reader, cells, n_cells);
  if (region == NULL)
    return TRUE;
  for (guint p = 0; p < reader->n_parts; p++)
    if (!read_value (reader, cells, n_cells, reader->part_column[p], row, &values[p], error))
      return FALSE;
  if (reader->total_column >= 0 &&
      !read_value (reader, cells, n_cells, reader->total_column, row, &values[reader->n_parts], error))
    return FALSE;
  for (guint p = 0; p < reader->n_parts; p++)
    put (reader, region, reader->part_name[p], values[p]);
  if (reader->total_column >= 0)
    put (reader, region, NULL, values[reader->n_parts]);
  reader->n_regions++;
  return TRUE;
}

/* What a sheet is, by its header: a quick look at its first rows. */
typedef struct
{
  Table    table;
  guint    rows;
  gboolean in_use;     /* the title says "Personbilar i trafik" */
  gboolean population; /* "Folkmängd i riket, län och kommuner", of all (not men or women) */
} Sniff;

static gboolean
on_sniff_row (const KbXlsxCell  *cells,
              guint              n_cells,
              guint              row,
              gpointer           user_data,
              GError           **error)
{
  Sniff *sniff = user_data;
  gboolean bensin = FALSE, laddhybrider = FALSE, kommunal = FALSE, statlig = FALSE, per_1000 = FALSE;
  gboolean kommun = FALSE, folkmangd = FALSE;

  for (guint c = 0; c < n_cells; c++)
    {
      g_autofree char *label = label_of (&cells[c]);
      g_autofree char *folded = g_utf8_casefold (label, -1);

      /* Passenger cars in use: not the year's new registrations, nor
       * light trucks, of the same layout. */
      sniff->in_use |= strstr (folded, "personbilar i trafik") != NULL;
      bensin |= g_str_equal (label, "Bensin");
      laddhybrider |= g_str_equal (label, "Laddhybrider");
      kommunal |= g_str_equal (label, "Kommunal");
      per_1000 |= g_str_equal (label, "Totalt antal");
      statlig |= g_str_equal (label, "Statlig");
      kommun |= g_str_equal (label, "Kommun");
      folkmangd |= g_str_equal (label, "Folkmängd");
      if (g_str_has_prefix (label, "Folkmängd i riket, län och kommuner"))
        sniff->population = !g_str_has_suffix (label, ". Män") && !g_str_has_suffix (label, ". Kvinnor");
    }
  if (bensin && laddhybrider && sniff->in_use)
    sniff->table = TABLE_CARS;
  else if (per_1000 && sniff->in_use)
    sniff->table = TABLE_CARS_PER_1000;
  else if (kommunal && statlig)
    sniff->table = TABLE_CYCLE_NETWORK;
  else if (kommun && folkmangd && sniff->population)
    sniff->table = TABLE_POPULATION;
  /* A header stands within the first twenty rows, or not at all. */
  if (sniff->table != TABLE_NONE || ++sniff->rows >= 20)
    {
      /* Enough seen: stop reading (not an error of the sheet's). */
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "seen");
      return FALSE;
    }
  return TRUE;
}

/* Which of the agencies' tables sheet @index of @xlsx is (0: none); a
 * sheet that cannot be read says why in @error. */
int
kb_agency_reader_sniff (KbXlsx  *xlsx,
                        guint    index,
                        GError **error)
{
  Sniff sniff = { TABLE_NONE };
  g_autoptr(GError) local_error = NULL;

  if (!kb_xlsx_read_sheet (xlsx, index, on_sniff_row, &sniff, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return TABLE_NONE;
    }
  return sniff.table;
}

/* The series of @table (what kb_agency_reader_sniff() found) on sheet
 * @index: none where the sheet holds no region Klimatbild knows. */
KbDataset *
kb_agency_reader_read (KbXlsx  *xlsx,
                       guint    index,
                       int      table,
                       GError **error)
{
  g_autoptr(KbImportSink) sink = NULL;
  Reader reader;
  guint64 year;

  g_return_val_if_fail (xlsx != NULL, NULL);
  g_return_val_if_fail (table > TABLE_NONE && table <= TABLE_POPULATION, NULL);

  sink = kb_import_sink_new ();
  reader = (Reader) { xlsx, kb_xlsx_get_sheet_name (xlsx, index), (Table)table, 0, sink };

  /* The cycle network: a sheet a year, named by it. */
  if (reader.table == TABLE_CYCLE_NETWORK)
    {
      if (!g_ascii_string_to_unsigned (reader.sheet, 10, 1900, 2100, &year, NULL))
        {
          g_set_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_HEADER,
                       _("%s:%s: the sheet is not named by the year it is of"), kb_xlsx_get_name (xlsx),
                       reader.sheet);
          return NULL;
        }
      reader.year = (int)year;
    }
  if (!kb_xlsx_read_sheet (xlsx, index, on_row, &reader, error))
    return NULL;
  if (reader.year == 0)
    {
      g_set_error (error, KB_IMPORT_ERROR, KB_IMPORT_ERROR_HEADER,
                   _("%s:%s: the sheet does not say which year it is of"), kb_xlsx_get_name (xlsx), reader.sheet);
      return NULL;
    }
  return kb_import_sink_finish (g_steal_pointer (&sink));
}
