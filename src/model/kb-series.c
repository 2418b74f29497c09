/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-series"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kb-series-private.h"


struct _KbSeries
{
  GObject  parent_instance;

  /* From a pool shared by the series of one import: a national file
   * repeats a few hundred labels a million times. */
  KbLabelPool *labels;
  const char *region_code;
  const char *region_name;
  const char *indicator;
  const char *sector;
  const char *subsector;
  const char *unit;
  const char *source;
  int         vintage;
  gboolean    vintage_inferred; /* the file did not say: dated by its data */

  /* Observations as two plain arrays (a national file has millions):
   * years ascending and unique; a value of NAN: the source marks the
   * year as missing. */
  guint       n_years;
  guint       capacity;
  gint16     *years;
  double     *values;

  /* A view of a row of a table (kb-value-table.h): the two arrays are the
   * table's until the series is changed, and then its own. */
  KbValueTable *table;
  gboolean      borrowed;
};

enum {
  PROP_0,
  PROP_REGION_CODE,
  PROP_REGION_NAME,
  PROP_INDICATOR,
  PROP_SECTOR,
  PROP_SUBSECTOR,
  PROP_UNIT,
  PROP_SOURCE,
  PROP_VINTAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KbSeries, kb_series, G_TYPE_OBJECT)

/* Index of the first observation whose year is >= @year. */
static guint
lower_bound (KbSeries *self,
             int       year)
{
  return kb_years_lower_bound (self->years, self->n_years, year);
}

/* A view about to change gets arrays of its own. */
static void
detach (KbSeries *self)
{
  if (!self->borrowed)
    return;
  self->borrowed = FALSE;
  self->capacity = self->n_years;
  self->years = g_memdup2 (self->years, self->n_years * sizeof *self->years);
  self->values = g_memdup2 (self->values, self->n_years * sizeof *self->values);
}

static void
reserve (KbSeries *self,
         guint     capacity)
{
  detach (self);
  if (capacity <= self->capacity)
    return;
  self->capacity = capacity;
  self->years = g_renew (gint16, self->years, capacity);
  self->values = g_renew (double, self->values, capacity);
}

static void
store (KbSeries *self,
       int       year,
       double    value)
{
  guint pos;

  detach (self);
  /* Files list years in order: appending is the common case. */
  if (self->n_years == 0 || self->years[self->n_years - 1] < year)
    pos = self->n_years;
  else
    {
      pos = lower_bound (self, year);
      if (pos < self->n_years && self->years[pos] == year)
        {
          self->values[pos] = value;
          return;
        }
    }

  if (self->n_years == self->capacity)
    reserve (self, MAX (4, self->capacity * 2));
  memmove (self->years + pos + 1, self->years + pos, (self->n_years - pos) * sizeof *self->years);
  memmove (self->values + pos + 1, self->values + pos, (self->n_years - pos) * sizeof *self->values);
  self->years[pos] = (gint16)year;
  self->values[pos] = value;
  self->n_years++;
}

static void
kb_series_finalize (GObject *object)
{
  KbSeries *self = (KbSeries *)object;

  if (!self->borrowed)
    {
      g_free (self->years);
      g_free (self->values);
    }
  g_clear_pointer (&self->table, kb_value_table_unref);
  g_clear_pointer (&self->labels, kb_label_pool_unref);

  G_OBJECT_CLASS (kb_series_parent_class)->finalize (object);
}

static void
kb_series_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KbSeries *self = KB_SERIES (object);

  switch (prop_id)
    {
    case PROP_REGION_CODE: g_value_set_string (value, self->region_code); break;
    case PROP_REGION_NAME: g_value_set_string (value, self->region_name); break;
    case PROP_INDICATOR: g_value_set_string (value, self->indicator); break;
    case PROP_SECTOR: g_value_set_string (value, self->sector); break;
    case PROP_SUBSECTOR: g_value_set_string (value, self->subsector); break;
    case PROP_UNIT: g_value_set_string (value, self->unit); break;
    case PROP_SOURCE: g_value_set_string (value, self->source); break;
    case PROP_VINTAGE: g_value_set_int (value, self->vintage); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
kb_series_class_init (KbSeriesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kb_series_finalize;
  object_class->get_property = kb_series_get_property;

  properties[PROP_REGION_CODE] = string_property ("region-code");
  properties[PROP_REGION_NAME] = string_property ("region-name");
  properties[PROP_INDICATOR] = string_property ("indicator");
  properties[PROP_SECTOR] = string_property ("sector");
  properties[PROP_SUBSECTOR] = string_property ("subsector");
  properties[PROP_UNIT] = string_property ("unit");
  properties[PROP_SOURCE] = string_property ("source");
  properties[PROP_VINTAGE] =
    g_param_spec_int ("vintage", NULL, NULL, 0, 9999, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kb_series_init (KbSeries *self)
{
}

KbSeries *
kb_series_new (const char *region_code,
               const char *region_name,
               const char *indicator,
               const char *sector,
               const char *subsector,
               const char *unit,
               const char *source,
               int         vintage)
{
  g_autoptr(KbLabelPool) pool = kb_label_pool_new ();

  return kb_series_new_pooled (pool, kb_label_pool_add (pool, region_code), kb_label_pool_add (pool, region_name),
                               kb_label_pool_add (pool, indicator), kb_label_pool_add (pool, sector),
                               kb_label_pool_add (pool, subsector), kb_label_pool_add (pool, unit),
                               kb_label_pool_add (pool, source), vintage, 0);
}

/* As kb_series_new(), for importers: every label must come from @pool,
 * which the series keeps, and room is made for @capacity years at once. */
KbSeries *
kb_series_new_pooled (KbLabelPool *pool,
                      const char  *region_code,
                      const char  *region_name,
                      const char  *indicator,
                      const char  *sector,
                      const char  *subsector,
                      const char  *unit,
                      const char  *source,
                      int          vintage,
                      guint        capacity)
{
  KbSeries *self = g_object_new (KB_TYPE_SERIES, NULL);

  self->labels = kb_label_pool_ref (pool);
  self->region_code = region_code;
  self->region_name = region_name;
  self->indicator = indicator;
  self->sector = sector;
  self->subsector = subsector;
  self->unit = unit;
  self->source = source;
  self->vintage = vintage;
  reserve (self, capacity);
  return self;
}

/* The series of @table's @row, sharing its values while they stay as
 * they are. A row that lacks some of the table's years gets arrays of
 * its own at once, holding the years it has. */
KbSeries *
_kb_series_new_view (KbValueTable *table,
                     guint         row)
{
  KbSeries *self = g_object_new (KB_TYPE_SERIES, NULL);
  guint n_years = kb_value_table_get_n_years (table);
  double *values = kb_value_table_get_values (table, row);
  guint n_present = 0;

  self->table = kb_value_table_ref (table);
  self->labels = kb_label_pool_ref (kb_value_table_get_pool (table));
  self->region_code = kb_value_table_get_label (table, row, KB_LABEL_REGION_CODE);
  self->region_name = kb_value_table_get_label (table, row, KB_LABEL_REGION_NAME);
  self->indicator = kb_value_table_get_label (table, row, KB_LABEL_INDICATOR);
  self->sector = kb_value_table_get_label (table, row, KB_LABEL_SECTOR);
  self->subsector = kb_value_table_get_label (table, row, KB_LABEL_SUBSECTOR);
  self->unit = kb_value_table_get_label (table, row, KB_LABEL_UNIT);
  self->source = kb_value_table_get_label (table, row, KB_LABEL_SOURCE);
  self->vintage = kb_value_table_get_vintage (table, row);

  for (guint i = 0; i < n_years; i++)
    n_present += !kb_value_table_is_absent (values[i]);
  if (n_present == n_years)
    {
      self->borrowed = TRUE;
      self->years = (gint16 *)kb_value_table_get_years (table);
      self->values = values;
      self->n_years = self->capacity = n_years;
      return self;
    }
  reserve (self, n_present);
  for (guint i = 0; i < n_years; i++)
    if (!kb_value_table_is_absent (values[i]))
      {
        self->years[self->n_years] = kb_value_table_get_years (table)[i];
        self->values[self->n_years++] = values[i];
      }
  return self;
}

/* A series of its own with @series's labels, release and observations:
 * for a dataset that changes a series other datasets share. */
KbSeries *
_kb_series_copy (KbSeries *series)
{
  KbSeries *self = kb_series_new_pooled (series->labels, series->region_code, series->region_name,
                                         series->indicator, series->sector, series->subsector,
                                         series->unit, series->source, series->vintage, series->n_years);

  self->vintage_inferred = series->vintage_inferred;
  self->n_years = series->n_years;
  if (series->n_years > 0)
    {
      memcpy (self->years, series->years, series->n_years * sizeof *series->years);
      memcpy (self->values, series->values, series->n_years * sizeof *series->values);
    }
  return self;
}

const char *
kb_series_get_region_code (KbSeries *self)
{
  g_return_val_if_fail (KB_IS_SERIES (self), NULL);
  return self->region_code;
}

const char *
kb_series_get_region_name (KbSeries *self)
{
  g_return_val_if_fail (KB_IS_SERIES (self), NULL);
  return self->region_name;
}

const char *
kb_series_get_indicator (KbSeries *self)
{
  g_return_val_if_fail (KB_IS_SERIES (self), NULL);
  return self->indicator;
}

const char *
kb_series_get_sector (KbSeries *self)
{
  g_return_val_if_fail (KB_IS_SERIES (self), NULL);
  return self->sector;
}

/* The second level of the breakdown (a sub-sector, a fuel); empty for
 * a series that is the sector itself. */
const char *
kb_series_get_subsector (KbSeries *self)
{
  g_return_val_if_fail (KB_IS_SERIES (self), NULL);
  return self->subsector;
}

const char *
kb_series_get_unit (KbSeries *self)
{
  g_return_val_if_fail (KB_IS_SERIES (self), NULL);
  return self->unit;
}

const char *
kb_series_get_source (KbSeries *self)
{
  g_return_val_if_fail (KB_IS_SERIES (self), NULL);
  return self->source;
}

/* Dates a series whose file named no release, by what its data shows;
 * the release is then said to be inferred. */
void
kb_series_set_inferred_vintage (KbSeries *self,
                                int       vintage)
{
  g_return_if_fail (KB_IS_SERIES (self));
  g_return_if_fail (self->vintage == 0);

  self->vintage = vintage;
  self->vintage_inferred = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VINTAGE]);
}

gboolean
kb_series_get_vintage_inferred (KbSeries *self)
{
  g_return_val_if_fail (KB_IS_SERIES (self), FALSE);
  return self->vintage_inferred;
}

int
kb_series_get_vintage (KbSeries *self)
{
  g_return_val_if_fail (KB_IS_SERIES (self), 0);
  return self->vintage;
}

void
kb_series_set_value (KbSeries *self,
                     int       year,
                     double    value)
{
  g_return_if_fail (KB_IS_SERIES (self));
  g_return_if_fail (isfinite (value));
  g_return_if_fail (year >= G_MININT16 && year <= G_MAXINT16);
  store (self, year, value);
}

void
kb_series_set_missing (KbSeries *self,
                       int       year)
{
  g_return_if_fail (KB_IS_SERIES (self));
  g_return_if_fail (year >= G_MININT16 && year <= G_MAXINT16);
  store (self, year, NAN);
}

gboolean
kb_series_has_year (KbSeries *self,
                    int       year)
{
  guint pos;

  g_return_val_if_fail (KB_IS_SERIES (self), FALSE);

  if (self->n_years == 0 || self->years[self->n_years - 1] < year)
    return FALSE;
  pos = lower_bound (self, year);
  return pos < self->n_years && self->years[pos] == year;
}

/* Returns TRUE and sets @value when @year has an observed value; a year the
 * source marks as missing and a year absent from the source both give FALSE. */
gboolean
kb_series_get_value (KbSeries *self,
                     int       year,
                     double   *value)
{
  guint pos;

  g_return_val_if_fail (KB_IS_SERIES (self), FALSE);

  pos = lower_bound (self, year);
  if (pos >= self->n_years || self->years[pos] != year)
    return FALSE;

  return kb_series_get_value_at (self, pos, value);
}

guint
kb_series_get_n_years (KbSeries *self)
{
  g_return_val_if_fail (KB_IS_SERIES (self), 0);
  return self->n_years;
}

int
kb_series_get_year (KbSeries *self,
                    guint     index)
{
  g_return_val_if_fail (KB_IS_SERIES (self), 0);
  g_return_val_if_fail (index < self->n_years, 0);
  return self->years[index];
}

gboolean
kb_series_get_value_at (KbSeries *self,
                        guint     index,
                        double   *value)
{
  double v;

  g_return_val_if_fail (KB_IS_SERIES (self), FALSE);
  g_return_val_if_fail (index < self->n_years, FALSE);

  v = self->values[index];
  if (isnan (v))
    return FALSE;
  if (value != NULL)
    *value = v;
  return TRUE;
}

/* The last year with an observed (not missing) value. */
gboolean
kb_series_get_latest (KbSeries *self,
                      int      *year,
                      double   *value)
{
  g_return_val_if_fail (KB_IS_SERIES (self), FALSE);

  for (guint i = self->n_years; i > 0; i--)
    {
      if (kb_series_get_value_at (self, i - 1, value))
        {
          if (year != NULL)
            *year = kb_series_get_year (self, i - 1);
          return TRUE;
        }
    }

  return FALSE;
}

/* Two series are the same series when they describe the same quantity for
 * the same place from the same release; a second release is another series. */
gboolean
kb_series_same_identity (KbSeries *self,
                         KbSeries *other)
{
  g_return_val_if_fail (KB_IS_SERIES (self), FALSE);
  g_return_val_if_fail (KB_IS_SERIES (other), FALSE);

  return g_str_equal (self->region_code, other->region_code) &&
         g_str_equal (self->region_name, other->region_name) &&
         g_str_equal (self->indicator, other->indicator) &&
         g_str_equal (self->sector, other->sector) &&
         g_str_equal (self->subsector, other->subsector) &&
         g_str_equal (self->unit, other->unit) &&
         g_str_equal (self->source, other->source) &&
         self->vintage == other->vintage;
}
