/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kb-guess-view.h"
#include "kb-window-private.h"

/* The Gissa page: which year the history stops at, the answer shown or
 * not, the guesses cleared, above the chart people draw on. */

typedef struct
{
  KbWindow        *window;
  KbGuessView     *view;
  GtkSpinButton   *from_year;
  GtkToggleButton *reveal;
} GuessPage;

/* The controls follow the chart: the answer shown by a key press, another
 * municipality's years. */
static void on_from_year (GuessPage *page);
static void on_reveal (GuessPage *page);

static void
sync_controls (KbGuessView *view)
{
  GuessPage *page = g_object_get_data (G_OBJECT (view), "kb-guess-page");
  KbChart *chart = kb_chart_view_get_chart (KB_CHART_VIEW (kb_guess_view_get_chart_view (page->view)));
  KbSeries *total = kb_chart_get_total (chart);
  int latest;

  g_signal_handlers_block_by_func (page->from_year, on_from_year, page);
  g_signal_handlers_block_by_func (page->reveal, on_reveal, page);
  if (total != NULL && kb_series_get_n_years (total) > 1 && kb_series_get_latest (total, &latest, NULL))
    gtk_spin_button_set_range (page->from_year, kb_series_get_year (total, 0), latest - 1);
  gtk_spin_button_set_value (page->from_year, kb_guess_view_get_from_year (page->view));
  gtk_toggle_button_set_active (page->reveal, kb_guess_view_get_revealed (page->view));
  /* Says what pressing it does: a new user looked for a way to hide it. */
  gtk_button_set_label (GTK_BUTTON (page->reveal), kb_guess_view_get_revealed (page->view)
                                                     ? _("_Hide the Answer") : _("_Show the Answer"));
  g_signal_handlers_unblock_by_func (page->reveal, on_reveal, page);
  g_signal_handlers_unblock_by_func (page->from_year, on_from_year, page);
}

/* A step of the year goes on to the next year with data: the database has
 * none between 1990, 2000, 2005, 2010 and 2015, and "what came after 2017?"
 * over history that stops at 2015 asked something else (found by a
 * workshop leader). */
static void
on_from_year (GuessPage *page)
{
  KbChart *chart = kb_chart_view_get_chart (KB_CHART_VIEW (kb_guess_view_get_chart_view (page->view)));
  KbSeries *total = kb_chart_get_total (chart);
  int shown = kb_guess_view_get_from_year (page->view);
  int wanted = gtk_spin_button_get_value_as_int (page->from_year);
  int step = wanted >= shown ? 1 : -1;
  int found = shown; /* none further that way: the year stays */
  g_autofree char *guesses = NULL;

  for (int year = wanted; total != NULL && kb_guess_view_can_start (chart, year); year += step)
    if (kb_series_get_value (total, year, NULL))
      {
        found = year;
        break;
      }
  wanted = found;
  guesses = kb_guess_view_get_n_guesses (page->view) > 0 ? kb_guesses_to_string (kb_chart_get_guesses (chart)) : NULL;
  kb_guess_view_set_from_year (page->view, wanted);
  /* A year refused: the button shows the game's. */
  sync_controls (page->view);

  /* Guesses drawn from the year before are gone; a toast can bring them
   * back (a workshop lost five to one click). */
  if (guesses != NULL && kb_guess_view_get_from_year (page->view) != shown)
    {
      g_autofree char *message = g_strdup_printf (_("Guesses from %d cleared"), shown);
      AdwToast *toast = _kb_window_new_toast (message);

      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo-clear-guesses");
      adw_toast_set_action_target_value (toast, g_variant_new ("(sis)", kb_chart_get_region_code (chart), shown, guesses));
      _kb_window_add_toast (page->window, toast, message);
    }
}

/* Another municipality took the guesses away: a toast brings them back,
 * with their municipality (a workshop's mis-click lost everyone's);
 * not where a dashboard sets its own (none too), nor where other data
 * has no such municipality to go back to. */
static void
on_guesses_cleared (KbGuessView *view,
                    const char  *region_code,
                    int          year,
                    const char  *guesses,
                    KbWindow    *self)
{
  const char *name = kb_dataset_get_region_name (self->dataset, region_code);
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (self->applying_dashboard || name == NULL)
    return;
  /* Translators: the guesses drawn for a municipality, cleared by choosing another */
  message = g_strdup_printf (_("Guesses for %s cleared"), name);
  toast = _kb_window_new_toast (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-clear-guesses");
  adw_toast_set_action_target_value (toast, g_variant_new ("(sis)", region_code, year, guesses));
  _kb_window_add_toast (self, toast, message);
}

static void
on_reveal (GuessPage *page)
{
  kb_guess_view_set_revealed (page->view, gtk_toggle_button_get_active (page->reveal));
}

/* The game's page shown: its drawing takes the keyboard, so that Space
 * shows the answer as the page says (it pressed the focused Open button). */
static void
on_view_map (GtkWidget *view)
{
  gtk_widget_grab_focus (view);
}

GtkWidget *
_kb_window_build_guess_page (KbWindow *self)
{
  KbChart *chart = _kb_window_get_chart (self, "guess");
  GuessPage *page = g_new0 (GuessPage, 1);
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *controls = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *from_label = gtk_label_new_with_mnemonic (_("History _until"));
  GtkWidget *hint = gtk_label_new (_("Draw what you think came next, with a mouse, a finger or a pen. "
                                     "Space shows or hides the answer."));
  GtkWidget *clear = gtk_button_new_with_mnemonic (_("_Clear Guesses"));
  GtkWidget *view = kb_guess_view_new (chart);

  page->window = self;
  page->view = KB_GUESS_VIEW (view);
  page->from_year = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1990, 2024, 1));
  page->reveal = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_mnemonic (_("_Show the Answer")));
  g_object_set_data_full (G_OBJECT (view), "kb-guess-page", page, g_free);
  self->guess_view = view;

  gtk_label_set_mnemonic_widget (GTK_LABEL (from_label), GTK_WIDGET (page->from_year));
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_set_hexpand (hint, TRUE);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (page->reveal), "suggested-action");
  gtk_box_append (GTK_BOX (controls), from_label);
  gtk_box_append (GTK_BOX (controls), GTK_WIDGET (page->from_year));
  gtk_box_append (GTK_BOX (controls), hint);
  gtk_box_append (GTK_BOX (controls), clear);
  gtk_box_append (GTK_BOX (controls), GTK_WIDGET (page->reveal));

  g_signal_connect_swapped (page->from_year, "value-changed", G_CALLBACK (on_from_year), page);
  g_signal_connect_swapped (page->reveal, "toggled", G_CALLBACK (on_reveal), page);
  g_signal_connect_swapped (clear, "clicked", G_CALLBACK (kb_guess_view_clear), view);
  g_signal_connect (view, "map", G_CALLBACK (on_view_map), NULL);
  g_signal_connect_object (view, "guesses-cleared", G_CALLBACK (on_guesses_cleared), self, 0);
  g_signal_connect_object (chart, "changed", G_CALLBACK (sync_controls), view, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  sync_controls (KB_GUESS_VIEW (view));

  gtk_widget_add_css_class (view, "chart-view");
  gtk_box_append (GTK_BOX (column), controls);
  gtk_box_append (GTK_BOX (column), view);
  gtk_widget_set_margin_start (column, 12);
  gtk_widget_set_margin_end (column, 12);
  gtk_widget_set_margin_top (column, 12);
  gtk_widget_set_margin_bottom (column, 12);
  return column;
}

/* A dashboard's game: its page built (its view sets a municipality's
 * first year), its answer hidden; the state brings its year and guesses. */
void
_kb_window_prepare_guess_game (KbWindow *self)
{
  g_return_if_fail (KB_IS_WINDOW (self));

  _kb_window_ensure_page (self, "guess");
  kb_guess_view_set_revealed (KB_GUESS_VIEW (self->guess_view), FALSE);
}

/* The state's guessing year is one the game can start from (the data has
 * it, before its latest) or 0; another (a dashboard's, of other data)
 * leaves the game's year as it is. Runs before the game's chart follows
 * the state, so the chart never sees the year refused. */
static void
on_state_guess_year (KbWindow *self)
{
  KbChart *chart = _kb_window_get_chart (self, "guess");
  int year = kb_window_state_get_guess_year (self->state);

  if (year == 0 || kb_guess_view_can_start (chart, year))
    return;
  kb_window_state_set_guess_year (self->state, kb_chart_get_guess_year (chart));
}

/* The toast's Undo: the year and the guesses a change of the year or of
 * the municipality cleared, drawn again — on their own municipality (it
 * is shown again), and only while none were drawn since (found by review). */
static void
undo_clear_guesses_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  KbWindow *self = KB_WINDOW (widget);
  KbChart *chart = _kb_window_get_chart (self, "guess");
  g_autofree char *previous = NULL;
  const char *region, *guesses;
  int year;

  g_variant_get (parameter, "(&si&s)", &region, &year, &guesses);
  _kb_window_ensure_page (self, "guess");
  if (kb_guess_view_get_n_guesses (KB_GUESS_VIEW (self->guess_view)) > 0 ||
      kb_dataset_get_region_name (self->dataset, region) == NULL)
    return;
  previous = g_strdup (kb_window_state_get_region_code (self->state));
  kb_window_state_set_region_code (self->state, region);
  /* A year their data cannot start from: nothing is drawn, and the
   * municipality shown stays (Undo did half). */
  if (g_strcmp0 (region, kb_chart_get_region_code (chart)) != 0 || !kb_guess_view_can_start (chart, year))
    {
      kb_window_state_set_region_code (self->state, previous);
      return;
    }
  kb_guess_view_set_from_year (KB_GUESS_VIEW (self->guess_view), year);
  kb_guesses_parse (kb_chart_get_guesses (chart), guesses);
}

void
_kb_window_class_init_guess (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo-clear-guesses", "(sis)", undo_clear_guesses_action);
}

/* Before the charts follow the state. */
void
_kb_window_init_guess (KbWindow *self)
{
  g_signal_connect_object (self->state, "notify::guess-year", G_CALLBACK (on_state_guess_year), self,
                           G_CONNECT_SWAPPED);
}
