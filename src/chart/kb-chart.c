/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-chart"

#include "config.h"

#include "kb-chart-private.h"

enum {
  PROP_0,
  PROP_KIND,
  PROP_DATASET,
  PROP_REGION_CODE,
  PROP_TARGET,
  PROP_LANGUAGE,
  PROP_INDICATOR,
  PROP_TREND_STYLE,
  PROP_RELATIVE,
  PROP_YEAR,
  PROP_FROM_YEAR,
  PROP_TO_YEAR,
  PROP_COMPARE_SCOPE,
  PROP_COMPARE_MEASURE,
  PROP_COMPARE_REGIONS,
  PROP_BY_FUEL,
  PROP_SECTOR_FILTER,
  PROP_SHARE,
  PROP_PER_CAPITA,
  PROP_RELEASE,
  PROP_MEASURES,
  PROP_MEASURES_GROUPING,
  PROP_EXTRA_CUT,
  PROP_GUESS_YEAR,
  PROP_GUESS_REVEALED,
  PROP_TARGET_YEAR,
  PROP_BUDGET_FROM_YEAR,
  PROP_GUESSES,
  PROP_N_ANNOTATIONS,
  PROP_MODE_TARGET,
  PROP_MODE_TARGET_PCT,
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

/* What of the derived data (kb-chart-data.c) a change of @prop makes
 * stale: the series and all (what they are of, which years, per head,
 * the words of their labels), the stack alone (shares), the gap alone
 * (the target and the budget's start), the comparison's ranking alone
 * (the year), or nothing (how they are drawn, planned, guessed). */
static void
drop_derived_of (KbChart *self,
                 guint    prop)
{
  switch (prop)
    {
    case PROP_DATASET:
    case PROP_REGION_CODE:
    case PROP_INDICATOR:
    case PROP_RELEASE:
    case PROP_BY_FUEL:
    case PROP_SECTOR_FILTER:
    case PROP_FROM_YEAR:
    case PROP_TO_YEAR:
    case PROP_PER_CAPITA:
    case PROP_LANGUAGE:
      _kb_chart_drop_derived (self);
      break;
    case PROP_SHARE:
      g_clear_pointer (&self->stack, _kb_chart_stack_free);
      break;
    case PROP_TARGET:
    case PROP_BUDGET_FROM_YEAR:
      self->gap_derived = FALSE;
      self->have_gap = FALSE;
      break;
    case PROP_YEAR:
      /* The year ranked (the sector ranking checks its own year). */
      g_clear_pointer (&self->compare_entries, g_array_unref);
      break;
    default:
      break;
    }
}

/* Whether two lists of strings (NULL: none) are the same. */
gboolean
_kb_chart_same_strv (const char * const *a,
                     const char * const *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strv_equal (a, b);
}

/* A property of the description changed: it says so, and the chart does. */
static void
changed_property (KbChart *self,
                  guint    prop)
{
  /* Dropped first: nothing stale is read by those told. */
  drop_derived_of (self, prop);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  emit_changed (self);
}

/* As changed_property() for the description's other files (its
 * comparison, plan, notes and game, none of which the derived series
 * depend on): @property by its name, or NULL where only the chart says
 * it changed. */
void
_kb_chart_changed (KbChart    *self,
                   const char *property)
{
  /* Whom and what a comparison ranks. */
  if (property != NULL && g_str_has_prefix (property, "compare-"))
    g_clear_pointer (&self->compare_entries, g_array_unref);
  if (property != NULL)
    g_object_notify (G_OBJECT (self), property);
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
  changed_property (self, PROP_RELEASE);
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
  g_clear_pointer (&KB_CHART (object)->compare_entries, g_array_unref);

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
    case PROP_LANGUAGE: g_value_set_int (value, self->language); break;
    case PROP_INDICATOR: g_value_set_string (value, self->indicator); break;
    case PROP_TREND_STYLE: g_value_set_int (value, self->trend_style); break;
    case PROP_RELATIVE: g_value_set_boolean (value, self->relative); break;
    case PROP_YEAR: g_value_set_int (value, self->year); break;
    case PROP_FROM_YEAR: g_value_set_int (value, self->from_year); break;
    case PROP_TO_YEAR: g_value_set_int (value, self->to_year); break;
    case PROP_COMPARE_SCOPE: g_value_set_int (value, self->compare_scope); break;
    case PROP_COMPARE_MEASURE: g_value_set_int (value, kb_chart_get_compare_measure (self)); break;
    case PROP_COMPARE_REGIONS: g_value_set_boxed (value, self->compare); break;
    case PROP_BY_FUEL: g_value_set_boolean (value, self->by_fuel); break;
    case PROP_SECTOR_FILTER: g_value_set_boxed (value, self->sector_filter); break;
    case PROP_SHARE: g_value_set_boolean (value, self->share); break;
    case PROP_PER_CAPITA: g_value_set_boolean (value, self->per_capita); break;
    case PROP_RELEASE: g_value_set_int (value, self->release); break;
    case PROP_MEASURES: g_value_set_object (value, self->measures); break;
    case PROP_MEASURES_GROUPING: g_value_set_int (value, self->measures_grouping); break;
    case PROP_EXTRA_CUT: g_value_set_double (value, self->extra_cut); break;
    case PROP_GUESS_YEAR: g_value_set_int (value, self->guess_year); break;
    case PROP_GUESS_REVEALED: g_value_set_boolean (value, self->guess_revealed); break;
    case PROP_TARGET_YEAR: g_value_set_int (value, self->target_year); break;
    case PROP_BUDGET_FROM_YEAR: g_value_set_int (value, self->budget_from_year); break;
    case PROP_GUESSES: g_value_set_object (value, self->guesses); break;
    case PROP_N_ANNOTATIONS: g_value_set_uint (value, self->annotations->len); break;
    case PROP_MODE_TARGET: g_value_set_string (value, self->mode_target); break;
    case PROP_MODE_TARGET_PCT: g_value_set_double (value, self->mode_target_pct); break;
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
    case PROP_LANGUAGE: kb_chart_set_language (self, g_value_get_int (value)); break;
    case PROP_INDICATOR: kb_chart_set_indicator (self, g_value_get_string (value)); break;
    case PROP_TREND_STYLE: kb_chart_set_trend_style (self, g_value_get_int (value)); break;
    case PROP_RELATIVE: kb_chart_set_relative (self, g_value_get_boolean (value)); break;
    case PROP_YEAR: kb_chart_set_year (self, g_value_get_int (value)); break;
    case PROP_FROM_YEAR: kb_chart_set_from_year (self, g_value_get_int (value)); break;
    case PROP_TO_YEAR: kb_chart_set_year_range (self, self->from_year, g_value_get_int (value)); break;
    case PROP_COMPARE_SCOPE: kb_chart_set_compare_scope (self, g_value_get_int (value)); break;
    case PROP_COMPARE_MEASURE: kb_chart_set_compare_measure (self, g_value_get_int (value)); break;
    case PROP_COMPARE_REGIONS: kb_chart_set_compare_regions (self, g_value_get_boxed (value)); break;
    case PROP_BY_FUEL: kb_chart_set_by_fuel (self, g_value_get_boolean (value)); break;
    case PROP_SECTOR_FILTER: kb_chart_set_sector_filter (self, g_value_get_boxed (value)); break;
    case PROP_SHARE: kb_chart_set_share (self, g_value_get_boolean (value)); break;
    case PROP_PER_CAPITA: kb_chart_set_per_capita (self, g_value_get_boolean (value)); break;
    case PROP_RELEASE: kb_chart_set_release (self, g_value_get_int (value)); break;
    case PROP_MEASURES: kb_chart_set_measures (self, g_value_get_object (value)); break;
    case PROP_MEASURES_GROUPING: kb_chart_set_measures_grouping (self, g_value_get_int (value)); break;
    case PROP_EXTRA_CUT: kb_chart_set_extra_cut (self, g_value_get_double (value)); break;
    case PROP_GUESS_YEAR: kb_chart_set_guess_year (self, g_value_get_int (value)); break;
    case PROP_GUESS_REVEALED: kb_chart_set_guess_revealed (self, g_value_get_boolean (value)); break;
    case PROP_TARGET_YEAR: kb_chart_set_target_year (self, g_value_get_int (value)); break;
    case PROP_BUDGET_FROM_YEAR: kb_chart_set_budget_from_year (self, g_value_get_int (value)); break;
    case PROP_GUESSES: kb_chart_set_guesses (self, g_value_get_object (value)); break;
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
  /* The rest of the description: each notifies, then the chart says it
   * changed. A property holds what was set (0 or NULL: the latest year,
   * the first, the data's own emissions, the county's municipalities);
   * the getters (kb_chart_get_year () …) what is shown. */
  properties[PROP_LANGUAGE] =
    g_param_spec_int ("language", NULL, NULL, KB_LANGUAGE_SWEDISH, KB_LANGUAGE_ENGLISH, KB_LANGUAGE_SWEDISH, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INDICATOR] =
    g_param_spec_string ("indicator", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TREND_STYLE] =
    g_param_spec_int ("trend-style", NULL, NULL, 0, G_MAXINT, 0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RELATIVE] =
    g_param_spec_boolean ("relative", NULL, NULL, FALSE, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FROM_YEAR] =
    g_param_spec_int ("from-year", NULL, NULL, 0, G_MAXINT, 0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TO_YEAR] =
    g_param_spec_int ("to-year", NULL, NULL, 0, G_MAXINT, 0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPARE_SCOPE] =
    g_param_spec_int ("compare-scope", NULL, NULL, 0, G_MAXINT, 0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPARE_MEASURE] =
    g_param_spec_int ("compare-measure", NULL, NULL, 0, G_MAXINT, 0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPARE_REGIONS] =
    g_param_spec_boxed ("compare-regions", NULL, NULL, G_TYPE_STRV, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BY_FUEL] =
    g_param_spec_boolean ("by-fuel", NULL, NULL, FALSE, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECTOR_FILTER] =
    g_param_spec_boxed ("sector-filter", NULL, NULL, G_TYPE_STRV, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHARE] =
    g_param_spec_boolean ("share", NULL, NULL, FALSE, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PER_CAPITA] =
    g_param_spec_boolean ("per-capita", NULL, NULL, FALSE, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RELEASE] =
    g_param_spec_int ("release", NULL, NULL, 0, G_MAXINT, 0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEASURES] =
    g_param_spec_object ("measures", NULL, NULL, G_TYPE_LIST_MODEL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEASURES_GROUPING] =
    g_param_spec_int ("measures-grouping", NULL, NULL, 0, G_MAXINT, 0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXTRA_CUT] =
    g_param_spec_double ("extra-cut", NULL, NULL, 0, 100, 0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GUESS_YEAR] =
    g_param_spec_int ("guess-year", NULL, NULL, 0, G_MAXINT, 0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GUESS_REVEALED] =
    g_param_spec_boolean ("guess-revealed", NULL, NULL, FALSE, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TARGET_YEAR] =
    g_param_spec_int ("target-year", NULL, NULL, 0, G_MAXINT, 0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUDGET_FROM_YEAR] =
    g_param_spec_int ("budget-from-year", NULL, NULL, 0, G_MAXINT, 0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The game's guesses: a drawn guess is told by their own "changed". */
  properties[PROP_GUESSES] =
    g_param_spec_object ("guesses", NULL, NULL, KB_TYPE_GUESSES, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Set by kb_chart_add_annotation () and kb_chart_set_mode_target (). */
  properties[PROP_N_ANNOTATIONS] =
    g_param_spec_uint ("n-annotations", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODE_TARGET] =
    g_param_spec_string ("mode-target", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODE_TARGET_PCT] =
    g_param_spec_double ("mode-target-pct", NULL, NULL, 0, 100, 0, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
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
  _kb_chart_watch_guesses (self);
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

  if (self->dataset == dataset)
    return;
  /* The derived data point into the dataset: dropped before it goes. */
  _kb_chart_drop_derived (self);
  g_set_object (&self->dataset, dataset);
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
  changed_property (self, PROP_TARGET);
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
  changed_property (self, PROP_INDICATOR);
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
  changed_property (self, PROP_LANGUAGE);
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
  changed_property (self, PROP_TREND_STYLE);
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
  changed_property (self, PROP_RELATIVE);
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
  changed_property (self, PROP_YEAR);
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
  changed_property (self, PROP_FROM_YEAR);
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
  changed_property (self, PROP_BY_FUEL);
}

/* The sectors to draw (by name, or the start of one: "transp"); NULL
 * for all. A comparison with one sector compares that sector. */
void
kb_chart_set_sector_filter (KbChart            *self,
                            const char * const *sectors)
{
  g_return_if_fail (KB_IS_CHART (self));
  if (_kb_chart_same_strv ((const char * const *)self->sector_filter, sectors))
    return;
  g_strfreev (self->sector_filter);
  self->sector_filter = sectors ? g_strdupv ((char **)sectors) : NULL;
  changed_property (self, PROP_SECTOR_FILTER);
}

const char * const *
kb_chart_get_sector_filter (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), NULL);
  return (const char * const *)self->sector_filter;
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
  g_object_freeze_notify (G_OBJECT (self));
  if (self->from_year != from)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROM_YEAR]);
  if (self->to_year != to)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TO_YEAR]);
  self->from_year = from;
  self->to_year = to;
  g_object_thaw_notify (G_OBJECT (self));
  changed (self);
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
  changed_property (self, PROP_SHARE);
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
  /* Per inhabitant is what a comparison ranks, too. */
  if (!self->compare_change && self->compare_mobility == KB_COMPARE_TOTAL)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARE_MEASURE]);
  changed_property (self, PROP_PER_CAPITA);
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
  changed_property (self, PROP_BUDGET_FROM_YEAR);
}

/* TRUE where the targets drawn are Sweden's, standing in for a
 * municipality without its own: every label says so. */
gboolean
kb_chart_has_national_target (KbChart *self)
{
  g_return_val_if_fail (KB_IS_CHART (self), FALSE);
  return self->target != NULL && kb_target_get_origin (self->target) == KB_TARGET_ORIGIN_NATIONAL;
}

