/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "analysis/kb-investment.h"
#include "import/kb-measures-reader.h"
#include "model/kb-measures-history.h"
#include "kb-test-util.h"

/* The climate investment plan's economics, computed by hand. */

static GListStore *
read_text (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  GListStore *measures = kb_measures_read_bytes (bytes, "plan.csv", &error);

  g_assert_no_error (error);
  return measures;
}

static KbMeasure *
item (GListStore *store,
      guint       i)
{
  KbMeasure *m = g_list_model_get_item (G_LIST_MODEL (store), i);
  g_object_unref (m); /* the store keeps it */
  return m;
}

/* Four measures: A ramps 2025–2029 (100 t in full), B a step in 2030 with
 * no investment given, C starts after 2045 (cuts nothing by then), D
 * ends after 2045 (its ramp counts only through 2045). */
static const char *plan =
  "namn;sektor;startår;fullt_år;minskning_t;status;ägare;investering_ksek;källa;insatsområde;samhällsnyttor\n"
  "A;Transporter;2025;2029;100;beslutad;kommunkoncernen;1 000;;Hållbar mobilitet;Renare luft, mindre buller\n"
  "B;Jordbruk;2030;2030;50;idé;näringsliv;;;;\n"
  "C;Arbetsmaskiner;2046;2050;80;idé;medborgare;500;;;\n"
  "D;El och fjärrvärme;2040;2050;1000;planerad;staten;22 000;;Förnybar el och värme;\n";

static void
test_read_new_columns (void)
{
  g_autoptr(GListStore) measures = read_text (plan);

  g_assert_cmpint (kb_measure_get_owner (item (measures, 0)), ==, KB_MEASURE_OWNER_MUNICIPALITY);
  g_assert_cmpint (kb_measure_get_owner (item (measures, 2)), ==, KB_MEASURE_OWNER_RESIDENTS);
  g_assert_cmpint (kb_measure_get_owner (item (measures, 3)), ==, KB_MEASURE_OWNER_STATE);
  g_assert_cmpstr (kb_measure_get_focus_area (item (measures, 0)), ==, "Hållbar mobilitet");
  g_assert_cmpstr (kb_measure_get_co_benefits (item (measures, 0)), ==, "Renare luft, mindre buller");
  g_assert_cmpfloat (kb_measure_get_investment (item (measures, 0)), ==, 1000);
  /* Empty is unknown, never zero. */
  g_assert_false (kb_measure_has_investment (item (measures, 1)));
  g_assert_true (isnan (kb_measure_get_investment (item (measures, 1))));
}

static void
test_cost_per_tonne (void)
{
  g_autoptr(GListStore) measures = read_text (plan);
  g_autoptr(GArray) costs = kb_measure_costs (G_LIST_MODEL (measures), 2024, 2030);
  g_autoptr(GArray) curve = NULL;
  const KbMeasureCost *a, *b, *c, *d;

  g_assert_cmpuint (costs->len, ==, 4);
  a = &g_array_index (costs, KbMeasureCost, 0);
  b = &g_array_index (costs, KbMeasureCost, 1);
  c = &g_array_index (costs, KbMeasureCost, 2);
  d = &g_array_index (costs, KbMeasureCost, 3);

  /* A: 0, 25, 50, 75 t in 2025–2028, then 100 t a year 2029–2045 (17
   * years): 150 + 1 700 = 1 850 t; 1 000 kSEK / 1 850 t = 540.54 kr/t. */
  g_assert_cmpfloat_with_epsilon (a->cumulative_t, 1850, 1e-9);
  g_assert_cmpfloat_with_epsilon (a->sek_per_t, 1000000.0 / 1850, 1e-9);
  g_assert_cmpfloat (a->reduction_t, ==, 100);
  /* B: 50 t a year 2030–2045, 16 years = 800 t; no investment: no cost. */
  g_assert_cmpfloat_with_epsilon (b->cumulative_t, 800, 1e-9);
  g_assert_true (isnan (b->sek_per_t));
  g_assert_true (isnan (b->investment_ksek));
  g_assert_cmpfloat (b->reduction_t, ==, 50);
  /* C: starts in 2046, nothing by 2045: zero reduction, no cost. */
  g_assert_cmpfloat (c->cumulative_t, ==, 0);
  g_assert_true (isnan (c->sek_per_t));
  g_assert_cmpfloat (c->reduction_t, ==, 0);
  /* D: 0, 100, …, 500 t in 2040–2045 = 1 500 t; 22 000 kSEK / 1 500 t. */
  g_assert_cmpfloat_with_epsilon (d->cumulative_t, 1500, 1e-9);
  g_assert_cmpfloat_with_epsilon (d->sek_per_t, 22000000.0 / 1500, 1e-9);
  g_assert_cmpfloat (d->reduction_t, ==, 0);

  /* The curve: only A has both a cost and a cut in 2030. */
  curve = kb_cost_curve (costs);
  g_assert_cmpuint (curve->len, ==, 1);
  g_assert_true (g_array_index (curve, KbMeasureCost, 0).measure == a->measure);

  /* In 2045 D cuts 500 t too; A (540 kr/t) comes before D (14 667 kr/t). */
  {
    g_autoptr(GArray) costs_2045 = kb_measure_costs (G_LIST_MODEL (measures), 2024, 2045);
    g_autoptr(GArray) curve_2045 = kb_cost_curve (costs_2045);

    g_assert_cmpuint (curve_2045->len, ==, 2);
    g_assert_cmpstr (kb_measure_get_name (g_array_index (curve_2045, KbMeasureCost, 0).measure), ==, "A");
    g_assert_cmpstr (kb_measure_get_name (g_array_index (curve_2045, KbMeasureCost, 1).measure), ==, "D");
    g_assert_cmpfloat (g_array_index (curve_2045, KbMeasureCost, 1).reduction_t, ==, 500);
  }
}

static void
test_actor_sums (void)
{
  g_autoptr(GListStore) measures = read_text (plan);
  g_autoptr(GArray) costs = kb_measure_costs (G_LIST_MODEL (measures), 2024, 2030);
  KbActorSum sums[KB_MEASURE_N_OWNERS];
  guint n_without;

  kb_actor_sums (costs, sums);
  g_assert_cmpfloat (sums[KB_MEASURE_OWNER_MUNICIPALITY].investment_ksek, ==, 1000);
  g_assert_cmpfloat (sums[KB_MEASURE_OWNER_MUNICIPALITY].reduction_t, ==, 100);
  /* Business: one measure, its investment unknown: the sum is unknown. */
  g_assert_cmpuint (sums[KB_MEASURE_OWNER_BUSINESS].n_measures, ==, 1);
  g_assert_cmpuint (sums[KB_MEASURE_OWNER_BUSINESS].n_without_investment, ==, 1);
  g_assert_true (isnan (sums[KB_MEASURE_OWNER_BUSINESS].investment_ksek));
  g_assert_cmpfloat (sums[KB_MEASURE_OWNER_BUSINESS].reduction_t, ==, 50);
  g_assert_cmpfloat (sums[KB_MEASURE_OWNER_RESIDENTS].investment_ksek, ==, 500);
  g_assert_cmpfloat (sums[KB_MEASURE_OWNER_STATE].investment_ksek, ==, 22000);
  g_assert_cmpfloat (sums[KB_MEASURE_OWNER_STATE].reduction_t, ==, 0);

  g_assert_cmpfloat (kb_investment_total (G_LIST_MODEL (measures), &n_without), ==, 23500);
  g_assert_cmpuint (n_without, ==, 1);

  /* A plan that gives no investment at all has no total, not 0. */
  {
    g_autoptr(GListStore) bare = read_text ("namn;sektor;startår;fullt_år;minskning_t\nX;Transporter;2026;2030;10\n");

    g_assert_true (isnan (kb_investment_total (G_LIST_MODEL (bare), &n_without)));
    g_assert_cmpuint (n_without, ==, 1);
  }
}

/* Equal costs keep the plan's order. */
static void
test_equal_costs (void)
{
  g_autoptr(GListStore) measures = read_text (
    "namn;sektor;startår;fullt_år;minskning_t;investering_ksek\n"
    "P;Transporter;2030;2030;100;160\nQ;Jordbruk;2030;2030;100;160\nR;Arbetsmaskiner;2030;2030;100;80\n");
  g_autoptr(GArray) costs = kb_measure_costs (G_LIST_MODEL (measures), 2024, 2030);
  g_autoptr(GArray) curve = kb_cost_curve (costs);

  g_assert_cmpuint (curve->len, ==, 3);
  g_assert_cmpstr (kb_measure_get_name (g_array_index (curve, KbMeasureCost, 0).measure), ==, "R");
  g_assert_cmpstr (kb_measure_get_name (g_array_index (curve, KbMeasureCost, 1).measure), ==, "P");
  g_assert_cmpstr (kb_measure_get_name (g_array_index (curve, KbMeasureCost, 2).measure), ==, "Q");
}

/* Each investment spread evenly from its start year to its full year,
 * both included. */
static void
test_spread (void)
{
  g_autoptr(GListStore) measures = read_text (plan);
  int first, n;
  g_autofree double *table = kb_investment_by_year (G_LIST_MODEL (measures), &first, &n);
  double sum = 0;

  /* From A's 2025 to C's and D's 2050; B has no investment. */
  g_assert_cmpint (first, ==, 2025);
  g_assert_cmpint (n, ==, 26);
#define AT(year, owner) table[((year) - first) * KB_MEASURE_N_OWNERS + (owner)]
  /* A: 1 000 over 2025–2029, five years. */
  g_assert_cmpfloat (AT (2025, KB_MEASURE_OWNER_MUNICIPALITY), ==, 200);
  g_assert_cmpfloat (AT (2029, KB_MEASURE_OWNER_MUNICIPALITY), ==, 200);
  g_assert_cmpfloat (AT (2030, KB_MEASURE_OWNER_MUNICIPALITY), ==, 0);
  /* D: 22 000 over 2040–2050, eleven years. */
  g_assert_cmpfloat (AT (2039, KB_MEASURE_OWNER_STATE), ==, 0);
  g_assert_cmpfloat_with_epsilon (AT (2040, KB_MEASURE_OWNER_STATE), 2000, 1e-9);
  g_assert_cmpfloat_with_epsilon (AT (2050, KB_MEASURE_OWNER_STATE), 2000, 1e-9);
  /* C: 500 over 2046–2050. */
  g_assert_cmpfloat_with_epsilon (AT (2046, KB_MEASURE_OWNER_RESIDENTS), 100, 1e-9);
  g_assert_cmpfloat (AT (2030, KB_MEASURE_OWNER_BUSINESS), ==, 0);
#undef AT
  for (int i = 0; i < n * KB_MEASURE_N_OWNERS; i++)
    sum += table[i];
  g_assert_cmpfloat_with_epsilon (sum, 23500, 1e-6);
}

/* Unknown stays unknown through a save and a read; the old layout (no
 * focus area, no co-benefits) reads as before. */
static void
test_round_trip_unknown (void)
{
  g_autoptr(GListStore) measures = read_text (plan);
  g_autoptr(GBytes) bytes = kb_measures_to_bytes (G_LIST_MODEL (measures));
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) back = kb_measures_read_bytes (bytes, "back.csv", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (back)), ==, 4);
  for (guint i = 0; i < 4; i++)
    g_assert_true (kb_measure_equal (item (measures, i), item (back, i)));
  g_assert_false (kb_measure_has_investment (item (back, 1)));
  /* The state is written as "staten", the municipal group as "kommunen"
   * (the fixture says "kommunkoncernen"), residents as "invånare". */
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), ";staten;22000;"));
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), ";beslutad;kommunen;1000;"));
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), ";idé;invånare;500;"));
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), ";idé;näringsliv;;"));
}

static void
test_old_format (void)
{
  g_autofree char *path = kb_test_fixture ("measures-old-format.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) measures = kb_measures_read_file (file, &error);
  const char *minimal = "namn;sektor;startår;fullt_år;minskning_t\nX;Transporter;2026;2030;10\n";
  g_autoptr(GListStore) bare = read_text (minimal);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (measures)), ==, 5);
  g_assert_cmpfloat (kb_measure_get_investment (item (measures, 4)), ==, 20000);
  g_assert_cmpstr (kb_measure_get_focus_area (item (measures, 0)), ==, "");
  /* A file without the investment column: every investment unknown. */
  g_assert_false (kb_measure_has_investment (item (bare, 0)));
}

static void
test_bad_owner (void)
{
  const char *text = "namn;sektor;startår;fullt_år;minskning_t;ägare\nX;Transporter;2026;2030;10;regionen\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;

  g_assert_null (kb_measures_read_bytes (bytes, "plan.csv", &error));
  g_assert_cmpstr (error->message, ==,
                   "plan.csv:2:6: the owner must be kommunen, näringsliv, invånare or staten, not “regionen”");
}

/* The example plan is invented, says so, and feeds every new chart. */
static void
test_example_plan (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "exempel-atgarder.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) measures = kb_measures_read_file (file, &error);
  g_autoptr(GArray) costs = NULL;
  g_autoptr(GArray) curve = NULL;
  g_autoptr(GHashTable) areas = g_hash_table_new (g_str_hash, g_str_equal);
  KbActorSum sums[KB_MEASURE_N_OWNERS];
  guint n_without;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (measures)); i++)
    {
      g_assert_true (g_str_has_prefix (kb_measure_get_name (item (measures, i)), "EXEMPEL "));
      g_hash_table_add (areas, (gpointer)kb_measure_get_focus_area (item (measures, i)));
    }
  g_assert_cmpuint (g_hash_table_size (areas), ==, 5);
  costs = kb_measure_costs (G_LIST_MODEL (measures), 2024, 2030);
  curve = kb_cost_curve (costs);
  g_assert_cmpuint (curve->len, >=, 5);
  kb_actor_sums (costs, sums);
  for (int o = 0; o < KB_MEASURE_N_OWNERS; o++)
    g_assert_cmpuint (sums[o].n_measures, >, 0);
  kb_investment_total (G_LIST_MODEL (measures), &n_without);
  g_assert_cmpuint (n_without, ==, 1);
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

/* Undo: typing in one field is one step; an unknown investment given and
 * taken back is unknown again; a removed row comes back in its place. */
static void
test_history (void)
{
  g_autoptr(GListStore) measures = read_text (plan);
  KbMeasuresHistory *history = kb_measures_history_new (measures);
  KbMeasure *b = item (measures, 1);
  g_autoptr(KbMeasure) removed = NULL;
  guint notifies = 0;

  g_signal_connect (history, "notify::can-undo", G_CALLBACK (on_notify), &notifies);
  g_assert_false (kb_measures_history_can_undo (history));

  kb_measure_set_name (b, "B2");
  kb_measure_set_name (b, "B23");
  kb_measure_set_investment (b, 1500);
  removed = g_object_ref (item (measures, 0));
  g_list_store_remove (measures, 0);
  g_assert_true (kb_measures_history_can_undo (history));
  g_assert_cmpuint (notifies, ==, 1);

  /* The row comes back first, where it was. */
  g_assert_true (kb_measures_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (measures)), ==, 4);
  g_assert_true (item (measures, 0) == removed);
  /* Then the investment: unknown again, never 0. */
  g_assert_true (kb_measures_history_undo (history));
  g_assert_false (kb_measure_has_investment (b));
  g_assert_cmpstr (kb_measure_get_name (b), ==, "B23");
  /* Then both keystrokes at once. */
  g_assert_true (kb_measures_history_undo (history));
  g_assert_cmpstr (kb_measure_get_name (b), ==, "B");
  g_assert_false (kb_measures_history_undo (history));
  g_assert_false (kb_measures_history_can_undo (history));
  g_assert_cmpuint (notifies, ==, 2);

  /* An undone row is watched again: an edit of it is undoable. */
  kb_measure_set_reduction (removed, 1);
  g_assert_true (kb_measures_history_undo (history));
  g_assert_cmpfloat (kb_measure_get_reduction (removed), ==, 100);

  /* A plan opened anew: nothing to undo, and nothing of the old plan
   * kept alive for it. */
  {
    KbMeasure *watched = item (measures, 3);
    g_autoptr(KbMeasure) kept = g_object_ref (watched);

    kb_measure_set_name (kept, "D2");
    g_list_store_remove_all (measures);
    kb_measures_history_clear (history);
    g_assert_false (kb_measures_history_can_undo (history));
    g_assert_cmpuint (kb_measures_history_get_latest (history), ==, 0);
    /* An edit of a measure no longer in the plan is no step. */
    kb_measure_set_name (kept, "D3");
    g_assert_false (kb_measures_history_can_undo (history));
  }

  g_assert_finalize_object (history);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/investment/read-new-columns", test_read_new_columns);
  g_test_add_func ("/investment/cost-per-tonne", test_cost_per_tonne);
  g_test_add_func ("/investment/actor-sums", test_actor_sums);
  g_test_add_func ("/investment/spread", test_spread);
  g_test_add_func ("/investment/round-trip-unknown", test_round_trip_unknown);
  g_test_add_func ("/investment/old-format", test_old_format);
  g_test_add_func ("/investment/bad-owner", test_bad_owner);
  g_test_add_func ("/investment/example-plan", test_example_plan);
  g_test_add_func ("/investment/history", test_history);
  g_test_add_func ("/investment/equal-costs", test_equal_costs);
  return g_test_run ();
}
