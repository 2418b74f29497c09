/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kb-test-window.h"
#include "model/kb-guesses.h"
#include "ui/kb-window-state.h"

/* The window's state is one object: dashboards save and restore exactly
 * it, and the window follows it whoever sets it. */

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              GHashTable *counts)
{
  const char *name = g_param_spec_get_name (pspec);

  g_hash_table_insert (counts, (gpointer)name,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, name)) + 1));
}

static void
count_change (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static guint
count_of (GHashTable *counts,
          const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, name));
}

/* A note is of the municipality shown when it was written: Motala's new
 * bus line is not on Kiruna's charts; a dashboard keeps whose it is, and
 * the notes of earlier dashboards, which do not say, are on every one. */
static void
test_notes_of_municipality (void)
{
  g_autoptr(KbWindowState) state = kb_window_state_new ();
  g_autoptr(KbWindowState) back = kb_window_state_new ();
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(KbChart) chart = kb_chart_new (KB_CHART_KIND_SECTOR_TREND, dataset, "0583");
  g_autoptr(KbDashboard) dashboard = kb_dashboard_new ();
  g_autoptr(KbDashboard) read = NULL;
  g_autoptr(KbDashboard) earlier = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *old = "[Dashboard]\nVersion=1\nNoteYears=2019;\nNotes=Ny busslinje;\n";
  const char *uneven = "[Dashboard]\nVersion=1\nNoteYears=2019;\nNotes=Ny busslinje;\nNoteMunicipalities=0583;2584;\n";
  const char *region;
  gsize length;
  int year;

  kb_window_state_set_region_code (state, "0583");
  kb_window_state_follow (state, chart, KB_FOLLOW_REGION | KB_FOLLOW_NOTES);
  kb_window_state_add_note (state, 2019, "Ny busslinje");
  g_assert_cmpuint (kb_chart_get_n_annotations (chart), ==, 1);
  kb_window_state_set_region_code (state, "2584");
  g_assert_cmpstr (kb_chart_get_region_code (chart), ==, "2584");
  g_assert_cmpuint (kb_chart_get_n_annotations (chart), ==, 0);
  kb_window_state_add_note_for (state, NULL, 2020, "Pandemin");
  g_assert_cmpuint (kb_chart_get_n_annotations (chart), ==, 1);
  kb_window_state_set_region_code (state, "0583");
  g_assert_cmpuint (kb_chart_get_n_annotations (chart), ==, 2);

  kb_window_state_save (state, dashboard);
  text = kb_dashboard_to_data (dashboard, &length);
  g_assert_nonnull (strstr (text, "NoteMunicipalities=0583;;"));
  read = kb_dashboard_new_from_data (text, length, "notes.klimatbild", NULL, &error);
  g_assert_no_error (error);
  kb_window_state_restore (back, read);
  g_assert_cmpstr (kb_window_state_get_note (back, 0, &year, &region), ==, "Ny busslinje");
  g_assert_cmpstr (region, ==, "0583");
  g_assert_cmpstr (kb_window_state_get_note (back, 1, &year, &region), ==, "Pandemin");
  g_assert_null (region);

  /* Removing the notes shown on Kiruna's charts leaves Motala's. */
  kb_window_state_set_region_code (back, "2584");
  g_assert_cmpuint (kb_window_state_get_n_shown_notes (back), ==, 1);
  kb_window_state_clear_shown_notes (back);
  g_assert_cmpuint (kb_window_state_get_n_notes (back), ==, 1);
  g_assert_cmpuint (kb_window_state_get_n_shown_notes (back), ==, 0);
  kb_window_state_set_region_code (back, "0583");
  g_assert_cmpuint (kb_window_state_get_n_shown_notes (back), ==, 1);
  g_assert_cmpstr (kb_window_state_get_note (back, 0, NULL, NULL), ==, "Ny busslinje");

  earlier = kb_dashboard_new_from_data (old, strlen (old), "old.klimatbild", NULL, &error);
  g_assert_no_error (error);
  g_assert_null (kb_dashboard_get_annotation_municipality (earlier, 0));
  {
    const char *control = "[Dashboard]\nVersion=1\nNoteYears=2019;\nNotes=Ny busslinje;\nNoteMunicipalities=05\\t83;\n";

    g_autoptr(KbDashboard) dashboard = kb_dashboard_new_from_data (control, strlen (control), "control.klimatbild", NULL, &error);

    /* A note whose municipality is no code is left out, not shown on every one. */
    g_assert_no_error (error);
    g_assert_cmpuint (kb_dashboard_get_n_annotations (dashboard), ==, 0);
    g_assert_cmpstr (g_ptr_array_index (kb_dashboard_get_left_out (dashboard), 0), ==,
                     "control.klimatbild: [Dashboard] NoteMunicipalities: “Ny busslinje”: a municipality’s code (or nothing) for each note");
  }
  {
    g_autoptr(KbDashboard) dashboard = kb_dashboard_new_from_data (uneven, strlen (uneven), "uneven.klimatbild", NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (kb_dashboard_get_n_annotations (dashboard), ==, 0);
    g_assert_cmpstr (g_ptr_array_index (kb_dashboard_get_left_out (dashboard), 0), ==,
                     "uneven.klimatbild: [Dashboard] NoteMunicipalities: a municipality’s code (or nothing) for each note");
  }
}

/* Saved to a dashboard's text and read back, a state comes back whole,
 * each property notified once; what a dashboard does not name stays. */
static void
test_state_dashboard (void)
{
  KbWindowState *state = kb_window_state_new ();
  KbWindowState *back = kb_window_state_new ();
  g_autoptr(KbDashboard) dashboard = kb_dashboard_new ();
  g_autoptr(KbDashboard) read = NULL;
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL, *guesses = NULL, *saved_guesses = NULL;
  gsize length;
  int year;

  kb_window_state_set_region_code (state, "0581");
  kb_window_state_set_years (state, 2005, 2020);
  kb_window_state_set_page (state, "energy");
  kb_window_state_set_emissions_view (state, "share");
  kb_window_state_set_compare_scope (state, "similar");
  kb_window_state_set_compare_by (state, "electric-share");
  kb_window_state_set_extra_cut (state, 2.5);
  kb_window_state_set_sector_filter (state, "Transporter");
  kb_window_state_set_guess_year (state, 2012);
  kb_guesses_begin (kb_window_state_get_guesses (state), 2012, 650000);
  kb_guesses_extend (kb_window_state_get_guesses (state), 2020, 400000);
  kb_window_state_add_note (state, 2018, "Ny cykelbro; äntligen");
  kb_window_state_add_note (state, 2021, "Fossilfri fjärrvärme");

  kb_window_state_save (state, dashboard);
  text = kb_dashboard_to_data (dashboard, &length);
  read = kb_dashboard_new_from_data (text, length, "state.klimatbild", NULL, &error);
  g_assert_no_error (error);

  kb_window_state_add_note (back, 1990, "Gone when restored");
  g_signal_connect (back, "notify", G_CALLBACK (count_notify), counts);
  kb_window_state_restore (back, read);

  g_assert_cmpstr (kb_window_state_get_region_code (back), ==, "0581");
  g_assert_cmpint (kb_window_state_get_first_year (back), ==, 2005);
  g_assert_cmpint (kb_window_state_get_last_year (back), ==, 2020);
  g_assert_cmpstr (kb_window_state_get_page (back), ==, "energy");
  g_assert_cmpstr (kb_window_state_get_emissions_view (back), ==, "share");
  g_assert_cmpstr (kb_window_state_get_compare_scope (back), ==, "similar");
  g_assert_cmpstr (kb_window_state_get_compare_by (back), ==, "electric-share");
  g_assert_cmpfloat (kb_window_state_get_extra_cut (back), ==, 2.5);
  g_assert_nonnull (strstr (text, "\nCompareWith=similar\n"));
  g_assert_nonnull (strstr (text, "\nCompareBy=electric-share\n"));
  g_assert_cmpstr (kb_window_state_get_sector_filter (back), ==, "Transporter");
  g_assert_cmpint (kb_window_state_get_guess_year (back), ==, 2012);
  guesses = kb_guesses_to_string (kb_window_state_get_guesses (back));
  saved_guesses = kb_guesses_to_string (kb_window_state_get_guesses (state));
  g_assert_cmpstr (guesses, ==, saved_guesses);
  g_assert_cmpuint (kb_guesses_get_n_guesses (kb_window_state_get_guesses (back)), ==, 1);
  g_assert_cmpuint (kb_window_state_get_n_notes (back), ==, 2);
  g_assert_cmpstr (kb_window_state_get_note (back, 0, &year, NULL), ==, "Ny cykelbro; äntligen");
  g_assert_cmpint (year, ==, 2018);
  g_assert_cmpstr (kb_window_state_get_note (back, 1, &year, NULL), ==, "Fossilfri fjärrvärme");
  g_assert_cmpint (year, ==, 2021);

  g_assert_cmpuint (count_of (counts, "region-code"), ==, 1);
  g_assert_cmpuint (count_of (counts, "first-year"), ==, 1);
  g_assert_cmpuint (count_of (counts, "last-year"), ==, 1);
  g_assert_cmpuint (count_of (counts, "page"), ==, 1);
  g_assert_cmpuint (count_of (counts, "emissions-view"), ==, 1);
  g_assert_cmpuint (count_of (counts, "compare-scope"), ==, 1);
  g_assert_cmpuint (count_of (counts, "compare-by"), ==, 1);
  g_assert_cmpuint (count_of (counts, "extra-cut"), ==, 1);
  g_assert_cmpuint (count_of (counts, "sector-filter"), ==, 1);
  g_assert_cmpuint (count_of (counts, "guess-year"), ==, 1);
  /* The old note cleared, two added. */
  g_assert_cmpuint (count_of (counts, "n-notes"), ==, 3);

  /* Restored again, nothing changes and nothing is notified but the notes. */
  g_hash_table_remove_all (counts);
  kb_window_state_restore (back, read);
  g_assert_cmpuint (count_of (counts, "region-code") + count_of (counts, "first-year") +
                    count_of (counts, "last-year") + count_of (counts, "page") +
                    count_of (counts, "emissions-view") + count_of (counts, "sector-filter") +
                    count_of (counts, "compare-scope") + count_of (counts, "compare-by") +
                    count_of (counts, "extra-cut") +
                    count_of (counts, "guess-year"), ==, 0);

  /* A dashboard naming no municipality, page or guessing year leaves them. */
  {
    const char *bare = "[Dashboard]\nVersion=1\n";
    g_autoptr(KbDashboard) none = kb_dashboard_new_from_data (bare, strlen (bare), "bare.klimatbild", NULL, &error);

    g_assert_no_error (error);
    kb_window_state_restore (back, none);
    g_assert_cmpstr (kb_window_state_get_region_code (back), ==, "0581");
    g_assert_cmpstr (kb_window_state_get_page (back), ==, "energy");
    g_assert_cmpint (kb_window_state_get_guess_year (back), ==, 2012);
    g_assert_cmpint (kb_window_state_get_first_year (back), ==, 0);
    g_assert_null (kb_window_state_get_sector_filter (back));
    g_assert_cmpstr (kb_window_state_get_emissions_view (back), ==, "stacked");
    g_assert_cmpstr (kb_window_state_get_compare_scope (back), ==, "county");
    g_assert_cmpstr (kb_window_state_get_compare_by (back), ==, "per-capita");
    g_assert_cmpfloat (kb_window_state_get_extra_cut (back), ==, 0);
    g_assert_cmpuint (kb_window_state_get_n_notes (back), ==, 0);
    g_assert_cmpuint (kb_guesses_get_n_guesses (kb_window_state_get_guesses (back)), ==, 0);
  }

  g_assert_finalize_object (state);
  g_assert_finalize_object (back);
}

/* Whoever sets the state (a dashboard, a test, an action), the window
 * follows: its subtitle, chooser and settings the municipality, its
 * button and settings the years, a toast the sector shown alone, the
 * actions the notes; a guessing year the data does not have is refused
 * before the game's chart sees it. */
static void
test_window_follows_state (void)
{
  KbWindow *window = kb_test_new_window ();
  KbWindowState *state = window->state;
  KbChart *game = _kb_window_get_chart (window, "guess");
  g_autofree char *remembered = NULL;
  int game_year;

  kb_window_state_set_region_code (state, "0581");
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (window->switcher_title), ==, "Norrköping");
  g_assert_cmpstr (kb_region_chooser_get_selected (window->region_chooser), ==, "0581");
  remembered = g_settings_get_string (window->settings, "municipality");
  g_assert_cmpstr (remembered, ==, "0581");

  kb_window_state_set_years (state, 2005, 2020);
  g_assert_cmpstr (gtk_menu_button_get_label (window->years_button), ==, "2005–2020");
  g_assert_cmpint (g_settings_get_int (window->settings, "first-year"), ==, 2005);
  g_assert_cmpint (g_settings_get_int (window->settings, "last-year"), ==, 2020);
  kb_window_state_set_years (state, 0, 0);
  g_assert_cmpstr (gtk_menu_button_get_label (window->years_button), ==, "1990–2024");
  g_assert_cmpint (g_settings_get_int (window->settings, "first-year"), ==, 0);

  g_assert_false (gtk_revealer_get_reveal_child (window->filter_revealer));
  kb_window_state_set_sector_filter (state, "Transporter");
  g_assert_true (gtk_revealer_get_reveal_child (window->filter_revealer));
  g_assert_cmpstr (gtk_label_get_text (window->filter_label), ==, "Showing Transporter only");
  /* Only on the pages the sector alone changes. */
  adw_view_stack_set_visible_child_name (window->view_stack, "goal");
  g_assert_false (gtk_revealer_get_reveal_child (window->filter_revealer));
  /* Mål shows the years it needs: the years choice is shut, and says why. */
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (window->years_button)));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (GTK_WIDGET (window->years_button)), "Emissions"));
  adw_view_stack_set_visible_child_name (window->view_stack, "energy");
  g_assert_false (gtk_revealer_get_reveal_child (window->filter_revealer));
  adw_view_stack_set_visible_child_name (window->view_stack, "emissions");
  g_assert_true (gtk_revealer_get_reveal_child (window->filter_revealer));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (window->years_button)));
  g_assert_cmpstr (gtk_label_get_text (window->filter_label), ==, "Showing Transporter only");
  adw_view_stack_set_visible_child_name (window->view_stack, "sectors");
  g_assert_true (gtk_revealer_get_reveal_child (window->filter_revealer));
  kb_window_state_set_sector_filter (state, "Jordbruk");
  g_assert_cmpstr (gtk_label_get_text (window->filter_label), ==, "Showing Jordbruk only");
  kb_window_state_set_sector_filter (state, NULL);
  g_assert_false (gtk_revealer_get_reveal_child (window->filter_revealer));
  kb_window_state_set_sector_filter (state, "Transporter");
  adw_view_stack_set_visible_child_name (window->view_stack, "overview");

  g_assert_false (kb_test_action_enabled (window, "win.clear-notes"));
  kb_window_state_add_note (state, 2020, "Pandemin");
  g_assert_true (kb_test_action_enabled (window, "win.clear-notes"));
  kb_window_state_clear_notes (state);
  g_assert_false (kb_test_action_enabled (window, "win.clear-notes"));

  _kb_window_ensure_page (window, "guess");
  game_year = kb_chart_get_guess_year (game);
  g_assert_cmpint (game_year, ==, 2015);
  {
    guint changes = 0;
    gulong id = g_signal_connect (game, "notify::guess-year", G_CALLBACK (count_change), &changes);

    kb_window_state_set_guess_year (state, 1950);
    kb_window_state_set_guess_year (state, 2024);  /* the latest: nothing left to guess */
    g_assert_cmpuint (changes, ==, 0);
    g_signal_handler_disconnect (game, id);
  }
  g_assert_cmpint (kb_window_state_get_guess_year (state), ==, game_year);
  kb_window_state_set_guess_year (state, 2010);
  g_assert_cmpint (kb_chart_get_guess_year (game), ==, 2010);

  /* Jämför follows the state's choices; its buttons are the state's actions. */
  {
    KbChart *compare = _kb_window_get_chart (window, "compare");

    g_assert_cmpint (kb_chart_get_compare_measure (compare), ==, KB_COMPARE_PER_CAPITA);
    g_assert_cmpint (kb_chart_get_compare_scope (compare), ==, KB_COMPARE_COUNTY);
    kb_window_state_set_compare_by (state, "total");
    g_assert_cmpint (kb_chart_get_compare_measure (compare), ==, KB_COMPARE_TOTAL);
    g_action_group_activate_action (G_ACTION_GROUP (window), "compare-scope", g_variant_new_string ("all"));
    g_assert_cmpstr (kb_window_state_get_compare_scope (state), ==, "all");
    g_assert_cmpint (kb_chart_get_compare_scope (compare), ==, KB_COMPARE_ALL);
    /* A word it does not know is the default. */
    kb_window_state_set_compare_by (state, "size");
    g_assert_cmpstr (kb_window_state_get_compare_by (state), ==, "per-capita");
    g_assert_cmpint (kb_chart_get_compare_measure (compare), ==, KB_COMPARE_PER_CAPITA);
    kb_window_state_set_compare_scope (state, "county");
  }

  /* Every chart plans with the state's what-if cut, and the slider shows it. */
  kb_window_state_set_extra_cut (state, 3);
  g_assert_cmpfloat (kb_chart_get_extra_cut (_kb_window_get_chart (window, "target")), ==, 3);
  g_assert_cmpfloat (kb_chart_get_extra_cut (_kb_window_get_chart (window, "compare")), ==, 3);
  g_assert_cmpfloat (gtk_adjustment_get_value (window->extra_cut), ==, 3);
  gtk_adjustment_set_value (window->extra_cut, 1.5);
  g_assert_cmpfloat (kb_window_state_get_extra_cut (state), ==, 1.5);
  kb_window_state_set_extra_cut (state, 0);

  kb_window_state_set_sector_filter (state, NULL);
  kb_window_state_set_region_code (state, "0580");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* What a dashboard names that the data does not have never reaches the
 * state (no chart, no "Showing … only" bar sees it); a sector it names
 * that is shown already stays said. */
static void
test_dashboard_sector (void)
{
  KbWindow *window = kb_test_new_window ();
  KbChart *ranking = _kb_window_get_chart (window, "ranking");
  g_autoptr(KbDashboard) unknown = kb_dashboard_new ();
  g_autoptr(KbDashboard) shown = kb_dashboard_new ();
  guint changes = 0;
  gulong id;

  kb_dashboard_set_sector_filter (unknown, "Rymdfart");
  id = g_signal_connect (ranking, "notify::sector-filter", G_CALLBACK (count_change), &changes);
  _kb_window_apply_dashboard (window, unknown);
  g_signal_handler_disconnect (ranking, id);
  g_assert_cmpuint (changes, ==, 0);
  g_assert_false (gtk_revealer_get_reveal_child (window->filter_revealer));
  g_assert_nonnull (strstr (window->last_message, "“Rymdfart”"));
  g_assert_cmpstr (kb_window_get_region (window), ==, "0580");

  /* A municipality the data does not have: the one shown stays, and the
   * toast says so (a workshop would otherwise take Linköping for its own). */
  {
    g_autoptr(KbDashboard) nowhere = kb_dashboard_new ();

    kb_dashboard_set_municipality (nowhere, "9999");
    _kb_window_apply_dashboard (window, nowhere);
    g_assert_cmpstr (kb_window_get_region (window), ==, "0580");
    g_assert_nonnull (strstr (window->last_message, "“9999”"));
    g_assert_nonnull (strstr (window->last_message, "Linköping is shown"));

    /* Named, not numbered: found by its name. A code the data has but
     * Sweden's table does not (a user's file) is taken as it is: that
     * case goes through the same exact look-up as "0580" here. */
    kb_dashboard_set_municipality (nowhere, "motala");
    _kb_window_apply_dashboard (window, nowhere);
    g_assert_cmpstr (kb_window_get_region (window), ==, "0583");
    kb_window_state_set_region_code (window->state, "0580");
  }

  /* A guessing year the data cannot start from: the game keeps its own,
   * and a toast says both (it fell back without a word). */
  {
    g_autoptr(KbDashboard) early = kb_dashboard_new ();
    g_autofree char *starts = NULL;
    int kept;

    _kb_window_ensure_page (window, "guess");
    kept = kb_window_state_get_guess_year (window->state);
    g_clear_pointer (&window->last_message, g_free);
    kb_dashboard_set_guesses (early, 1950, NULL);
    _kb_window_apply_dashboard (window, early);
    g_assert_cmpint (kb_window_state_get_guess_year (window->state), ==, kept);
    g_assert_nonnull (window->last_message);
    g_assert_nonnull (strstr (window->last_message, "in 1950"));
    g_assert_nonnull (strstr (window->last_message, "Linköping"));
    starts = g_strdup_printf ("it starts in %d", kept);
    g_assert_nonnull (strstr (window->last_message, starts));

    /* A what-if cut beyond the slider's is its most, and said. */
    g_clear_pointer (&window->last_message, g_free);
    kb_dashboard_set_guesses (early, 0, NULL);
    kb_dashboard_set_extra_cut (early, 20);
    _kb_window_apply_dashboard (window, early);
    g_assert_cmpfloat (kb_window_state_get_extra_cut (window->state), ==, KB_WINDOW_STATE_MAX_EXTRA_CUT);
    g_assert_cmpfloat (gtk_adjustment_get_value (window->extra_cut), ==, KB_WINDOW_STATE_MAX_EXTRA_CUT);
    g_assert_cmpfloat (kb_chart_get_extra_cut (_kb_window_get_chart (window, "target")), ==, KB_WINDOW_STATE_MAX_EXTRA_CUT);
    g_assert_nonnull (strstr (window->last_message, "20.0 % a year more"));
    kb_dashboard_set_extra_cut (early, 0);

    /* One it can: no word. */
    g_clear_pointer (&window->last_message, g_free);
    kb_dashboard_set_guesses (early, 2010, NULL);
    _kb_window_apply_dashboard (window, early);
    g_assert_cmpint (kb_window_state_get_guess_year (window->state), ==, 2010);
    g_assert_null (window->last_message);
  }

  kb_window_state_set_sector_filter (window->state, "Transporter");
  g_assert_true (gtk_revealer_get_reveal_child (window->filter_revealer));
  kb_dashboard_set_sector_filter (shown, "Transporter");
  _kb_window_apply_dashboard (window, shown);
  g_assert_cmpstr (kb_window_state_get_sector_filter (window->state), ==, "Transporter");
  g_assert_true (gtk_revealer_get_reveal_child (window->filter_revealer));
  g_assert_cmpstr (gtk_label_get_text (window->filter_label), ==, "Showing Transporter only");

  kb_window_state_set_sector_filter (window->state, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A dashboard's value with markup's characters is said as it is (a toast
 * reads its title as markup: the text was lost, with a warning). */
static void
test_dashboard_markup (void)
{
  KbWindow *window = kb_test_new_window ();
  g_autoptr(KbDashboard) odd = kb_dashboard_new ();
  AdwToast *toast;

  kb_dashboard_set_sector_filter (odd, "Rymd & <fart>");
  _kb_window_apply_dashboard (window, odd);
  g_assert_nonnull (strstr (window->last_message, "“Rymd & <fart>”"));
  toast = _kb_window_new_toast ("Rymd & <fart>");
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Rymd &amp; &lt;fart&gt;");
  g_object_unref (toast);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every page of the window is one a dashboard may name (a dashboard's
 * "Page=target" is left out and said; the page is "goal"). */
static void
test_dashboard_pages (void)
{
  KbWindow *window = kb_test_new_window ();
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (window->view_stack);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (pages));

  g_assert_cmpuint (n, ==, 9);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      g_assert_true (kb_dashboard_is_page (adw_view_stack_page_get_name (page)));
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window-state/dashboard", test_state_dashboard);
  g_test_add_func ("/window-state/window-follows", test_window_follows_state);
  g_test_add_func ("/window-state/dashboard-sector", test_dashboard_sector);
  g_test_add_func ("/window-state/dashboard-markup", test_dashboard_markup);
  g_test_add_func ("/window-state/notes-of-municipality", test_notes_of_municipality);
  g_test_add_func ("/window-state/dashboard-pages", test_dashboard_pages);
  return g_test_run ();
}
