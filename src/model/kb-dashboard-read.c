/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-dashboard"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kb-dashboard-private.h"
#include "kb-guesses.h"

/* The window's pages, as a dashboard names them (kb-window-pages.c; the
 * window test checks each is here). */
static const char * const pages[] = {
  "overview", "emissions", "goal", "measures", "sectors", "travel", "energy", "compare", "guess", NULL,
};

/* Reading a dashboard: every value is checked. */

/* Whether @page names a page of the window. */
gboolean
kb_dashboard_is_page (const char *page)
{
  g_return_val_if_fail (page != NULL, FALSE);
  return g_strv_contains (pages, page);
}

/* A path as saved: absolute, or relative to the dashboard's folder. */
static GFile *
resolve (GFile      *folder,
         const char *path)
{
  if (g_path_is_absolute (path) || folder == NULL)
    return g_file_new_for_path (path);
  return g_file_resolve_relative_path (folder, path);
}

/* The frame of a dashboard is wrong: nothing of it is taken. */
static gboolean
invalid (GError     **error,
         const char  *name,
         const char  *key,
         const char  *why)
{
  g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
               "%s: [%s] %s: %s", name, KB_DASHBOARD_GROUP, key, why);
  return FALSE;
}

/* A detail is wrong: it is left out, and said. */
static void
leave_out_in (KbDashboard *self,
              const char  *name,
              const char  *group,
              const char  *key,
              const char  *why)
{
  g_autofree char *message = g_strdup_printf ("%s: [%s] %s: %s", name, group, key, why);

  kb_dashboard_leave_out (self, message);
}

static void
leave_out (KbDashboard *self,
           const char  *name,
           const char  *key,
           const char  *why)
{
  leave_out_in (self, name, KB_DASHBOARD_GROUP, key, why);
}

/* The guesses as groups of typed lists (KB_DASHBOARD_GUESS_GROUP); any
 * group that is not a guess leaves them all out. FALSE where the
 * dashboard has no such groups. */
static gboolean
read_guesses (KbDashboard *self,
              GKeyFile    *key_file,
              const char  *name)
{
  g_autoptr(KbGuesses) guesses = kb_guesses_new ();
  guint g;

  for (g = 1;; g++)
    {
      g_autofree char *group = g_strdup_printf (KB_DASHBOARD_GUESS_GROUP, g);
      g_autofree double *years = NULL, *values = NULL;
      gsize n_years = 0, n_values = 0;

      if (!g_key_file_has_group (key_file, group))
        break;
      years = g_key_file_get_double_list (key_file, group, "Years", &n_years, NULL);
      values = g_key_file_get_double_list (key_file, group, "Values", &n_values, NULL);
      if (n_years == 0 || n_years != n_values || n_years > G_MAXUINT)
        {
          leave_out_in (self, name, group, "Values", _("a value for each year of the guess"));
          return TRUE;
        }
      if (!kb_guesses_add (guesses, years, values, (guint)n_years))
        {
          leave_out_in (self, name, group, "Years", _("each guess's years in order, with their values"));
          return TRUE;
        }
    }
  if (g == 1)
    return FALSE;
  self->guesses = g_steal_pointer (&guesses);
  return TRUE;
}

/* The targets' document from its groups (KB_DASHBOARD_TARGETS_PREFIX), as its text. */
static void
read_targets (KbDashboard *self,
              GKeyFile    *key_file)
{
  g_auto(GStrv) groups = g_key_file_get_groups (key_file, NULL);
  g_autoptr(GKeyFile) targets = g_key_file_new ();
  gboolean any = FALSE;

  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_auto(GStrv) keys = NULL;

      /* "[Targets/]" names no group of the document. */
      if (!g_str_has_prefix (groups[i], KB_DASHBOARD_TARGETS_PREFIX) || groups[i][strlen (KB_DASHBOARD_TARGETS_PREFIX)] == '\0')
        continue;
      any = TRUE;
      keys = g_key_file_get_keys (key_file, groups[i], NULL, NULL);
      for (guint k = 0; keys != NULL && keys[k] != NULL; k++)
        {
          g_autofree char *value = g_key_file_get_value (key_file, groups[i], keys[k], NULL);

          g_key_file_set_value (targets, groups[i] + strlen (KB_DASHBOARD_TARGETS_PREFIX), keys[k], value ? value : "");
        }
    }
  if (any)
    self->targets = g_key_file_to_data (targets, NULL, NULL);
}

/* A region's code as a file has it: short, printable text. */
static gboolean
is_code (const char *text)
{
  if (strlen (text) > 64 || !g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_iscntrl (*p))
      return FALSE;
  return TRUE;
}

/* Whether @text is a note's words: something besides white space, and
 * no control characters (which a key file does not keep: saved again,
 * such a note would not read back). */
static gboolean
is_note_text (const char *text)
{
  gboolean words = FALSE;

  if (text == NULL)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_iscntrl (*p))
        return FALSE;
      words |= !g_ascii_isspace (*p);
    }
  return words;
}

/* A note left out, named by its start: which of them it was. */
static void
leave_out_note (KbDashboard *self,
                const char  *name,
                const char  *key,
                const char  *text,
                const char  *why)
{
  g_autofree char *start = NULL, *named = NULL;

  /* (A text of control characters is not shown in a message either.) */
  if (!is_note_text (text) || !g_utf8_validate (text, -1, NULL))
    {
      leave_out (self, name, key, why);
      return;
    }
  start = g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1), 40));
  /* Translators: a note of a dashboard left out: its start, then why */
  named = g_strdup_printf (_("“%s%s”: %s"), start, g_utf8_strlen (text, -1) > 40 ? "…" : "", why);
  leave_out (self, name, key, named);
}

/* Adds note @index of the list @key, or leaves it out where it is not
 * one (@form says what one is); past the most notes, that is said once. */
static void
add_note (KbDashboard *self,
          guint        index,
          gint64       year,
          const char  *text,
          const char  *place,
          const char  *name,
          const char  *key,
          const char  *form)
{
  if (index >= KB_DASHBOARD_MAX_NOTES)
    {
      if (index == KB_DASHBOARD_MAX_NOTES)
        leave_out (self, name, key, _("at most 50 notes"));
    }
  else if (year < 1900 || year > 2100 || !is_note_text (text))
    leave_out_note (self, name, key, text, form);
  else if (g_utf8_strlen (text, -1) > KB_DASHBOARD_MAX_NOTE_CHARS)
    leave_out_note (self, name, key, text, _("a note of at most 200 characters"));
  else if (place != NULL && !is_code (place))
    leave_out_note (self, name, "NoteMunicipalities", text, _("a municipality’s code (or nothing) for each note"));
  else
    kb_dashboard_add_note (self, place != NULL && *place != '\0' ? place : NULL, (int)year, text);
}

/* Each note's municipality, a code or "" for every one (NoteMunicipalities;
 * earlier dashboards have none: their notes are of every municipality).
 * FALSE where they do not pair with the @n_notes notes, which are then
 * left out: a note is not shown where it was not written for. */
static gboolean
read_note_places (KbDashboard *self,
                  GKeyFile    *key_file,
                  const char  *name,
                  guint        n_notes,
                  GStrv       *places)
{
  *places = g_key_file_get_string_list (key_file, KB_DASHBOARD_GROUP, "NoteMunicipalities", NULL, NULL);
  if (*places == NULL || g_strv_length (*places) == n_notes)
    return TRUE;
  leave_out (self, name, "NoteMunicipalities", _("a municipality’s code (or nothing) for each note"));
  return FALSE;
}

/* The notes as typed lists: NoteYears (integers) and Notes (texts), one
 * each per note. */
static void
read_notes (KbDashboard *self,
            GKeyFile    *key_file,
            const char  *name)
{
  g_auto(GStrv) texts = g_key_file_get_string_list (key_file, KB_DASHBOARD_GROUP, "Notes", NULL, NULL);
  g_auto(GStrv) places = NULL;
  g_autofree int *years = NULL;
  gsize n_years = 0;

  if (texts == NULL)
    return;
  years = g_key_file_get_integer_list (key_file, KB_DASHBOARD_GROUP, "NoteYears", &n_years, NULL);
  if (n_years != g_strv_length (texts))
    {
      leave_out (self, name, "NoteYears", _("a year from 1900 to 2100 for each note"));
      return;
    }
  if (!read_note_places (self, key_file, name, n_years, &places))
    return;
  for (guint i = 0; i < n_years; i++)
    add_note (self, i, years[i], texts[i], places ? places[i] : NULL, name, "Notes",
              _("a year from 1900 to 2100 and a text for each note"));
}

/* The notes of earlier dashboards, "YEAR:TEXT" each. */
static void
read_annotations (KbDashboard *self,
                  GKeyFile    *key_file,
                  const char  *name)
{
  g_auto(GStrv) notes = g_key_file_get_string_list (key_file, KB_DASHBOARD_GROUP, "Annotations", NULL, NULL);
  g_auto(GStrv) places = NULL;

  if (notes == NULL || !read_note_places (self, key_file, name, g_strv_length (notes), &places))
    return;
  for (guint i = 0; notes[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (notes[i], ":", 2);
      guint64 year = 0;

      /* Without a year it is no note: left out below. */
      if (g_strv_length (parts) != 2 || !g_ascii_string_to_unsigned (parts[0], 10, 1900, 2100, &year, NULL))
        year = 0;
      /* (An empty entry splits into no parts at all.) */
      add_note (self, i, (gint64)year, g_strv_length (parts) == 2 ? parts[1] : notes[i], places ? places[i] : NULL,
                name, "Annotations", _("each note must be YEAR:TEXT"));
    }
}

/* @key's year, or 0 for all; a bad one is left out. */
static int
read_year (KbDashboard *self,
           GKeyFile    *key_file,
           const char  *name,
           const char  *key)
{
  g_autoptr(GError) error = NULL;
  int year = g_key_file_get_integer (key_file, KB_DASHBOARD_GROUP, key, &error);

  if (g_error_matches (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_KEY_NOT_FOUND))
    return 0;
  if (error != NULL || year < 0 || year > 2100)
    {
      leave_out (self, name, key, _("a year, or 0 for all"));
      return 0;
    }
  return year;
}

/* Reads a dashboard; @folder resolves relative paths (may be NULL);
 * @name says which file in errors. Its frame (size, encoding, syntax,
 * version, data files) must be right, or nothing of it is taken. Each
 * detail after that (the years, the what-if cut, the view, the game,
 * each note) is checked on its own: a bad one is left out and said
 * (kb_dashboard_get_left_out ()), and the rest is taken. */
KbDashboard *
kb_dashboard_new_from_data (const char  *data,
                            gsize        length,
                            const char  *name,
                            GFile       *folder,
                            GError     **error)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(KbDashboard) self = kb_dashboard_new ();
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) files = NULL;
  g_autofree char *measures = NULL;
  int version;

  if (length > KB_DASHBOARD_MAX_BYTES)
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_PARSE,
                   _("%s: a dashboard is at most %d KiB"), name, KB_DASHBOARD_MAX_BYTES / 1024);
      return NULL;
    }
  if (!g_utf8_validate (data, length, NULL))
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_UNKNOWN_ENCODING,
                   _("%s: a dashboard must be UTF-8 text"), name);
      return NULL;
    }
  if (!g_key_file_load_from_data (key_file, data, length, G_KEY_FILE_NONE, &local_error))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
      return NULL;
    }

  version = g_key_file_get_integer (key_file, KB_DASHBOARD_GROUP, "Version", &local_error);
  if (local_error != NULL || version != KB_DASHBOARD_VERSION)
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                   _("%s: not a Klimatbild dashboard of a version this program reads"), name);
      return NULL;
    }

  files = g_key_file_get_string_list (key_file, KB_DASHBOARD_GROUP, "Files", NULL, NULL);
  for (guint i = 0; files != NULL && files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = NULL;

      g_autofree char *base = NULL;

      if (*files[i] == '\0')
        return invalid (error, name, "Files", _("an empty file name")), NULL;
      if (i >= KB_DASHBOARD_MAX_FILES)
        return invalid (error, name, "Files", _("at most 100 files")), NULL;
      file = resolve (folder, files[i]);
      /* A dashboard lists data, never a dashboard (itself or another):
       * opening it would open it again, for ever. By the file's own name
       * ("se.klimatbild/" is se.klimatbild). */
      base = g_file_get_basename (file);
      if (g_str_has_suffix (files[i], ".klimatbild") || (base != NULL && g_str_has_suffix (base, ".klimatbild")))
        return invalid (error, name, "Files", _("data files, not a dashboard")), NULL;
      kb_dashboard_add_file (self, file);
    }

  self->municipality = g_key_file_get_string (key_file, KB_DASHBOARD_GROUP, "Municipality", NULL);
  self->page = g_key_file_get_string (key_file, KB_DASHBOARD_GROUP, "Page", NULL);
  if (self->page != NULL && !kb_dashboard_is_page (self->page))
    {
      g_autofree char *list = g_strjoinv (", ", (char **)pages);
      /* Translators: the names a dashboard's Page may have follow */
      g_autofree char *why = g_strdup_printf (_("not a page; the pages are %s"), list);

      leave_out (self, name, "Page", why);
      g_clear_pointer (&self->page, g_free);
    }
  measures = g_key_file_get_string (key_file, KB_DASHBOARD_GROUP, "Measures", NULL);
  if (measures != NULL && *measures != '\0')
    self->measures = resolve (folder, measures);

  if (g_key_file_has_key (key_file, KB_DASHBOARD_GROUP, "ExtraCutPercent", NULL))
    {
      self->extra_cut = g_key_file_get_double (key_file, KB_DASHBOARD_GROUP, "ExtraCutPercent", &local_error);
      /* A Swedish hand writes "2,5". */
      if (local_error != NULL)
        {
          g_autofree char *text = g_key_file_get_string (key_file, KB_DASHBOARD_GROUP, "ExtraCutPercent", NULL);
          char *end = NULL;

          if (text != NULL && strchr (text, '.') == NULL)
            {
              g_strdelimit (g_strstrip (text), ",", '.');
              self->extra_cut = g_ascii_strtod (text, &end);
              if (end != text && *end == '\0')
                g_clear_error (&local_error);
            }
        }
      if (local_error != NULL || !(self->extra_cut >= 0 && self->extra_cut < 100))
        {
          leave_out (self, name, "ExtraCutPercent", _("a percentage from 0 to 100"));
          self->extra_cut = 0;
        }
      g_clear_error (&local_error);
    }

  /* Typed groups; the one text of earlier dashboards too. */
  read_targets (self, key_file);
  if (self->targets == NULL)
    self->targets = g_key_file_get_string (key_file, KB_DASHBOARD_GROUP, "Targets", NULL);
  self->first_year = read_year (self, key_file, name, "FirstYear");
  self->last_year = read_year (self, key_file, name, "LastYear");

  self->sector_filter = g_key_file_get_string (key_file, KB_DASHBOARD_GROUP, "SectorFilter", NULL);
  if (self->sector_filter != NULL && *self->sector_filter == '\0')
    g_clear_pointer (&self->sector_filter, g_free);
  self->emissions_view = g_key_file_get_string (key_file, KB_DASHBOARD_GROUP, "EmissionsView", NULL);
  if (self->emissions_view != NULL && !g_strv_contains (_kb_dashboard_emissions_views, self->emissions_view))
    {
      leave_out (self, name, "EmissionsView", _("one of stacked, share, lines and index"));
      g_clear_pointer (&self->emissions_view, g_free);
    }
  self->compare_scope = g_key_file_get_string (key_file, KB_DASHBOARD_GROUP, "CompareWith", NULL);
  if (self->compare_scope != NULL && !g_strv_contains (_kb_dashboard_compare_scopes, self->compare_scope))
    {
      leave_out (self, name, "CompareWith", _("one of county, similar and all"));
      g_clear_pointer (&self->compare_scope, g_free);
    }
  self->compare_by = g_key_file_get_string (key_file, KB_DASHBOARD_GROUP, "CompareBy", NULL);
  if (self->compare_by != NULL && !g_strv_contains (_kb_dashboard_compare_measures, self->compare_by))
    {
      leave_out (self, name, "CompareBy", _("one of per-capita, total, change, electric-share and cycle-network"));
      g_clear_pointer (&self->compare_by, g_free);
    }
  self->guess_year = read_year (self, key_file, name, "GuessYear");
  /* Typed groups; the one text of earlier dashboards too. */
  if (!read_guesses (self, key_file, name))
    {
      g_autofree char *text = g_key_file_get_string (key_file, KB_DASHBOARD_GROUP, "Guesses", NULL);

      if (text != NULL)
        {
          g_autoptr(KbGuesses) guesses = kb_guesses_new ();

          if (kb_guesses_parse (guesses, text))
            self->guesses = g_steal_pointer (&guesses);
          else
            leave_out (self, name, "Guesses", _("guesses must be YEAR:VALUE points, a guess per “;”"));
        }
    }
  if (self->guesses != NULL && kb_guesses_get_n_guesses (self->guesses) == 0)
    g_clear_object (&self->guesses);

  /* Typed lists; the one text of each note of earlier dashboards too. */
  if (g_key_file_has_key (key_file, KB_DASHBOARD_GROUP, "Notes", NULL))
    read_notes (self, key_file, name);
  else
    read_annotations (self, key_file, name);
  return g_steal_pointer (&self);
}

KbDashboard *
kb_dashboard_new_from_file (GFile   *file,
                            GError **error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *data = g_malloc (KB_DASHBOARD_MAX_BYTES + 1);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  gsize length = 0;

  /* Only a regular file: a pipe or a device would never end. The bytes
   * read are bounded, whatever the file says its size is. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    {
      g_prefix_error (error, "%s: ", name);
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, _("%s: not a regular file"), name);
      return NULL;
    }
  stream = g_file_read (file, NULL, error);
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), data, KB_DASHBOARD_MAX_BYTES + 1, &length, NULL, error))
    {
      g_prefix_error (error, "%s: ", name);
      return NULL;
    }
  return kb_dashboard_new_from_data (data, length, name, folder, error);
}

