/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-target"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

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
};

G_DEFINE_BOXED_TYPE (KbTarget, kb_target, kb_target_ref, kb_target_unref)

static int
compare_milestones (gconstpointer a,
                    gconstpointer b)
{
  return ((const KbMilestone *)a)->year - ((const KbMilestone *)b)->year;
}

static gboolean
read_percent (GKeyFile    *key_file,
              const char  *group,
              const char  *key,
              const char  *file,
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
                   _("%s: [%s] %s must be a percentage from 0 to 100"), file, group, key);
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

  if (!g_key_file_load_from_data (key_file, data, length, G_KEY_FILE_NONE, &local_error))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", file);
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
  self->baseline_year = g_key_file_get_integer (key_file, "Target", "BaselineYear", &local_error);
  if (local_error != NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", file);
      return NULL;
    }

  groups = g_key_file_get_groups (key_file, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      KbMilestone m = { 0 };

      if (!g_str_has_prefix (groups[i], "Milestone"))
        continue;

      m.year = g_key_file_get_integer (key_file, groups[i], "Year", &local_error);
      if (local_error != NULL || m.year <= self->baseline_year)
        {
          g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                       _("%s: [%s] needs a Year after the baseline year"), file, groups[i]);
          return NULL;
        }
      if (!read_percent (key_file, groups[i], "ReductionPercent", file, &m.reduction_pct, error) ||
          !read_percent (key_file, groups[i], "SupplementaryPercent", file, &m.supplementary_pct, error))
        return NULL;
      g_array_append_val (self->milestones, m);
    }

  if (self->milestones->len == 0)
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_GROUP_NOT_FOUND,
                   _("%s: no [Milestone] group"), file);
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
  return target;
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
