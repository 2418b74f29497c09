/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-target"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "kb-target.h"
#include "model/kb-series.h"

#define DEFAULT_TARGETS "/se/klimatbild/Klimatbild/data/linkoping-targets.ini"

/* A municipality's emission targets: a baseline year and milestones,
 * joined by straight lines (the target path). */
struct _KbTarget
{
  gatomicrefcount  ref_count;
  char            *region_code;
  char            *indicator;
  char            *source;
  int              baseline_year;
  GArray          *milestones; /* KbMilestone, sorted by year */
  KbTargetOrigin   origin;
};

static const char * const origin_names[] = { "municipality", "national", "user" };

G_DEFINE_BOXED_TYPE (KbTarget, kb_target, kb_target_ref, kb_target_unref)

static int
compare_milestones (gconstpointer a,
                    gconstpointer b)
{
  return ((const KbMilestone *)a)->year - ((const KbMilestone *)b)->year;
}

/* The line of @key in [@group] of @data (of [@group] where @key is NULL
 * or missing; 1 where neither is found), for errors that name file:line. */
static guint
line_of (const char *data,
         gsize       length,
         const char *group,
         const char *key)
{
  g_autofree char *text = g_strndup (data, length);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autofree char *header = g_strdup_printf ("[%s]", group);
  guint group_line = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);

      if (group_line == 0 && g_str_equal (line, header))
        group_line = i + 1;
      else if (group_line != 0 && line[0] == '[')
        break;
      else if (group_line != 0 && key != NULL && g_str_has_prefix (line, key))
        {
          const char *rest = line + strlen (key);

          while (*rest == ' ' || *rest == '\t')
            rest++;
          if (*rest == '=')
            return i + 1;
        }
    }
  return MAX (group_line, 1);
}

/* The first line that is neither blank, a comment, a [group] nor
 * key=value: GKeyFile says what is wrong, not where. */
static guint
first_bad_line (const char *data,
                gsize       length)
{
  g_autofree char *text = g_strndup (data, length);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);

      if (*line != '\0' && *line != '#' && *line != '[' && strchr (line, '=') == NULL)
        return i + 1;
    }
  return 1;
}

static gboolean
read_percent (GKeyFile    *key_file,
              const char  *group,
              const char  *key,
              const char  *file,
              const char  *data,
              gsize        length,
              double      *value,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  *value = 0;
  if (!g_key_file_has_key (key_file, group, key, NULL))
    return TRUE;

  *value = g_key_file_get_double (key_file, group, key, &local_error);
  if (local_error != NULL || *value < 0 || *value > 100)
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                   _("%s:%u: [%s] %s must be a percentage from 0 to 100"), file,
                   line_of (data, length, group, key), group, key);
      return FALSE;
    }
  return TRUE;
}

/* Reads a targets key file: a [Target] group (Region, BaselineYear,
 * Source) and one [Milestone …] group per milestone (Year,
 * ReductionPercent, SupplementaryPercent). */
KbTarget *
kb_target_new_from_data (const char  *data,
                         gsize        length,
                         const char  *file,
                         GError     **error)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(KbTarget) self = NULL;
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) groups = NULL;

  if (length == (gsize)-1)
    length = strlen (data);
  if (!g_utf8_validate (data, (gssize)length, NULL) || memchr (data, '\0', length) != NULL)
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_PARSE,
                   _("%s:1: a targets file must be UTF-8 text"), file);
      return NULL;
    }
  if (!g_key_file_load_from_data (key_file, data, length, G_KEY_FILE_NONE, &local_error))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s:%u: ", file,
                                  first_bad_line (data, length));
      return NULL;
    }

  self = g_new0 (KbTarget, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->milestones = g_array_new (FALSE, FALSE, sizeof (KbMilestone));
  self->region_code = g_key_file_get_string (key_file, "Target", "Region", NULL);
  self->source = g_key_file_get_string (key_file, "Target", "Source", NULL);
  self->indicator = g_key_file_get_string (key_file, "Target", "Indicator", NULL);
  if (self->indicator == NULL)
    self->indicator = g_strdup (KB_INDICATOR_GHG);
  {
    g_autofree char *origin = g_key_file_get_string (key_file, "Target", "Origin", NULL);

    /* Unsaid: the user's. */
    self->origin = KB_TARGET_ORIGIN_USER;
    for (guint i = 0; origin != NULL && i < G_N_ELEMENTS (origin_names); i++)
      if (g_str_equal (origin, origin_names[i]))
        self->origin = i;
  }
  self->baseline_year = g_key_file_get_integer (key_file, "Target", "BaselineYear", &local_error);
  if (local_error != NULL || self->baseline_year < 1900 || self->baseline_year > 2100)
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                   _("%s:%u: [Target] needs a BaselineYear from 1900 to 2100"), file,
                   line_of (data, length, "Target", "BaselineYear"));
      return NULL;
    }

  groups = g_key_file_get_groups (key_file, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      KbMilestone m = { 0 };

      if (!g_str_has_prefix (groups[i], "Milestone"))
        continue;

      m.year = g_key_file_get_integer (key_file, groups[i], "Year", &local_error);
      if (local_error != NULL || m.year <= self->baseline_year || m.year > 2100)
        {
          g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                       _("%s:%u: [%s] needs a Year after the baseline year"), file,
                       line_of (data, length, groups[i], "Year"), groups[i]);
          return NULL;
        }
      for (guint j = 0; j < self->milestones->len; j++)
        if (g_array_index (self->milestones, KbMilestone, j).year == m.year)
          {
            g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                         _("%s:%u: [%s] is a second milestone for %d"), file,
                         line_of (data, length, groups[i], "Year"), groups[i], m.year);
            return NULL;
          }
      if (!read_percent (key_file, groups[i], "ReductionPercent", file, data, length, &m.reduction_pct, error) ||
          !read_percent (key_file, groups[i], "SupplementaryPercent", file, data, length,
                         &m.supplementary_pct, error))
        return NULL;
      g_array_append_val (self->milestones, m);
    }

  if (self->milestones->len == 0)
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_GROUP_NOT_FOUND,
                   _("%s:1: no [Milestone] group"), file);
      return NULL;
    }

  g_array_sort (self->milestones, compare_milestones);
  return g_steal_pointer (&self);
}

KbTarget *
kb_target_new_default (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  KbTarget *target;
  gsize length;
  const char *data;

  bytes = g_resources_lookup_data (DEFAULT_TARGETS, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    g_error ("The embedded targets are missing: %s", error->message);

  data = g_bytes_get_data (bytes, &length);
  target = kb_target_new_from_data (data, length, "linkoping-targets.ini", &error);
  if (target == NULL)
    g_error ("The embedded targets do not parse: %s", error->message);
  target->origin = KB_TARGET_ORIGIN_MUNICIPALITY;
  return target;
}

/* Sweden's long-term target (the climate policy framework, 2017): net
 * zero by 2045, at least −85 % against 1990 and the rest by
 * supplementary measures; set for @region_code as a stand-in, never as
 * the municipality's own. */
KbTarget *
kb_target_new_national (const char *region_code)
{
  const KbMilestone net_zero = { 2045, 85, 15 };
  KbTarget *target = kb_target_new (region_code, KB_INDICATOR_GHG, 1990, &net_zero, 1,
                                    "Sveriges klimatmål: nettonollutsläpp 2045 (klimatpolitiska ramverket)");

  target->origin = KB_TARGET_ORIGIN_NATIONAL;
  return target;
}

/* The targets built in for @region_code: its own where the app has its
 * document (Linköping), else Sweden's. */
KbTarget *
kb_target_new_for_region (const char *region_code)
{
  KbTarget *own = kb_target_new_default ();

  if (g_strcmp0 (kb_target_get_region_code (own), region_code) == 0)
    return own;
  kb_target_unref (own);
  return kb_target_new_national (region_code);
}

/* A targets file a user gave (klimatbild-render --targets), with the
 * limits of any file the app reads. */
KbTarget *
kb_target_new_from_file (GFile   *file,
                         GError **error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree char *data = g_malloc (KB_TARGET_MAX_BYTES + 1);
  gsize length = 0;

  stream = g_file_read (file, NULL, error);
  if (stream == NULL)
    {
      g_prefix_error (error, "%s: ", name);
      return NULL;
    }
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), data, KB_TARGET_MAX_BYTES + 1, &length, NULL, error))
    {
      g_prefix_error (error, "%s: ", name);
      return NULL;
    }
  if (length > KB_TARGET_MAX_BYTES)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s:1: a targets file is at most %d KiB"), name, KB_TARGET_MAX_BYTES / 1024);
      return NULL;
    }
  {
    KbTarget *target = kb_target_new_from_data (data, length, name, error);

    if (target != NULL && target->source == NULL)
      target->source = g_strdup (name);
    return target;
  }
}

KbTargetOrigin
kb_target_get_origin (KbTarget *self)
{
  g_return_val_if_fail (self != NULL, KB_TARGET_ORIGIN_USER);
  return self->origin;
}

/* Where the targets come from, in words: for the summary and the charts'
 * notes. */
char *
kb_target_dup_description (KbTarget *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (self->origin)
    {
    case KB_TARGET_ORIGIN_NATIONAL:
      return g_strdup (_("Sweden’s target (net zero by 2045), not the municipality’s own"));
    case KB_TARGET_ORIGIN_MUNICIPALITY:
      return g_strdup_printf (_("The municipality’s own targets: %s"), self->source);
    case KB_TARGET_ORIGIN_USER:
    default:
      return g_strdup_printf (_("Targets entered by the user: %s"),
                              self->source ? self->source : _("no source given"));
    }
}

KbTarget *
kb_target_ref (KbTarget *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
kb_target_unref (KbTarget *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->region_code);
      g_free (self->indicator);
      g_free (self->source);
      g_array_unref (self->milestones);
      g_free (self);
    }
}

const char *
kb_target_get_region_code (KbTarget *self)
{
  return self->region_code;
}

/* What the target is set for: all greenhouse gases unless it says. */
const char *
kb_target_get_indicator (KbTarget *self)
{
  return self->indicator;
}

const char *
kb_target_get_source (KbTarget *self)
{
  return self->source;
}

int
kb_target_get_baseline_year (KbTarget *self)
{
  return self->baseline_year;
}

guint
kb_target_get_n_milestones (KbTarget *self)
{
  return self->milestones->len;
}

const KbMilestone *
kb_target_get_milestone (KbTarget *self,
                         guint     index)
{
  g_return_val_if_fail (index < self->milestones->len, NULL);
  return &g_array_index (self->milestones, KbMilestone, index);
}

const KbMilestone *
kb_target_find_milestone (KbTarget *self,
                          int       year)
{
  for (guint i = 0; i < self->milestones->len; i++)
    if (kb_target_get_milestone (self, i)->year == year)
      return kb_target_get_milestone (self, i);
  return NULL;
}

int
kb_target_get_last_year (KbTarget *self)
{
  return kb_target_get_milestone (self, self->milestones->len - 1)->year;
}

/* The target path in @year: the baseline value in the baseline year, each
 * milestone's remaining emissions in its year, straight lines between.
 * FALSE outside the baseline year … last milestone. */
gboolean
kb_target_path_value (KbTarget *self,
                      double    baseline_value,
                      int       year,
                      double   *value)
{
  int prev_year = self->baseline_year;
  double prev_value = baseline_value;

  g_return_val_if_fail (self != NULL, FALSE);

  if (year < self->baseline_year)
    return FALSE;

  for (guint i = 0; i < self->milestones->len; i++)
    {
      const KbMilestone *m = kb_target_get_milestone (self, i);
      double level = baseline_value * (1.0 - m->reduction_pct / 100.0);

      if (year <= m->year)
        {
          *value = prev_value + (level - prev_value) * (year - prev_year) / (m->year - prev_year);
          return TRUE;
        }
      prev_year = m->year;
      prev_value = level;
    }

  return FALSE;
}

/* A target made here rather than read: @milestones (KbMilestone) in any
 * order. */
KbTarget *
kb_target_new (const char        *region_code,
               const char        *indicator,
               int                baseline_year,
               const KbMilestone *milestones,
               guint              n_milestones,
               const char        *source)
{
  KbTarget *self = g_new0 (KbTarget, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->region_code = g_strdup (region_code);
  self->indicator = g_strdup (indicator ? indicator : KB_INDICATOR_GHG);
  self->source = g_strdup (source);
  self->baseline_year = baseline_year;
  self->milestones = g_array_new (FALSE, FALSE, sizeof (KbMilestone));
  self->origin = KB_TARGET_ORIGIN_USER;
  g_array_append_vals (self->milestones, milestones, n_milestones);
  g_array_sort (self->milestones, compare_milestones);
  return self;
}

/* The target as a key file, the layout kb_target_new_from_data() reads. */
char *
kb_target_to_data (KbTarget *self,
                   gsize    *length)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();

  g_key_file_set_string (key_file, "Target", "Region", self->region_code ? self->region_code : "");
  g_key_file_set_string (key_file, "Target", "Indicator", self->indicator);
  g_key_file_set_integer (key_file, "Target", "BaselineYear", self->baseline_year);
  if (self->source != NULL)
    g_key_file_set_string (key_file, "Target", "Source", self->source);
  g_key_file_set_string (key_file, "Target", "Origin", origin_names[self->origin]);
  for (guint i = 0; i < self->milestones->len; i++)
    {
      const KbMilestone *m = kb_target_get_milestone (self, i);
      g_autofree char *group = g_strdup_printf ("Milestone %d", m->year);

      g_key_file_set_integer (key_file, group, "Year", m->year);
      g_key_file_set_double (key_file, group, "ReductionPercent", m->reduction_pct);
      g_key_file_set_double (key_file, group, "SupplementaryPercent", m->supplementary_pct);
    }
  return g_key_file_to_data (key_file, length, NULL);
}
