/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "analysis/kb-investment.h"
#include "analysis/kb-mobility.h"
#include "kb-chart.h"
#include "kb-compare.h"
#include "kb-labels.h"
#include "model/kb-region.h"

struct _KbChart
{
  GObject      parent_instance;

  KbChartKind  kind;
  KbDataset   *dataset;
  char        *region_code;
  KbTarget    *target;
  KbLanguage   language;
  char        *indicator; /* NULL: the emissions the data has */
  KbTrendStyle trend_style;
  gboolean     relative;  /* indexed to the first year = 100 */
  int          year;      /* 0: the latest */
  int          from_year; /* 0: the first */
  int          to_year;   /* a trend's last year; 0: the latest */
  GStrv        compare;   /* NULL: by compare_scope */
  KbCompareScope compare_scope;
  gboolean     compare_change; /* a comparison of the change since 1990 */
  gboolean     by_fuel;
  gboolean     share;      /* a stack as shares of the total */
  GStrv        sector_filter; /* NULL: every sector */
  GListModel  *measures;      /* KbMeasure; NULL: none */
  double       extra_cut;     /* % a year, from the latest year */
  KbMeasuresGrouping measures_grouping;
  KbCompareMeasure compare_mobility; /* a mobility measure ranked, or TOTAL for none */
  int          guess_year;    /* the guessing game: history to this year; 0 no game */
  gboolean     guess_revealed; /* the game's answer shown */
  KbGuesses   *guesses;       /* the game's drawn guesses */
  int          target_year;   /* 0: the first milestone after the data */
  int          budget_from_year; /* 0: the current year */
  int          release;       /* the release shown; 0: the newest */
  gboolean     per_capita; /* divided by the population, where loaded */
  GArray      *annotations; /* Annotation */
  char        *mode_target;
  double       mode_target_pct;

  /* Derived from the above when first asked for, dropped on change. */
  gboolean     derived;
  gboolean     is_per_capita;
  const char  *shown_indicator;
  int          shown_release;
  GPtrArray   *sectors;
  KbSeries    *total;
  gboolean     have_gap;
  KbTargetGap  gap;
};

typedef struct
{
  int   year;
  char *text;
} Annotation;

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
drop_derived (KbChart *self)
{
  self->derived = FALSE;
  self->is_per_capita = FALSE;
  self->have_gap = FALSE;
  g_clear_pointer (&self->sectors, g_ptr_array_unref);
  g_clear_object (&self->total);
}

static void
emit_changed (KbChart *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
changed (KbChart *self)
{
  drop_derived (self);
  emit_changed (self);
}

/* All greenhouse gases where the data has them, else carbon dioxide. */
static const char *
emissions_indicator (KbDataset  *dataset,
                     const char *region_code)
{
  if (!kb_dataset_has_indicator (dataset, region_code, KB_INDICATOR_GHG) &&
      kb_dataset_has_indicator (dataset, region_code, KB_INDICATOR_CO2))
    return KB_INDICATOR_CO2;
  return KB_INDICATOR_GHG;
}

/* @series divided by @by, year by year, where both have a value. */
static KbSeries *
divide_series (KbSeries   *series,
               KbSeries   *by,
               const char *unit)
{
  KbSeries *result = kb_series_new (kb_series_get_region_code (series), kb_series_get_region_name (series),
                                    kb_series_get_indicator (series), kb_series_get_sector (series),
                                    kb_series_get_subsector (series), unit,
                                    kb_series_get_source (series), kb_series_get_vintage (series));

  for (guint i = 0; i < kb_series_get_n_years (series); i++)
    {
      int year = kb_series_get_year (series, i);
      double v, d;

      if (kb_series_get_value_at (series, i, &v) && kb_series_get_value (by, year, &d) && d > 0)
        kb_series_set_value (result, year, v / d);
    }
  return result;
}

/* The population of @region_code, or NULL where none is loaded. */
KbSeries *
kb_chart_dup_population (KbChart    *self,
                         const char *region_code)
{
  int vintage;

  if (self->dataset == NULL ||
      !kb_dataset_has_indicator (self->dataset, region_code, KB_INDICATOR_POPULATION))
    return NULL;
  vintage = kb_dataset_get_latest_vintage (self->dataset, region_code, KB_INDICATOR_POPULATION);
  return kb_dataset_get_total (self->dataset, region_code, KB_INDICATOR_POPULATION, vintage);
}

static void derive (KbChart *self);

/* The revisions chart: the parts are the total as each release published
 * it, oldest first, each named by its release. */
static void
releases_as_parts (KbChart *self)
{
  g_autoptr(GArray) releases = kb_dataset_list_vintages (self->dataset, self->region_code,
                                                         self->shown_indicator);

  g_ptr_array_set_size (self->sectors, 0);
  for (guint i = 0; i < releases->len; i++)
    {
      int release = g_array_index (releases, int, i);
      g_autoptr(KbSeries) total = kb_dataset_get_total (self->dataset, self->region_code,
                                                        self->shown_indicator, release);
      g_autofree char *label = NULL;
      KbSeries *part;

      if (total == NULL)
        continue;
      label = release != 0 ? g_strdup_printf (_("Published %d"), release) : g_strdup (_("Release not given"));
      part = kb_series_new (self->region_code, kb_series_get_region_name (total),
                            kb_series_get_indicator (total), label, "", kb_series_get_unit (total),
                            kb_series_get_source (total), release);
      for (guint j = 0; j < kb_series_get_n_years (total); j++)
        {
          double v;

          if (kb_series_get_value_at (total, j, &v))
            kb_series_set_value (part, kb_series_get_year (total, j), v);
          else
            kb_series_set_missing (part, kb_series_get_year (total, j));
        }
      g_ptr_array_add (self->sectors, part);
    }
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

/* The release the chart shows. */
int
kb_chart_get_shown_release (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), 0);
  derive (self);
  return self->shown_release;
}

/* The releases loaded of what the chart shows, oldest first. */
GArray *
kb_chart_list_releases (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), NULL);
  derive (self);
  if (self->dataset == NULL || self->region_code == NULL)
    return g_array_new (FALSE, FALSE, sizeof (int));
  return kb_dataset_list_vintages (self->dataset, self->region_code, self->shown_indicator);
}

/* The latest population of @code, or 0 where none is loaded. */
static double
latest_population (KbChart    *self,
                   const char *code)
{
  g_autoptr(KbSeries) population = kb_chart_dup_population (self, code);
  double value = 0;

  if (population == NULL || !kb_series_get_latest (population, NULL, &value))
    return 0;
  return value;
}

typedef struct
{
  char   *code;
  double  distance;
} Neighbour;

static int
compare_neighbours (gconstpointer a,
                    gconstpointer b)
{
  double da = ((const Neighbour *)a)->distance, db = ((const Neighbour *)b)->distance;
  return (da > db) - (da < db);
}

/* Keeps in @codes (the municipality first) the municipality and those
 * nearest to it in population, by ratio (Motala's neighbours are towns of
 * 40 000, not of 40 000 ± a fixed number). */
static void
keep_similar (KbChart   *self,
              GPtrArray *codes)
{
  double own = latest_population (self, g_ptr_array_index (codes, 0));
  g_autoptr(GArray) neighbours = g_array_new (FALSE, FALSE, sizeof (Neighbour));

  if (own <= 0)
    {
      g_ptr_array_set_size (codes, 1);
      return;
    }
  for (guint i = 1; i < codes->len; i++)
    {
      double people = latest_population (self, g_ptr_array_index (codes, i));
      Neighbour n = { g_ptr_array_index (codes, i), fabs (log (people / own)) };

      if (people > 0)
        g_array_append_val (neighbours, n);
    }
  g_array_sort (neighbours, compare_neighbours);
  {
    g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_free);

    g_ptr_array_add (kept, g_strdup (g_ptr_array_index (codes, 0)));
    for (guint i = 0; i < neighbours->len && kept->len < KB_COMPARE_SIMILAR_COUNT; i++)
      g_ptr_array_add (kept, g_strdup (g_array_index (neighbours, Neighbour, i).code));
    g_ptr_array_set_size (codes, 0);
    for (guint i = 0; i < kept->len; i++)
      g_ptr_array_add (codes, g_strdup (g_ptr_array_index (kept, i)));
  }
}

/* Only the sectors chosen, matched by name without regard to case; a
 * comparison of one sector compares that sector, not the total. */
static void
filter_sectors (KbChart *self)
{
  GPtrArray *kept = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->sectors->len; i++)
    {
      KbSeries *sector = g_ptr_array_index (self->sectors, i);

      g_autofree char *name = g_utf8_casefold (kb_series_get_sector (sector), -1);

      for (guint j = 0; self->sector_filter[j] != NULL; j++)
        {
          g_autofree char *wanted = g_utf8_casefold (self->sector_filter[j], -1);

          if (*wanted != '\0' && g_str_has_prefix (name, wanted))
            {
              g_ptr_array_add (kept, g_object_ref (sector));
              break;
            }
        }
    }
  g_ptr_array_unref (self->sectors);
  self->sectors = kept;
}

/* @series within @from–@to (0: open), a copy. */
static KbSeries *
crop_series (KbSeries *series,
             int       from,
             int       to)
{
  KbSeries *cropped = kb_series_new (kb_series_get_region_code (series), kb_series_get_region_name (series),
                                     kb_series_get_indicator (series), kb_series_get_sector (series),
                                     kb_series_get_subsector (series), kb_series_get_unit (series),
                                     kb_series_get_source (series), kb_series_get_vintage (series));

  for (guint i = 0; i < kb_series_get_n_years (series); i++)
    {
      int year = kb_series_get_year (series, i);
      double v;

      if ((from != 0 && year < from) || (to != 0 && year > to))
        continue;
      if (kb_series_get_value_at (series, i, &v))
        kb_series_set_value (cropped, year, v);
      else
        kb_series_set_missing (cropped, year);
    }
  return cropped;
}

/* A trend over the chosen years only. */
static void
crop_to_range (KbChart *self)
{
  KbSeries *total = crop_series (self->total, self->from_year, self->to_year);

  for (guint i = 0; i < self->sectors->len; i++)
    {
      KbSeries *sector = g_ptr_array_index (self->sectors, i);
      g_ptr_array_index (self->sectors, i) = crop_series (sector, self->from_year, self->to_year);
      g_object_unref (sector);
    }
  g_object_unref (self->total);
  self->total = total;
}

/* Per-capita values come from each total and the population, never from
 * summing or averaging ratios. Without a population, nothing changes. */
static void
per_capita (KbChart *self)
{
  g_autoptr(KbSeries) population = kb_chart_dup_population (self, self->region_code);
  g_autofree char *unit = NULL;
  GPtrArray *sectors;
  KbSeries *total;

  if (population == NULL || self->total == NULL)
    return;

  unit = g_strdup_printf ("%s/inv.", kb_series_get_unit (self->total));
  total = divide_series (self->total, population, unit);
  g_object_unref (self->total);
  self->total = total;

  sectors = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->sectors->len; i++)
    g_ptr_array_add (sectors, divide_series (g_ptr_array_index (self->sectors, i), population, unit));
  g_ptr_array_unref (self->sectors);
  self->sectors = sectors;
  self->is_per_capita = TRUE;
}

static void
derive (KbChart *self)
{
  int vintage;

  if (self->derived)
    return;
  self->derived = TRUE;
  self->shown_indicator = self->indicator ? self->indicator : KB_INDICATOR_GHG;

  if (self->dataset == NULL || self->region_code == NULL)
    {
      self->sectors = g_ptr_array_new ();
      return;
    }

  if (self->indicator == NULL)
    self->shown_indicator = self->kind == KB_CHART_KIND_ENERGY ? KB_INDICATOR_ENERGY
                          : self->kind == KB_CHART_KIND_MODE_SHARE ? KB_INDICATOR_MODE_SHARE
                          : self->kind == KB_CHART_KIND_CAR_FUELS ? KB_INDICATOR_CARS
                          : self->kind == KB_CHART_KIND_CYCLE_NETWORK ? KB_INDICATOR_CYCLE_NETWORK
                          : emissions_indicator (self->dataset, self->region_code);
  vintage = kb_dataset_get_latest_vintage (self->dataset, self->region_code, self->shown_indicator);
  if (self->release != 0)
    {
      g_autoptr(GArray) releases = kb_dataset_list_vintages (self->dataset, self->region_code,
                                                             self->shown_indicator);

      for (guint i = 0; i < releases->len; i++)
        if (g_array_index (releases, int, i) == self->release)
          vintage = self->release;
    }
  self->shown_release = vintage;
  self->sectors = self->by_fuel
                ? kb_dataset_get_fuels (self->dataset, self->region_code, self->shown_indicator, vintage)
                : kb_dataset_get_sectors (self->dataset, self->region_code, self->shown_indicator, vintage);
  self->total = kb_dataset_get_total (self->dataset, self->region_code,
                                      self->shown_indicator, vintage);

  if (self->kind == KB_CHART_KIND_REVISIONS)
    releases_as_parts (self);
  /* The fleet: its latest edition (an earlier one open beside it is drawn
   * as ticks, not as parts). */
  if (self->kind == KB_CHART_KIND_CAR_FUELS)
    {
      KbFleet fleet;

      g_autoptr(KbSeries) total = NULL;

      if (kb_fleet_get (self->dataset, self->region_code, 0, &fleet) &&
          (total = kb_fleet_dup_total (self->dataset, &fleet)) != NULL)
        {
          g_clear_object (&self->total);
          g_ptr_array_unref (self->sectors);
          self->total = g_steal_pointer (&total);
          self->sectors = kb_fleet_dup_fuels (self->dataset, &fleet);
        }
    }
  if (self->sector_filter != NULL && self->kind != KB_CHART_KIND_REVISIONS)
    filter_sectors (self);
  /* A plan's costs and actors are of tonnes and kronor, never per head. */
  if (self->per_capita && !kb_chart_kind_is_plan_economics (self->kind) && self->kind != KB_CHART_KIND_CAR_FUELS)
    per_capita (self);
  if ((self->kind == KB_CHART_KIND_SECTOR_TREND || self->kind == KB_CHART_KIND_ENERGY) &&
      (self->from_year != 0 || self->to_year != 0) && self->total != NULL)
    crop_to_range (self);

  /* Targets are set for one municipality and one quantity. */
  if (self->total != NULL && self->target != NULL &&
      g_strcmp0 (kb_target_get_region_code (self->target), self->region_code) == 0 &&
      g_strcmp0 (kb_target_get_indicator (self->target), self->shown_indicator) == 0)
    self->have_gap = kb_target_gap_compute (self->total, self->target, &self->gap, NULL);
  if (self->have_gap && self->gap.have_trend && self->budget_from_year != 0)
    kb_budget_compute (&self->gap.trend, self->budget_from_year, KB_BUDGET_TO_YEAR, &self->gap.budget);
}

static void
kb_chart_dispose (GObject *object)
{
  KbChart *self = (KbChart *)object;

  drop_derived (self);
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
  derive (self);
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
    keep_similar (self, codes);
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
  indicator = emissions_indicator (self->dataset, region_code);
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
  derive (self);
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
  derive (self);
  return self->sectors;
}

/* The total over all sectors, or NULL when the region has none. */
KbSeries *
kb_chart_get_total (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), NULL);
  derive (self);
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
  drop_derived (self);
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
  derive (self);
  return self->have_gap ? &self->gap : NULL;
}

char *
kb_chart_dup_title (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), NULL);

  derive (self);
  switch (self->kind)
    {
    case KB_CHART_KIND_TARGET_GAP:
      if (kb_chart_has_national_target (self))
        return g_strdup (_("Emissions against Sweden’s target"));
      return g_strdup (_("Emissions against the target path"));
    case KB_CHART_KIND_SECTOR_RANKING:
      /* Translators: the sectors ranked in one year */
      return g_strdup_printf (_("Emissions by sector, %d"), kb_chart_get_year (self));
    case KB_CHART_KIND_SECTOR_CHANGE:
      /* Translators: which sectors drove the change between two years */
      return g_strdup_printf (_("What changed emissions, %d–%d"),
                              kb_chart_get_from_year (self), kb_chart_get_year (self));
    case KB_CHART_KIND_MEASURES:
      /* Translators: what the planned measures do to the gap in a target year */
      return g_strdup_printf (_("Measures against the gap, %d"), kb_chart_get_target_year (self));
    case KB_CHART_KIND_SECTOR_MEASURES:
      return g_strdup_printf (_("Each sector against its share of the target, %d"),
                              kb_chart_get_target_year (self));
    case KB_CHART_KIND_COST_CURVE:
      /* Translators: the marginal abatement cost curve of the plan's measures */
      return g_strdup_printf (_("What a tonne costs: the measures from cheapest, %d"),
                              kb_chart_get_target_year (self));
    case KB_CHART_KIND_INVESTMENT:
      /* Translators: the plan's investments per year, by who makes them */
      return g_strdup (_("The plan’s investments per year, by actor"));
    case KB_CHART_KIND_ACTORS:
      /* Translators: each actor's part of the reductions in a target year */
      return g_strdup_printf (_("Who can close the gap, %d"), kb_chart_get_target_year (self));
    case KB_CHART_KIND_COMPARE:
      if (self->sector_filter != NULL && self->sectors->len == 1)
        /* Translators: a sector's emissions in several municipalities, in one year */
        return g_strdup_printf (_("Emissions from %s compared, %d"),
                                kb_series_display (g_ptr_array_index (self->sectors, 0), self->language),
                                kb_chart_get_year (self));
      if (self->compare_mobility == KB_COMPARE_ELECTRIC_SHARE)
        /* Translators: the electric share of each municipality's cars, compared */
        return g_strdup_printf (_("Electric cars in the fleet compared, %d"), kb_compare_year (self));
      if (self->compare_mobility == KB_COMPARE_CYCLE_PER_CAPITA)
        /* Translators: each municipality's cycle network per inhabitant, compared */
        return g_strdup_printf (_("Cycle network per inhabitant compared, %d"), kb_compare_year (self));
      if (self->compare_change)
        /* Translators: the change in each municipality's emissions, compared */
        return g_strdup_printf (_("Change in emissions %d–%d compared"), KB_COMPARE_CHANGE_FROM,
                                kb_chart_get_year (self));
      if (self->is_per_capita)
        return g_strdup_printf (_("Emissions per inhabitant compared, %d"), kb_chart_get_year (self));
      return g_strdup_printf (_("Emissions compared, %d"), kb_chart_get_year (self));
    case KB_CHART_KIND_MODE_SHARE:
      return g_strdup (_("How trips are made: share of trips by mode"));
    case KB_CHART_KIND_CAR_FUELS:
      {
        int year = 0;

        if (self->total != NULL)
          kb_series_get_latest (self->total, &year, NULL);
        /* Translators: the share of electric cars and plug-in hybrids among the cars in use */
        return g_strdup_printf (_("Electric cars and plug-in hybrids in the fleet, %d"), year);
      }
    case KB_CHART_KIND_CYCLE_NETWORK:
      return g_strdup (self->is_per_capita ? _("Cycle network per inhabitant, by road owner")
                                           : _("Cycle network by road owner"));
    case KB_CHART_KIND_REVISIONS:
      /* Translators: the same total as each loaded release published it */
      return g_strdup (_("The same emissions, as each release published them"));
    case KB_CHART_KIND_ENERGY:
      return g_strdup (self->by_fuel ? _("Final energy use by fuel")
                                     : _("Final energy use by consumer category"));
    case KB_CHART_KIND_SECTOR_TREND:
    default:
      if (self->guess_year != 0)
        /* Translators: the guessing game's title */
        return g_strdup_printf (_("Guess the line: what came after %d?"), self->guess_year);
      if (self->sector_filter != NULL && self->sectors->len == 1)
        /* Translators: one sector's emissions, picked out with a click */
        return g_strdup_printf (_("Emissions from %s"),
                                kb_series_display (g_ptr_array_index (self->sectors, 0), self->language));
      if (g_strcmp0 (self->shown_indicator, KB_INDICATOR_CO2) == 0)
        return g_strdup (self->sectors->len > 0 ? _("Carbon dioxide emissions by sector")
                                                : _("Carbon dioxide emissions"));
      if (g_strcmp0 (self->shown_indicator, KB_INDICATOR_ENERGY) == 0)
        return g_strdup (self->by_fuel ? _("Final energy use by fuel")
                                       : _("Final energy use by consumer category"));
      return g_strdup (self->sectors->len > 0 ? _("Greenhouse gas emissions by sector")
                                              : _("Greenhouse gas emissions"));
    }
}

char *
kb_chart_dup_subtitle (KbChart *self)
{
  KbSeries *total;
  const char *name;
  int first, last;

  g_return_val_if_fail (KB_IS_CHART (self), NULL);

  total = kb_chart_get_total (self);
  if (total == NULL || kb_series_get_n_years (total) == 0)
    return g_strdup (_("No emission data for this municipality"));

  name = kb_series_get_region_name (total);
  first = kb_series_get_year (total, 0);
  kb_series_get_latest (total, &last, NULL);
  if (self->kind == KB_CHART_KIND_INVESTMENT)
    {
      int n_years = 0;
      g_autofree double *spending = kb_investment_by_year (self->measures, &first, &n_years);

      last = first + n_years - 1;
      if (spending == NULL)
        first = last = kb_chart_get_target_year (self);
    }
  else if (kb_chart_kind_is_plan (self->kind))
    first = last = kb_chart_get_target_year (self);
  else if (self->kind == KB_CHART_KIND_CAR_FUELS)
    first = last;   /* the fleet's one year, whatever year is chosen */
  else if (self->kind == KB_CHART_KIND_COMPARE && self->compare_mobility != KB_COMPARE_TOTAL)
    first = last = kb_compare_year (self);
  else if (self->kind == KB_CHART_KIND_SECTOR_RANKING || self->kind == KB_CHART_KIND_COMPARE ||
      (self->year != 0 && self->kind != KB_CHART_KIND_SECTOR_CHANGE))
    first = last = kb_chart_get_year (self);
  if (self->kind == KB_CHART_KIND_SECTOR_CHANGE)
    first = kb_chart_get_from_year (self), last = kb_chart_get_year (self);
  if (self->kind == KB_CHART_KIND_COST_CURVE)
    /* Translators: the cost curve's subtitle: municipality, year, and what its bars' two sides show */
    return g_strdup_printf (_("%s, %d: bar width = reduction in %d (kt CO₂e), height = kr per t CO₂e"),
                            name, first, first);
  if (self->kind == KB_CHART_KIND_ACTORS)
    /* Translators: the actors chart's subtitle: municipality, year, and what its shares are of */
    return g_strdup_printf (_("%s, %d, kt CO₂e; shares of the measures’ reduction and of the known investments"),
                            name, first);
  if (first == last)
    /* Translators: municipality, year, unit */
    return g_strdup_printf (_("%s, %d, %s"), name, first, kb_chart_get_axis_unit (self));
  /* Translators: municipality, first and last year, unit (e.g. "kt CO₂e") */
  return g_strdup_printf (_("%s, %d–%d, %s"), name, first, last, kb_chart_get_axis_unit (self));
}

/* The unit of the value axis, which shows thousands of the data's unit. */
const char *
kb_chart_get_axis_unit (KbChart *self)
{
  const char *indicator = kb_chart_get_indicator (self);

  if (self->relative)
    /* Translators: the unit of an indexed chart */
    return _("index, first year = 100");
  if (self->share && self->kind != KB_CHART_KIND_MODE_SHARE)
    /* xgettext:no-c-format */
    return _("% of the total");
  if (self->kind == KB_CHART_KIND_COMPARE && self->compare_change)
    /* xgettext:no-c-format */
    return _("% change since 1990");
  if (self->kind == KB_CHART_KIND_COMPARE && self->compare_mobility == KB_COMPARE_ELECTRIC_SHARE)
    /* xgettext:no-c-format */
    return _("% of passenger cars in use");
  if (self->kind == KB_CHART_KIND_COMPARE && self->compare_mobility == KB_COMPARE_CYCLE_PER_CAPITA)
    return _("m per inhabitant");
  if (self->kind == KB_CHART_KIND_COST_CURVE)
    /* Translators: kronor per tonne of CO₂ equivalents */
    return _("kr per t CO₂e");
  if (self->kind == KB_CHART_KIND_INVESTMENT)
    /* Translators: millions of kronor a year */
    return _("million kr a year");
  if (self->kind == KB_CHART_KIND_CAR_FUELS)
    /* xgettext:no-c-format */
    return _("% of passenger cars in use");
  if (self->kind == KB_CHART_KIND_CYCLE_NETWORK)
    {
      derive (self);
      /* Translators: metres of cycle network per inhabitant; kilometres of it */
      return self->is_per_capita ? _("m per inhabitant") : _("km");
    }
  derive (self);
  if (self->is_per_capita)
    {
      if (g_strcmp0 (indicator, KB_INDICATOR_ENERGY) == 0)
        return _("MWh per inhabitant");
      if (g_strcmp0 (indicator, KB_INDICATOR_CO2) == 0)
        return _("t CO₂ per inhabitant");
      return _("t CO₂e per inhabitant");
    }
  if (g_strcmp0 (indicator, KB_INDICATOR_MODE_SHARE) == 0)
    /* xgettext:no-c-format */
    return _("% of trips");
  if (g_strcmp0 (indicator, KB_INDICATOR_ENERGY) == 0)
    return _("GWh");
  if (g_strcmp0 (indicator, KB_INDICATOR_CO2) == 0)
    /* Translators: thousand tonnes of carbon dioxide */
    return _("kt CO₂");
  /* Translators: thousand tonnes of carbon dioxide equivalents */
  return _("kt CO₂e");
}

static char *dup_data_source_line (KbChart *self);

/* Where the chart's figures come from: the data's source and release,
 * and on a plan's charts, where its measures come from (an invented
 * example says so here, on every export). */
char *
kb_chart_dup_source_line (KbChart *self)
{
  g_autofree char *data = NULL, *joined = NULL;
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();

  g_return_val_if_fail (KB_IS_CHART (self), NULL);

  /* A comparison of the fleet or the cycle network: their sources. */
  if (self->kind == KB_CHART_KIND_COMPARE && self->compare_mobility != KB_COMPARE_TOTAL && self->dataset != NULL)
    {
      gboolean cars = self->compare_mobility == KB_COMPARE_ELECTRIC_SHARE;
      g_autoptr(KbSeries) series = kb_dataset_get_total (self->dataset, self->region_code,
                                                         cars ? KB_INDICATOR_CARS : KB_INDICATOR_CYCLE_NETWORK, 0);
      g_autoptr(KbSeries) population = cars ? NULL : kb_chart_dup_population (self, self->region_code);
      const char *source = series ? kb_series_get_source (series) : "";
      KbFleet fleet;

      /* The fleet: the edition of the year compared. */
      if (cars && kb_fleet_get (self->dataset, self->region_code, kb_compare_year (self), &fleet))
        source = fleet.source;

      if (population != NULL)
        /* Translators: the cycle network's source, then the population's */
        return g_strdup_printf (_("Source: %s; population: %s"), source, kb_series_get_source (population));
      return g_strdup_printf (_("Source: %s"), source);
    }
  /* The fleet, and the earlier edition its ticks are of. */
  if (self->kind == KB_CHART_KIND_CAR_FUELS && self->dataset != NULL)
    {
      KbFleet fleet, previous;

      if (kb_fleet_get (self->dataset, self->region_code, 0, &fleet) &&
          kb_fleet_get_previous (self->dataset, &fleet, &previous))
        /* Translators: the fleet's source, then the source of the earlier year the ticks show */
        return g_strdup_printf (_("Source: %s; ticks: %s"), fleet.source, previous.source);
    }
  data = dup_data_source_line (self);
  /* The plan's charts, and the target's where it draws the scenario. */
  if ((!kb_chart_kind_is_plan (self->kind) && self->kind != KB_CHART_KIND_TARGET_GAP) ||
      self->measures == NULL || g_list_model_get_n_items (self->measures) == 0)
    return g_steal_pointer (&data);
  for (guint i = 0; i < g_list_model_get_n_items (self->measures); i++)
    {
      g_autoptr(KbMeasure) m = g_list_model_get_item (self->measures, i);
      const char *source = kb_measure_get_source (m);

      /* The model keeps the measure, and so its source. */
      if (source != NULL && *source != '\0' &&
          !g_ptr_array_find_with_equal_func (sources, source, g_str_equal, NULL))
        g_ptr_array_add (sources, (gpointer)source);
    }
  if (sources->len == 0)
    /* Translators: after the source line: where the plan's measures come from */
    return g_strdup_printf (_("%s; measures: the user’s estimates"), data);
  g_ptr_array_add (sources, NULL);
  joined = g_strjoinv ("; ", (char **)sources->pdata);
  /* Translators: after the source line: the sources the plan's measures name */
  return g_strdup_printf (_("%s; measures: %s"), data, joined);
}

static char *
dup_data_source_line (KbChart *self)
{
  KbSeries *total;

  total = kb_chart_get_total (self);
  if (total == NULL)
    return g_strdup ("");
  if (*kb_series_get_source (total) == '\0')
    return g_strdup (_("Source: not named in the file"));
  {
    g_autofree char *emissions =
      kb_series_get_vintage (total) == 0
      /* Translators: the name of the data source */
      ? g_strdup_printf (_("Source: %s"), kb_series_get_source (total))
      : kb_series_get_vintage_inferred (total)
      /* Translators: the data source and its release, dated by the file's latest year */
      ? g_strdup_printf (_("Source: %s, published %d (inferred from its latest year)"),
                         kb_series_get_source (total), kb_series_get_vintage (total))
      /* Translators: the data source and the year it was published */
      : g_strdup_printf (_("Source: %s, published %d"), kb_series_get_source (total),
                         kb_series_get_vintage (total));
    g_autoptr(GArray) releases = kb_chart_list_releases (self);
    g_autoptr(KbSeries) population = NULL;
    int year;

    /* Other releases loaded are named: the chart shows one of them. */
    if (releases->len > 1)
      {
        g_autoptr(GString) others = g_string_new (NULL);
        char *line;

        for (guint i = 0; i < releases->len; i++)
          if (g_array_index (releases, int, i) != kb_series_get_vintage (total) ||
              self->kind == KB_CHART_KIND_REVISIONS)
            g_string_append_printf (others, "%s%d", others->len ? ", " : "", g_array_index (releases, int, i));
        line = self->kind == KB_CHART_KIND_REVISIONS
               /* Translators: the source of a chart of several releases: the source, the releases */
               ? g_strdup_printf (_("Source: %s, releases %s"), kb_series_get_source (total), others->str)
               /* Translators: after the source line: the other releases the data holds */
               : g_strdup_printf (_("%s (also loaded: %s)"), emissions, others->str);
        g_free (emissions);
        emissions = line;
      }
    /* Per inhabitant: the population's source and its latest year too. */
    if (!kb_chart_get_per_capita (self) || self->compare_change ||
        (population = kb_chart_dup_population (self, self->region_code)) == NULL ||
        !kb_series_get_latest (population, &year, NULL))
      return g_steal_pointer (&emissions);
    /* Translators: the emissions' source line, then the population's source and its last year */
    return g_strdup_printf (_("%s; population: %s, to %d"), emissions, kb_series_get_source (population), year);
  }
}
