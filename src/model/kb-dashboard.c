/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-dashboard"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kb-dashboard.h"
#include "kb-guesses.h"

#define GROUP "Dashboard"
#define VERSION 1
/* The targets, a document of their own, as groups of the dashboard:
 * "[Targets/Target]", "[Targets/Milestone 2030]". */
#define TARGETS_PREFIX "Targets/"
/* Each guess of Gissa kurvan: "[Guess 1]" with Years and Values lists. */
#define GUESS_GROUP "Guess %u"

static const char * const emissions_views[] = { "stacked", "share", "lines", "index", NULL };

struct _KbDashboard
{
  GObject    parent_instance;

  GPtrArray *files;       /* GFile */
  char      *municipality;
  char      *page;
  GFile     *measures;
  double     extra_cut;
  char      *targets;     /* the municipality's targets, as a target file's text */
  int        first_year;  /* the years shown; 0 open */
  int        last_year;
  char      *sector_filter; /* the sector shown alone, or NULL */
  char      *emissions_view; /* how Utsläpp draws the sectors, or NULL */
  int        guess_year;  /* Gissa kurvan's history up to; 0 the default */
  char      *guesses;     /* the guesses drawn, as KbGuesses text, or NULL */
  GArray    *years;       /* int, one per annotation */
  GPtrArray *texts;       /* char *, one per annotation */
  GPtrArray *places;      /* char *, one per annotation: its municipality, NULL for every one */
};

G_DEFINE_FINAL_TYPE (KbDashboard, kb_dashboard, G_TYPE_OBJECT)

static void
kb_dashboard_finalize (GObject *object)
{
  KbDashboard *self = KB_DASHBOARD (object);

  g_ptr_array_unref (self->files);
  g_free (self->municipality);
  g_free (self->page);
  g_free (self->targets);
  g_free (self->sector_filter);
  g_free (self->emissions_view);
  g_free (self->guesses);
  g_clear_object (&self->measures);
  g_array_unref (self->years);
  g_ptr_array_unref (self->texts);
  g_ptr_array_unref (self->places);

  G_OBJECT_CLASS (kb_dashboard_parent_class)->finalize (object);
}

static void
kb_dashboard_class_init (KbDashboardClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kb_dashboard_finalize;
}

static void
kb_dashboard_init (KbDashboard *self)
{
  self->files = g_ptr_array_new_with_free_func (g_object_unref);
  self->years = g_array_new (FALSE, FALSE, sizeof (int));
  self->texts = g_ptr_array_new_with_free_func (g_free);
  self->places = g_ptr_array_new_with_free_func (g_free);
}

KbDashboard *
kb_dashboard_new (void)
{
  return g_object_new (KB_TYPE_DASHBOARD, NULL);
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

static gboolean
invalid_in (GError     **error,
            const char  *name,
            const char  *group,
            const char  *key,
            const char  *why)
{
  g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
               "%s: [%s] %s: %s", name, group, key, why);
  return FALSE;
}

static gboolean
invalid (GError     **error,
         const char  *name,
         const char  *key,
         const char  *why)
{
  return invalid_in (error, name, GROUP, key, why);
}

/* The guesses as groups of typed lists (GUESS_GROUP), as KbGuesses text;
 * NULL where there are none. */
static gboolean
read_guesses (KbDashboard  *self,
              GKeyFile     *key_file,
              const char   *name,
              GError      **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint g;

  for (g = 1;; g++)
    {
      g_autofree char *group = g_strdup_printf (GUESS_GROUP, g);
      g_autofree double *years = NULL, *values = NULL;
      gsize n_years = 0, n_values = 0;

      if (!g_key_file_has_group (key_file, group))
        break;
      years = g_key_file_get_double_list (key_file, group, "Years", &n_years, NULL);
      values = g_key_file_get_double_list (key_file, group, "Values", &n_values, NULL);
      if (n_years == 0 || n_years != n_values)
        return invalid_in (error, name, group, "Values", _("a value for each year of the guess"));
      if (g > 1)
        g_string_append_c (text, ';');
      for (gsize i = 0; i < n_years; i++)
        {
          char year[G_ASCII_DTOSTR_BUF_SIZE], value[G_ASCII_DTOSTR_BUF_SIZE];

          g_string_append_printf (text, "%s%s:%s", i > 0 ? " " : "", g_ascii_dtostr (year, sizeof year, years[i]),
                                  g_ascii_dtostr (value, sizeof value, values[i]));
        }
    }
  if (g == 1)
    return TRUE;
  {
    g_autoptr(KbGuesses) check = kb_guesses_new ();

    if (!kb_guesses_parse (check, text->str))
      return invalid_in (error, name, "Guess 1", "Years", _("each guess's years in order, with their values"));
  }
  self->guesses = g_string_free (g_steal_pointer (&text), FALSE);
  return TRUE;
}

/* The targets' document from its groups (TARGETS_PREFIX), as its text. */
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
      if (!g_str_has_prefix (groups[i], TARGETS_PREFIX) || groups[i][strlen (TARGETS_PREFIX)] == '\0')
        continue;
      any = TRUE;
      keys = g_key_file_get_keys (key_file, groups[i], NULL, NULL);
      for (guint k = 0; keys != NULL && keys[k] != NULL; k++)
        {
          g_autofree char *value = g_key_file_get_value (key_file, groups[i], keys[k], NULL);

          g_key_file_set_value (targets, groups[i] + strlen (TARGETS_PREFIX), keys[k], value ? value : "");
        }
    }
  if (any)
    self->targets = g_key_file_to_data (targets, NULL, NULL);
}

/* Checks and adds one note; @key names it in errors. */
static gboolean
add_note (KbDashboard  *self,
          guint         index,
          gint64        year,
          const char   *text,
          const char   *name,
          const char   *key,
          const char   *form,
          GError      **error)
{
  if (index >= KB_DASHBOARD_MAX_NOTES)
    return invalid (error, name, key, _("at most 50 notes"));
  if (year < 1900 || year > 2100 || text == NULL || *text == '\0')
    return invalid (error, name, key, form);
  if (g_utf8_strlen (text, -1) > KB_DASHBOARD_MAX_NOTE_CHARS)
    return invalid (error, name, key, _("a note of at most 200 characters"));
  kb_dashboard_add_annotation (self, (int)year, text);
  return TRUE;
}

/* The notes as typed lists: NoteYears (integers) and Notes (texts), one
 * each per note. */
static gboolean
read_notes (KbDashboard  *self,
            GKeyFile     *key_file,
            const char   *name,
            GError      **error)
{
  g_auto(GStrv) texts = g_key_file_get_string_list (key_file, GROUP, "Notes", NULL, NULL);
  g_autofree int *years = NULL;
  gsize n_years = 0;

  if (texts == NULL)
    return TRUE;
  years = g_key_file_get_integer_list (key_file, GROUP, "NoteYears", &n_years, NULL);
  if (n_years != g_strv_length (texts))
    return invalid (error, name, "NoteYears", _("a year from 1900 to 2100 for each note"));
  for (guint i = 0; i < n_years; i++)
    if (!add_note (self, i, years[i], texts[i], name, "Notes",
                   _("a year from 1900 to 2100 and a text for each note"), error))
      return FALSE;
  return TRUE;
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

/* Each note's municipality, a code or "" for every one (NoteMunicipalities;
 * earlier dashboards have none: their notes are of every municipality). */
static gboolean
read_note_places (KbDashboard  *self,
                  GKeyFile     *key_file,
                  const char   *name,
                  GError      **error)
{
  g_auto(GStrv) places = g_key_file_get_string_list (key_file, GROUP, "NoteMunicipalities", NULL, NULL);

  if (places == NULL)
    return TRUE;
  if (g_strv_length (places) != self->texts->len)
    return invalid (error, name, "NoteMunicipalities", _("a municipality’s code (or nothing) for each note"));
  for (guint i = 0; places[i] != NULL; i++)
    {
      if (!is_code (places[i]))
        return invalid (error, name, "NoteMunicipalities", _("a municipality’s code (or nothing) for each note"));
      g_free (g_ptr_array_index (self->places, i));
      g_ptr_array_index (self->places, i) = *places[i] != '\0' ? g_strdup (places[i]) : NULL;
    }
  return TRUE;
}

static gboolean
read_annotations (KbDashboard  *self,
                  GKeyFile     *key_file,
                  const char   *name,
                  GError      **error)
{
  g_auto(GStrv) notes = g_key_file_get_string_list (key_file, GROUP, "Annotations", NULL, NULL);

  for (guint i = 0; notes != NULL && notes[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (notes[i], ":", 2);
      guint64 year = 0;

      if (i < KB_DASHBOARD_MAX_NOTES &&
          (g_strv_length (parts) != 2 || !g_ascii_string_to_unsigned (parts[0], 10, 1900, 2100, &year, NULL)))
        return invalid (error, name, "Annotations", _("each note must be YEAR:TEXT"));
      if (!add_note (self, i, (gint64)year, parts[1], name, "Annotations", _("each note must be YEAR:TEXT"), error))
        return FALSE;
    }
  return TRUE;
}

/* Reads a dashboard; @folder resolves relative paths (may be NULL);
 * @name says which file in errors. Every value is checked. */
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

  version = g_key_file_get_integer (key_file, GROUP, "Version", &local_error);
  if (local_error != NULL || version != VERSION)
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                   _("%s: not a Klimatbild dashboard of a version this program reads"), name);
      return NULL;
    }

  files = g_key_file_get_string_list (key_file, GROUP, "Files", NULL, NULL);
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

  self->municipality = g_key_file_get_string (key_file, GROUP, "Municipality", NULL);
  self->page = g_key_file_get_string (key_file, GROUP, "Page", NULL);
  measures = g_key_file_get_string (key_file, GROUP, "Measures", NULL);
  if (measures != NULL && *measures != '\0')
    self->measures = resolve (folder, measures);

  if (g_key_file_has_key (key_file, GROUP, "ExtraCutPercent", NULL))
    {
      self->extra_cut = g_key_file_get_double (key_file, GROUP, "ExtraCutPercent", &local_error);
      if (local_error != NULL || !(self->extra_cut >= 0 && self->extra_cut < 100))
        return invalid (error, name, "ExtraCutPercent", _("a percentage from 0 to 100")), NULL;
    }

  /* Typed groups; the one text of earlier dashboards too. */
  read_targets (self, key_file);
  if (self->targets == NULL)
    self->targets = g_key_file_get_string (key_file, GROUP, "Targets", NULL);
  self->first_year = g_key_file_get_integer (key_file, GROUP, "FirstYear", NULL);
  self->last_year = g_key_file_get_integer (key_file, GROUP, "LastYear", NULL);
  if (self->first_year < 0 || self->first_year > 2100)
    return invalid (error, name, "FirstYear", _("a year, or 0 for all")), NULL;
  if (self->last_year < 0 || self->last_year > 2100)
    return invalid (error, name, "LastYear", _("a year, or 0 for all")), NULL;

  self->sector_filter = g_key_file_get_string (key_file, GROUP, "SectorFilter", NULL);
  if (self->sector_filter != NULL && *self->sector_filter == '\0')
    g_clear_pointer (&self->sector_filter, g_free);
  self->emissions_view = g_key_file_get_string (key_file, GROUP, "EmissionsView", NULL);
  if (self->emissions_view != NULL && !g_strv_contains (emissions_views, self->emissions_view))
    return invalid (error, name, "EmissionsView", _("one of stacked, share, lines and index")), NULL;
  self->guess_year = g_key_file_get_integer (key_file, GROUP, "GuessYear", NULL);
  if (self->guess_year < 0 || self->guess_year > 2100)
    return invalid (error, name, "GuessYear", _("a year, or 0 for all")), NULL;
  if (!read_guesses (self, key_file, name, error))
    return NULL;
  if (self->guesses == NULL)
    self->guesses = g_key_file_get_string (key_file, GROUP, "Guesses", NULL);
  if (self->guesses != NULL)
    {
      g_autoptr(KbGuesses) check = kb_guesses_new ();

      if (!kb_guesses_parse (check, self->guesses))
        return invalid (error, name, "Guesses", _("guesses must be YEAR:VALUE points, a guess per “;”")), NULL;
    }

  /* Typed lists; the one text of each note of earlier dashboards too. */
  if (!(g_key_file_has_key (key_file, GROUP, "Notes", NULL) ? read_notes (self, key_file, name, error)
                                                             : read_annotations (self, key_file, name, error)))
    return NULL;
  if (!read_note_places (self, key_file, name, error))
    return NULL;
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

/* The targets' document as groups of the dashboard (TARGETS_PREFIX). */
static void
write_targets (KbDashboard *self,
               GKeyFile    *key_file)
{
  g_autoptr(GKeyFile) targets = g_key_file_new ();
  g_auto(GStrv) groups = NULL;

  if (self->targets == NULL ||
      !g_key_file_load_from_data (targets, self->targets, strlen (self->targets), G_KEY_FILE_NONE, NULL))
    return;
  groups = g_key_file_get_groups (targets, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_autofree char *group = g_strconcat (TARGETS_PREFIX, groups[i], NULL);
      g_auto(GStrv) keys = g_key_file_get_keys (targets, groups[i], NULL, NULL);

      for (guint k = 0; keys != NULL && keys[k] != NULL; k++)
        {
          g_autofree char *value = g_key_file_get_value (targets, groups[i], keys[k], NULL);

          g_key_file_set_value (key_file, group, keys[k], value ? value : "");
        }
    }
}

/* Each guess as a group of two typed lists (GUESS_GROUP). */
static void
write_guesses (KbDashboard *self,
               GKeyFile    *key_file)
{
  g_autoptr(KbGuesses) guesses = kb_guesses_new ();

  if (self->guesses == NULL || *self->guesses == '\0' || !kb_guesses_parse (guesses, self->guesses))
    return;
  for (guint g = 0; g < kb_guesses_get_n_guesses (guesses); g++)
    {
      g_autofree char *group = g_strdup_printf (GUESS_GROUP, g + 1);
      guint n = kb_guesses_get_n_points (guesses, g);
      g_autofree double *years = g_new (double, n);
      g_autofree double *values = g_new (double, n);

      for (guint i = 0; i < n; i++)
        kb_guesses_get_point (guesses, g, i, &years[i], &values[i]);
      g_key_file_set_double_list (key_file, group, "Years", years, n);
      g_key_file_set_double_list (key_file, group, "Values", values, n);
    }
}

/* NoteMunicipalities, where a note is of one municipality. */
static void
write_note_places (KbDashboard *self,
                   GKeyFile    *key_file)
{
  g_autoptr(GPtrArray) places = g_ptr_array_new ();
  gboolean any = FALSE;

  for (guint i = 0; i < self->places->len; i++)
    {
      const char *place = g_ptr_array_index (self->places, i);

      any |= place != NULL;
      g_ptr_array_add (places, (gpointer)(place != NULL ? place : ""));
    }
  if (any)
    g_key_file_set_string_list (key_file, GROUP, "NoteMunicipalities",
                                (const char * const *)places->pdata, places->len);
}

char *
kb_dashboard_to_data (KbDashboard *self,
                      gsize       *length)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (KB_IS_DASHBOARD (self), NULL);

  for (guint i = 0; i < self->files->len; i++)
    g_ptr_array_add (paths, g_file_get_path (g_ptr_array_index (self->files, i)));

  g_key_file_set_integer (key_file, GROUP, "Version", VERSION);
  g_key_file_set_string_list (key_file, GROUP, "Files", (const char * const *)paths->pdata, paths->len);
  if (self->municipality != NULL)
    g_key_file_set_string (key_file, GROUP, "Municipality", self->municipality);
  if (self->page != NULL)
    g_key_file_set_string (key_file, GROUP, "Page", self->page);
  if (self->measures != NULL)
    {
      g_autofree char *path = g_file_get_path (self->measures);
      g_key_file_set_string (key_file, GROUP, "Measures", path);
    }
  g_key_file_set_double (key_file, GROUP, "ExtraCutPercent", self->extra_cut);
  write_targets (self, key_file);
  g_key_file_set_integer (key_file, GROUP, "FirstYear", self->first_year);
  g_key_file_set_integer (key_file, GROUP, "LastYear", self->last_year);
  if (self->sector_filter != NULL)
    g_key_file_set_string (key_file, GROUP, "SectorFilter", self->sector_filter);
  if (self->emissions_view != NULL)
    g_key_file_set_string (key_file, GROUP, "EmissionsView", self->emissions_view);
  g_key_file_set_integer (key_file, GROUP, "GuessYear", self->guess_year);
  write_guesses (self, key_file);
  if (self->years->len > 0)
    {
      g_key_file_set_integer_list (key_file, GROUP, "NoteYears", (int *)self->years->data, self->years->len);
      g_key_file_set_string_list (key_file, GROUP, "Notes", (const char * const *)self->texts->pdata, self->texts->len);
      write_note_places (self, key_file);
    }
  return g_key_file_to_data (key_file, length, NULL);
}

/* Written beside @file and renamed over it: a failed save leaves the old
 * dashboard as it was. (g_file_replace_contents() can fall back to
 * writing in place; a test with a full disk caught it truncating the old
 * file, so local files go through g_file_set_contents().) */
gboolean
kb_dashboard_save (KbDashboard  *self,
                   GFile        *file,
                   GError      **error)
{
  g_autofree char *data = NULL;
  g_autofree char *path = NULL;
  gsize length;

  g_return_val_if_fail (KB_IS_DASHBOARD (self), FALSE);

  data = kb_dashboard_to_data (self, &length);
  path = g_file_get_path (file);
  if (path != NULL)
    return g_file_set_contents (path, data, (gssize)length, error);
  return g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, error);
}

GPtrArray *
kb_dashboard_get_files (KbDashboard *self)
{
  g_return_val_if_fail (KB_IS_DASHBOARD (self), NULL);
  return self->files;
}

void
kb_dashboard_add_file (KbDashboard *self,
                       GFile       *file)
{
  g_return_if_fail (KB_IS_DASHBOARD (self));
  g_ptr_array_add (self->files, g_object_ref (file));
}

const char *
kb_dashboard_get_municipality (KbDashboard *self)
{
  g_return_val_if_fail (KB_IS_DASHBOARD (self), NULL);
  return self->municipality;
}

void
kb_dashboard_set_municipality (KbDashboard *self,
                               const char  *code)
{
  g_return_if_fail (KB_IS_DASHBOARD (self));
  g_free (self->municipality);
  self->municipality = g_strdup (code);
}

const char *
kb_dashboard_get_page (KbDashboard *self)
{
  g_return_val_if_fail (KB_IS_DASHBOARD (self), NULL);
  return self->page;
}

void
kb_dashboard_set_page (KbDashboard *self,
                       const char  *page)
{
  g_return_if_fail (KB_IS_DASHBOARD (self));
  g_free (self->page);
  self->page = g_strdup (page);
}

GFile *
kb_dashboard_get_measures (KbDashboard *self)
{
  g_return_val_if_fail (KB_IS_DASHBOARD (self), NULL);
  return self->measures;
}

void
kb_dashboard_set_measures (KbDashboard *self,
                           GFile       *file)
{
  g_return_if_fail (KB_IS_DASHBOARD (self));
  g_set_object (&self->measures, file);
}

double
kb_dashboard_get_extra_cut (KbDashboard *self)
{
  g_return_val_if_fail (KB_IS_DASHBOARD (self), 0);
  return self->extra_cut;
}

void
kb_dashboard_set_extra_cut (KbDashboard *self,
                            double       percent)
{
  g_return_if_fail (KB_IS_DASHBOARD (self));
  self->extra_cut = percent;
}

guint
kb_dashboard_get_n_annotations (KbDashboard *self)
{
  g_return_val_if_fail (KB_IS_DASHBOARD (self), 0);
  return self->years->len;
}

const char *
kb_dashboard_get_annotation (KbDashboard *self,
                             guint        index,
                             int         *year)
{
  g_return_val_if_fail (KB_IS_DASHBOARD (self), NULL);
  g_return_val_if_fail (index < self->years->len, NULL);
  *year = g_array_index (self->years, int, index);
  return g_ptr_array_index (self->texts, index);
}

/* The municipality note @index is of, or NULL for every one. */
const char *
kb_dashboard_get_annotation_municipality (KbDashboard *self,
                                          guint        index)
{
  g_return_val_if_fail (KB_IS_DASHBOARD (self), NULL);
  g_return_val_if_fail (index < self->places->len, NULL);
  return g_ptr_array_index (self->places, index);
}

/* A note of the municipality @municipality (NULL: of every one). */
void
kb_dashboard_add_note (KbDashboard *self,
                       const char  *municipality,
                       int          year,
                       const char  *text)
{
  g_return_if_fail (KB_IS_DASHBOARD (self));
  g_array_append_val (self->years, year);
  g_ptr_array_add (self->texts, g_strdup (text));
  g_ptr_array_add (self->places, g_strdup (municipality));
}

/* A note of every municipality. */
void
kb_dashboard_add_annotation (KbDashboard *self,
                             int          year,
                             const char  *text)
{
  kb_dashboard_add_note (self, NULL, year, text);
}

/* The targets shown, as a target file's text (the window reads it). */
const char *
kb_dashboard_get_targets (KbDashboard *self)
{
  g_return_val_if_fail (KB_IS_DASHBOARD (self), NULL);
  return self->targets;
}

void
kb_dashboard_set_targets (KbDashboard *self,
                          const char  *targets)
{
  g_return_if_fail (KB_IS_DASHBOARD (self));
  g_free (self->targets);
  self->targets = g_strdup (targets);
}

void
kb_dashboard_get_years (KbDashboard *self,
                        int         *first,
                        int         *last)
{
  g_return_if_fail (KB_IS_DASHBOARD (self));
  *first = self->first_year;
  *last = self->last_year;
}

void
kb_dashboard_set_years (KbDashboard *self,
                        int          first,
                        int          last)
{
  g_return_if_fail (KB_IS_DASHBOARD (self));
  self->first_year = first;
  self->last_year = last;
}

/* The sector shown alone, or NULL for all. */
const char *
kb_dashboard_get_sector_filter (KbDashboard *self)
{
  g_return_val_if_fail (KB_IS_DASHBOARD (self), NULL);
  return self->sector_filter;
}

void
kb_dashboard_set_sector_filter (KbDashboard *self,
                                const char  *sector)
{
  g_return_if_fail (KB_IS_DASHBOARD (self));
  g_free (self->sector_filter);
  self->sector_filter = g_strdup (sector);
}

/* Gissa kurvan: the year the history stops at (0: the default) and the
 * guesses drawn, as kb_guesses_to_string() writes them (NULL: none). */
void
kb_dashboard_get_guesses (KbDashboard  *self,
                          int          *year,
                          const char  **guesses)
{
  g_return_if_fail (KB_IS_DASHBOARD (self));
  *year = self->guess_year;
  *guesses = self->guesses;
}

void
kb_dashboard_set_guesses (KbDashboard *self,
                          int          year,
                          const char  *guesses)
{
  g_return_if_fail (KB_IS_DASHBOARD (self));
  self->guess_year = year;
  g_free (self->guesses);
  self->guesses = g_strdup (guesses);
}

/* How Utsläpp draws the sectors: "stacked", "share", "lines" or "index";
 * NULL where the dashboard does not say. */
const char *
kb_dashboard_get_emissions_view (KbDashboard *self)
{
  g_return_val_if_fail (KB_IS_DASHBOARD (self), NULL);
  return self->emissions_view;
}

void
kb_dashboard_set_emissions_view (KbDashboard *self,
                                 const char  *view)
{
  g_return_if_fail (KB_IS_DASHBOARD (self));
  g_return_if_fail (view == NULL || g_strv_contains (emissions_views, view));
  g_free (self->emissions_view);
  self->emissions_view = g_strdup (view);
}
