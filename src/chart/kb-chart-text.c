/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-chart-text"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "analysis/kb-context.h"
#include "analysis/kb-scenario.h"
#include "kb-chart-layout.h"
#include "kb-chart-text.h"
#include "kb-labels.h"
#include "kb-compare.h"

/* A chart's key figures in words: shown under the chart, so a number never
 * stands alone, and read by screen readers as the chart's description. */

/* A value in the unit of the chart's values: "736 kt", "3 800 GWh",
 * "4,7 t", "0,12 kt" (123 t) — as shares or an index too, whose axis
 * reads otherwise. */
static char *
kt (KbChart *chart,
    double   value)
{
  /* As the unit says: per inhabitant only where a population was loaded. */
  gboolean per_capita = kb_chart_is_per_capita (chart);
  g_autofree char *number = per_capita ? kb_format_number (value, 1, kb_chart_get_language (chart))
                                       : kb_format_thousands (value, FALSE, kb_chart_get_language (chart));
  g_autofree char *unit = g_strdup (kb_chart_get_value_unit (chart));
  char *space = strchr (unit, ' ');

  if (space != NULL)
    *space = '\0';
  return g_strdup_printf ("%s\u00A0%s", number, unit);
}

static char *
percent (KbChart *chart,
         double   value)
{
  /* "70 %", not "70.0 %"; "40,5 %" where there is a fraction. */
  double rounded = round (fabs (value) * 10) / 10;
  return kb_format_number (rounded, rounded == floor (rounded) ? 0 : 1, kb_chart_get_language (chart));
}

static KbSeries *
largest_sector (KbChart *chart,
                int      year,
                double  *value)
{
  GPtrArray *sectors = kb_chart_get_sectors (chart);
  KbSeries *largest = NULL;

  *value = -INFINITY;
  for (guint i = 0; i < sectors->len; i++)
    {
      double v;

      if (kb_series_get_value (g_ptr_array_index (sectors, i), year, &v) && v > *value)
        *value = v, largest = g_ptr_array_index (sectors, i);
    }
  return largest;
}

/* The change from @from to @to in the county and in Sweden, as
 * "Östergötlands län −27,6 %, Sweden −28,4 %", or NULL where the data
 * has neither. */
char *
kb_chart_dup_context (KbChart *chart,
                      int      from,
                      int      to)
{
  KbDataset *dataset;
  KbLanguage lang;
  KbChangeContext context;
  GString *text;

  g_return_val_if_fail (KB_IS_CHART (chart), NULL);
  dataset = kb_chart_get_dataset (chart);
  lang = kb_chart_get_language (chart);

  if (dataset == NULL || kb_chart_get_region_code (chart) == NULL ||
      !kb_context_change (dataset, kb_chart_get_region_code (chart), kb_chart_get_indicator (chart),
                          from, to, &context))
    return NULL;
  text = g_string_new (NULL);
  if (context.has_county)
    {
      g_autofree char *value = kb_format_signed (context.county_pct, 1, lang);
      g_string_append_printf (text, "%s\u00A0%s\u00A0%%", context.county_name, value);
    }
  if (context.has_country)
    {
      g_autofree char *value = kb_format_signed (context.country_pct, 1, lang);
      /* Translators: the sum of all 290 municipalities' emissions, which is
       * a little less than Sweden's national total */
      const char *name = context.country_is_sum ? _("all municipalities") : _("Sweden");

      g_string_append_printf (text, "%s%s\u00A0%s\u00A0%%", text->len > 0 ? ", " : "", name, value);
    }
  return g_string_free (text, FALSE);
}

/* " Since 1990: −40,5 % (Östergötlands län −28,4 %, …)." for a total
 * that has an earlier year, or "". */
static char *
describe_since (KbChart  *chart,
                KbSeries *total,
                int       year)
{
  int from = kb_series_get_year (total, 0);
  g_autofree char *change = NULL;
  g_autofree char *context = NULL;
  double a, b;

  if (from >= year || !kb_series_get_value (total, from, &a) || !kb_series_get_value (total, year, &b) || a == 0)
    return g_strdup ("");
  /* A change in % from or to a net removal reads backwards (−5 kt to
   * +10 kt is "−300 %"): the two figures are said instead. */
  if (a <= 0 || b < 0)
    {
      g_autofree char *from_text = kt (chart, a), *to_text = kt (chart, b);

      /* Translators: where removals exceed emissions a change in % means nothing */
      return g_strdup_printf (_(" %d: %s, %d: %s (net removals: no change in %% is given)."), from, from_text,
                              year, to_text);
    }
  change = kb_format_signed ((b - a) / a * 100, 1, kb_chart_get_language (chart));
  context = kb_chart_dup_context (chart, from, year);
  if (context == NULL)
    /* Translators: e.g. " Since 1990: −40,5 %." */
    return g_strdup_printf (_(" Since %d: %s %%."), from, change);
  /* Translators: e.g. " Since 1990: −40,5 % (Östergötlands län −28,4 %, Sweden −28,4 %)." */
  return g_strdup_printf (_(" Since %d: %s %% (%s)."), from, change, context);
}

/* The waterfall in words: what the measures cut, what a what-if cut
 * takes on top (only where it takes any, as the waterfall's step), and
 * what remains against the target. */
static char *
describe_measures (KbChart                 *chart,
                   const KbMeasuresOutcome *o)
{
  double cut = kb_chart_get_extra_cut (chart);
  gboolean cut_step = cut > 0 && kb_measures_outcome_extra_cut (o) > 0;
  g_autofree char *reduction = kt (chart, o->total_reduction);
  g_autofree char *left = kt (chart, fabs (o->remaining_gap));
  g_autofree char *remaining = kt (chart, o->remaining);
  g_autofree char *percent = kb_format_number (cut, 1, kb_chart_get_language (chart));
  gboolean short_of = o->remaining_gap > 0;

  if (!kb_chart_has_plan (chart) && !cut_step)
    return short_of
      /* Translators: no measures, no what-if cut: the year, the trend's value, the gap */
      ? g_strdup_printf (_("No measures are open: on the trend, emissions in %d come to %s, %s above the target."),
                         o->year, remaining, left)
      : g_strdup_printf (_("No measures are open: on the trend, emissions in %d come to %s: the target is met, with %s to spare."),
                         o->year, remaining, left);
  if (!kb_chart_has_plan (chart))
    return short_of
      /* Translators: the what-if cut alone, no measures: the cut, the year, what remains, the gap */
      ? g_strdup_printf (_("With −%s\u00A0%% a year more than the trend, emissions in %d come to %s; %s remain above the target."),
                         percent, o->year, remaining, left)
      : g_strdup_printf (_("With −%s\u00A0%% a year more than the trend, emissions in %d come to %s: the target is met, with %s to spare."),
                         percent, o->year, remaining, left);
  if (cut_step)
    return short_of
      /* Translators: the measures and the what-if cut: their cut, the cut, the year, what remains, the gap */
      ? g_strdup_printf (_("The measures cut emissions in %d by %s; with −%s\u00A0%% a year more, %s remain, %s above the target."),
                         o->year, reduction, percent, remaining, left)
      : g_strdup_printf (_("The measures cut emissions in %d by %s; with −%s\u00A0%% a year more, %s remain: the target is met, with %s to spare."),
                         o->year, reduction, percent, remaining, left);
  return short_of
    ? g_strdup_printf (_("The measures cut emissions in %d by %s; %s remain above the target."),
                       o->year, reduction, left)
    : g_strdup_printf (_("The measures cut emissions in %d by %s: the target is met, with %s to spare."),
                       o->year, reduction, left);
}

/* The scenario line's outcome in words, where there is one: the key
 * figure an export or a small window has no room for. */
static char *
describe_scenario (KbChart *chart)
{
  KbMeasuresOutcome outcome;
  g_autofree char *name = NULL;

  if ((!kb_chart_has_plan (chart) && kb_chart_get_extra_cut (chart) <= 0) || !kb_chart_get_outcome (chart, &outcome))
    return NULL;
  name = kb_chart_dup_scenario_label (chart);
  if (outcome.target_reached_year == KB_TREND_NEVER)
    /* Translators: the scenario line's name, the target's year, the last year looked at */
    return g_strdup_printf (_("%s: the %d level is not reached by %d."), name, outcome.year, KB_SCENARIO_LAST_YEAR);
  /* Translators: the scenario line's name, the target's year, the year it is reached */
  return g_strdup_printf (_("%s: the %d level is reached in %d."), name, outcome.year, outcome.target_reached_year);
}

static char *
describe_target (KbChart           *chart,
                 const KbTargetGap *gap)
{
  g_autofree char *latest = kt (chart, gap->latest_value);
  g_autofree char *change = percent (chart, gap->change_since_baseline_pct);
  g_autofree char *target = percent (chart, 100.0 * (1.0 - gap->milestone_level / gap->baseline_value));
  g_autofree char *level = kt (chart, gap->milestone_level);
  g_autofree char *first = NULL;
  const char *direction = gap->change_since_baseline_pct <= 0 ? _("lower") : _("higher");

  /* Translators: e.g. "Emissions in 2024 were 736 kt, 40,5 % lower than in 1990; the target for
   * 2030 is −70 % (371 kt)." */
  first = kb_chart_has_national_target (chart)
          /* Translators: as above, where the target is Sweden's, not the municipality's */
          ? g_strdup_printf (_("Emissions in %d were %s, %s %% %s than in %d; Sweden’s target for %d is −%s %% (%s)."),
                             gap->latest_year, latest, change, direction, gap->baseline_year,
                             gap->milestone_year, target, level)
          : g_strdup_printf (_("Emissions in %d were %s, %s %% %s than in %d; the target for %d is −%s %% (%s)."),
                             gap->latest_year, latest, change, direction, gap->baseline_year,
                             gap->milestone_year, target, level);
  if (!gap->have_trend)
    return g_steal_pointer (&first);
  {
    g_autofree char *reach = gap->trend_reaches_milestone == KB_TREND_NEVER
      ? g_strdup_printf (_("%s The trend since %d does not reach it."), first, KB_TREND_FROM_YEAR)
      : gap->trend_reaches_milestone > KB_TREND_HORIZON
      ? g_strdup_printf (_("%s The trend since %d does not reach it before %d."), first, KB_TREND_FROM_YEAR,
                         KB_TREND_HORIZON)
      : g_strdup_printf (_("%s The trend since %d reaches it in %d."), first, KB_TREND_FROM_YEAR,
                         gap->trend_reaches_milestone);
    g_autofree char *budget = kt (chart, gap->budget.budget);
    g_autofree char *trend = kt (chart, gap->budget.trend_total);

    /* Translators: the carbon budget as Klimatkollen defines it, in words */
    return g_strdup_printf (_("%s Carbon budget %d–%d: %s (the trend's %d value falling 11.72 %% a year, "
                              "as Klimatkollen reckons it); the trend's total over the same years: %s."),
                            reach, gap->budget.from_year, gap->budget.to_year, budget, gap->budget.from_year, trend);
  }
}

/* How many sectors stay above their share of the target, and the one
 * furthest above it. */
static char *
describe_sector_targets (KbChart                 *chart,
                         const KbTargetGap       *gap,
                         const KbMeasuresOutcome *outcome)
{
  g_autoptr(GArray) outcomes = kb_sector_outcomes (kb_chart_get_sectors (chart), kb_chart_get_measures (chart),
                                                   gap, outcome);
  const KbSectorOutcome *furthest = NULL;
  guint above = 0;

  for (guint i = 0; i < outcomes->len; i++)
    {
      const KbSectorOutcome *o = &g_array_index (outcomes, KbSectorOutcome, i);
      double over = o->trend_value - o->effect - o->target_share;

      /* Above as the chart shows it: by half a kt or more (a sector at
       * "0 kt, target 0 kt" is not above). */
      if (over < 500)
        continue;
      above++;
      if (furthest == NULL || over > furthest->trend_value - furthest->effect - furthest->target_share)
        furthest = o;
    }
  if (furthest == NULL)
    return g_strdup_printf (_("In %d every sector is within its share of the target."), outcome->year);
  {
    g_autofree char *value = kt (chart, furthest->trend_value - furthest->effect);
    g_autofree char *share = kt (chart, furthest->target_share);

    /* Translators: e.g. "In 2030, 6 of 9 sectors are above their share of the target; furthest
     * above: El och fjärrvärme, 369 kt against 193 kt." */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "In %d, %u of %u sectors is above its share of the target; furthest above: %s, %s against %s.",
                                         "In %d, %u of %u sectors are above their share of the target; furthest above: %s, %s against %s.",
                                         above),
                            outcome->year, above, outcomes->len, kb_series_display (furthest->sector, kb_chart_get_language (chart)), value, share);
  }
}

/* The parts the source suppressed ("..") in the years shown, counted and
 * dated: the chart hatches them, the words say so. Empty where none. */
static char *
describe_unpublished (KbChart *chart)
{
  GPtrArray *parts = kb_chart_get_sectors (chart);
  KbSeries *total = kb_chart_get_total (chart);
  guint n = 0, absent = 0;
  int first = 0, last = 0;

  for (guint i = 0; i < parts->len; i++)
    {
      KbSeries *part = g_ptr_array_index (parts, i);

      for (guint j = 0; j < kb_series_get_n_years (part); j++)
        if (!kb_series_get_value_at (part, j, NULL) &&
            /* A year with no total is not drawn, nor hatched: named below. */
            (total == NULL || kb_series_get_value (total, kb_series_get_year (part, j), NULL)))
          {
            int year = kb_series_get_year (part, j);

            first = n == 0 ? year : MIN (first, year);
            last = MAX (last, year);
            n++;
          }
      /* A year the others have and this part lacks: the file left it out. */
      for (guint j = 0; total != NULL && j < kb_series_get_n_years (total); j++)
        absent += !kb_series_has_year (part, kb_series_get_year (total, j));
    }
  if (absent > 0 && kb_chart_get_kind (chart) != KB_CHART_KIND_REVISIONS)
    /* Translators: after the chart's words: parts a file lacks for some years */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         " %u value is missing from the data: the years it lacks have no total.",
                                         " %u values are missing from the data: the years they lack have no total.",
                                         absent), absent);
  {
    g_autofree char *counted = n == 0 ? g_strdup ("")
      : first == last
      /* Translators: after the chart's words: values the source suppressed, e.g. "Not published by the source: 3 values, in 2020." */
      ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, " Not published by the source: %u value, in %d (hatched).",
                                      " Not published by the source: %u values, in %d (hatched).", n), n, first)
      /* Translators: as above, over a span of years */
      : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, " Not published by the source: %u value, in %d–%d (hatched).",
                                      " Not published by the source: %u values, in %d–%d (hatched).", n), n, first, last);
    guint n_years;
    /* Years whose total is suppressed too: not drawn at all, so named. */
    g_autofree char *years = kb_chart_dup_years_without_total (chart, G_MININT, G_MAXINT, &n_years);

    if (n_years == 0)
      return g_steal_pointer (&counted);
    if (n == 0)
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: after the chart's words: years whose total the source suppressed */
                                           " No total is published for %s: that year is not drawn.",
                                           " No total is published for %s: those years are not drawn.", n_years),
                              years);
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: after the above: years whose total is suppressed, e.g. "2014, 2020" */
                                         "%s No total is published for %s: that year is not drawn.",
                                         "%s No total is published for %s: those years are not drawn.", n_years),
                            counted, years);
  }
}

/* Where the published total and the sum of its sectors differ beyond
 * rounding: which is shown, and by how much. Empty where they agree. */
static char *
describe_disagreement (KbChart *chart)
{
  KbSeries *total = kb_chart_get_total (chart);
  int year;
  double published, sum;
  g_autofree char *a = NULL, *b = NULL;

  if (total == NULL || kb_chart_get_per_capita (chart) || kb_chart_get_sector_filter (chart) != NULL ||
      !kb_dataset_total_disagrees (kb_chart_get_dataset (chart), kb_series_get_region_code (total),
                                   kb_series_get_indicator (total), kb_series_get_vintage (total),
                                   &year, &published, &sum))
    return g_strdup ("");
  a = kt (chart, published);
  b = kt (chart, sum);
  /* Translators: after the chart's words: the source's total and its parts disagree */
  return g_strdup_printf (_(" The published total is shown; it differs from the sum of the sectors (%d: %s against %s)."),
                          year, a, b);
}

/* The rank in words, for totals and values per inhabitant. */
static char *
describe_rank_values (KbChart              *chart,
                      int                   year,
                      const KbCompareEntry *e,
                      const KbCompareEntry *other,
                      guint                 i,
                      guint                 n,
                      const char           *value,
                      const char           *other_value)
{
  g_autofree char *per_head = NULL;

  /* Said once, at the municipality's own value (it read "31,8 t"). */
  if (kb_chart_is_per_capita (chart))
    /* Translators: a value per inhabitant in words, e.g. "31,8 t per inhabitant" */
    value = per_head = g_strdup_printf (_("%s per inhabitant"), value);
  if (i == 0)
    /* Translators: e.g. "In 2024 Linköping had 736 kt, the most of the 13 compared; next: Norrköping, 663 kt." */
    return g_strdup_printf (_("In %d %s had %s, the most of the %u compared; next: %s, %s."),
                            year, e->name, value, n, other->name, other_value);
  /* Translators: e.g. "In 2024 Norrköping had 663 kt, number 2 of the 13 compared; the most: Linköping, 736 kt." */
  return g_strdup_printf (_("In %d %s had %s, number %u of the %u compared; the most: %s, %s."),
                          year, e->name, value, i + 1, n, other->name, other_value);
}

/* Where the chart's municipality ranks among those compared. */
static char *
describe_rank (KbChart *chart,
               GArray  *entries)
{
  const char *own = kb_chart_get_region_code (chart);
  int year = kb_chart_get_year (chart);

  for (guint i = 0; entries->len > 1 && i < entries->len; i++)
    {
      const KbCompareEntry *e = &g_array_index (entries, KbCompareEntry, i);
      const KbCompareEntry *other = &g_array_index (entries, KbCompareEntry, i == 0 ? 1 : 0);
      g_autofree char *value = NULL, *other_value = NULL;

      if (g_strcmp0 (e->code, own) != 0)
        continue;
      if (kb_chart_get_compare_measure (chart) == KB_COMPARE_CHANGE)
        {
          g_autofree char *change = kb_format_signed (e->value, 1, kb_chart_get_language (chart));
          g_autofree char *other_change = kb_format_signed (other->value, 1, kb_chart_get_language (chart));

          if (i == 0)
            /* Translators: e.g. "From 1990 to 2024 Kiruna's emissions changed by +12,0 %, the largest rise of
             * the 290 compared; next: Gällivare, +8,0 %." */
            return g_strdup_printf (_("From %d to %d the emissions of %s changed by %s %%, the largest rise of the %u compared; next: %s, %s %%."),
                                    KB_COMPARE_CHANGE_FROM, year, e->name, change, entries->len, other->name, other_change);
          /* Translators: e.g. "From 1990 to 2024 the emissions of Linköping changed by −40,5 %, number 212 of the
           * 290 compared, the largest rise first; the largest: Kiruna, +12,0 %." */
          return g_strdup_printf (_("From %d to %d the emissions of %s changed by %s %%, number %u of the %u compared, the largest rise first; the largest: %s, %s %%."),
                                  KB_COMPARE_CHANGE_FROM, year, e->name, change, i + 1, entries->len,
                                  other->name, other_change);
        }
      if (kb_chart_get_compare_measure (chart) == KB_COMPARE_ELECTRIC_SHARE ||
          kb_chart_get_compare_measure (chart) == KB_COMPARE_CYCLE_PER_CAPITA)
        {
          gboolean cars = kb_chart_get_compare_measure (chart) == KB_COMPARE_ELECTRIC_SHARE;
          g_autofree char *mine = kb_format_number (e->value, cars ? 1 : 2, kb_chart_get_language (chart));
          g_autofree char *theirs = kb_format_number (other->value, cars ? 1 : 2, kb_chart_get_language (chart));
          int of_year = kb_compare_year (chart);

          if (cars)
            return i == 0
              /* Translators: e.g. "In 2025 Danderyd had the most electric cars of the 26 compared: 24,7 %; next: Täby, 20,1 %." */
              ? g_strdup_printf (_("In %d %s had the most electric cars of the %u compared: %s %%; next: %s, %s %%."),
                                 of_year, e->name, entries->len, mine, other->name, theirs)
              /* Translators: e.g. "In 2025 Linköping had 8,4 % electric cars, number 3 of the 13 compared; the most: …" */
              : g_strdup_printf (_("In %d %s had %s %% electric cars, number %u of the %u compared; the most: %s, %s %%."),
                                 of_year, e->name, mine, i + 1, entries->len, other->name, theirs);
          return i == 0
            /* Translators: metres of cycle network per inhabitant, ranked */
            ? g_strdup_printf (_("In %d %s had the most cycle network per inhabitant of the %u compared: %s m; next: %s, %s m."),
                               of_year, e->name, entries->len, mine, other->name, theirs)
            : g_strdup_printf (_("In %d %s had %s m of cycle network per inhabitant, number %u of the %u compared; the most: %s, %s m."),
                               of_year, e->name, mine, i + 1, entries->len, other->name, theirs);
        }
      value = kt (chart, e->value);
      other_value = kt (chart, other->value);
      if (kb_chart_get_per_capita (chart) && e->population_year != year)
        {
          g_autofree char *first = describe_rank_values (chart, year, e, other, i, entries->len, value, other_value);

          /* Translators: appended where the population is of another year than the emissions */
          return g_strdup_printf (_("%s Per inhabitant of %d, the latest population published."), first,
                                  e->population_year);
        }
      return describe_rank_values (chart, year, e, other, i, entries->len, value, other_value);
    }
  return NULL;
}

char *
kb_chart_dup_description (KbChart *chart)
{
  KbSeries *total;
  const KbTargetGap *gap;
  int year;

  g_return_val_if_fail (KB_IS_CHART (chart), NULL);

  total = kb_chart_get_total (chart);
  if (total == NULL)
    return g_strdup (_("No data for this chart."));
  gap = kb_chart_get_gap (chart);
  year = kb_chart_get_year (chart);

  switch (kb_chart_get_kind (chart))
    {
    case KB_CHART_KIND_TARGET_GAP:
      if (gap != NULL)
        {
          g_autofree char *target = describe_target (chart, gap);
          g_autofree char *scenario = describe_scenario (chart);

          if (scenario == NULL)
            return g_steal_pointer (&target);
          return g_strconcat (target, " ", scenario, NULL);
        }
      break;

    case KB_CHART_KIND_COST_CURVE:
    case KB_CHART_KIND_INVESTMENT:
    case KB_CHART_KIND_ACTORS:
      return kb_chart_dup_plan_description (chart);

    case KB_CHART_KIND_CAR_FUELS:
    case KB_CHART_KIND_CYCLE_NETWORK:
      return kb_chart_dup_mobility_description (chart);

    case KB_CHART_KIND_MEASURES:
      {
        KbMeasuresOutcome outcome;

        if (kb_chart_get_outcome (chart, &outcome))
          return describe_measures (chart, &outcome);
      }
      break;

    case KB_CHART_KIND_SECTOR_MEASURES:
      {
        KbMeasuresOutcome outcome;

        if (gap != NULL && kb_chart_get_outcome (chart, &outcome))
          return describe_sector_targets (chart, gap, &outcome);
      }
      break;

    case KB_CHART_KIND_REVISIONS:
      {
        GPtrArray *releases = kb_chart_get_sectors (chart);
        g_autoptr(GString) text = g_string_new (NULL);
        int first = kb_series_get_n_years (total) > 0 ? kb_series_get_year (total, 0) : 0;

        /* The first year, as each release gave it. */
        for (guint i = 0; i < releases->len; i++)
          {
            KbSeries *part = g_ptr_array_index (releases, i);
            g_autofree char *value = NULL;
            double v;

            if (!kb_series_get_value (part, first, &v))
              continue;
            value = kt (chart, v);
            /* Translators: one release's figure for a year, e.g. "1 270 kt as published in 2021" */
            if (text->len == 0)
              g_string_append_printf (text, _("%d: %s as published in %d"), first, value, kb_series_get_vintage (part));
            else
              g_string_append_printf (text, _(", %s as published in %d"), value, kb_series_get_vintage (part));
          }
        if (text->len > 0)
          {
            g_string_append_c (text, '.');
            return g_string_free (g_steal_pointer (&text), FALSE);
          }
      }
      break;

    case KB_CHART_KIND_COMPARE:
      {
        g_autoptr(GArray) entries = kb_compare_entries (chart);
        g_autofree char *text = describe_rank (chart, entries);

        if (text != NULL)
          return g_steal_pointer (&text);
      }
      break;

    case KB_CHART_KIND_SECTOR_CHANGE:
      {
        int from = kb_chart_get_from_year (chart);
        double a, b;

        if (kb_series_get_value (total, from, &a) && kb_series_get_value (total, year, &b))
          {
            g_autofree char *change = kt (chart, fabs (b - a));
            return g_strdup_printf (b <= a ? _("From %d to %d emissions fell by %s.")
                                           : _("From %d to %d emissions rose by %s."), from, year, change);
          }
      }
      break;

    case KB_CHART_KIND_MODE_SHARE:
      {
        GPtrArray *modes = kb_chart_get_sectors (chart);
        g_autoptr(GString) text = g_string_new (NULL);
        int survey;

        kb_series_get_latest (total, &survey, NULL);
        /* Translators: the start of a list of mode shares, e.g. "In 2022: " */
        g_string_printf (text, _("In %d: "), survey);
        for (guint i = 0; i < modes->len; i++)
          {
            double share;
            g_autofree char *number = NULL;

            if (!kb_series_get_value (g_ptr_array_index (modes, i), survey, &share))
              continue;
            number = kb_format_share (share, kb_chart_get_language (chart));
            g_string_append_printf (text, "%s%s %s %%", text->str[text->len - 2] == ':' ? "" : ", ",
                                    kb_series_display (g_ptr_array_index (modes, i), kb_chart_get_language (chart)), number);
          }
        g_string_append_c (text, '.');
        return g_string_free (g_steal_pointer (&text), FALSE);
      }

    default:
      break;
    }

  /* The latest total and its largest part, and what the source left out. */
  {
    double value, largest_value, share;
    KbSeries *largest = NULL;
    g_autofree char *total_text = NULL, *largest_text = NULL, *share_text = NULL;
    g_autofree char *first = NULL, *since = NULL, *unpublished = describe_unpublished (chart);

    /* A latest year whose total is suppressed: the one before it. */
    if (!kb_series_get_value (total, year, &value) && !kb_series_get_latest (total, &year, &value))
      return g_strdup (_("No data for this chart."));
    largest = largest_sector (chart, year, &largest_value);
    total_text = kt (chart, value);
    {
      GPtrArray *parts = kb_chart_get_sectors (chart);
      gboolean suppressed = FALSE;

      /* Where the source hid some parts, none is named the largest. */
      for (guint i = 0; i < parts->len; i++)
        suppressed |= !kb_series_get_value (g_ptr_array_index (parts, i), year, NULL);
      if (suppressed)
        {
          g_autofree char *all = g_strdup_printf (_("In %d: %s in all."), year, total_text);
          return g_strconcat (all, unpublished, NULL);
        }
    }
    if (largest == NULL || value <= 0 || kb_chart_get_kind (chart) == KB_CHART_KIND_MODE_SHARE)
      return g_strdup_printf (_("In %d: %s in all."), year, total_text);
    if (kb_chart_get_sector_filter (chart) != NULL && kb_chart_get_sectors (chart)->len == 1)
      {
        g_autofree char *part = kt (chart, largest_value);
        g_autofree char *part_share = kb_format_number (largest_value / value * 100, 0, kb_chart_get_language (chart));

        /* Translators: e.g. "In 2024: Transporter 229 kt, 31 % of all 736 kt." */
        return g_strdup_printf (_("In %d: %s %s, %s %% of all %s."), year, kb_series_display (largest, kb_chart_get_language (chart)),
                                part, part_share, total_text);
      }
    share = largest_value / value * 100;
    largest_text = kt (chart, largest_value);
    share_text = kb_format_number (share, 0, kb_chart_get_language (chart));
    /* Translators: e.g. "In 2024: 736 kt in all, most from El och fjärrvärme: 318 kt (43 %)." */
    first = g_strdup_printf (_("In %d: %s in all, most from %s: %s (%s %%)."), year, total_text,
                             kb_series_display (largest, kb_chart_get_language (chart)), largest_text, share_text);
    since = describe_since (chart, total, year);
    {
      g_autofree char *disagreement = describe_disagreement (chart);
      return g_strconcat (first, since, unpublished, disagreement, NULL);
    }
  }
}

/* Whether the chart's horizontal axis is the years (a trend), where a
 * point of the plot is a year to read out. */
gboolean
kb_chart_has_time_axis (KbChart *chart)
{
  switch (kb_chart_get_kind (chart))
    {
    case KB_CHART_KIND_SECTOR_TREND:
    case KB_CHART_KIND_TARGET_GAP:
    case KB_CHART_KIND_ENERGY:
      return TRUE;
    default:
      return FALSE;
    }
}

/* The year with data nearest to @year on the axis, or 0 where none is
 * within half the widest gap the data leaves (five years): the space
 * between the last data and the target years reads out nothing. */
int
kb_chart_nearest_year (KbChart *chart,
                       double   year)
{
  KbSeries *total = kb_chart_get_total (chart);
  int best = 0;
  double best_distance = 2.5;

  int hidden_after = kb_chart_get_hidden_after (chart);

  if (total == NULL || !kb_chart_has_time_axis (chart))
    return 0;
  for (guint i = 0; i < kb_series_get_n_years (total); i++)
    {
      double v, distance = fabs (kb_series_get_year (total, i) - year);

      /* The guessing game's answer is not read out either. */
      if (hidden_after != 0 && kb_series_get_year (total, i) > hidden_after)
        break;
      if (distance <= best_distance && kb_series_get_value_at (total, i, &v))
        best = kb_series_get_year (total, i), best_distance = distance;
    }
  return best;
}

static int
compare_parts (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  int year = GPOINTER_TO_INT (user_data);
  double va = 0, vb = 0;

  kb_series_get_value (*(KbSeries **)a, year, &va);
  kb_series_get_value (*(KbSeries **)b, year, &vb);
  return (vb > va) - (vb < va);
}

/* What the chart shows for @year, a line each: the year, the total, then
 * each part largest first with its share of the total (a removal, below
 * zero, without one). NULL where the chart has no data that year. */
char *
kb_chart_dup_readout (KbChart *chart,
                      int      year)
{
  KbSeries *total = kb_chart_get_total (chart);
  GPtrArray *sectors = kb_chart_get_sectors (chart);
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autofree char *total_text = NULL;
  GString *text;
  KbYearParts in_year;
  double value, base;

  if (total == NULL || !kb_chart_has_time_axis (chart) || !kb_series_get_value (total, year, &value) ||
      (kb_chart_get_hidden_after (chart) != 0 && year > kb_chart_get_hidden_after (chart)))
    return NULL;

  total_text = kt (chart, value);
  text = g_string_new (NULL);
  /* Translators: the year a chart's read-out is for, then the total */
  g_string_append_printf (text, _("%d: %s in all"), year, total_text);

  for (guint i = 0; kb_chart_get_guess_year (chart) == 0 && i < sectors->len; i++)
    if (kb_series_has_year (g_ptr_array_index (sectors, i), year))
      g_ptr_array_add (parts, g_ptr_array_index (sectors, i));
  g_ptr_array_sort_with_data (parts, compare_parts, GINT_TO_POINTER (year));

  /* Shares are of the same base as the shares view draws: the year's
   * emissions before removals, with what the source did not publish. */
  /* Counted over every sector shown, as the stack counts them (a sector
   * without the year is unpublished there too); the game lists none. */
  kb_chart_get_year_parts (chart, kb_chart_get_guess_year (chart) == 0 ? sectors : parts, year, &in_year);
  base = in_year.base;

  for (guint i = 0; i < parts->len; i++)
    {
      KbSeries *part = g_ptr_array_index (parts, i);
      const char *name = kb_series_display (part, kb_chart_get_language (chart));
      g_autofree char *part_text = NULL;
      double v;

      if (!kb_series_get_value (part, year, &v))
        {
          /* Translators: a part of the read-out the source suppressed */
          g_string_append_printf (text, _("\n%s: .. (not published)"), name);
          continue;
        }
      part_text = kt (chart, v);
      if (v > 0 && base > 0)
        {
          g_autofree char *share = kb_format_share (v / base * 100, kb_chart_get_language (chart));
          g_string_append_printf (text, "\n%s: %s (%s %%)", name, part_text, share);
        }
      else
        g_string_append_printf (text, "\n%s: %s", name, part_text);
    }
  if (in_year.negative < 0 && base > 0)
    {
      g_autofree char *gross = kt (chart, base);

      /* Translators: the base of the read-out's shares where removals pull the net total down */
      g_string_append_printf (text, _("\nShares of the emissions before removals, %s"), gross);
    }
  return g_string_free (text, FALSE);
}

/* The scenario line's name: the measures, an extra yearly cut, or both —
 * never "the measures" where none are open (a workshop read the what-if
 * cut as the municipality's plan). */
char *
kb_chart_dup_scenario_label (KbChart *chart)
{
  double cut;
  g_autofree char *percent = NULL;

  g_return_val_if_fail (KB_IS_CHART (chart), NULL);

  cut = kb_chart_get_extra_cut (chart);
  if (cut <= 0)
    return g_strdup (_("With the measures"));
  percent = kb_format_number (cut, 1, kb_chart_get_language (chart));
  if (!kb_chart_has_plan (chart))
    /* Translators: the scenario line with only the what-if extra yearly cut */
    return g_strdup_printf (_("Trend with −%s\u00A0%% a year more"), percent);
  /* Translators: the scenario line with measures and an extra yearly cut */
  return g_strdup_printf (_("With the measures and −%s\u00A0%% a year more"), percent);
}

/* Guess @g's label at its end: its number, and once the answer is shown,
 * how far it ended from the latest year's value ("2: 12 kt too high"), or
 * from its own last year's where it stopped before ("2: 12 kt too high in
 * 2020"): a workshop asks who came closest. */
char *
kb_chart_dup_guess_label (KbChart *chart,
                          guint    g)
{
  KbGuesses *guesses;
  KbSeries *total;
  g_autofree char *off = NULL;
  double actual, guessed, end;
  int latest, year;
  guint n;

  g_return_val_if_fail (KB_IS_CHART (chart), NULL);
  guesses = kb_chart_get_guesses (chart);
  g_return_val_if_fail (guesses != NULL && g < kb_guesses_get_n_guesses (guesses), NULL);

  total = kb_chart_get_total (chart);
  n = kb_guesses_get_n_points (guesses, g);
  if (!kb_chart_get_guess_revealed (chart) || total == NULL || n == 0 ||
      !kb_series_get_latest (total, &latest, &actual))
    return g_strdup_printf ("%u", g + 1);
  year = latest;
  if (!kb_guesses_value_at (guesses, g, latest, &guessed))
    {
      kb_guesses_get_point (guesses, g, n - 1, &end, &guessed);
      year = (int)floor (end);
      /* Only a year the guess reached past the history shown (a short
       * stroke is not "spot on" at its own start). */
      if (year <= kb_chart_get_guess_year (chart) ||
          !kb_guesses_value_at (guesses, g, year, &guessed) || !kb_series_get_value (total, year, &actual))
        return g_strdup_printf ("%u", g + 1);
    }
  off = kt (chart, fabs (guessed - actual));
  if (year == latest)
    {
      if (fabs (guessed - actual) < fabs (actual) / 200)
        /* Translators: a guess's number: it ended within half a percent of the answer */
        return g_strdup_printf (_("%u: spot on"), g + 1);
      return guessed > actual
        /* Translators: a guess's number, and how far above the answer it ended ("12 kt") */
        ? g_strdup_printf (_("%u: %s too high"), g + 1, off)
        /* Translators: a guess's number, and how far below the answer it ended */
        : g_strdup_printf (_("%u: %s too low"), g + 1, off);
    }
  if (fabs (guessed - actual) < fabs (actual) / 200)
    /* Translators: a guess's number: it stopped early, in the year given, within half a percent */
    return g_strdup_printf (_("%u: spot on in %d"), g + 1, year);
  return guessed > actual
    /* Translators: a guess's number, how far above the answer it ended, and the year it stopped in */
    ? g_strdup_printf (_("%u: %s too high in %d"), g + 1, off, year)
    /* Translators: a guess's number, how far below the answer it ended, and the year it stopped in */
    : g_strdup_printf (_("%u: %s too low in %d"), g + 1, off, year);
}
