/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "kb-label-pool.h"

G_BEGIN_DECLS

/* Indicators the importers recognise: all greenhouse gases (CO2e),
 * carbon dioxide alone, final energy use, population. */
#define KB_INDICATOR_GHG "växthusgaser"
#define KB_INDICATOR_CO2 "koldioxid"
#define KB_INDICATOR_ENERGY "slutanvändning av energi"
#define KB_INDICATOR_POPULATION "folkmängd"
#define KB_INDICATOR_MODE_SHARE "färdsätt"
/* Passenger cars in use at the end of a year, by fuel (Trafikanalys). */
#define KB_INDICATOR_CARS "personbilar i trafik"
/* Cars in use per 1 000 inhabitants, as Trafikanalys counts them. */
#define KB_INDICATOR_CARS_PER_1000 "personbilar per 1 000 invånare"
/* Metres of cycle network, by road owner (Trafikverket). */
#define KB_INDICATOR_CYCLE_NETWORK "cykelnät"

#define KB_TYPE_SERIES (kb_series_get_type ())
G_DECLARE_FINAL_TYPE (KbSeries, kb_series, KB, SERIES, GObject)

/* One quantity for one place over time. Observations live in a plain
 * array sorted by year, not as objects: a national file has a million. */
KbSeries    *kb_series_new               (const char *region_code,
                                          const char *region_name,
                                          const char *indicator,
                                          const char *sector,
                                          const char *subsector,
                                          const char *unit,
                                          const char *source,
                                          int         vintage);
KbSeries    *kb_series_new_pooled        (KbLabelPool *pool,
                                          const char *region_code,
                                          const char *region_name,
                                          const char *indicator,
                                          const char *sector,
                                          const char *subsector,
                                          const char *unit,
                                          const char *source,
                                          int         vintage,
                                          guint       capacity);
const char  *kb_series_get_region_code   (KbSeries *self);
const char  *kb_series_get_region_name   (KbSeries *self);
const char  *kb_series_get_indicator     (KbSeries *self);
const char  *kb_series_get_sector        (KbSeries *self);
const char  *kb_series_get_subsector     (KbSeries *self);
const char  *kb_series_get_unit          (KbSeries *self);
const char  *kb_series_get_source        (KbSeries *self);
int          kb_series_get_vintage       (KbSeries *self);
void         kb_series_set_inferred_vintage (KbSeries *self,
                                             int       vintage);
gboolean     kb_series_get_vintage_inferred (KbSeries *self);

void         kb_series_set_value         (KbSeries *self,
                                          int       year,
                                          double    value);
void         kb_series_set_missing       (KbSeries *self,
                                          int       year);
gboolean     kb_series_has_year          (KbSeries *self,
                                          int       year);
gboolean     kb_series_get_value         (KbSeries *self,
                                          int       year,
                                          double   *value);
guint        kb_series_get_n_years       (KbSeries *self);
int          kb_series_get_year          (KbSeries *self,
                                          guint     index);
gboolean     kb_series_get_value_at      (KbSeries *self,
                                          guint     index,
                                          double   *value);
gboolean     kb_series_get_latest        (KbSeries *self,
                                          int      *year,
                                          double   *value);
gboolean     kb_series_same_identity     (KbSeries *self,
                                          KbSeries *other);

G_END_DECLS
