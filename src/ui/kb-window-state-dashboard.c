/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-window"

#include "config.h"

#include "kb-window-state.h"

/* A dashboard holds the window's state, all of it, with typed keys
 * (KbDashboard): saved from the state, restored into it; the window and
 * its charts follow the state's notifications from there. */

/* Writes the whole state into @dashboard. */
void
kb_window_state_save (KbWindowState *self,
                      KbDashboard   *dashboard)
{
  g_return_if_fail (KB_IS_WINDOW_STATE (self));
  g_return_if_fail (KB_IS_DASHBOARD (dashboard));

  kb_dashboard_set_municipality (dashboard, kb_window_state_get_region_code (self));
  kb_dashboard_set_page (dashboard, kb_window_state_get_page (self));
  kb_dashboard_set_years (dashboard, kb_window_state_get_first_year (self),
                          kb_window_state_get_last_year (self));
  kb_dashboard_set_sector_filter (dashboard, kb_window_state_get_sector_filter (self));
  kb_dashboard_set_emissions_view (dashboard, kb_window_state_get_emissions_view (self));
  kb_dashboard_set_compare (dashboard, kb_window_state_get_compare_scope (self), kb_window_state_get_compare_by (self));
  kb_dashboard_set_extra_cut (dashboard, kb_window_state_get_extra_cut (self));
  kb_dashboard_set_guesses (dashboard, kb_window_state_get_guess_year (self), kb_window_state_get_guesses (self));
  for (guint i = 0; i < kb_window_state_get_n_notes (self); i++)
    {
      const char *region_code;
      int year;
      const char *text = kb_window_state_get_note (self, i, &year, &region_code);

      kb_dashboard_add_note (dashboard, region_code, year, text);
    }
}

/* Sets the state to @dashboard's, one property after the other in the
 * order they depend on each other (the years and the municipality before
 * the sector, the game's year before its guesses), each notified as it
 * is set. A municipality or page the dashboard does not name, and a
 * guessing year of 0, leave the state's as they are. */
void
kb_window_state_restore (KbWindowState *self,
                         KbDashboard   *dashboard)
{
  KbGuesses *guesses;
  int first, last, guess_year;

  g_return_if_fail (KB_IS_WINDOW_STATE (self));
  g_return_if_fail (KB_IS_DASHBOARD (dashboard));

  kb_dashboard_get_years (dashboard, &first, &last);
  kb_window_state_set_years (self, first, last);
  if (kb_dashboard_get_municipality (dashboard) != NULL)
    kb_window_state_set_region_code (self, kb_dashboard_get_municipality (dashboard));
  if (kb_dashboard_get_page (dashboard) != NULL)
    kb_window_state_set_page (self, kb_dashboard_get_page (dashboard));
  kb_window_state_set_emissions_view (self, kb_dashboard_get_emissions_view (dashboard));
  /* Not said: the county, per inhabitant, as a new window. */
  kb_window_state_set_compare_scope (self, kb_dashboard_get_compare_scope (dashboard));
  kb_window_state_set_compare_by (self, kb_dashboard_get_compare_by (dashboard));
  kb_window_state_set_extra_cut (self, kb_dashboard_get_extra_cut (dashboard));
  kb_window_state_set_sector_filter (self, kb_dashboard_get_sector_filter (dashboard));

  guesses = kb_dashboard_get_guesses (dashboard, &guess_year);
  if (guess_year != 0)
    kb_window_state_set_guess_year (self, guess_year);
  if (guesses != NULL)
    kb_guesses_copy_from (kb_window_state_get_guesses (self), guesses);
  else
    kb_guesses_clear (kb_window_state_get_guesses (self));

  kb_window_state_clear_notes (self);
  for (guint i = 0; i < kb_dashboard_get_n_annotations (dashboard); i++)
    {
      int year;
      const char *text = kb_dashboard_get_annotation (dashboard, i, &year);

      kb_window_state_add_note_for (self, kb_dashboard_get_annotation_municipality (dashboard, i), year, text);
    }
}
