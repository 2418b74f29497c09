/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-wide-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "kb-import-error.h"
#include "kb-import-sink.h"
#include "kb-number.h"
#include "kb-rows.h"
#include "kb-unit.h"
#include "kb-wide-reader.h"
#include "model/kb-region.h"

/* A file is wide when, before its data, a row holds two or more years as
 * cells. Rows above that row are the preamble: a title, "Enhet:",
 * "Källa:", "Rapportnamn:". The cells of that row that are not years name
 * the label columns; where they are empty (Excel's split header) the next
 * row names them. "Alla" (the database) and "summa …" (SCB) in a label
 * column mark an aggregate at that level. */

#define MIN_YEAR 1900
#define MAX_YEAR 2100
#define SNIFF_ROWS 20

typedef enum {
  ROLE_NONE,
  ROLE_REGION,
  ROLE_COUNTY,
  ROLE_SECTOR,
  ROLE_SUBSECTOR,
  ROLE_SUBSTANCE,
} Role;

typedef enum {
  STATE_PREAMBLE,
  STATE_LABELS,
  STATE_DATA,
  STATE_FOOTER,
} State;

/* A label column's labels: each distinct one is repaired once, and the
 * last one read is compared first (rows repeat their neighbours'). */
typedef struct
{
  const char *read;      /* a key of @seen */
  const char *repaired;  /* the label with lost letters put back, or NULL */
  GHashTable *seen;      /* read → repaired ("" where as read) */
} LastLabel;

/* What a substance measures: worked out once per distinct substance. */
typedef struct
{
  const char *indicator; /* or NULL */
  const char *unit;
} Measured;

typedef struct
{
  const char *read;      /* a key of @seen */
  Measured    measured;
  GHashTable *seen;      /* substance → Measured */
} LastSubstance;

typedef struct
{
  KbRows       *rows;
  State         state;
  KbImportSink *sink;

  guint         n_columns;
  int          *years;   /* per column: the year, or 0 for a label column */
  int          *slots;   /* per column: its year's column in @table, or -1 */
  KbValueTable *table;   /* the rows' values (the sink's) */
  Role         *roles;   /* per column */
  gboolean      have_region;

  char         *title;
  char         *indicator;
  char         *unit;
  double        unit_factor; /* "Enhet: kt CO2e": values ×1000, in t CO2e */
  char         *source;
  int           vintage;
  gboolean      expect_footer; /* the database's export closes with its first line */
  guint         last_line;
  guint         last_data_line;
  KbNumberForm  number_form;   /* decimal comma or point, for the whole file */
  char          delimiter;
  LastLabel     last_sector;
  LastLabel     last_subsector;
  LastSubstance last_substance;
} Reader;

static int
year_of_cell (const char *cell)
{
  guint64 year;

  if (strlen (cell) != 4 ||
      !g_ascii_string_to_unsigned (cell, 10, MIN_YEAR, MAX_YEAR, &year, NULL))
    return 0;
  return (int)year;
}

typedef enum {
  ROW_OTHER,
  ROW_YEAR_HEADER, /* two or more years, rising, and no other numbers */
  ROW_DATA,        /* numbers that are not a header's years */
} RowKind;

static gboolean is_label_header (const char *label);

static RowKind
classify_row (const char * const *fields,
              guint               n_fields)
{
  guint n_years = 0, n_labels = 0;
  int last_year = 0;
  gboolean rising = TRUE;

  for (guint i = 0; i < n_fields; i++)
    {
      int year = year_of_cell (fields[i]);
      double value;

      if (year != 0)
        {
          rising = rising && year > last_year;
          last_year = year;
          n_years++;
        }
      else if (*fields[i] != '\0' && kb_number_parse (fields[i], &value) == KB_NUMBER_VALUE)
        return ROW_DATA;
      else if (is_label_header (fields[i]))
        n_labels++;
    }

  /* One year is a header too where the labels before it say so
   * ("Region;Drivmedel;2025"): a table of a single year. */
  if ((n_years >= 2 && rising) || (n_years == 1 && n_labels > 0 && n_labels + 1 == n_fields))
    return ROW_YEAR_HEADER;
  return n_years > 0 ? ROW_DATA : ROW_OTHER;
}

/* Whether a sheet's row is a wide table's row of years. */
gboolean
kb_wide_reader_is_year_header (const char * const *fields,
                               guint               n_fields)
{
  return classify_row (fields, n_fields) == ROW_YEAR_HEADER;
}

/* Quick look at the first rows, without quoting rules: enough to tell.
 * A wide file shows its row of years before any row of numbers. */
gboolean
kb_wide_reader_sniff (const char *text,
                      char        delimiter)
{
  const char *line = text;

  for (guint row = 0; row < SNIFF_ROWS && *line != '\0'; row++)
    {
      const char *end = strchr (line, '\n');
      g_autofree char *copy = g_strndup (line, end ? (gsize)(end - line) : strlen (line));
      char separator[2] = { delimiter, '\0' };
      g_auto(GStrv) cells = NULL;
      RowKind kind;

      g_strdelimit (copy, "\"\r", ' ');
      cells = g_strsplit (copy, separator, -1);
      for (guint i = 0; cells[i] != NULL; i++)
        g_strstrip (cells[i]);

      kind = classify_row ((const char * const *)cells, g_strv_length (cells));
      if (kind != ROW_OTHER)
        return kind == ROW_YEAR_HEADER;

      if (end == NULL)
        break;
      line = end + 1;
    }

  return FALSE;
}

/* Folded label text, '?' standing for any letter a file destroyed. */
static gboolean
folded_is (const char *folded,
           const char *name)
{
  gsize i;

  for (i = 0; folded[i] != '\0' && name[i] != '\0'; i++)
    if (folded[i] != '?' && folded[i] != name[i])
      return FALSE;
  return folded[i] == '\0' && name[i] == '\0';
}

static Role role_of_label (const char *label);

/* Whether @label names a label column (region, sector, …). */
static gboolean
is_label_header (const char *label)
{
  return role_of_label (label) != ROLE_NONE;
}

static Role
role_of_label (const char *label)
{
  g_autofree char *folded = kb_region_fold_name (label);
  static const struct { const char *name; Role role; } roles[] = {
    { "kommun", ROLE_REGION }, { "region", ROLE_REGION }, { "municipality", ROLE_REGION },
    { "lan", ROLE_COUNTY }, { "county", ROLE_COUNTY },
    { "huvudsektor", ROLE_SECTOR }, { "sektor", ROLE_SECTOR }, { "sector", ROLE_SECTOR },
    { "forbrukarkategori", ROLE_SECTOR }, { "drivmedel", ROLE_SECTOR }, { "vaghallare", ROLE_SECTOR },
    { "undersektor", ROLE_SUBSECTOR }, { "subsector", ROLE_SUBSECTOR },
    { "bransletyp", ROLE_SUBSECTOR },
    { "amne", ROLE_SUBSTANCE }, { "substance", ROLE_SUBSTANCE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (folded_is (folded, roles[i].name))
      return roles[i].role;
  return ROLE_NONE;
}

/* Words of SCB's energy table whose å, ä and ö some copies lost to
 * U+FFFD ("sm�hus"): a lost letter is put back where one word fits. */
static const char * const known_words[] = {
  "förnybara", "fjärrvärme", "småhus", "övriga", "tjänster", "förbrukarkategori",
  "bränsletyp", "bostäder", "lokaler", "uppvärmning", "jordbruk", "näringsliv",
};

static gboolean
word_fits (const char *damaged,
           gsize       length,
           const char *word)
{
  const char *p = damaged, *w = word;

  while (p < damaged + length && *w != '\0')
    {
      gunichar a = g_utf8_get_char (p), b = g_utf8_get_char (w);

      if (a != 0xFFFD && g_unichar_tolower (a) != b)
        return FALSE;
      p = g_utf8_next_char (p);
      w = g_utf8_next_char (w);
    }
  return p == damaged + length && *w == '\0';
}

static char *
repair_label (const char *label)
{
  GString *out;
  const char *p = label;

  if (strstr (label, "\xEF\xBF\xBD") == NULL)
    return NULL;

  out = g_string_new (NULL);
  while (*p != '\0')
    {
      gsize length = 0;
      const char *fit = NULL;

      while (p[length] != '\0' && (g_ascii_isalpha (p[length]) || (guchar)p[length] >= 0x80))
        length++;
      if (length == 0)
        {
          g_string_append_c (out, *p++);
          continue;
        }
      for (guint i = 0; i < G_N_ELEMENTS (known_words) && fit == NULL; i++)
        if (g_strstr_len (p, length, "\xEF\xBF\xBD") != NULL && word_fits (p, length, known_words[i]))
          fit = known_words[i];
      if (fit != NULL)
        g_string_append (out, fit);
      else
        g_string_append_len (out, p, length);
      p += length;
    }
  return g_string_free (out, FALSE);
}

/* @label repaired, as kept in @last; valid until the next call. */
static const char *
repaired_label (LastLabel  *last,
                const char *label)
{
  if (last->read == NULL || strcmp (last->read, label) != 0)
    {
      gpointer read, repaired;

      if (last->seen == NULL)
        last->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      if (!g_hash_table_lookup_extended (last->seen, label, &read, &repaired))
        {
          char *fixed = repair_label (label);

          read = g_strdup (label);
          repaired = fixed != NULL ? fixed : g_strdup ("");
          g_hash_table_insert (last->seen, read, repaired);
        }
      last->read = read;
      last->repaired = *(const char *)repaired != '\0' ? repaired : NULL;
    }
  return last->repaired != NULL ? last->repaired : label;
}

static gboolean
is_aggregate (const char *label)
{
  return g_ascii_strcasecmp (label, "alla") == 0 || g_ascii_strncasecmp (label, "summa", 5) == 0;
}

/* What a title, a unit line or a substance says is measured. */
static void
indicator_from_text (const char  *text,
                     const char **indicator,
                     const char **unit)
{
  g_autofree char *folded = kb_region_fold_name (text);

  if (strstr (folded, "vaxthusgas") != NULL)
    *indicator = KB_INDICATOR_GHG, *unit = "t CO2e";
  else if (strstr (folded, "koldioxid") != NULL)
    *indicator = KB_INDICATOR_CO2, *unit = "t CO2";
  else if (strstr (folded, "folkmangd") != NULL)
    *indicator = KB_INDICATOR_POPULATION, *unit = "personer";
  else if (strstr (folded, "slutanvandning") != NULL || strstr (folded, "mwh") != NULL)
    *indicator = KB_INDICATOR_ENERGY, *unit = "MWh";
  else if (strstr (folded, "personbilar") != NULL && strstr (folded, "per 1 000 invanare") != NULL)
    *indicator = KB_INDICATOR_CARS_PER_1000, *unit = "per 1 000 invånare";
  else if (strstr (folded, "personbilar i trafik") != NULL)
    *indicator = KB_INDICATOR_CARS, *unit = "personbilar";
  else if (strstr (folded, "cykelnat") != NULL)
    *indicator = KB_INDICATOR_CYCLE_NETWORK, *unit = "m";
}

static void
read_preamble_row (Reader             *reader,
                   const char * const *fields,
                   guint               n_fields)
{
  const char *first = n_fields > 0 ? fields[0] : "";
  const char *second = n_fields > 1 ? fields[1] : "";
  const char *indicator = NULL, *unit = NULL;
  g_autofree char *folded = kb_region_fold_name (first);

  if (*first == '\0')
    return;

  if (g_str_has_prefix (folded, "rapportnamn"))
    {
      /* The database's CSV export: "Rapportnamn:;Länsrapport, 2021-10-14". */
      reader->vintage = kb_number_find_year (second, FALSE);
      reader->expect_footer = TRUE;
      g_free (reader->source);
      reader->source = g_strdup_printf ("Nationella emissionsdatabasen (SMHI/RUS), %s", second);
      return;
    }
  if (g_str_has_prefix (folded, "kalla:"))
    {
      g_free (reader->source);
      reader->source = g_strstrip (g_strdup (strchr (first, ':') + 1));
      return;
    }
  if (g_str_has_prefix (folded, "enhet:"))
    {
      double factor;
      g_autofree char *canonical = kb_unit_normalize (strchr (first, ':') + 1, &factor);

      /* Known units brought to one: tonnes, MWh. A second unit line
       * replaces the first. */
      if (canonical != NULL && (g_str_has_prefix (canonical, "t ") || g_str_equal (canonical, "MWh")))
        {
          g_free (reader->unit);
          reader->unit = g_str_has_prefix (canonical, "t ") && strstr (folded, "co2") != NULL &&
                         strstr (canonical, "CO2") == NULL ? g_strdup ("t CO2e") : g_steal_pointer (&canonical);
          reader->unit_factor = factor;
        }
      else if (strstr (folded, "co2") != NULL && reader->indicator == NULL)
        {
          g_free (reader->unit);
          reader->unit = g_strdup ("t CO2e");
        }
      return;
    }

  indicator_from_text (first, &indicator, &unit);
  if (indicator != NULL && reader->indicator == NULL)
    {
      reader->indicator = g_strdup (indicator);
      g_free (reader->unit);
      reader->unit = g_strdup (unit);
    }
  if (reader->title == NULL)
    {
      reader->title = g_strdup (first);
      if (strstr (folded, "publicera") != NULL)
        reader->vintage = kb_number_find_year (first, FALSE);
    }
}

static gboolean
read_header_row (Reader             *reader,
                 const char * const *fields,
                 guint               n_fields,
                 guint               line,
                 GError            **error)
{
  gboolean labels_here = FALSE;

  reader->n_columns = n_fields;
  reader->years = g_new0 (int, n_fields);
  reader->roles = g_new0 (Role, n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      reader->years[i] = year_of_cell (fields[i]);
      if (reader->years[i] == 0 && *fields[i] != '\0')
        {
          reader->roles[i] = role_of_label (fields[i]);
          labels_here = TRUE;
        }
    }

  kb_rows_set_width (reader->rows, n_fields);
  reader->table = kb_import_sink_use_years (reader->sink, reader->years, n_fields);
  reader->slots = g_new (int, n_fields);
  for (guint i = 0; i < n_fields; i++)
    reader->slots[i] = reader->years[i] != 0 ? kb_value_table_find_year (reader->table, reader->years[i]) : -1;
  reader->state = labels_here ? STATE_DATA : STATE_LABELS;
  return TRUE;
}

static gboolean
read_label_row (Reader             *reader,
                const char * const *fields,
                guint               n_fields)
{
  for (guint i = 0; i < MIN (n_fields, reader->n_columns); i++)
    if (reader->years[i] == 0)
      reader->roles[i] = role_of_label (fields[i]);
  reader->state = STATE_DATA;
  return TRUE;
}

static gboolean
check_columns (Reader              *reader,
               const char * const  *labels,
               guint                n_labels,
               guint                line,
               GError             **error)
{
  for (guint i = 0; i < reader->n_columns; i++)
    if (reader->roles[i] == ROLE_REGION || reader->roles[i] == ROLE_COUNTY)
      reader->have_region = TRUE;

  /* SCB's energy table (KRE) often comes without a title: its consumer
   * category and fuel columns say what it is. */
  for (guint i = 0; i < MIN (n_labels, reader->n_columns) && reader->indicator == NULL; i++)
    {
      g_autofree char *folded = kb_region_fold_name (labels[i]);

      if (folded_is (folded, "forbrukarkategori") || folded_is (folded, "bransletyp"))
        {
          reader->indicator = g_strdup (KB_INDICATOR_ENERGY);
          g_free (reader->unit);
          reader->unit = g_strdup ("MWh");
          if (reader->source == NULL && reader->title == NULL)
            reader->source = g_strdup ("SCB, Kommunal och regional energistatistik (KRE)");
        }
    }

  if (!reader->have_region)
    {
      kb_rows_error (reader->rows, error, KB_IMPORT_ERROR_HEADER, line, 1,
                           _("no column names the region (“kommun”, “region” or “län”)"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
has_year_cell (Reader             *reader,
               const char * const *fields,
               guint               n_fields)
{
  for (guint i = 0; i < MIN (n_fields, reader->n_columns); i++)
    if (reader->years[i] != 0 && *fields[i] != '\0')
      return TRUE;
  return FALSE;
}

static gboolean
read_data_row (Reader      *reader,
               const KbRow *row,
               GError     **error)
{
  const char * const *fields = row->fields;
  guint n_fields = row->n_fields, line = row->line;
  KbSeriesKey key = { NULL };
  const char *county = NULL, *municipality = NULL, *substance = NULL;
  const char *unit = reader->unit;
  double *values;
  guint series;

  if (n_fields > 0 && g_ascii_strncasecmp (fields[0], "Rapportnamn:", 12) == 0)
    {
      /* The database's export repeats its first line as a footer. */
      reader->state = STATE_FOOTER;
      return TRUE;
    }
  if (!kb_rows_check_field_count (reader->rows, error, line, n_fields, reader->n_columns))
    return FALSE;
  /* Below a sheet's table, its notes and sources: a row without any
   * year's cell is none of its data. */
  if (kb_rows_is_sheet (reader->rows) && !has_year_cell (reader, fields, n_fields))
    return TRUE;

  for (guint i = 0; i < n_fields; i++)
    {
      const char *cell;

      if (reader->roles[i] == ROLE_NONE)
        continue;
      cell = is_aggregate (fields[i]) ? "" : fields[i];
      switch (reader->roles[i])
        {
        case ROLE_REGION: municipality = cell; break;
        case ROLE_COUNTY: county = cell; break;
        case ROLE_SECTOR: key.sector = repaired_label (&reader->last_sector, cell); break;
        case ROLE_SUBSECTOR: key.subsector = repaired_label (&reader->last_subsector, cell); break;
        case ROLE_SUBSTANCE: substance = fields[i]; break;
        case ROLE_NONE:
        default:
          break;
        }
    }

  /* A municipality, else its county ("Alla" municipalities), else Sweden. */
  if (municipality != NULL && *municipality != '\0')
    key.region_code = municipality;
  else if (county != NULL && *county != '\0')
    key.region_code = county;
  else
    key.region_code = KB_REGION_SWEDEN_CODE;

  key.indicator = reader->indicator;
  if (substance != NULL)
    {
      LastSubstance *last = &reader->last_substance;

      if (last->read == NULL || strcmp (last->read, substance) != 0)
        {
          gpointer read, measured;

          if (last->seen == NULL)
            last->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
          if (!g_hash_table_lookup_extended (last->seen, substance, &read, &measured))
            {
              measured = g_new0 (Measured, 1);
              indicator_from_text (substance, &((Measured *)measured)->indicator, &((Measured *)measured)->unit);
              read = g_strdup (substance);
              g_hash_table_insert (last->seen, read, measured);
            }
          last->read = read;
          last->measured = *(Measured *)measured;
        }
      key.indicator = last->measured.indicator ? last->measured.indicator : substance;
      unit = last->measured.indicator ? last->measured.unit : "t";
    }
  key.unit = unit;
  key.source = reader->source ? reader->source : reader->title;
  key.vintage = reader->vintage;
  series = kb_import_sink_row (reader->sink, &key);
  if (series == G_MAXUINT)
    {
      kb_rows_error (reader->rows, error, KB_IMPORT_ERROR_TOO_LARGE, line, 1,
                           _("the file holds more than %d series (regions × sectors × …), the most Klimatbild reads"),
                           KB_IMPORT_MAX_SERIES);
      return FALSE;
    }

  values = kb_value_table_get_values (reader->table, series);
  for (guint i = 0; i < n_fields; i++)
    {
      const char *problem;
      double *cell;
      double value;

      if (reader->slots[i] < 0)
        continue;

      cell = &values[reader->slots[i]];
      if (!kb_value_table_is_absent (*cell))
        {
          const char *sector = kb_value_table_get_label (reader->table, series, KB_LABEL_SECTOR);

          kb_rows_error (reader->rows, error, KB_IMPORT_ERROR_VALUE, line, 1,
                               _("a second row for %s, %s, %d"),
                               kb_value_table_get_label (reader->table, series, KB_LABEL_REGION_NAME),
                               *sector ? sector : _("all sectors"),
                               reader->years[i]);
          return FALSE;
        }

      switch (kb_row_parse_number (row, i, &reader->number_form, reader->delimiter, &value, &problem))
        {
        case KB_NUMBER_VALUE:
          if (kb_number_is_beyond_any_figure (value * reader->unit_factor))
            {
              kb_rows_error (reader->rows, error, KB_IMPORT_ERROR_VALUE, line, i + 1, _("“%s”: %s"),
                                   fields[i], _(kb_number_beyond_any_figure_problem ()));
              return FALSE;
            }
          *cell = value * reader->unit_factor;
          break;
        case KB_NUMBER_MISSING:
          *cell = NAN;
          break;
        case KB_NUMBER_INVALID:
        default:
          if (problem != NULL)
            kb_rows_error (reader->rows, error, KB_IMPORT_ERROR_VALUE, line, i + 1, _("“%s”: %s"),
                                 fields[i], _(problem));
          else
            kb_rows_error (reader->rows, error, KB_IMPORT_ERROR_VALUE, line, i + 1,
                                 _("“%s” is not a number"), fields[i]);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
on_row (const KbRow *row,
        gpointer     user_data,
        GError     **error)
{
  Reader *reader = user_data;
  const char * const *fields = row->fields;
  guint n_fields = row->n_fields, line = row->line;

  reader->last_line = line;
  switch (reader->state)
    {
    case STATE_PREAMBLE:
      if (classify_row (fields, n_fields) == ROW_YEAR_HEADER)
        return read_header_row (reader, fields, n_fields, line, error) &&
               (reader->state == STATE_LABELS ||
                check_columns (reader, fields, n_fields, line, error));
      read_preamble_row (reader, fields, n_fields);
      return TRUE;

    case STATE_LABELS:
      return read_label_row (reader, fields, n_fields) &&
             check_columns (reader, fields, n_fields, line, error);

    case STATE_DATA:
      if (!read_data_row (reader, row, error))
        return FALSE;
      if (reader->state == STATE_DATA)
        reader->last_data_line = line;
      return TRUE;

    case STATE_FOOTER:
    default:
      return TRUE;
    }
}

static void
reader_clear (Reader *reader)
{
  g_clear_pointer (&reader->sink, kb_import_sink_free);
  g_free (reader->years);
  g_free (reader->slots);
  g_free (reader->roles);
  g_free (reader->title);
  g_free (reader->indicator);
  g_free (reader->unit);
  g_free (reader->source);
  g_clear_pointer (&reader->last_sector.seen, g_hash_table_unref);
  g_clear_pointer (&reader->last_subsector.seen, g_hash_table_unref);
  g_clear_pointer (&reader->last_substance.seen, g_hash_table_unref);
}

KbDataset *
kb_wide_reader_read (KbRows  *rows,
                     GError **error)
{
  Reader reader = { .rows = rows, .unit_factor = 1, .delimiter = kb_rows_get_delimiter (rows) };
  KbDataset *dataset;

  reader.sink = kb_import_sink_new ();
  reader.number_form = kb_rows_sniff_number_form (rows);

  if (!kb_rows_read (rows, on_row, &reader, error))
    {
      reader_clear (&reader);
      return NULL;
    }

  if (reader.state == STATE_PREAMBLE || reader.state == STATE_LABELS)
    {
      kb_rows_error (rows, error, KB_IMPORT_ERROR_EMPTY, 1, 1,
                           _("the file has no header with years"));
      reader_clear (&reader);
      return NULL;
    }

  if (reader.expect_footer && reader.state != STATE_FOOTER)
    {
      kb_rows_error (rows, error, KB_IMPORT_ERROR_SYNTAX, reader.last_line, 1,
                           _("the export ends before its closing “Rapportnamn” line: "
                             "the file looks cut short"));
      reader_clear (&reader);
      return NULL;
    }

  if (!kb_rows_check_complete (rows, reader.last_data_line, reader.last_line, error))
    {
      reader_clear (&reader);
      return NULL;
    }

  dataset = kb_import_sink_finish (g_steal_pointer (&reader.sink));
  reader_clear (&reader);
  if (g_list_model_get_n_items (G_LIST_MODEL (dataset)) == 0)
    {
      g_object_unref (dataset);
      kb_rows_error (rows, error, KB_IMPORT_ERROR_EMPTY, 1, 1,
                           _("the file holds no observations"));
      return NULL;
    }
  return dataset;
}
