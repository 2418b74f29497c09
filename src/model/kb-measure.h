/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  KB_MEASURE_DECIDED,   /* beslutad */
  KB_MEASURE_PLANNED,   /* planerad */
  KB_MEASURE_IDEA,      /* idé */
} KbMeasureStatus;

typedef enum {
  KB_MEASURE_OWNER_MUNICIPALITY, /* kommunen */
  KB_MEASURE_OWNER_BUSINESS,     /* näringsliv */
  KB_MEASURE_OWNER_RESIDENTS,    /* invånare, medborgare */
  KB_MEASURE_OWNER_STATE,        /* staten: national investments */
} KbMeasureOwner;

#define KB_MEASURE_N_OWNERS 4

/* A measure's fields, as bits. */
typedef enum {
  KB_MEASURE_FIELD_NAME        = 1 << 0,
  KB_MEASURE_FIELD_SECTOR      = 1 << 1,
  KB_MEASURE_FIELD_YEARS       = 1 << 2,
  KB_MEASURE_FIELD_REDUCTION   = 1 << 3,
  KB_MEASURE_FIELD_STATUS      = 1 << 4,
  KB_MEASURE_FIELD_OWNER       = 1 << 5,
  KB_MEASURE_FIELD_INVESTMENT  = 1 << 6,
  KB_MEASURE_FIELD_SOURCE      = 1 << 7,
  KB_MEASURE_FIELD_FOCUS_AREA  = 1 << 8,
  KB_MEASURE_FIELD_CO_BENEFITS = 1 << 9,
} KbMeasureField;

/* The year a measure's cost per tonne counts its reductions through:
 * the year of net zero. */
#define KB_MEASURE_COST_THROUGH 2045

#define KB_TYPE_MEASURE (kb_measure_get_type ())
G_DECLARE_FINAL_TYPE (KbMeasure, kb_measure, KB, MEASURE, GObject)

/* A measure in a climate investment plan: the user's estimate of an
 * annual reduction, reached linearly from its start year to its full
 * year. The app never invents one. */
KbMeasure       *kb_measure_new               (const char      *name,
                                               const char      *sector,
                                               int              start_year,
                                               int              full_year,
                                               double           reduction_t);
const char      *kb_measure_get_name          (KbMeasure       *self);
void             kb_measure_set_name          (KbMeasure       *self,
                                               const char      *name);
const char      *kb_measure_get_sector        (KbMeasure       *self);
void             kb_measure_set_sector        (KbMeasure       *self,
                                               const char      *sector);
int              kb_measure_get_start_year    (KbMeasure       *self);
int              kb_measure_get_full_year     (KbMeasure       *self);
void             kb_measure_set_years         (KbMeasure       *self,
                                               int              start_year,
                                               int              full_year);
double           kb_measure_get_reduction     (KbMeasure       *self);
void             kb_measure_set_reduction     (KbMeasure       *self,
                                               double           reduction_t);
KbMeasureStatus  kb_measure_get_status        (KbMeasure       *self);
void             kb_measure_set_status        (KbMeasure       *self,
                                               KbMeasureStatus  status);
KbMeasureOwner   kb_measure_get_owner         (KbMeasure       *self);
void             kb_measure_set_owner         (KbMeasure       *self,
                                               KbMeasureOwner   owner);
double           kb_measure_get_investment    (KbMeasure       *self);
gboolean         kb_measure_has_investment    (KbMeasure       *self);
void             kb_measure_set_investment    (KbMeasure       *self,
                                               double           ksek);
const char      *kb_measure_get_focus_area    (KbMeasure       *self);
void             kb_measure_set_focus_area    (KbMeasure       *self,
                                               const char      *focus_area);
const char      *kb_measure_get_co_benefits   (KbMeasure       *self);
void             kb_measure_set_co_benefits   (KbMeasure       *self,
                                               const char      *co_benefits);
const char      *kb_measure_get_source        (KbMeasure       *self);
void             kb_measure_set_source        (KbMeasure       *self,
                                               const char      *source);
double           kb_measure_effect_after      (KbMeasure       *self,
                                               int              from_year,
                                               int              year);
double           kb_measure_effect            (KbMeasure       *self,
                                               int              year);
double           kb_measure_cumulative_reduction (KbMeasure    *self,
                                               int              through_year);
double           kb_measure_sek_per_tonne     (KbMeasure       *self);
KbMeasure       *kb_measure_copy              (KbMeasure       *self);
void             kb_measure_assign            (KbMeasure       *self,
                                               KbMeasure       *from);
gboolean         kb_measure_equal             (KbMeasure       *a,
                                               KbMeasure       *b);
guint            kb_measure_differences       (KbMeasure       *a,
                                               KbMeasure       *b);
const char      *kb_measure_status_to_string  (KbMeasureStatus  status);
gboolean         kb_measure_status_from_string (const char     *text,
                                               KbMeasureStatus *status);
const char      *kb_measure_owner_to_string   (KbMeasureOwner   owner);
gboolean         kb_measure_owner_from_string (const char      *text,
                                               KbMeasureOwner  *owner);

const char      *kb_measure_find_sector       (const char      *name);
const char * const *kb_measure_list_sectors   (guint           *n);

G_END_DECLS
