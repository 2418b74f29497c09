/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-dashboard"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "kb-dashboard-private.h"
#include "kb-guesses.h"

const char * const _kb_dashboard_emissions_views[] = { "stacked", "share", "lines", "index", NULL };
/* As klimatbild-render's --compare-scope and --compare-by. */
const char * const _kb_dashboard_compare_scopes[] = { "county", "similar", "all", NULL };
const char * const _kb_dashboard_compare_measures[] = {
  "per-capita", "total", "change", "electric-share", "cycle-network", NULL
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
  g_free (self->compare_scope);
  g_free (self->compare_by);
  g_clear_object (&self->guesses);
  g_clear_object (&self->measures);
  g_array_unref (self->years);
  g_ptr_array_unref (self->texts);
  g_ptr_array_unref (self->places);
  g_ptr_array_unref (self->left_out);

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
  self->left_out = g_ptr_array_new_with_free_func (g_free);
}

KbDashboard *
kb_dashboard_new (void)
{
  return g_object_new (KB_TYPE_DASHBOARD, NULL);
}

/* The targets' document as groups of the dashboard (KB_DASHBOARD_TARGETS_PREFIX). */
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
      g_autofree char *group = g_strconcat (KB_DASHBOARD_TARGETS_PREFIX, groups[i], NULL);
      g_auto(GStrv) keys = g_key_file_get_keys (targets, groups[i], NULL, NULL);

      for (guint k = 0; keys != NULL && keys[k] != NULL; k++)
        {
          g_autofree char *value = g_key_file_get_value (targets, groups[i], keys[k], NULL);

          g_key_file_set_value (key_file, group, keys[k], value ? value : "");
        }
    }
}

/* @value with at most @decimals decimals, as a key file's number reads:
 * "2005", "2005.75" (a drawn year read "2007.3099999999999"). */
static char *
short_number (double value,
              int    decimals)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  g_ascii_formatd (text, sizeof text, decimals == 2 ? "%.2f" : "%.0f", value);
  end = text + strlen (text);
  if (strchr (text, '.') != NULL)
    {
      while (end[-1] == '0')
        *--end = '\0';
      if (end[-1] == '.')
        *--end = '\0';
    }
  return g_strdup (text);
}

/* Each guess as a group of two typed lists (KB_DASHBOARD_GUESS_GROUP):
 * the years to a hundredth, the values to a tonne, as drawn by hand. */
static void
write_guesses (KbDashboard *self,
               GKeyFile    *key_file)
{
  KbGuesses *guesses = self->guesses;

  for (guint g = 0; guesses != NULL && g < kb_guesses_get_n_guesses (guesses); g++)
    {
      g_autofree char *group = g_strdup_printf (KB_DASHBOARD_GUESS_GROUP, g + 1);
      guint n = kb_guesses_get_n_points (guesses, g);
      g_auto(GStrv) years = g_new0 (char *, n + 1);
      g_auto(GStrv) values = g_new0 (char *, n + 1);
      double last = -INFINITY;
      guint kept = 0;

      for (guint i = 0; i < n; i++)
        {
          double year, value;
          g_autofree char *year_text = NULL;

          kb_guesses_get_point (guesses, g, i, &year, &value);
          year_text = short_number (year, 2);
          /* A point within a hundredth of a year of the last is the same
           * point (the years must rise to read back). */
          if (g_ascii_strtod (year_text, NULL) <= last)
            continue;
          last = g_ascii_strtod (year_text, NULL);
          years[kept] = g_steal_pointer (&year_text);
          values[kept++] = short_number (value, 0);
        }
      g_key_file_set_string_list (key_file, group, "Years", (const char * const *)years, kept);
      g_key_file_set_string_list (key_file, group, "Values", (const char * const *)values, kept);
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
    g_key_file_set_string_list (key_file, KB_DASHBOARD_GROUP, "NoteMunicipalities",
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

  g_key_file_set_integer (key_file, KB_DASHBOARD_GROUP, "Version", KB_DASHBOARD_VERSION);
  g_key_file_set_string_list (key_file, KB_DASHBOARD_GROUP, "Files", (const char * const *)paths->pdata, paths->len);
  if (self->municipality != NULL)
    g_key_file_set_string (key_file, KB_DASHBOARD_GROUP, "Municipality", self->municipality);
  if (self->page != NULL)
    g_key_file_set_string (key_file, KB_DASHBOARD_GROUP, "Page", self->page);
  if (self->measures != NULL)
    {
      g_autofree char *path = g_file_get_path (self->measures);
      g_key_file_set_string (key_file, KB_DASHBOARD_GROUP, "Measures", path);
    }
  g_key_file_set_double (key_file, KB_DASHBOARD_GROUP, "ExtraCutPercent", self->extra_cut);
  write_targets (self, key_file);
  g_key_file_set_integer (key_file, KB_DASHBOARD_GROUP, "FirstYear", self->first_year);
  g_key_file_set_integer (key_file, KB_DASHBOARD_GROUP, "LastYear", self->last_year);
  if (self->sector_filter != NULL)
    g_key_file_set_string (key_file, KB_DASHBOARD_GROUP, "SectorFilter", self->sector_filter);
  if (self->emissions_view != NULL)
    g_key_file_set_string (key_file, KB_DASHBOARD_GROUP, "EmissionsView", self->emissions_view);
  if (self->compare_scope != NULL)
    g_key_file_set_string (key_file, KB_DASHBOARD_GROUP, "CompareWith", self->compare_scope);
  if (self->compare_by != NULL)
    g_key_file_set_string (key_file, KB_DASHBOARD_GROUP, "CompareBy", self->compare_by);
  g_key_file_set_integer (key_file, KB_DASHBOARD_GROUP, "GuessYear", self->guess_year);
  write_guesses (self, key_file);
  if (self->years->len > 0)
    {
      g_key_file_set_integer_list (key_file, KB_DASHBOARD_GROUP, "NoteYears", (int *)self->years->data, self->years->len);
      g_key_file_set_string_list (key_file, KB_DASHBOARD_GROUP, "Notes", (const char * const *)self->texts->pdata, self->texts->len);
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

/* Gissa kurvan: the year the history stops at (0: the default), and
 * the guesses drawn (NULL: none), the dashboard's own. */
KbGuesses *
kb_dashboard_get_guesses (KbDashboard *self,
                          int         *year)
{
  g_return_val_if_fail (KB_IS_DASHBOARD (self), NULL);
  if (year != NULL)
    *year = self->guess_year;
  return self->guesses;
}

/* Keeps a copy of @guesses (NULL or none: none). */
void
kb_dashboard_set_guesses (KbDashboard *self,
                          int          year,
                          KbGuesses   *guesses)
{
  g_return_if_fail (KB_IS_DASHBOARD (self));
  g_return_if_fail (guesses == NULL || KB_IS_GUESSES (guesses));

  self->guess_year = year;
  g_clear_object (&self->guesses);
  if (guesses != NULL && kb_guesses_get_n_guesses (guesses) > 0)
    {
      self->guesses = kb_guesses_new ();
      kb_guesses_copy_from (self->guesses, guesses);
    }
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
  g_return_if_fail (view == NULL || g_strv_contains (_kb_dashboard_emissions_views, view));
  g_free (self->emissions_view);
  self->emissions_view = g_strdup (view);
}

/* Whom Jämför sets beside: "county", "similar" or "all"; and what it
 * ranks: "per-capita", "total", "change", "electric-share" or
 * "cycle-network". NULL where the dashboard does not say. */
const char *
kb_dashboard_get_compare_scope (KbDashboard *self)
{
  g_return_val_if_fail (KB_IS_DASHBOARD (self), NULL);
  return self->compare_scope;
}

const char *
kb_dashboard_get_compare_by (KbDashboard *self)
{
  g_return_val_if_fail (KB_IS_DASHBOARD (self), NULL);
  return self->compare_by;
}

void
kb_dashboard_set_compare (KbDashboard *self,
                          const char  *scope,
                          const char  *by)
{
  g_return_if_fail (KB_IS_DASHBOARD (self));
  g_return_if_fail (scope == NULL || g_strv_contains (_kb_dashboard_compare_scopes, scope));
  g_return_if_fail (by == NULL || g_strv_contains (_kb_dashboard_compare_measures, by));
  g_free (self->compare_scope);
  self->compare_scope = g_strdup (scope);
  g_free (self->compare_by);
  self->compare_by = g_strdup (by);
}

/* What the dashboard named that was not taken, each with where and why
 * ("d.klimatbild: [Dashboard] FirstYear: a year, or 0 for all"): a
 * detail a hand or a newer program got wrong leaves out that detail, not
 * the dashboard. */
GPtrArray *
kb_dashboard_get_left_out (KbDashboard *self)
{
  g_return_val_if_fail (KB_IS_DASHBOARD (self), NULL);
  return self->left_out;
}

/* Says that a part of the dashboard (@why names it) was not taken. */
void
kb_dashboard_leave_out (KbDashboard *self,
                        const char  *why)
{
  g_return_if_fail (KB_IS_DASHBOARD (self));
  g_return_if_fail (why != NULL);
  g_ptr_array_add (self->left_out, g_strdup (why));
}
