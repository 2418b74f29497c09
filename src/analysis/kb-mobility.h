/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "model/kb-dataset.h"

G_BEGIN_DECLS

/* A region's passenger cars in use in one year: all of them, and the
 * electric and plug-in hybrid ones, as the fleet statistics count them. */
typedef struct
{
  const char *region_code;  /* not owned */
  const char *region_name;  /* not owned */
  int         year;
  double      total;        /* NAN: not published */
  double      electric;
  double      plug_in;
  const char *source;       /* not owned: the edition */
} KbFleet;

gboolean kb_fleet_get            (KbDataset  *dataset,
                                  const char *region_code,
                                  int         year,
                                  KbFleet    *fleet);
gboolean kb_fleet_get_previous   (KbDataset     *dataset,
                                  const KbFleet *fleet,
                                  KbFleet       *previous);
KbSeries *kb_fleet_dup_total     (KbDataset     *dataset,
                                  const KbFleet *fleet);
GPtrArray *kb_fleet_dup_fuels    (KbDataset     *dataset,
                                  const KbFleet *fleet);
double   kb_fleet_share          (double      part,
                                  double      total);
double   kb_fleet_per_thousand   (KbDataset     *dataset,
                                  const KbFleet *fleet);
gboolean kb_population_near      (KbDataset  *dataset,
                                  const char *region_code,
                                  int         year,
                                  int        *population_year,
                                  double     *population);

G_END_DECLS
