/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sweden's municipalities, counties and the country, as SCB numbers them:
 * four digits for a municipality (0580), two for a county (05), 00 for
 * Sweden. The table is built into the program. */
typedef enum {
  KB_REGION_MUNICIPALITY,
  KB_REGION_COUNTY,
  KB_REGION_COUNTRY,
} KbRegionKind;

typedef struct
{
  const char   *code;
  const char   *name;
  const char   *county_code;
  KbRegionKind  kind;
} KbRegion;

#define KB_REGION_SWEDEN_CODE "00"

const KbRegion *kb_region_find          (const char *code_or_name);
const KbRegion *kb_region_get_county    (const KbRegion *region);
guint           kb_region_count         (KbRegionKind kind);
GPtrArray      *kb_region_list_municipalities (const char *county_code);
char           *kb_region_fold_name     (const char *name);
gboolean        kb_region_matches       (const char *code,
                                         const char *name,
                                         const char *query);

G_END_DECLS
