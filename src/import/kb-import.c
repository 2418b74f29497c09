/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kb-csv.h"
#include "kb-import.h"
#include "kb-long-reader.h"
#include "kb-measures-reader.h"
#include "kb-rows.h"
#include "kb-wide-reader.h"
#include "kb-workbook.h"

#define EMBEDDED "/se/klimatbild/Klimatbild/data/"
#define EMBEDDED_EMISSIONS EMBEDDED "emissions.csv"
#define EMBEDDED_POPULATION EMBEDDED "population.csv"
#define EMBEDDED_ENERGY EMBEDDED "energy.csv"
#define EMBEDDED_TRAVEL EMBEDDED "linkoping-travel.csv"
#define EMBEDDED_CARS EMBEDDED "cars.csv"
#define EMBEDDED_CARS_PER_1000 EMBEDDED "cars-per-1000.csv"
#define EMBEDDED_CYCLE_NETWORK EMBEDDED "cycle-network.csv"

/* Emissions from a file that names no release (the database's Excel
 * download saved as CSV, a long file without a release column) are dated
 * by their latest year: the national emissions database publishes year
 * Y's figures in Y + 2. The series say the date was inferred. */
static void
infer_releases (KbDataset *dataset)
{
  static const char * const emissions[] = { KB_INDICATOR_GHG, KB_INDICATOR_CO2, NULL };

  kb_dataset_infer_vintages (dataset, emissions, KB_IMPORT_RELEASE_LAG);
}

/* Whether the first line of @head is a measures file's header. */
static gboolean
is_plan (const char *head,
         char        delimiter)
{
  g_autofree char *line = g_strndup (head, strcspn (head, "\r\n"));
  char separator[2] = { delimiter, '\0' };
  g_auto(GStrv) fields = g_strsplit (line, separator, -1);

  return kb_measures_reader_is_header ((const char * const *)fields, g_strv_length (fields));
}

/* The one entry point for data: looks at the first lines and hands the
 * text to the reader of its format. Safe to call from a worker thread. */
static KbDataset *
import_source (KbTextSource  *source,
               GError       **error)
{
  const char *head = kb_text_source_get_head (source);
  g_autoptr(KbRows) rows = NULL;
  KbDataset *dataset;
  char delimiter;

  if (*head == '\0')
    {
      kb_import_error_set (error, KB_IMPORT_ERROR_EMPTY, kb_text_source_get_name (source), 1, 1,
                           _("the file is empty"));
      return NULL;
    }

  /* JSON (Klimatkollen's files, an API's answer) is no table: said as such,
   * not as a CSV without its header. */
  {
    const char *first = head + strspn (head, " \t\r\n");

    /* A dashboard or a file of targets is a key file, "[Dashboard]" after
     * any comments: said as what it is (it read "a JSON file"). */
    const char *group = first;

    while (*group == '#' || *group == '\r' || *group == '\n' || *group == ' ' || *group == '\t')
      group += *group == '#' ? strcspn (group, "\n") : 1;
    if (g_str_has_prefix (group, "[Dashboard]"))
      {
        kb_import_error_set (error, KB_IMPORT_ERROR_SYNTAX, kb_text_source_get_name (source), 1, 1,
                             _("a Klimatbild dashboard, not data: open it in the app, with Open or “klimatbild FILE”"));
        return NULL;
      }
    if (g_str_has_prefix (group, "[Target]"))
      {
        kb_import_error_set (error, KB_IMPORT_ERROR_SYNTAX, kb_text_source_get_name (source), 1, 1,
                             _("a municipality’s targets, not data: set them with “Set the Municipality’s Targets…”, "
                               "or give them to klimatbild-render with --targets FILE"));
        return NULL;
      }
    if (*first == '{' || *first == '[')
      {
        kb_import_error_set (error, KB_IMPORT_ERROR_SYNTAX, kb_text_source_get_name (source), 1, 1,
                             _("a JSON file; Klimatbild reads tables: CSV, or XLSX workbooks"));
        return NULL;
      }
  }
  delimiter = kb_csv_sniff_delimiter (head);
  if (is_plan (head, delimiter))
    {
      kb_import_error_set (error, KB_IMPORT_ERROR_HEADER, kb_text_source_get_name (source), 1, 1,
                           _("a plan of measures, not data: open it on Åtgärder, with “Open Measures…”"));
      return NULL;
    }
  rows = kb_rows_new_for_text (source, delimiter);
  dataset = kb_wide_reader_sniff (head, delimiter) ? kb_wide_reader_read (rows, error)
                                                   : kb_long_reader_read (rows, error);
  if (dataset != NULL)
    infer_releases (dataset);
  return dataset;
}

/* A workbook: the tables of it that Klimatbild reads. */
static KbDataset *
import_workbook (KbXlsx  *xlsx,
                 GError **error)
{
  KbDataset *dataset = kb_workbook_read (xlsx, error);

  if (dataset != NULL)
    infer_releases (dataset);
  return dataset;
}

KbDataset *
kb_import_bytes (GBytes      *bytes,
                 const char  *name,
                 GError     **error)
{
  g_autoptr(KbTextSource) source = NULL;
  g_autoptr(GError) workbook_error = NULL;
  g_autoptr(KbXlsx) xlsx = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  xlsx = kb_workbook_try_open_bytes (bytes, name, &workbook_error);
  if (xlsx != NULL)
    return import_workbook (xlsx, error);
  if (workbook_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&workbook_error));
      return NULL;
    }
  source = kb_text_source_new_for_bytes (bytes, name, error);
  return source ? import_source (source, error) : NULL;
}

/* Imports @file, calling @progress (in the calling thread) as it reads. */
KbDataset *
kb_import_file_full (GFile          *file,
                     KbProgressFunc  progress,
                     gpointer        progress_data,
                     GCancellable   *cancellable,
                     GError        **error)
{
  g_autofree char *name = NULL;
  g_autoptr(KbTextSource) source = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(KbXlsx) xlsx = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  xlsx = kb_workbook_try_open (file, cancellable, &local_error);
  if (xlsx != NULL)
    return import_workbook (xlsx, error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  /* A regular file of at most KB_IMPORT_MAX_BYTES, or an error that says
   * which it is not. */
  name = g_file_get_parse_name (file);
  source = kb_text_source_new_for_file (file, cancellable, &local_error);
  if (source == NULL)
    {
      if (local_error->domain == KB_IMPORT_ERROR)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
      return NULL;
    }
  kb_text_source_set_progress (source, progress, progress_data);
  return import_source (source, error);
}

KbDataset *
kb_import_file (GFile         *file,
                GCancellable  *cancellable,
                GError       **error)
{
  return kb_import_file_full (file, NULL, NULL, cancellable, error);
}

static GBytes *
lookup_resource (const char *path)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

  if (bytes == NULL)
    g_error ("The embedded default dataset is missing: %s", error->message);
  return bytes;
}

static KbDataset *
import_embedded (GBytes     *bytes,
                 const char *path)
{
  g_autoptr(GError) error = NULL;
  KbDataset *dataset = kb_import_bytes (bytes, strrchr (path, '/') + 1, &error);

  if (dataset == NULL)
    g_error ("The embedded default dataset does not parse: %s", error->message);
  return dataset;
}

/* The embedded table of @indicator that is read a region at a time. */
static const char *
embedded_table_of (const char *indicator)
{
  if (g_str_equal (indicator, KB_INDICATOR_CARS))
    return EMBEDDED_CARS;
  if (g_str_equal (indicator, KB_INDICATOR_CARS_PER_1000))
    return EMBEDDED_CARS_PER_1000;
  if (g_str_equal (indicator, KB_INDICATOR_CYCLE_NETWORK))
    return EMBEDDED_CYCLE_NETWORK;
  g_assert (g_str_equal (indicator, KB_INDICATOR_ENERGY));
  return EMBEDDED_ENERGY;
}

typedef struct
{
  gsize start;
  gsize end;
} RowRange;

/* Where each region's rows are in the embedded table @text (from its
 * first row on: rows sorted by region, each starting "\"CODE "), found in
 * one pass the first time a table is asked for, then kept: a region is
 * looked up, not searched for through megabytes. */
static GHashTable *
region_index (const char *table,
              const char *text,
              gsize       length)
{
  static GMutex lock;
  static GHashTable *indexes;   /* table path → (code → RowRange) */
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);
  GHashTable *index;
  const char *first_row = memchr (text, '"', length);

  if (indexes == NULL)
    indexes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_hash_table_unref);
  index = g_hash_table_lookup (indexes, table);
  if (index != NULL)
    return index;

  index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_assert (first_row != NULL);
  for (const char *row = first_row; row < text + length && *row == '"';)
    {
      const char *space = memchr (row, ' ', text + length - row);
      const char *next = memchr (row, '\n', text + length - row);
      g_autofree char *code = space ? g_strndup (row + 1, space - row - 1) : NULL;
      RowRange *range;

      next = next ? next + 1 : text + length;
      if (code == NULL)
        break;
      range = g_hash_table_lookup (index, code);
      if (range == NULL)
        {
          range = g_new (RowRange, 1);
          range->start = row - text;
          g_hash_table_insert (index, g_steal_pointer (&code), range);
        }
      range->end = next - text;
      row = next;
    }
  g_hash_table_insert (indexes, (gpointer)table, index);
  return index;
}

/* The rows of one region in an embedded wide table, read with the
 * table's preamble and header: energy use, cars and the cycle network are
 * read a region at a time (so their counties and Sweden are there when
 * asked for, and not in the list of municipalities). */
static GPtrArray *
load_embedded_region (const char *region_code,
                      const char *indicator)
{
  const char *table = embedded_table_of (indicator);
  g_autoptr(GBytes) bytes = lookup_resource (table);
  g_autoptr(GBytes) part = NULL;
  g_autoptr(KbDataset) dataset = NULL;
  gsize length;
  const char *text = g_bytes_get_data (bytes, &length);
  const char *first_row = memchr (text, '"', length);
  const RowRange *range = g_hash_table_lookup (region_index (table, text, length), region_code);
  GString *slice;
  GPtrArray *series;

  if (range == NULL)
    return NULL;
  slice = g_string_new_len (text, first_row - text);
  g_string_append_len (slice, text + range->start, range->end - range->start);
  part = g_string_free_to_bytes (slice);
  dataset = import_embedded (part, table);
  series = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (dataset)); i++)
    g_ptr_array_add (series, g_list_model_get_item (G_LIST_MODEL (dataset), i));
  return series;
}

/* The name of @file as messages show it: its base name in UTF-8 (a name
 * on disk need not be; a toast and a label need it to be). */
char *
kb_import_file_name (GFile *file)
{
  g_autofree char *base = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  base = g_file_get_basename (file);
  return g_filename_display_name (base != NULL ? base : "");
}

/* Every municipality's emissions by the inventory's nine main sectors,
 * population since 1950 and (a region at a time, when asked) final energy
 * use by consumer category and fuel, cars by fuel and the cycle network by
 * road owner, compiled into the program from the published exports and
 * workbooks (`update-embedded-data`), and Linköping's published cycling
 * share: a new user sees a real picture before opening any file. */
KbDataset *
kb_import_default (void)
{
  static const char * const parts[] = { EMBEDDED_EMISSIONS, EMBEDDED_POPULATION, EMBEDDED_TRAVEL };
  KbDataset *dataset = kb_dataset_new ();

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autoptr(GBytes) bytes = lookup_resource (parts[i]);
      g_autoptr(KbDataset) part = import_embedded (bytes, parts[i]);

      kb_dataset_add_all (dataset, part);
    }
  kb_dataset_mark_embedded (dataset);
  kb_dataset_add_region_loader (dataset, KB_INDICATOR_ENERGY, load_embedded_region);
  kb_dataset_add_region_loader (dataset, KB_INDICATOR_CARS, load_embedded_region);
  kb_dataset_add_region_loader (dataset, KB_INDICATOR_CARS_PER_1000, load_embedded_region);
  kb_dataset_add_region_loader (dataset, KB_INDICATOR_CYCLE_NETWORK, load_embedded_region);
  return dataset;
}
