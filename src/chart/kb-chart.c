/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "analysis/kb-investment.h"
#include "analysis/kb-mobility.h"
#include "kb-chart-private.h"
#include "kb-compare.h"
#include "kb-labels.h"
#include "model/kb-region.h"

enum {
  PROP_0,
  PROP_KIND,
  PROP_DATASET,
  PROP_REGION_CODE,
  PROP_TARGET,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (KbChart, kb_chart, G_TYPE_OBJECT)

GType
kb_chart_kind_get_type (void)
{
  static gsize type = 0;
  static const GEnumValue values[] = {
    { KB_CHART_KIND_SECTOR_TREND, "KB_CHART_KIND_SECTOR_TREND", "trend" },
    { KB_CHART_KIND_TARGET_GAP, "KB_CHART_KIND_TARGET_GAP", "target-gap" },
    { KB_CHART_KIND_SECTOR_RANKING, "KB_CHART_KIND_SECTOR_RANKING", "sector-ranking" },
    { KB_CHART_KIND_SECTOR_CHANGE, "KB_CHART_KIND_SECTOR_CHANGE", "sector-change" },
    { KB_CHART_KIND_MODE_SHARE, "KB_CHART_KIND_MODE_SHARE", "mode-share" },
    { KB_CHART_KIND_ENERGY, "KB_CHART_KIND_ENERGY", "energy" },
    { KB_CHART_KIND_COMPARE, "KB_CHART_KIND_COMPARE", "compare" },
    { KB_CHART_KIND_MEASURES, "KB_CHART_KIND_MEASURES", "measures" },
    { KB_CHART_KIND_SECTOR_MEASURES, "KB_CHART_KIND_SECTOR_MEASURES", "sector-measures" },
    { KB_CHART_KIND_REVISIONS, "KB_CHART_KIND_REVISIONS", "revisions" },
    { KB_CHART_KIND_COST_CURVE, "KB_CHART_KIND_COST_CURVE", "cost-curve" },
    { KB_CHART_KIND_INVESTMENT, "KB_CHART_KIND_INVESTMENT", "investment" },
    { KB_CHART_KIND_ACTORS, "KB_CHART_KIND_ACTORS", "actors" },
    { KB_CHART_KIND_CAR_FUELS, "KB_CHART_KIND_CAR_FUELS", "car-fuels" },
    { KB_CHART_KIND_CYCLE_NETWORK, "KB_CHART_KIND_CYCLE_NETWORK", "cycle-network" },
    { 0, NULL, NULL },
  };

  if (g_once_init_enter (&type))
    g_once_init_leave (&type, g_enum_register_static ("KbChartKind", values));
  return type;
}

gboolean
kb_chart_kind_from_string (const char  *name,
                           KbChartKind *kind)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (KB_TYPE_CHART_KIND);
  GEnumValue *value = g_enum_get_value_by_nick (enum_class, name);

  if (value == NULL)
    return FALSE;
  *kind = value->value;
  return TRUE;
}

static void
emit_changed (KbChart *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
changed (KbChart *self)
{
  _kb_chart_drop_derived (self);
  emit_changed (self);
}

int
kb_chart_get_release (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), 0);
  return self->release;
}

/* Shows the release published in @release (0: the newest loaded); a
 * release the data does not have shows the newest. */
void
kb_chart_set_release (KbChart *self,
                      int      release)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (self->release == release)
    return;
  self->release = release;
  changed (self);
}

static void
kb_chart_dispose (GObject *object)
{
  KbChart *self = (KbChart *)object;

  _kb_chart_drop_derived (self);
  kb_chart_set_measures (self, NULL);
  if (self->guesses != NULL)
    g_signal_handlers_disconnect_by_data (self->guesses, self);
  g_clear_object (&self->guesses);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->target, kb_target_unref);

  G_OBJECT_CLASS (kb_chart_parent_class)->dispose (object);
}

static void
kb_chart_finalize (GObject *object)
{
  g_free (KB_CHART (object)->region_code);
  g_free (KB_CHART (object)->indicator);
  g_strfreev (KB_CHART (object)->compare);
  g_strfreev (KB_CHART (object)->sector_filter);
  g_free (KB_CHART (object)->mode_target);
  g_array_unref (KB_CHART (object)->annotations);

  G_OBJECT_CLASS (kb_chart_parent_class)->finalize (object);
}

static void
kb_chart_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  KbChart *self = KB_CHART (object);

  switch (prop_id)
    {
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_DATASET: g_value_set_object (value, self->dataset); break;
    case PROP_REGION_CODE: g_value_set_string (value, self->region_code); break;
    case PROP_TARGET: g_value_set_boxed (value, self->target); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kb_chart_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  KbChart *self = KB_CHART (object);

  switch (prop_id)
    {
    case PROP_KIND: self->kind = g_value_get_enum (value); break;
    case PROP_DATASET: kb_chart_set_dataset (self, g_value_get_object (value)); break;
    case PROP_REGION_CODE: kb_chart_set_region_code (self, g_value_get_string (value)); break;
    case PROP_TARGET: kb_chart_set_target (self, g_value_get_boxed (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kb_chart_class_init (KbChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kb_chart_dispose;
  object_class->finalize = kb_chart_finalize;
  object_class->get_property = kb_chart_get_property;
  object_class->set_property = kb_chart_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, KB_TYPE_CHART_KIND, KB_CHART_KIND_SECTOR_TREND,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, KB_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REGION_CODE] =
    g_param_spec_string ("region-code", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TARGET] =
    g_param_spec_boxed ("target", NULL, NULL, KB_TYPE_TARGET,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted when anything that is drawn has changed. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
clear_annotation (Annotation *annotation)
{
  g_free (annotation->text);
}

static void
kb_chart_init (KbChart *self)
{
  self->annotations = g_array_new (FALSE, FALSE, sizeof (Annotation));
  g_array_set_clear_func (self->annotations, (GDestroyNotify)clear_annotation);
  self->language = kb_language_from_environment ();
  self->guesses = kb_guesses_new ();
  /* A guess drawn changes the picture, not the data behind it. */
  g_signal_connect_object (self->guesses, "changed", G_CALLBACK (emit_changed), self, G_CONNECT_SWAPPED);
}

KbChart *
kb_chart_new (KbChartKind  kind,
              KbDataset   *dataset,
              const char  *region_code)
{
  return g_object_new (KB_TYPE_CHART,
                       "kind", kind,
                       "dataset", dataset,
                       "region-code", region_code,
                       NULL);
}

KbChartKind
kb_chart_get_kind (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), 0);
  return self->kind;
}

KbDataset *
kb_chart_get_dataset (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), NULL);
  return self->dataset;
}

void
kb_chart_set_dataset (KbChart   *self,
                      KbDataset *dataset)
{
  g_return_if_fail (KB_IS_CHART (self));

  if (!g_set_object (&self->dataset, dataset))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
  changed (self);
}

const char *
kb_chart_get_region_code (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), NULL);
  return self->region_code;
}

void
kb_chart_set_region_code (KbChart    *self,
                          const char *region_code)
{
  g_return_if_fail (KB_IS_CHART (self));

  if (g_strcmp0 (self->region_code, region_code) == 0)
    return;
  g_free (self->region_code);
  self->region_code = g_strdup (region_code);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGION_CODE]);
  changed (self);
}

KbTarget *
kb_chart_get_target (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), NULL);
  return self->target;
}

void
kb_chart_set_target (KbChart  *self,
                     KbTarget *target)
{
  g_return_if_fail (KB_IS_CHART (self));

  if (self->target == target)
    return;
  g_clear_pointer (&self->target, kb_target_unref);
  self->target = target ? kb_target_ref (target) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET]);
  changed (self);
}

/* The indicator drawn: the one set, or the emissions the data has. */
const char *
kb_chart_get_indicator (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), NULL);
  _kb_chart_derive (self);
  return self->shown_indicator;
}

/* NULL: all greenhouse gases where the data has them, else CO2. */
void
kb_chart_set_indicator (KbChart    *self,
                        const char *indicator)
{
  g_return_if_fail (KB_IS_CHART (self));

  if (g_strcmp0 (self->indicator, indicator) == 0)
    return;
  g_free (self->indicator);
  self->indicator = g_strdup (indicator);
  changed (self);
}

KbLanguage
kb_chart_get_language (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), KB_LANGUAGE_SWEDISH);
  return self->language;
}

void
kb_chart_set_language (KbChart    *self,
                       KbLanguage  language)
{
  g_return_if_fail (KB_IS_CHART (self));

  if (self->language == language)
    return;
  self->language = language;
  changed (self);
}

KbTrendStyle
kb_chart_get_trend_style (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), 0);
  return self->trend_style;
}

void
kb_chart_set_trend_style (KbChart      *self,
                          KbTrendStyle  style)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (self->trend_style == style)
    return;
  self->trend_style = style;
  changed (self);
}

gboolean
kb_chart_get_relative (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), FALSE);
  return self->relative;
}

/* Values as an index, the first year = 100. */
void
kb_chart_set_relative (KbChart  *self,
                       gboolean  relative)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (self->relative == relative)
    return;
  self->relative = relative;
  changed (self);
}

/* The year a ranking or comparison shows: the one set, or the latest the
 * total has. */
int
kb_chart_get_year (KbChart *self)
{
  int latest = 0;

  g_return_val_if_fail (KB_IS_CHART (self), 0);
  if (self->year != 0)
    return self->year;
  if (kb_chart_get_total (self) != NULL)
    kb_series_get_latest (kb_chart_get_total (self), &latest, NULL);
  return latest;
}

/* Whether a year was chosen, rather than the latest taken. */
gboolean
kb_chart_is_year_chosen (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), FALSE);
  return self->year != 0;
}

void
kb_chart_set_year (KbChart *self,
                   int      year)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (self->year == year)
    return;
  self->year = year;
  changed (self);
}

/* The first year of a change: the one set, or the first the total has. */
int
kb_chart_get_from_year (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), 0);
  if (self->from_year != 0)
    return self->from_year;
  if (kb_chart_get_total (self) != NULL && kb_series_get_n_years (kb_chart_get_total (self)) > 0)
    return kb_series_get_year (kb_chart_get_total (self), 0);
  return 0;
}

void
kb_chart_set_from_year (KbChart *self,
                        int      year)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (self->from_year == year)
    return;
  self->from_year = year;
  changed (self);
}

/* The regions compared: those set, or the municipalities of the chart's
 * county that the dataset has. Always holds the chart's own region. */
GPtrArray *
kb_chart_get_compare_regions (KbChart *self)
{
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);
  const KbRegion *own;

  g_return_val_if_fail (KB_IS_CHART (self), codes);

  if (self->dataset == NULL || self->region_code == NULL)
    return codes;

  g_ptr_array_add (codes, g_strdup (self->region_code));
  if (self->compare != NULL)
    {
      for (guint i = 0; self->compare[i] != NULL; i++)
        {
          g_autofree char *code = kb_dataset_find_region (self->dataset, self->compare[i]);

          /* Each once, however it was named. */
          if (code != NULL && !g_ptr_array_find_with_equal_func (codes, code, g_str_equal, NULL))
            g_ptr_array_add (codes, g_steal_pointer (&code));
        }
      return codes;
    }

  own = kb_region_find (self->region_code);
  if (own != NULL)
    {
      g_autoptr(GPtrArray) all = kb_dataset_list_regions (self->dataset);

      for (guint i = 0; i < all->len; i++)
        {
          const KbRegion *r = kb_region_find (g_ptr_array_index (all, i));
          if (r != NULL && r->kind == KB_REGION_MUNICIPALITY && r != own &&
              (self->compare_scope != KB_COMPARE_COUNTY || g_str_equal (r->county_code, own->county_code)))
            g_ptr_array_add (codes, g_strdup (r->code));
        }
    }
  if (self->compare_scope == KB_COMPARE_SIMILAR)
    _kb_chart_keep_similar (self, codes);
  return codes;
}

KbCompareScope
kb_chart_get_compare_scope (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), KB_COMPARE_COUNTY);
  return self->compare_scope;
}

/* Whom the comparison sets beside the municipality, where no list of
 * municipalities is given. */
void
kb_chart_set_compare_scope (KbChart        *self,
                            KbCompareScope  scope)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (self->compare_scope == scope)
    return;
  self->compare_scope = scope;
  changed (self);
}

KbCompareMeasure
kb_chart_get_compare_measure (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), KB_COMPARE_TOTAL);
  if (self->compare_mobility != KB_COMPARE_TOTAL)
    return self->compare_mobility;
  return self->compare_change ? KB_COMPARE_CHANGE
       : self->per_capita ? KB_COMPARE_PER_CAPITA : KB_COMPARE_TOTAL;
}

/* Ranks totals, totals per inhabitant (the chart's per-capita switch) or
 * the change since 1990. */
void
kb_chart_set_compare_measure (KbChart          *self,
                              KbCompareMeasure  measure)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (kb_chart_get_compare_measure (self) == measure)
    return;
  self->compare_change = measure == KB_COMPARE_CHANGE;
  self->per_capita = measure == KB_COMPARE_PER_CAPITA;
  self->compare_mobility = measure == KB_COMPARE_ELECTRIC_SHARE || measure == KB_COMPARE_CYCLE_PER_CAPITA
                           ? measure : KB_COMPARE_TOTAL;
  changed (self);
}

void
kb_chart_set_compare_regions (KbChart            *self,
                              const char * const *codes)
{
  g_return_if_fail (KB_IS_CHART (self));
  g_strfreev (self->compare);
  self->compare = g_strdupv ((char **)codes);
  changed (self);
}

gboolean
kb_chart_get_by_fuel (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), FALSE);
  return self->by_fuel;
}

/* Energy by fuel rather than by consumer category. */
void
kb_chart_set_by_fuel (KbChart  *self,
                      gboolean  by_fuel)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (self->by_fuel == by_fuel)
    return;
  self->by_fuel = by_fuel;
  changed (self);
}

/* The sectors to draw (by name, or the start of one: "transp"); NULL
 * for all. A comparison with one sector compares that sector. */
void
kb_chart_set_sector_filter (KbChart            *self,
                            const char * const *sectors)
{
  g_return_if_fail (KB_IS_CHART (self));
  g_strfreev (self->sector_filter);
  self->sector_filter = sectors ? g_strdupv ((char **)sectors) : NULL;
  changed (self);
}

const char * const *
kb_chart_get_sector_filter (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), NULL);
  return (const char * const *)self->sector_filter;
}

static void
on_measures_changed (KbChart *self)
{
  changed (self);
}

static void
on_measure_changed (GListModel *measures,
                    guint       position,
                    guint       removed,
                    guint       added,
                    KbChart    *self)
{
  /* Each new measure tells when it is edited. */
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(KbMeasure) m = g_list_model_get_item (measures, i);
      g_signal_connect_object (m, "changed", G_CALLBACK (on_measures_changed), self, G_CONNECT_SWAPPED);
    }
  changed (self);
}

GListModel *
kb_chart_get_measures (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), NULL);
  return self->measures;
}

/* Warnings for @measures that cut more from a sector than it emitted
 * (kb_measures_check), against the region's emissions in tonnes,
 * whatever the chart shows (per capita, energy, a release). */
GPtrArray *
kb_chart_check_measures (KbChart    *self,
                         GListModel *measures)
{
  g_autoptr(GPtrArray) sectors = NULL;

  g_return_val_if_fail (KB_IS_CHART (self), NULL);

  if (self->region_code != NULL)
    sectors = kb_chart_dup_emission_sectors (self, self->region_code);
  return kb_measures_check (measures, sectors);
}

/* @region_code's sectors (KbSeries) in tonnes of the latest release of
 * its emissions, whatever the chart shows; NULL without a dataset. */
GPtrArray *
kb_chart_dup_emission_sectors (KbChart    *self,
                               const char *region_code)
{
  const char *indicator;

  g_return_val_if_fail (KB_IS_CHART (self), NULL);

  if (self->dataset == NULL)
    return NULL;
  indicator = _kb_chart_emissions_indicator (self->dataset, region_code);
  return kb_dataset_get_sectors (self->dataset, region_code, indicator,
                                 kb_dataset_get_latest_vintage (self->dataset, region_code, indicator));
}

/* The measures (KbMeasure) of a climate investment plan; the chart
 * follows every change to them. */
void
kb_chart_set_measures (KbChart    *self,
                       GListModel *measures)
{
  g_return_if_fail (KB_IS_CHART (self));

  if (self->measures == measures)
    return;
  if (self->measures != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->measures, self);
      for (guint i = 0; i < g_list_model_get_n_items (self->measures); i++)
        {
          g_autoptr(KbMeasure) m = g_list_model_get_item (self->measures, i);
          g_signal_handlers_disconnect_by_data (m, self);
        }
    }
  g_set_object (&self->measures, measures);
  if (measures != NULL)
    {
      g_signal_connect_object (measures, "items-changed", G_CALLBACK (on_measure_changed), self, 0);
      on_measure_changed (measures, 0, 0, g_list_model_get_n_items (measures), self);
    }
  else
    changed (self);
}

/* Whether @kind draws the measures of a plan against the gap of a
 * target year. */
gboolean
kb_chart_kind_is_plan (KbChartKind kind)
{
  return kind == KB_CHART_KIND_MEASURES || kind == KB_CHART_KIND_SECTOR_MEASURES ||
         kind == KB_CHART_KIND_COST_CURVE || kind == KB_CHART_KIND_INVESTMENT ||
         kind == KB_CHART_KIND_ACTORS;
}

/* Whether @kind draws the plan's costs and actors: tonnes and kronor,
 * never per inhabitant. */
gboolean
kb_chart_kind_is_plan_economics (KbChartKind kind)
{
  return kind == KB_CHART_KIND_COST_CURVE || kind == KB_CHART_KIND_INVESTMENT || kind == KB_CHART_KIND_ACTORS;
}

KbMeasuresGrouping
kb_chart_get_measures_grouping (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), KB_MEASURES_BY_MEASURE);
  return self->measures_grouping;
}

/* The waterfall's rows: one a measure, or one a focus area or actor. */
void
kb_chart_set_measures_grouping (KbChart            *self,
                                KbMeasuresGrouping  grouping)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (self->measures_grouping == grouping)
    return;
  self->measures_grouping = grouping;
  changed (self);
}

double
kb_chart_get_extra_cut (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), 0);
  return self->extra_cut;
}

/* What if emissions fell a further @percent a year from the latest year? */
void
kb_chart_set_extra_cut (KbChart *self,
                        double   percent)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (self->extra_cut == percent)
    return;
  self->extra_cut = percent;
  changed (self);
}

/* A trend's years: @from to @to, 0 for the first or the latest. */
void
kb_chart_set_year_range (KbChart *self,
                         int      from,
                         int      to)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (self->from_year == from && self->to_year == to)
    return;
  self->from_year = from;
  self->to_year = to;
  changed (self);
}

/* Gissa kurvan: a trend shows the total alone, up to @year, on axes that
 * still span all the data, until the answer is revealed; 0 ends the game. */
void
kb_chart_set_guess_year (KbChart *self,
                         int      year)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (self->guess_year == year)
    return;
  self->guess_year = year;
  changed (self);
}

int
kb_chart_get_guess_year (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), 0);
  return self->guess_year;
}

void
kb_chart_set_guess_revealed (KbChart  *self,
                             gboolean  revealed)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (self->guess_revealed == revealed)
    return;
  self->guess_revealed = revealed;
  changed (self);
}

gboolean
kb_chart_get_guess_revealed (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), FALSE);
  return self->guess_revealed;
}

/* The guesses drawn in the game, drawn by every view of the chart. */
KbGuesses *
kb_chart_get_guesses (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), NULL);
  return self->guesses;
}

/* The last year the chart may show: all of them but in an unrevealed game. */
int
kb_chart_get_hidden_after (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), 0);
  return self->guess_year != 0 && !self->guess_revealed ? self->guess_year : 0;
}

/* The milestone the measures are weighed against: the one set, or the
 * first after the data (2030 for Linköping). */
int
kb_chart_get_target_year (KbChart *self)
{
  const KbTargetGap *gap;

  g_return_val_if_fail (KB_IS_CHART (self), 0);
  if (self->target_year != 0)
    return self->target_year;
  gap = kb_chart_get_gap (self);
  return gap ? gap->milestone_year : 0;
}

void
kb_chart_set_target_year (KbChart *self,
                          int      year)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (self->target_year == year)
    return;
  self->target_year = year;
  changed (self);
}

/* What the measures and the extra cut do to the gap in the target year. */
gboolean
kb_chart_get_outcome (KbChart           *self,
                      KbMeasuresOutcome *outcome)
{
  const KbTargetGap *gap;

  g_return_val_if_fail (KB_IS_CHART (self), FALSE);
  gap = kb_chart_get_gap (self);
  return gap != NULL && kb_measures_outcome (gap, self->target, kb_chart_get_target_year (self),
                                             self->measures, self->extra_cut, outcome);
}

gboolean
kb_chart_get_share (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), FALSE);
  return self->share;
}

/* A stacked chart as each part's share of the total, in %. */
void
kb_chart_set_share (KbChart  *self,
                    gboolean  share)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (self->share == share)
    return;
  self->share = share;
  changed (self);
}

/* Whether values are per inhabitant: asked for, and a population loaded. */
gboolean
kb_chart_get_per_capita (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), FALSE);
  _kb_chart_derive (self);
  return self->is_per_capita;
}

void
kb_chart_set_per_capita (KbChart  *self,
                         gboolean  per_capita)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (self->per_capita == per_capita)
    return;
  self->per_capita = per_capita;
  changed (self);
}

/* A note on the time axis, e.g. 2025: "eftersorteringsanläggning Gärstad". */
void
kb_chart_add_annotation (KbChart    *self,
                         int         year,
                         const char *text)
{
  Annotation annotation = { year, g_strdup (text) };

  g_return_if_fail (KB_IS_CHART (self));
  g_array_append_val (self->annotations, annotation);
  changed (self);
}

void
kb_chart_clear_annotations (KbChart *self)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (self->annotations->len == 0)
    return;
  g_array_set_size (self->annotations, 0);
  changed (self);
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
  g_free (self->mode_target);
  self->mode_target = g_strdup (mode);
  self->mode_target_pct = share_pct;
  changed (self);
}

const char *
kb_chart_get_mode_target (KbChart *self,
                          double  *share_pct)
{
  g_return_val_if_fail (KB_IS_CHART (self), NULL);
  *share_pct = self->mode_target_pct;
  return self->mode_target;
}

/* The sector series of the newest release, as the source lists them. */
GPtrArray *
kb_chart_get_sectors (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), NULL);
  _kb_chart_derive (self);
  return self->sectors;
}

/* The total over all sectors, or NULL when the region has none. */
KbSeries *
kb_chart_get_total (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), NULL);
  _kb_chart_derive (self);
  return self->total;
}

/* The year the carbon budget starts in; 0 for the current year. */
void
kb_chart_set_budget_from_year (KbChart *self,
                               int      year)
{
  g_return_if_fail (KB_IS_CHART (self));

  if (self->budget_from_year == year)
    return;
  self->budget_from_year = year;
  _kb_chart_drop_derived (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* TRUE where the targets drawn are Sweden's, standing in for a
 * municipality without its own: every label says so. */
gboolean
kb_chart_has_national_target (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), FALSE);
  return self->target != NULL && kb_target_get_origin (self->target) == KB_TARGET_ORIGIN_NATIONAL;
}

/* The figures against the target, or NULL without a target for the region. */
const KbTargetGap *
kb_chart_get_gap (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), NULL);
  _kb_chart_derive (self);
  return self->have_gap ? &self->gap : NULL;
}

