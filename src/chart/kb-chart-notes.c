/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-chart"

#include "config.h"

#include "kb-chart-private.h"

/* A chart's notes (a year's text where the official presenting it wants
 * it) and a travel survey's target share of a mode. */

/* A note on the time axis, e.g. 2025: "eftersorteringsanläggning Gärstad". */
void
kb_chart_add_annotation (KbChart    *self,
                         int         year,
                         const char *text)
{
  Annotation annotation;

  g_return_if_fail (KB_IS_CHART (self));
  g_return_if_fail (text != NULL);

  annotation = (Annotation) { year, g_strdup (text) };
  g_array_append_val (self->annotations, annotation);
  _kb_chart_changed (self, "n-annotations");
}

void
kb_chart_clear_annotations (KbChart *self)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (self->annotations->len == 0)
    return;
  g_array_set_size (self->annotations, 0);
  _kb_chart_changed (self, "n-annotations");
}

guint
kb_chart_get_n_annotations (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), 0);
  return self->annotations->len;
}

const char *
kb_chart_get_annotation (KbChart *self,
                         guint    index,
                         int     *year)
{
  Annotation *annotation;

  g_return_val_if_fail (KB_IS_CHART (self), NULL);
  g_return_val_if_fail (index < self->annotations->len, NULL);
  annotation = &g_array_index (self->annotations, Annotation, index);
  *year = annotation->year;
  return annotation->text;
}

/* A target share for one travel mode, drawn as a line on its bars. */
void
kb_chart_set_mode_target (KbChart    *self,
                          const char *mode,
                          double      share_pct)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (g_strcmp0 (self->mode_target, mode) == 0 && self->mode_target_pct == share_pct)
    return;
  g_object_freeze_notify (G_OBJECT (self));
  if (g_strcmp0 (self->mode_target, mode) != 0)
    {
      g_free (self->mode_target);
      self->mode_target = g_strdup (mode);
      g_object_notify (G_OBJECT (self), "mode-target");
    }
  if (self->mode_target_pct != share_pct)
    {
      self->mode_target_pct = share_pct;
      g_object_notify (G_OBJECT (self), "mode-target-pct");
    }
  g_object_thaw_notify (G_OBJECT (self));
  _kb_chart_changed (self, NULL);
}

const char *
kb_chart_get_mode_target (KbChart *self,
                          double  *share_pct)
{
  g_return_val_if_fail (KB_IS_CHART (self), NULL);
  *share_pct = self->mode_target_pct;
  return self->mode_target;
}
