/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "model/kb-dataset.h"

static KbSeries *
add_sector (KbDataset  *dataset,
            const char *sector,
            int         vintage)
{
  g_autoptr(KbSeries) series = kb_series_new ("0580", "Linköping", KB_INDICATOR_GHG, sector, "",
                                              "t CO2e", "Test", vintage);
  kb_dataset_add (dataset, series);
  return series;
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  *count += added;
}

static void
test_list_model (void)
{
  g_autoptr(KbDataset) dataset = kb_dataset_new ();
  g_autoptr(KbSeries) first = NULL;
  guint added = 0;

  g_signal_connect (dataset, "items-changed", G_CALLBACK (on_items_changed), &added);
  add_sector (dataset, "Transporter", 2026);
  add_sector (dataset, "Jordbruk", 2026);

  g_assert_cmpuint (added, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dataset)), ==, 2);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (dataset)) == KB_TYPE_SERIES);
  first = g_list_model_get_item (G_LIST_MODEL (dataset), 0);
  g_assert_cmpstr (kb_series_get_sector (first), ==, "Transporter");
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (dataset), 2));
}

static void
test_find_region (void)
{
  g_autoptr(KbDataset) dataset = kb_dataset_new ();
  const char *queries[] = { "0580", "580", "Linköping", "linkoping", "LINKÖPING " };

  add_sector (dataset, "Transporter", 2026);
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autofree char *code = kb_dataset_find_region (dataset, queries[i]);
      g_assert_cmpstr (code, ==, "0580");
    }
  g_assert_null (kb_dataset_find_region (dataset, "Norrköping"));
  g_assert_null (kb_dataset_find_region (dataset, "0581"));
}

/* The latest release is kept once found (Sweden's change asks it of 290
 * municipalities at every switch), and found again when a newer one is
 * added, of this quantity or another. */
static void
test_latest_release_follows_additions (void)
{
  g_autoptr(KbDataset) dataset = kb_dataset_new ();
  g_autoptr(KbSeries) energy = kb_series_new ("0580", "Linköping", KB_INDICATOR_ENERGY, "Industri", "",
                                              "MWh", "Test", 2027);

  add_sector (dataset, "Transporter", 2025);
  g_assert_cmpint (kb_dataset_get_latest_vintage (dataset, "0580", KB_INDICATOR_GHG), ==, 2025);
  g_assert_cmpint (kb_dataset_get_latest_vintage (dataset, "0580", KB_INDICATOR_ENERGY), ==, 0);
  g_assert_cmpint (kb_dataset_get_latest_vintage (dataset, "0581", KB_INDICATOR_GHG), ==, 0);
  add_sector (dataset, "Transporter", 2026);
  g_assert_cmpint (kb_dataset_get_latest_vintage (dataset, "0580", KB_INDICATOR_GHG), ==, 2026);
  kb_dataset_add (dataset, energy);
  g_assert_cmpint (kb_dataset_get_latest_vintage (dataset, "0580", KB_INDICATOR_ENERGY), ==, 2027);
  g_assert_cmpint (kb_dataset_get_latest_vintage (dataset, "0580", KB_INDICATOR_GHG), ==, 2026);
}

static void
test_total_by_sign (void)
{
  g_autoptr(KbDataset) dataset = kb_dataset_new ();
  g_autoptr(KbSeries) total = NULL;
  KbSeries *transport = add_sector (dataset, "Transporter", 2026);
  KbSeries *land = add_sector (dataset, "Markanvändning", 2026);
  KbSeries *old = add_sector (dataset, "Transporter", 2025);
  double v;

  kb_series_set_value (transport, 2020, 1000.5);
  kb_series_set_value (transport, 2021, 900);
  kb_series_set_value (land, 2020, -250.25);
  kb_series_set_missing (land, 2021);
  kb_series_set_value (old, 2020, 99999);

  g_assert_cmpint (kb_dataset_get_latest_vintage (dataset, "0580", KB_INDICATOR_GHG), ==, 2026);

  total = kb_dataset_compute_total (dataset, "0580", KB_INDICATOR_GHG, 2026);
  g_assert_nonnull (total);
  g_assert_cmpstr (kb_series_get_sector (total), ==, "");
  /* Removals count against emissions; the other release is not mixed in. */
  g_assert_true (kb_series_get_value (total, 2020, &v));
  g_assert_cmpfloat (v, ==, 1000.5 - 250.25);
  /* A sector marked missing makes the year's total unknown, not smaller. */
  g_assert_true (kb_series_has_year (total, 2021));
  g_assert_false (kb_series_get_value (total, 2021, &v));

  g_assert_null (kb_dataset_compute_total (dataset, "0581", KB_INDICATOR_GHG, 2026));
}

/* Linköping's transport, greenhouse gases, as a table row's labels of @pool. */
static void
transport_labels (KbLabelPool *pool,
                  const char **labels)
{
  static const char * const texts[KB_N_LABELS] = {
    "0580", "Linköping", KB_INDICATOR_GHG, "Transporter", "", "t CO2e", "Test",
  };

  for (guint i = 0; i < KB_N_LABELS; i++)
    labels[i] = kb_label_pool_add (pool, texts[i]);
}

/* A table of two rows (Linköping's transport and farming, 2020 and
 * 2021), the second without 2021, as a wide file gives it. */
static KbValueTable *
make_table (KbLabelPool *pool)
{
  static const int years[] = { 0, 2021, 0, 2020, 2021 };
  KbValueTable *table = kb_value_table_new (pool, years, G_N_ELEMENTS (years));
  const char *labels[KB_N_LABELS];
  gboolean added;
  guint row;
  double *values;

  transport_labels (pool, labels);
  row = kb_value_table_find_or_add (table, labels, 2023, &added);
  g_assert_true (added);
  values = kb_value_table_get_values (table, row);
  values[kb_value_table_find_year (table, 2020)] = 300;
  values[kb_value_table_find_year (table, 2021)] = NAN;

  labels[KB_LABEL_SECTOR] = kb_label_pool_add (pool, "Jordbruk");
  row = kb_value_table_find_or_add (table, labels, 2023, &added);
  g_assert_true (added);
  g_assert_cmpuint (row, ==, 1);
  kb_value_table_get_values (table, row)[kb_value_table_find_year (table, 2020)] = -12.5;

  labels[KB_LABEL_SECTOR] = kb_label_pool_add (pool, "Transporter");
  g_assert_cmpuint (kb_value_table_find_or_add (table, labels, 2023, &added), ==, 0);
  g_assert_false (added);
  kb_value_table_seal (table);
  return table;
}

static void
test_value_table (void)
{
  g_autoptr(KbLabelPool) pool = kb_label_pool_new ();
  g_autoptr(KbValueTable) table = make_table (pool);
  g_autoptr(KbDataset) dataset = kb_dataset_new ();
  g_autoptr(KbSeries) transport = NULL;
  g_autoptr(KbSeries) farming = NULL;
  g_autoptr(KbSeries) again = NULL;
  double v;

  /* Repeated and label columns are no years; years sorted. */
  g_assert_cmpuint (kb_value_table_get_n_years (table), ==, 2);
  g_assert_cmpint (kb_value_table_get_years (table)[0], ==, 2020);
  g_assert_cmpint (kb_value_table_find_year (table, 2019), ==, -1);
  g_assert_true (kb_value_table_is_absent (kb_value_table_absent ()));
  g_assert_false (kb_value_table_is_absent (NAN));

  kb_dataset_add_table (dataset, table);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dataset)), ==, 2);
  transport = g_list_model_get_item (G_LIST_MODEL (dataset), 0);
  farming = g_list_model_get_item (G_LIST_MODEL (dataset), 1);
  again = g_list_model_get_item (G_LIST_MODEL (dataset), 0);
  g_assert_true (transport == again); /* made once, then kept */
  g_assert_cmpstr (kb_series_get_sector (transport), ==, "Transporter");
  g_assert_cmpstr (kb_series_get_region_name (farming), ==, "Linköping");
  g_assert_cmpint (kb_series_get_vintage (farming), ==, 2023);

  /* Missing is not absent: 2021 is marked missing for transport, and not
   * in the farming row at all. */
  g_assert_cmpuint (kb_series_get_n_years (transport), ==, 2);
  g_assert_true (kb_series_has_year (transport, 2021));
  g_assert_false (kb_series_get_value (transport, 2021, &v));
  g_assert_cmpuint (kb_series_get_n_years (farming), ==, 1);
  g_assert_false (kb_series_has_year (farming, 2021));
  g_assert_true (kb_series_get_value (farming, 2020, &v));
  g_assert_cmpfloat (v, ==, -12.5);

  /* A view changed keeps its change and leaves the table as it was. */
  kb_series_set_value (transport, 2021, 280);
  g_assert_true (kb_series_get_value (transport, 2021, &v));
  g_assert_cmpfloat (v, ==, 280);
  g_assert_true (isnan (kb_value_table_get_values (table, 0)[1]));

  /* Questions answered from the labels. */
  g_assert_cmpstr (kb_dataset_get_region_name (dataset, "0580"), ==, "Linköping");
  g_assert_cmpint (kb_dataset_get_latest_vintage (dataset, "0580", KB_INDICATOR_GHG), ==, 2023);
  g_assert_true (kb_dataset_lookup (dataset, "0580", KB_INDICATOR_GHG, "Jordbruk", 2023) == farming);
}

/* Two datasets of different releases: the table is shared, not made into
 * series; of the same release, the rows met gain the other's years. */
static void
test_merge_tables (void)
{
  g_autoptr(KbLabelPool) pool = kb_label_pool_new ();
  g_autoptr(KbValueTable) table = make_table (pool);
  g_autoptr(KbDataset) ours = kb_dataset_new ();
  g_autoptr(KbDataset) theirs = kb_dataset_new ();
  g_autoptr(KbDataset) clash = kb_dataset_new ();
  g_autoptr(KbSeries) other_release = kb_series_new ("0580", "Linköping", KB_INDICATOR_GHG, "Transporter", "",
                                                     "t CO2e", "Test", 2022);
  g_autoptr(KbSeries) more_years = kb_series_new ("0580", "Linköping", KB_INDICATOR_GHG, "Jordbruk", "",
                                                  "t CO2e", "Test", 2023);
  g_autoptr(KbSeries) differs = kb_series_new ("0580", "Linköping", KB_INDICATOR_GHG, "Transporter", "",
                                               "t CO2e", "Test", 2023);
  g_autoptr(KbSeries) farming = NULL;
  g_autoptr(GError) error = NULL;
  double v;

  kb_series_set_value (other_release, 2020, 1);
  kb_dataset_add (ours, other_release);
  kb_dataset_add_table (theirs, table);
  g_assert_true (kb_dataset_merge (ours, theirs, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ours)), ==, 3);

  kb_series_set_value (more_years, 2019, 10);
  kb_dataset_add (clash, more_years);
  g_assert_true (kb_dataset_merge (ours, clash, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ours)), ==, 3);
  farming = g_list_model_get_item (G_LIST_MODEL (ours), 2);
  g_assert_true (kb_series_get_value (farming, 2019, &v));
  g_assert_cmpfloat (v, ==, 10);
  g_assert_true (kb_series_get_value (farming, 2020, &v));
  g_assert_cmpfloat (v, ==, -12.5);

  /* A value that differs is refused, and nothing changes. */
  kb_series_set_value (differs, 2020, 301);
  g_clear_object (&clash);
  clash = kb_dataset_new ();
  kb_dataset_add (clash, differs);
  g_assert_false (kb_dataset_merge (ours, clash, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ours)), ==, 3);

  g_clear_object (&farming);
  g_assert_finalize_object (g_steal_pointer (&theirs));
  g_assert_finalize_object (g_steal_pointer (&ours));
}

/* A computed total is kept, and computed again once its sectors change:
 * a file merged adds a year to both. */
static void
test_total_kept_until_changed (void)
{
  g_autoptr(KbDataset) dataset = kb_dataset_new ();
  g_autoptr(KbDataset) more = kb_dataset_new ();
  KbSeries *transport = add_sector (dataset, "Transporter", 2026);
  KbSeries *farming = add_sector (dataset, "Jordbruk", 2026);
  g_autoptr(KbSeries) transport_2021 = kb_series_new ("0580", "Linköping", KB_INDICATOR_GHG, "Transporter", "",
                                                      "t CO2e", "Test", 2026);
  g_autoptr(KbSeries) farming_2021 = kb_series_new ("0580", "Linköping", KB_INDICATOR_GHG, "Jordbruk", "",
                                                    "t CO2e", "Test", 2026);
  g_autoptr(KbSeries) first = NULL;
  g_autoptr(KbSeries) again = NULL;
  g_autoptr(KbSeries) after = NULL;
  g_autoptr(GError) error = NULL;
  double v;

  kb_series_set_value (transport, 2020, 100);
  kb_series_set_value (farming, 2020, -30);
  first = kb_dataset_get_total (dataset, "0580", KB_INDICATOR_GHG, 2026);
  again = kb_dataset_get_total (dataset, "0580", KB_INDICATOR_GHG, 2026);
  g_assert_true (first == again);
  g_assert_true (kb_series_get_value (first, 2020, &v));
  g_assert_cmpfloat (v, ==, 70);
  g_assert_false (kb_series_has_year (first, 2021));

  kb_series_set_value (transport_2021, 2021, 90);
  kb_series_set_value (farming_2021, 2021, -35);
  kb_dataset_add (more, transport_2021);
  kb_dataset_add (more, farming_2021);
  g_assert_true (kb_dataset_merge (dataset, more, &error));
  after = kb_dataset_get_total (dataset, "0580", KB_INDICATOR_GHG, 2026);
  g_assert_true (kb_series_get_value (after, 2021, &v));
  g_assert_cmpfloat (v, ==, 55);
  g_assert_true (kb_series_get_value (after, 2020, &v));
  g_assert_cmpfloat (v, ==, 70);
}

/* Releases inferred in one dataset leave another that shares its table
 * as it was, and can be inferred there too. */
static void
test_infer_shared_table (void)
{
  g_autoptr(KbLabelPool) pool = kb_label_pool_new ();
  g_autoptr(KbValueTable) table = NULL;
  g_autoptr(KbDataset) first = kb_dataset_new ();
  g_autoptr(KbDataset) second = kb_dataset_new ();
  g_autoptr(KbSeries) made = NULL;
  static const char * const emissions[] = { KB_INDICATOR_GHG, NULL };
  static const int years[] = { 2020, 2021 };
  const char *labels[KB_N_LABELS];
  gboolean added;
  guint row;

  table = kb_value_table_new (pool, years, G_N_ELEMENTS (years));
  transport_labels (pool, labels);
  row = kb_value_table_find_or_add (table, labels, 0, &added);
  kb_value_table_get_values (table, row)[0] = 300;
  kb_value_table_get_values (table, row)[1] = 290;
  kb_value_table_seal (table);
  kb_dataset_add_table (first, table);
  made = g_list_model_get_item (G_LIST_MODEL (first), 0);
  kb_dataset_add_all (second, first);

  kb_dataset_infer_vintages (first, emissions, 2);
  g_assert_cmpint (kb_dataset_get_latest_vintage (first, "0580", KB_INDICATOR_GHG), ==, 2023);
  g_assert_cmpint (kb_dataset_get_latest_vintage (second, "0580", KB_INDICATOR_GHG), ==, 0);
  g_assert_cmpint (kb_series_get_vintage (made), ==, 0);

  kb_dataset_infer_vintages (second, emissions, 2);
  g_assert_cmpint (kb_dataset_get_latest_vintage (second, "0580", KB_INDICATOR_GHG), ==, 2023);
  {
    g_autoptr(KbSeries) inferred = g_list_model_get_item (G_LIST_MODEL (second), 0);

    g_assert_true (kb_series_get_vintage_inferred (inferred));
  }
}

/* A merge into a dataset made for a user's files leaves the dataset it
 * was copied from as it was, series and totals. */
static void
test_merge_leaves_original (void)
{
  g_autoptr(KbDataset) original = kb_dataset_new ();
  g_autoptr(KbDataset) copy = NULL;
  g_autoptr(KbDataset) more = kb_dataset_new ();
  g_autoptr(KbSeries) later = kb_series_new ("0580", "Linköping", KB_INDICATOR_GHG, "Transporter", "",
                                             "t CO2e", "Test", 2026);
  g_autoptr(KbSeries) before = NULL;
  g_autoptr(KbSeries) after = NULL;
  g_autoptr(KbSeries) merged = NULL;
  g_autoptr(GError) error = NULL;
  KbSeries *transport = add_sector (original, "Transporter", 2026);

  kb_series_set_value (transport, 2020, 100);
  before = kb_dataset_get_total (original, "0580", KB_INDICATOR_GHG, 2026);
  copy = kb_dataset_copy_for (original, NULL);
  kb_series_set_value (later, 2021, 95);
  kb_dataset_add (more, later);
  g_assert_true (kb_dataset_merge (copy, more, &error));

  merged = kb_dataset_get_total (copy, "0580", KB_INDICATOR_GHG, 2026);
  g_assert_true (kb_series_has_year (merged, 2021));
  after = kb_dataset_get_total (original, "0580", KB_INDICATOR_GHG, 2026);
  g_assert_false (kb_series_has_year (after, 2021));
  g_assert_false (kb_series_has_year (transport, 2021));
  g_assert_true (before == after);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dataset/list-model", test_list_model);
  g_test_add_func ("/dataset/find-region", test_find_region);
  g_test_add_func ("/dataset/total-by-sign", test_total_by_sign);
  g_test_add_func ("/dataset/latest-release-follows-additions", test_latest_release_follows_additions);
  g_test_add_func ("/dataset/value-table", test_value_table);
  g_test_add_func ("/dataset/merge-tables", test_merge_tables);
  g_test_add_func ("/dataset/total-kept-until-changed", test_total_kept_until_changed);
  g_test_add_func ("/dataset/infer-shared-table", test_infer_shared_table);
  g_test_add_func ("/dataset/merge-leaves-original", test_merge_leaves_original);

  return g_test_run ();
}
