/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dataset/list-model", test_list_model);
  g_test_add_func ("/dataset/find-region", test_find_region);
  g_test_add_func ("/dataset/total-by-sign", test_total_by_sign);

  return g_test_run ();
}
