/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  int    year;
  double reduction_pct;     /* below the baseline, e.g. 70 */
  double supplementary_pct; /* of the baseline, by supplementary measures */
} KbMilestone;

/* Whose targets they are: the municipality's own document (built in),
 * Sweden's long-term target standing in for a municipality without its
 * own, or targets a user entered or opened. */
typedef enum {
  KB_TARGET_ORIGIN_MUNICIPALITY,
  KB_TARGET_ORIGIN_NATIONAL,
  KB_TARGET_ORIGIN_USER,
} KbTargetOrigin;

#define KB_TARGET_MAX_BYTES (64 * 1024)

#define KB_TYPE_TARGET (kb_target_get_type ())
typedef struct _KbTarget KbTarget;

GType              kb_target_get_type           (void) G_GNUC_CONST;
KbTarget          *kb_target_new_from_data      (const char   *data,
                                                 gsize         length,
                                                 const char   *file,
                                                 GError      **error);
KbTarget          *kb_target_new_default        (void);
KbTarget          *kb_target_new_national       (const char   *region_code);
KbTarget          *kb_target_new_for_region     (const char   *region_code);
KbTarget          *kb_target_new_from_file      (GFile        *file,
                                                 GError      **error);
KbTargetOrigin     kb_target_get_origin         (KbTarget     *self);
char              *kb_target_dup_description    (KbTarget     *self);
KbTarget          *kb_target_new                (const char        *region_code,
                                                 const char        *indicator,
                                                 int                baseline_year,
                                                 const KbMilestone *milestones,
                                                 guint              n_milestones,
                                                 const char        *source);
char              *kb_target_to_data            (KbTarget          *self,
                                                 gsize             *length);
KbTarget          *kb_target_ref                (KbTarget     *self);
void               kb_target_unref              (KbTarget     *self);
const char        *kb_target_get_region_code    (KbTarget     *self);
const char        *kb_target_get_indicator      (KbTarget     *self);
const char        *kb_target_get_source         (KbTarget     *self);
int                kb_target_get_baseline_year  (KbTarget     *self);
guint              kb_target_get_n_milestones   (KbTarget     *self);
const KbMilestone *kb_target_get_milestone      (KbTarget     *self,
                                                 guint         index);
const KbMilestone *kb_target_find_milestone     (KbTarget     *self,
                                                 int           year);
int                kb_target_get_last_year      (KbTarget     *self);
gboolean           kb_target_path_value         (KbTarget     *self,
                                                 double        baseline_value,
                                                 int           year,
                                                 double       *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KbTarget, kb_target_unref)

G_END_DECLS
