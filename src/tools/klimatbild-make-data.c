/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "klimatbild-make-data"

#include "config.h"

#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import/kb-import.h"
#include "import/kb-agency-reader.h"
#include "model/kb-region.h"

/* klimatbild-make-data SHARED_DATA_DIR OUTPUT_DIR
 *
 * Writes the embedded national data (data/emissions.csv, data/energy.csv,
 * data/population.csv) from the published exports, read with the app's own
 * readers, in the wide layout the app reads back: one row per region and
 * breakdown, one column per year, ".." where the source suppressed a value.
 * Run through `meson compile -C build update-embedded-data` when a new
 * release is out. */

typedef struct
{
  const char  *indicator;
  const char  *title;       /* says the indicator (and the release) to the reader */
  const char  *source;      /* NULL: each series' own */
  const char  *unit;
  const char  *labels;      /* the label columns' header */
  int          n_labels;    /* 1: region; 2: + sector; 3: + sector, fuel */
  const char  *total_label; /* where the source publishes its own total, its row's label */
  gboolean     municipalities_only; /* the population: counties and Sweden are not listed */
} Table;

static KbDataset *
read_files (const char   *dir,
            const char  **names,
            GError      **error)
{
  g_autoptr(KbDataset) dataset = kb_dataset_new ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(KbDataset) part = kb_import_file (file, NULL, error);

      if (part == NULL || !kb_dataset_merge (dataset, part, error))
        return NULL;
    }
  return g_steal_pointer (&dataset);
}

static void
append_field (GString    *line,
              const char *text)
{
  gsize length = strlen (text);
  g_autofree char *quoted = g_malloc (length * 2 + 3);
  size_t written = csv_write (quoted, length * 2 + 3, text, length);

  g_string_append_len (line, quoted, written);
}

/* Values as the database writes them: decimal comma, no thousands
 * separator, every digit the source gave. */
static void
append_value (GString   *line,
              GPtrArray *parts,
              int        year)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  KbSeries *series = NULL;
  double v;
  char *comma;

  g_string_append_c (line, ';');
  for (guint i = 0; i < parts->len && series == NULL; i++)
    if (kb_series_has_year (g_ptr_array_index (parts, i), year))
      series = g_ptr_array_index (parts, i);
  if (series == NULL)
    return;
  if (!kb_series_get_value (series, year, &v))
    {
      g_string_append (line, "..");
      return;
    }
  /* The shortest form that reads back as the very number: unrounded
   * metres need all seventeen digits. */
  for (int digits = 15; digits <= 17; digits++)
    {
      g_ascii_formatd (buf, sizeof buf, digits == 15 ? "%.15g" : digits == 16 ? "%.16g" : "%.17g", v);
      if (g_ascii_strtod (buf, NULL) == v)
        break;
    }
  if ((comma = strchr (buf, '.')) != NULL)
    *comma = ',';
  g_string_append (line, buf);
}

/* SCB's aggregate labels: a sector column's "all sectors", a fuel column's
 * "all fuels" (the table's own words, which the reader knows). */
static const char *
label_or_aggregate (const char *label,
                    const char *aggregate)
{
  return *label != '\0' ? label : aggregate;
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *)a - *(const int *)b;
}

static gboolean
write_table (KbDataset    *dataset,
             const Table  *table,
             const char   *path,
             GError      **error)
{
  GListModel *model = G_LIST_MODEL (dataset);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GHashTable) seen_years = g_hash_table_new (NULL, NULL);
  /* One row per region and breakdown; its parts are the series of that
   * row, one per file where a table came in parts (population 1950–2022
   * and 2023–2024). */
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GHashTable) row_of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) codes = kb_dataset_list_regions (dataset);
  const char *source = table->source;

  for (guint r = 0; r < codes->len; r++)
    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      {
        g_autoptr(KbSeries) s = g_list_model_get_item (model, i);
        g_autofree char *key = NULL;
        GPtrArray *parts;

        const KbRegion *region = kb_region_find (kb_series_get_region_code (s));

        if (!g_str_equal (kb_series_get_region_code (s), g_ptr_array_index (codes, r)) ||
            g_strcmp0 (kb_series_get_indicator (s), table->indicator) != 0 ||
            (table->municipalities_only && (region == NULL || region->kind != KB_REGION_MUNICIPALITY)))
          continue;
        if (table->n_labels == 2 && *kb_series_get_sector (s) == '\0' && table->total_label == NULL)
          continue; /* the emissions' totals are the sum of the sectors */
        for (guint j = 0; j < kb_series_get_n_years (s); j++)
          {
            int year = kb_series_get_year (s, j);

            if (g_hash_table_add (seen_years, GINT_TO_POINTER (year)))
              g_array_append_val (years, year);
          }
        if (source == NULL)
          source = kb_series_get_source (s);
        key = g_strdup_printf ("%s|%s|%s", kb_series_get_region_code (s), kb_series_get_sector (s),
                               kb_series_get_subsector (s));
        parts = g_hash_table_lookup (row_of, key);
        if (parts == NULL)
          {
            parts = g_ptr_array_new_with_free_func (g_object_unref);
            g_ptr_array_add (rows, parts);
            g_hash_table_insert (row_of, g_steal_pointer (&key), parts);
          }
        g_ptr_array_add (parts, g_steal_pointer (&s));
      }
  if (rows->len == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "%s: no %s in the files read",
                   path, table->indicator);
      return FALSE;
    }
  g_array_sort (years, compare_ints);

  g_string_append_printf (out, "%s\r\nKälla: %s\r\nEnhet: %s\r\n\r\n%s", table->title, source,
                          table->unit, table->labels);
  for (guint j = 0; j < years->len; j++)
    g_string_append_printf (out, ";%d", g_array_index (years, int, j));
  g_string_append (out, "\r\n");

  for (guint i = 0; i < rows->len; i++)
    {
      GPtrArray *parts = g_ptr_array_index (rows, i);
      KbSeries *s = g_ptr_array_index (parts, 0);
      g_autofree char *region = g_strdup_printf ("%s %s", kb_series_get_region_code (s),
                                                 kb_series_get_region_name (s));

      append_field (out, region);
      if (table->n_labels >= 2)
        {
          g_string_append_c (out, ';');
          append_field (out, label_or_aggregate (kb_series_get_sector (s),
                                                 table->total_label ? table->total_label : "summa bränsletyp"));
        }
      if (table->n_labels == 3)
        {
          g_string_append_c (out, ';');
          append_field (out, label_or_aggregate (kb_series_get_subsector (s), "summa förbrukarkategori"));
        }
      for (guint j = 0; j < years->len; j++)
        append_value (out, parts, g_array_index (years, int, j));
      g_string_append (out, "\r\n");
    }

  return g_file_set_contents (path, out->str, out->len, error);
}

/* The release of a series whose file does not say it: the national
 * database publishes year Y's figures in Y + 2. */
static int
release_of (KbDataset  *dataset,
            const char *indicator)
{
  int latest = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (dataset)); i++)
    {
      g_autoptr(KbSeries) s = g_list_model_get_item (G_LIST_MODEL (dataset), i);
      int year;
      double v;

      if (g_strcmp0 (kb_series_get_indicator (s), indicator) == 0 &&
          kb_series_get_latest (s, &year, &v))
        latest = MAX (latest, year);
    }
  return latest + 2;
}

int
main (int   argc,
      char *argv[])
{
  static const char *emission_files[] = { "emissions/smhi-export-huvudsektorer.csv", NULL };
  static const char *energy_files[] = {
    "energy/EN0203AE_20221201-145355.csv", "energy/EN0203AE_20221201-145332.csv",
    "energy/EN0203AE_20221201-145253.csv", NULL,
  };
  static const char *population_files[] = {
    "population/folkmangd-kommuner-1950-2022.csv", "population/be0101_tabhel2023.xlsx",
    "population/be0101_tabhel2024.xlsx", NULL,
  };
  static const char *car_files[] = { "mobility/fordon-i-lan-och-kommuner-2025.xlsx", NULL };
  static const char *cycle_files[] = { "mobility/antal-meter-cykelnat-per-vaghallare-efter-lan-och-kommun.xlsx", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) cars = NULL;
  g_autoptr(KbDataset) cycle_network = NULL;
  g_autofree char *cars_path = NULL, *cycle_path = NULL, *per_1000_path = NULL;
  g_autoptr(KbDataset) emissions = NULL;
  g_autoptr(KbDataset) energy = NULL;
  g_autoptr(KbDataset) population = NULL;
  g_autofree char *emissions_title = NULL;
  g_autofree char *emissions_path = NULL, *energy_path = NULL, *population_path = NULL;
  Table emission_table = {
    KB_INDICATOR_GHG, NULL, NULL, "ton CO2-ekvivalenter", "Kommun;Huvudsektor", 2,
  };
  const Table energy_table = {
    KB_INDICATOR_ENERGY, "Slutanvändning (MWh) efter region, förbrukarkategori och bränsletyp",
    NULL, "MWh", "Region;Förbrukarkategori;Bränsletyp", 3,
  };
  /* The agencies' workbooks, read by the app's workbook reader. */
  const Table cars_table = {
    KB_INDICATOR_CARS, "Personbilar i trafik efter region och drivmedel",
    NULL, "personbilar", "Region;Drivmedel", 2, "summa drivmedel",
  };
  const Table per_1000_table = {
    KB_INDICATOR_CARS_PER_1000, "Personbilar i trafik per 1 000 invånare efter region",
    NULL, "per 1 000 invånare", "Region", 1,
  };
  const Table cycle_table = {
    KB_INDICATOR_CYCLE_NETWORK, "Cykelnät (meter) efter region och väghållare",
    NULL, "m", "Region;Väghållare", 2,
  };
  const Table population_table = {
    KB_INDICATOR_POPULATION, "Folkmängd 31 december efter region och år",
    "SCB, Befolkningsstatistik (BE0101)", "personer", "Region", 1, NULL, TRUE,
  };

  if (argc != 3)
    {
      g_printerr ("usage: %s SHARED_DATA_DIR OUTPUT_DIR\n", argv[0]);
      return EXIT_FAILURE;
    }

  if ((emissions = read_files (argv[1], emission_files, &error)) == NULL ||
      (energy = read_files (argv[1], energy_files, &error)) == NULL ||
      (population = read_files (argv[1], population_files, &error)) == NULL ||
      (cars = read_files (argv[1], car_files, &error)) == NULL ||
      (cycle_network = read_files (argv[1], cycle_files, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  emissions_title = g_strdup_printf ("Växthusgasutsläpp per kommun och huvudsektor, publicerad %d",
                                     release_of (emissions, KB_INDICATOR_GHG));
  emission_table.title = emissions_title;
  emission_table.source = "Nationella emissionsdatabasen (SMHI/RUS), sammanställning per huvudsektor";

  emissions_path = g_build_filename (argv[2], "emissions.csv", NULL);
  energy_path = g_build_filename (argv[2], "energy.csv", NULL);
  population_path = g_build_filename (argv[2], "population.csv", NULL);
  cars_path = g_build_filename (argv[2], "cars.csv", NULL);
  per_1000_path = g_build_filename (argv[2], "cars-per-1000.csv", NULL);
  cycle_path = g_build_filename (argv[2], "cycle-network.csv", NULL);
  if (!write_table (emissions, &emission_table, emissions_path, &error) ||
      !write_table (energy, &energy_table, energy_path, &error) ||
      !write_table (population, &population_table, population_path, &error) ||
      !write_table (cars, &cars_table, cars_path, &error) ||
      !write_table (cars, &per_1000_table, per_1000_path, &error) ||
      !write_table (cycle_network, &cycle_table, cycle_path, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}
