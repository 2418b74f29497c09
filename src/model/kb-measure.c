/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-measure"

#include "config.h"

#include <math.h>

#include "kb-measure.h"

struct _KbMeasure
{
  GObject          parent_instance;

  char            *name;
  char            *sector;
  int              start_year;
  int              full_year;
  double           reduction_t;
  KbMeasureStatus  status;
  KbMeasureOwner   owner;
  double           investment_ksek; /* NAN: not given, never 0 */
  char            *source;
  char            *focus_area;      /* the plan's insatsområde */
  char            *co_benefits;     /* samhällsnyttor, comma-separated */
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (KbMeasure, kb_measure, G_TYPE_OBJECT)

static const char * const status_names[] = { "beslutad", "planerad", "idé" };
static const char * const owner_names[] = { "kommunen", "näringsliv", "invånare", "staten" };

/* The words a plan uses for its actors, folded to ASCII: the file's own
 * first, then others for the same actors. */
static const struct { const char *word; KbMeasureOwner owner; } owner_words[] = {
  { "kommunen", KB_MEASURE_OWNER_MUNICIPALITY },
  { "naringsliv", KB_MEASURE_OWNER_BUSINESS },
  { "invanare", KB_MEASURE_OWNER_RESIDENTS },
  { "staten", KB_MEASURE_OWNER_STATE },
  { "kommunkoncernen", KB_MEASURE_OWNER_MUNICIPALITY },
  { "naringslivet", KB_MEASURE_OWNER_BUSINESS },
  { "invanarna", KB_MEASURE_OWNER_RESIDENTS },
  { "medborgare", KB_MEASURE_OWNER_RESIDENTS },
  { "medborgarna", KB_MEASURE_OWNER_RESIDENTS },
};

static void
kb_measure_finalize (GObject *object)
{
  KbMeasure *self = KB_MEASURE (object);

  g_free (self->name);
  g_free (self->sector);
  g_free (self->source);
  g_free (self->focus_area);
  g_free (self->co_benefits);

  G_OBJECT_CLASS (kb_measure_parent_class)->finalize (object);
}

static void
kb_measure_class_init (KbMeasureClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kb_measure_finalize;

  /* Emitted when anything of the measure changes. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kb_measure_init (KbMeasure *self)
{
  self->status = KB_MEASURE_PLANNED;
  self->investment_ksek = NAN;
}

static void
changed (KbMeasure *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

KbMeasure *
kb_measure_new (const char *name,
                const char *sector,
                int         start_year,
                int         full_year,
                double      reduction_t)
{
  KbMeasure *self = g_object_new (KB_TYPE_MEASURE, NULL);

  self->name = g_strdup (name);
  self->sector = g_strdup (sector);
  self->start_year = start_year;
  self->full_year = MAX (full_year, start_year);
  self->reduction_t = reduction_t;
  return self;
}

const char *
kb_measure_get_name (KbMeasure *self)
{
  g_return_val_if_fail (KB_IS_MEASURE (self), NULL);
  return self->name;
}

void
kb_measure_set_name (KbMeasure  *self,
                     const char *name)
{
  g_return_if_fail (KB_IS_MEASURE (self));
  g_free (self->name);
  self->name = g_strdup (name);
  changed (self);
}

const char *
kb_measure_get_sector (KbMeasure *self)
{
  g_return_val_if_fail (KB_IS_MEASURE (self), NULL);
  return self->sector;
}

void
kb_measure_set_sector (KbMeasure  *self,
                       const char *sector)
{
  g_return_if_fail (KB_IS_MEASURE (self));
  g_free (self->sector);
  self->sector = g_strdup (sector);
  changed (self);
}

int
kb_measure_get_start_year (KbMeasure *self)
{
  g_return_val_if_fail (KB_IS_MEASURE (self), 0);
  return self->start_year;
}

int
kb_measure_get_full_year (KbMeasure *self)
{
  g_return_val_if_fail (KB_IS_MEASURE (self), 0);
  return self->full_year;
}

void
kb_measure_set_years (KbMeasure *self,
                      int        start_year,
                      int        full_year)
{
  g_return_if_fail (KB_IS_MEASURE (self));
  self->start_year = start_year;
  self->full_year = MAX (full_year, start_year);
  changed (self);
}

double
kb_measure_get_reduction (KbMeasure *self)
{
  g_return_val_if_fail (KB_IS_MEASURE (self), 0);
  return self->reduction_t;
}

void
kb_measure_set_reduction (KbMeasure *self,
                          double     reduction_t)
{
  g_return_if_fail (KB_IS_MEASURE (self));
  self->reduction_t = reduction_t;
  changed (self);
}

KbMeasureStatus
kb_measure_get_status (KbMeasure *self)
{
  g_return_val_if_fail (KB_IS_MEASURE (self), 0);
  return self->status;
}

void
kb_measure_set_status (KbMeasure       *self,
                       KbMeasureStatus  status)
{
  g_return_if_fail (KB_IS_MEASURE (self));
  self->status = status;
  changed (self);
}

KbMeasureOwner
kb_measure_get_owner (KbMeasure *self)
{
  g_return_val_if_fail (KB_IS_MEASURE (self), 0);
  return self->owner;
}

void
kb_measure_set_owner (KbMeasure      *self,
                      KbMeasureOwner  owner)
{
  g_return_if_fail (KB_IS_MEASURE (self));
  self->owner = owner;
  changed (self);
}

double
kb_measure_get_investment (KbMeasure *self)
{
  g_return_val_if_fail (KB_IS_MEASURE (self), NAN);
  return self->investment_ksek;
}

/* Whether the plan gives the measure's investment: unknown is not 0. */
gboolean
kb_measure_has_investment (KbMeasure *self)
{
  g_return_val_if_fail (KB_IS_MEASURE (self), FALSE);
  return !isnan (self->investment_ksek);
}

/* The investment in thousands of kronor, or NAN for unknown. */
void
kb_measure_set_investment (KbMeasure *self,
                           double     ksek)
{
  g_return_if_fail (KB_IS_MEASURE (self));
  self->investment_ksek = ksek;
  changed (self);
}

const char *
kb_measure_get_focus_area (KbMeasure *self)
{
  g_return_val_if_fail (KB_IS_MEASURE (self), NULL);
  return self->focus_area;
}

void
kb_measure_set_focus_area (KbMeasure  *self,
                           const char *focus_area)
{
  g_return_if_fail (KB_IS_MEASURE (self));
  g_free (self->focus_area);
  self->focus_area = g_strdup (focus_area);
  changed (self);
}

const char *
kb_measure_get_co_benefits (KbMeasure *self)
{
  g_return_val_if_fail (KB_IS_MEASURE (self), NULL);
  return self->co_benefits;
}

void
kb_measure_set_co_benefits (KbMeasure  *self,
                            const char *co_benefits)
{
  g_return_if_fail (KB_IS_MEASURE (self));
  g_free (self->co_benefits);
  self->co_benefits = g_strdup (co_benefits);
  changed (self);
}

const char *
kb_measure_get_source (KbMeasure *self)
{
  g_return_val_if_fail (KB_IS_MEASURE (self), NULL);
  return self->source;
}

void
kb_measure_set_source (KbMeasure  *self,
                       const char *source)
{
  g_return_if_fail (KB_IS_MEASURE (self));
  g_free (self->source);
  self->source = g_strdup (source);
  changed (self);
}

/* The reduction in @year, t CO2e: nothing up to the start year, then
 * rising in a straight line to the full reduction in the full year. */
double
kb_measure_effect (KbMeasure *self,
                   int        year)
{
  g_return_val_if_fail (KB_IS_MEASURE (self), 0);

  if (year >= self->full_year)
    return self->reduction_t;
  if (year <= self->start_year)
    return 0;
  return self->reduction_t * (year - self->start_year) / (self->full_year - self->start_year);
}

/* The measure's reductions summed over the years from its start year
 * through @through_year, t CO2e (0 in the start year, as the ramp). */
double
kb_measure_cumulative_reduction (KbMeasure *self,
                                 int        through_year)
{
  double sum = 0;

  g_return_val_if_fail (KB_IS_MEASURE (self), 0);
  for (int year = self->start_year; year <= through_year; year++)
    sum += kb_measure_effect (self, year);
  return sum;
}

/* Kronor per tonne: the investment over the cumulative reduction from the
 * start year through 2045; NAN where the investment is unknown or the
 * measure cuts nothing by then. */
double
kb_measure_sek_per_tonne (KbMeasure *self)
{
  double tonnes;

  g_return_val_if_fail (KB_IS_MEASURE (self), NAN);
  tonnes = kb_measure_cumulative_reduction (self, KB_MEASURE_COST_THROUGH);
  if (!kb_measure_has_investment (self) || !(tonnes > 0))
    return NAN;
  return self->investment_ksek * 1000.0 / tonnes;
}

KbMeasure *
kb_measure_copy (KbMeasure *self)
{
  KbMeasure *copy;

  g_return_val_if_fail (KB_IS_MEASURE (self), NULL);
  copy = kb_measure_new (self->name, self->sector, self->start_year, self->full_year, self->reduction_t);
  kb_measure_assign (copy, self);
  return copy;
}

/* Gives @self every field of @from, with one "changed". */
void
kb_measure_assign (KbMeasure *self,
                   KbMeasure *from)
{
  g_return_if_fail (KB_IS_MEASURE (self));
  g_return_if_fail (KB_IS_MEASURE (from));

  if (self == from)
    return;
  g_free (self->name), self->name = g_strdup (from->name);
  g_free (self->sector), self->sector = g_strdup (from->sector);
  g_free (self->source), self->source = g_strdup (from->source);
  g_free (self->focus_area), self->focus_area = g_strdup (from->focus_area);
  g_free (self->co_benefits), self->co_benefits = g_strdup (from->co_benefits);
  self->start_year = from->start_year;
  self->full_year = from->full_year;
  self->reduction_t = from->reduction_t;
  self->status = from->status;
  self->owner = from->owner;
  self->investment_ksek = from->investment_ksek;
  changed (self);
}

static gboolean
same_number (double a,
             double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

/* The fields in which @a and @b differ, a bit each (KbMeasureField);
 * 0 where they are the same measure. */
guint
kb_measure_differences (KbMeasure *a,
                        KbMeasure *b)
{
  guint fields = 0;

  g_return_val_if_fail (KB_IS_MEASURE (a) && KB_IS_MEASURE (b), 0);
  if (g_strcmp0 (a->name, b->name) != 0)
    fields |= KB_MEASURE_FIELD_NAME;
  if (g_strcmp0 (a->sector, b->sector) != 0)
    fields |= KB_MEASURE_FIELD_SECTOR;
  if (a->start_year != b->start_year || a->full_year != b->full_year)
    fields |= KB_MEASURE_FIELD_YEARS;
  if (!same_number (a->reduction_t, b->reduction_t))
    fields |= KB_MEASURE_FIELD_REDUCTION;
  if (a->status != b->status)
    fields |= KB_MEASURE_FIELD_STATUS;
  if (a->owner != b->owner)
    fields |= KB_MEASURE_FIELD_OWNER;
  if (!same_number (a->investment_ksek, b->investment_ksek))
    fields |= KB_MEASURE_FIELD_INVESTMENT;
  if (g_strcmp0 (a->source, b->source) != 0)
    fields |= KB_MEASURE_FIELD_SOURCE;
  if (g_strcmp0 (a->focus_area, b->focus_area) != 0)
    fields |= KB_MEASURE_FIELD_FOCUS_AREA;
  if (g_strcmp0 (a->co_benefits, b->co_benefits) != 0)
    fields |= KB_MEASURE_FIELD_CO_BENEFITS;
  return fields;
}

gboolean
kb_measure_equal (KbMeasure *a,
                  KbMeasure *b)
{
  return kb_measure_differences (a, b) == 0;
}

/* The part of the measure's reduction in @year that comes after @from_year
 * (the inventory's latest year): what it has done by then is already in
 * the inventory's figures and in the trend, and is not counted again. A
 * measure fully in effect before @from_year adds nothing. */
double
kb_measure_effect_after (KbMeasure *self,
                         int        from_year,
                         int        year)
{
  g_return_val_if_fail (KB_IS_MEASURE (self), 0);
  return MAX (kb_measure_effect (self, year) - kb_measure_effect (self, from_year), 0);
}

const char *
kb_measure_status_to_string (KbMeasureStatus status)
{
  return status_names[CLAMP (status, 0, (int)G_N_ELEMENTS (status_names) - 1)];
}

gboolean
kb_measure_status_from_string (const char      *text,
                               KbMeasureStatus *status)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  for (guint i = 0; i < G_N_ELEMENTS (status_names); i++)
    if (g_str_equal (folded, status_names[i]) || (i == 2 && g_str_equal (folded, "ide")))
      {
        *status = i;
        return TRUE;
      }
  return FALSE;
}

const char *
kb_measure_owner_to_string (KbMeasureOwner owner)
{
  return owner_names[CLAMP (owner, 0, (int)G_N_ELEMENTS (owner_names) - 1)];
}

gboolean
kb_measure_owner_from_string (const char     *text,
                              KbMeasureOwner *owner)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_autofree char *ascii = g_str_to_ascii (folded, "C");

  g_strstrip (ascii);
  for (guint i = 0; i < G_N_ELEMENTS (owner_words); i++)
    if (g_str_equal (ascii, owner_words[i].word))
      {
        *owner = owner_words[i].owner;
        return TRUE;
      }
  return FALSE;
}

/* The nine main sectors of the national emissions inventory. */
static const char * const main_sectors[] = {
  "Arbetsmaskiner", "Avfall (inkl.avlopp)", "Egen uppvärmning av bostäder och lokaler",
  "El och fjärrvärme", "Industri (energi + processer)", "Jordbruk",
  "Produktanvändning (inkl. lösningsmedel)", "Transporter", "Utrikes transporter",
};

/* The inventory's main sector @name names, matched without regard to
 * case or accents, or NULL. */
const char *
kb_measure_find_sector (const char *name)
{
  g_autofree char *wanted = g_str_to_ascii (name, "C");
  g_autofree char *folded = g_ascii_strdown (g_strstrip (wanted), -1);

  for (guint i = 0; i < G_N_ELEMENTS (main_sectors); i++)
    {
      g_autofree char *ascii = g_str_to_ascii (main_sectors[i], "C");
      g_autofree char *candidate = g_ascii_strdown (ascii, -1);

      if (g_str_equal (folded, candidate))
        return main_sectors[i];
    }
  return NULL;
}

const char * const *
kb_measure_list_sectors (guint *n)
{
  *n = G_N_ELEMENTS (main_sectors);
  return main_sectors;
}
