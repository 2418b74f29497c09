/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "klimatbild-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/kb-summary.h"
#include "chart/kb-chart-export.h"
#include "import/kb-import.h"
#include "import/kb-measures-reader.h"
#include "import/kb-number.h"
#include "chart/kb-chart-render.h"
#include "chart/kb-compare.h"
#include "kb-i18n.h"

/* klimatbild-render: import → analysis → chart → file, without GTK. */

static char *municipality;
static char *chart_name;
static char *indicator_name;
static gboolean list_municipalities;
static char *output;
static char *size = NULL;
static double scale = 0;
static gboolean summary;
static gboolean stacked;
static gboolean relative;
static int year;
static int from_year;
static char *compare;
static char *compare_scope;
static char *compare_by;
static char *sector_names;
static char *breakdown;
static char *preset;
static char *data_csv;
static gboolean share;
static gboolean per_capita;
static char **annotations;
static char *mode_target;
static char *deck;
static char *measures_file;
static char *group_by;
static double extra_cut;

static int target_year;
static int budget_from_year;
static int release;
static char *targets_file;
static char **files;

/* --extra-reduction-pct: "2.5", or "2,5" as a Swedish hand writes it. */
static gboolean
parse_extra_cut (const char  *option,
                 const char  *value,
                 gpointer     data,
                 GError     **error)
{
  g_autofree char *text = g_strstrip (g_strdup (value));
  char *end = NULL;

  if (strchr (text, '.') == NULL)
    g_strdelimit (text, ",", '.');
  extra_cut = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !(extra_cut >= 0 && extra_cut < 100))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--extra-reduction-pct must be a number from 0 up to 100, 100 itself not, e.g. 2.5 or 2,5"));
      return FALSE;
    }
  return TRUE;
}

static const GOptionEntry entries[] = {
  { "municipality", 'm', 0, G_OPTION_ARG_STRING, &municipality,
    N_("The municipality, by name or code (default: Linköping, or the first in the files)"), N_("NAME|CODE") },
  { "chart", 'c', 0, G_OPTION_ARG_STRING, &chart_name,
    N_("The chart: trend, target-gap, sector-ranking, sector-change, compare, energy, mode-share, "
       "revisions, measures, sector-measures, cost-curve, investment, actors, car-fuels or cycle-network "
       "(default: trend)"), N_("KIND") },
  { "group-by", 0, 0, G_OPTION_ARG_STRING, &group_by,
    N_("The measures chart's rows: measure, focus-area or owner (default: measure)"), N_("GROUPING") },
  { "stacked", 0, 0, G_OPTION_ARG_NONE, &stacked,
    N_("Stack the sectors of a trend instead of drawing lines"), NULL },
  { "relative", 0, 0, G_OPTION_ARG_NONE, &relative,
    N_("Show a trend as an index, the first year = 100"), NULL },
  { "share", 0, 0, G_OPTION_ARG_NONE, &share,
    N_("Show a stacked chart as shares of the total"), NULL },
  { "per-capita", 0, 0, G_OPTION_ARG_NONE, &per_capita,
    N_("Per inhabitant, with the population SCB publishes (embedded) or a population file"), NULL },
  { "annotate", 0, 0, G_OPTION_ARG_STRING_ARRAY, &annotations,
    N_("A note on the time axis, e.g. \"2025:Gärstad sorting plant\" (may be repeated)"), N_("YEAR:TEXT") },
  { "mode-target", 0, 0, G_OPTION_ARG_STRING, &mode_target,
    N_("A target share for a travel mode, e.g. cykel=45"), N_("MODE=PERCENT") },
  { "deck", 0, 0, G_OPTION_ARG_FILENAME, &deck,
    N_("Write every chart the data allows as a slide deck, a page each (16:9, or the --preset's size): FILE, a .pdf, and numbered PNGs beside it"), N_("FILE") },
  { "measures", 0, 0, G_OPTION_ARG_FILENAME, &measures_file,
    N_("A measures file: the measures chart, the scenario, and \"measures\" in the summary"), N_("FILE") },
  { "extra-reduction-pct", 0, 0, G_OPTION_ARG_CALLBACK, parse_extra_cut,
    /* xgettext:no-c-format */
    N_("What if emissions fell a further N % a year from the latest year"), N_("N") },
  { "target-year", 0, 0, G_OPTION_ARG_INT, &target_year,
    N_("The milestone the measures are weighed against (default: the targets' next, e.g. 2030 for Linköping, 2045 for Sweden's)"), N_("YEAR") },
  { "targets", 0, 0, G_OPTION_ARG_FILENAME, &targets_file,
    N_("The municipality’s targets, a key file like data/linkoping-targets.ini (default: Linköping’s "
       "own for Linköping, Sweden’s for any other)"), N_("FILE.ini") },
  { "release", 0, 0, G_OPTION_ARG_INT, &release,
    N_("Which release to show where several are loaded, by the year it was published (default: the newest)"),
    N_("YEAR") },
  { "budget-from-year", 0, 0, G_OPTION_ARG_INT, &budget_from_year,
    N_("The year the carbon budget starts in (default: the current year)"), N_("YEAR") },
  { "year", 0, 0, G_OPTION_ARG_INT, &year,
    N_("The year of a ranking or comparison, the last of a change (default: the latest)"), N_("YEAR") },
  { "from-year", 0, 0, G_OPTION_ARG_INT, &from_year,
    N_("The first year of a change (default: the first)"), N_("YEAR") },
  { "compare", 0, 0, G_OPTION_ARG_STRING, &compare,
    N_("Municipalities to compare, by name or code (default: the same county’s)"), N_("A,B,C") },
  { "compare-scope", 0, 0, G_OPTION_ARG_STRING, &compare_scope,
    N_("Whom compare sets beside the municipality: county, similar (nearest in population) or all "
       "(default: county)"), N_("SCOPE") },
  { "compare-by", 0, 0, G_OPTION_ARG_STRING, &compare_by,
    N_("What compare ranks: total, per-capita, change (since 1990), electric-share (of the cars) or "
       "cycle-network (per inhabitant) (default: per-capita, as in the window)"), N_("MEASURE") },
  { "sectors", 0, 0, G_OPTION_ARG_STRING, &sector_names,
    N_("Only these sectors, by name or its start; one sector compares that sector"), N_("A,B") },
  { "by", 0, 0, G_OPTION_ARG_STRING, &breakdown,
    N_("Energy by category or fuel (default: category)"), N_("BREAKDOWN") },
  { "preset", 0, 0, G_OPTION_ARG_STRING, &preset,
    N_("A size: presentation (1920×1080 px), a4 (A4 landscape: a 842×595 pt PDF page, PNG at 300 dpi), "
       "a4-portrait or square (1080×1080 px)"), N_("PRESET") },
  { "data", 0, 0, G_OPTION_ARG_FILENAME, &data_csv,
    N_("Also write the numbers behind the chart to FILE as CSV"), N_("FILE") },
  { "indicator", 'i', 0, G_OPTION_ARG_STRING, &indicator_name,
    N_("What to show: emissions, energy or mobility (cars by fuel, cycle network; default: emissions)"),
    N_("INDICATOR") },
  { "list-municipalities", 0, 0, G_OPTION_ARG_NONE, &list_municipalities,
    N_("Print the regions in the data, code and name, one a line"), NULL },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
    N_("Write the chart to FILE (.png, .svg or .pdf)"), N_("FILE") },
  { "size", 's', 0, G_OPTION_ARG_STRING, &size,
    N_("The chart’s size in pixels (default: 1920x1080)"), N_("WxH") },
  { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &scale,
    N_("Pixels per point in PNG files, e.g. 2 for HiDPI (default: 1)"), N_("N") },
  { "summary", 0, 0, G_OPTION_ARG_NONE, &summary,
    N_("Print the key figures as JSON"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("[FILE…]") },
  { NULL }
};

static int
fail (const char *message)
{
  g_printerr ("%s\n", message);
  return EXIT_FAILURE;
}


static gboolean
parse_size (const char *text,
            int        *width,
            int        *height)
{
  g_auto(GStrv) parts = g_strsplit (text, "x", 2);
  guint64 w, h;

  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 16, 20000, &w, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 16, 20000, &h, NULL))
    return FALSE;
  *width = (int)w;
  *height = (int)h;
  return TRUE;
}

static KbDataset *
load (char   **first_region,
      GError **error)
{
  g_autoptr(KbDataset) dataset = NULL;

  if (files == NULL || files[0] == NULL)
    return kb_import_default ();

  dataset = kb_dataset_new ();
  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[i]);
      g_autoptr(KbDataset) part = kb_import_file (file, NULL, error);

      if (part == NULL)
        return NULL;
      if (!kb_dataset_merge (dataset, part, error))
        {
          g_prefix_error (error, "%s: ", files[i]);
          return NULL;
        }
    }

  /* The embedded data stands in for what the files do not have (the
   * population for --per-capita, say); what they have replaces it. */
  {
    g_autoptr(KbDataset) embedded = kb_import_default ();
    g_autoptr(KbDataset) combined = kb_dataset_copy_for (embedded, dataset);

    /* The files' own first region is the default, not the embedded data's. */
    *first_region = kb_dataset_get_first_region (dataset);
    if (!kb_dataset_merge (combined, dataset, error))
      return NULL;
    return g_steal_pointer (&combined);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDataset) dataset = NULL;
  g_autoptr(KbTarget) target = NULL;
  g_autoptr(KbChart) chart = NULL;
  g_autofree char *region = NULL;
  g_autofree char *first_region = NULL;
  KbChartKind kind = KB_CHART_KIND_SECTOR_TREND;
  g_autoptr(KbChart) comparison = NULL;
  KbCompareScope scope = KB_COMPARE_COUNTY;
  KbCompareMeasure measure = KB_COMPARE_PER_CAPITA;
  int width = 1920, height = 1080;
  gboolean scale_given;

  kb_i18n_init (LOCALEDIR);
  kb_chart_render_init ();

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Draws Klimatbild’s charts to files and prints key figures."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return fail (error->message);

  if (chart_name != NULL && !kb_chart_kind_from_string (chart_name, &kind))
    return fail (_("--chart must be trend, target-gap, sector-ranking, sector-change, mode-share, "
                   "energy, compare, revisions, measures, sector-measures, cost-curve, investment, actors, "
                   "car-fuels or cycle-network"));
  if (kb_chart_kind_is_plan_economics (kind) && measures_file == NULL)
    return fail (_("--chart cost-curve, investment and actors need a plan: --measures FILE"));
  if (group_by != NULL && !g_str_equal (group_by, "measure") && !g_str_equal (group_by, "focus-area") &&
      !g_str_equal (group_by, "owner"))
    return fail (_("--group-by must be measure, focus-area or owner"));
  /* Every output's format, before anything is written (a bad --data
   * name failed after the chart was written). */
  if ((output != NULL && !kb_export_check_name (KB_EXPORT_NAME_CHART, output, &error)) ||
      (deck != NULL && !kb_export_check_name (KB_EXPORT_NAME_DECK, deck, &error)) ||
      (data_csv != NULL && !kb_export_check_name (KB_EXPORT_NAME_NUMBERS, data_csv, &error)))
    return fail (error->message);
  scale_given = scale != 0;
  if (!scale_given)
    scale = 1.0;
  if (!(scale >= 0.25 && scale <= 8))
    return fail (_("--scale must be between 0.25 and 8"));
  if (preset != NULL && !kb_export_preset_size (preset, &width, &height, scale_given ? NULL : &scale))
    return fail (_("--preset must be presentation, a4, a4-portrait or square"));
  if (breakdown != NULL && !g_str_equal (breakdown, "category") && !g_str_equal (breakdown, "fuel"))
    return fail (_("--by must be category or fuel"));
  if (size != NULL && !parse_size (size, &width, &height))
    return fail (_("--size must be WIDTHxHEIGHT in pixels, e.g. 1920x1080"));
  if (indicator_name != NULL && !g_str_equal (indicator_name, "emissions") &&
      !g_str_equal (indicator_name, "energy") && !g_str_equal (indicator_name, "mobility"))
    return fail (_("--indicator must be emissions, energy or mobility"));
  /* Mobility: the fleet's fuels (the default), the cycle network, or the
   * travel survey's modes. */
  if (g_strcmp0 (indicator_name, "mobility") == 0)
    {
      if (chart_name == NULL)
        kind = KB_CHART_KIND_CAR_FUELS;
      else if (kind != KB_CHART_KIND_CAR_FUELS && kind != KB_CHART_KIND_CYCLE_NETWORK &&
               kind != KB_CHART_KIND_MODE_SHARE)
        return fail (_("--indicator mobility draws --chart car-fuels, cycle-network or mode-share"));
    }
  /* Releases are compared as published: shares of each would hide what
   * changed (the chart drew shares, its numbers stayed tonnes). */
  if (share && kind == KB_CHART_KIND_REVISIONS)
    return fail (_("--share does not apply to --chart revisions: releases are compared as published"));
  if (compare_scope != NULL && !kb_compare_scope_from_id (compare_scope, &scope))
    return fail (_("--compare-scope must be county, similar or all"));
  if (compare_by != NULL && !kb_compare_measure_from_id (compare_by, &measure))
    return fail (_("--compare-by must be total, per-capita, change, electric-share or cycle-network"));
  if (budget_from_year != 0 && (budget_from_year < 1990 || budget_from_year > KB_BUDGET_TO_YEAR))
    return fail (_("--budget-from-year must be a year from 1990 to 2050"));
  if (!summary && output == NULL && !list_municipalities && deck == NULL)
    return fail (_("Nothing to do: give --output FILE, --summary or both"));

  /* No output may overwrite an input: the files read are only ever read. */
  {
    const char *outputs[] = { output, data_csv, deck };

    for (guint o = 0; o < G_N_ELEMENTS (outputs); o++)
      {
        g_autoptr(GFile) out = outputs[o] ? g_file_new_for_commandline_arg (outputs[o]) : NULL;
        const char *inputs[] = { measures_file, targets_file };

        for (guint i = 0; out != NULL && files != NULL && files[i] != NULL; i++)
          {
            g_autoptr(GFile) in = g_file_new_for_commandline_arg (files[i]);
            if (g_file_equal (in, out))
              {
                g_autofree char *message = g_strdup_printf (_("%s is an input: it is never written over"), outputs[o]);
                return fail (message);
              }
          }
        for (guint i = 0; out != NULL && i < G_N_ELEMENTS (inputs); i++)
          {
            g_autoptr(GFile) in = inputs[i] ? g_file_new_for_commandline_arg (inputs[i]) : NULL;
            if (in != NULL && g_file_equal (in, out))
              {
                g_autofree char *message = g_strdup_printf (_("%s is an input: it is never written over"), outputs[o]);
                return fail (message);
              }
          }
      }
  }

  dataset = load (&first_region, &error);
  if (dataset == NULL)
    return fail (error->message);

  if (list_municipalities)
    {
      g_autoptr(GPtrArray) codes = kb_dataset_list_regions (dataset);

      for (guint i = 0; i < codes->len; i++)
        g_print ("%s %s\n", (char *)g_ptr_array_index (codes, i),
                 kb_dataset_get_region_name (dataset, g_ptr_array_index (codes, i)));
      if (!summary && output == NULL)
        return EXIT_SUCCESS;
    }

  region = municipality != NULL ? kb_dataset_find_region (dataset, municipality)
         : files == NULL ? g_strdup (KB_IMPORT_DEFAULT_REGION)
         : g_strdup (first_region);
  if (region == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("No municipality “%s” in the data"), municipality);
      return fail (message);
    }

  chart = kb_chart_new (kind, dataset, region);
  if (targets_file != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (targets_file);

      target = kb_target_new_from_file (file, &error);
      if (target == NULL)
        return fail (error->message);
      if (g_strcmp0 (kb_target_get_region_code (target), region) != 0)
        {
          g_autofree char *message =
            g_strdup_printf (_("%s: the targets are for region %s, not for %s"), targets_file,
                             kb_target_get_region_code (target) ? kb_target_get_region_code (target) : "–",
                             kb_dataset_get_region_name (dataset, region));
          return fail (message);
        }
    }
  else
    target = kb_target_new_for_region (region);
  kb_chart_set_target (chart, target);
  kb_chart_set_budget_from_year (chart, budget_from_year);
  if (release != 0)
    {
      g_autoptr(GArray) releases = NULL;
      g_autoptr(GString) loaded = g_string_new (NULL);
      gboolean found = FALSE;

      kb_chart_set_release (chart, release);
      releases = kb_chart_list_releases (chart);
      for (guint i = 0; i < releases->len; i++)
        {
          found |= g_array_index (releases, int, i) == release;
          g_string_append_printf (loaded, "%s%d", i > 0 ? ", " : "", g_array_index (releases, int, i));
        }
      if (!found)
        {
          g_autofree char *message = g_strdup_printf (_("No release of %d in the data (loaded: %s)"), release,
                                                      loaded->len ? loaded->str : "–");
          return fail (message);
        }
    }
  if (g_strcmp0 (indicator_name, "energy") == 0)
    kb_chart_set_indicator (chart, KB_INDICATOR_ENERGY);
  /* Energy by category stacks; by fuel SCB suppresses too many cells for a
   * stack to be honest, so fuels are lines unless asked. */
  kb_chart_set_trend_style (chart, stacked || kind == KB_CHART_KIND_CYCLE_NETWORK ||
                                   (kind == KB_CHART_KIND_ENERGY && g_strcmp0 (breakdown, "fuel") != 0)
                                   ? KB_TREND_STYLE_STACKED : KB_TREND_STYLE_LINES);
  kb_chart_set_relative (chart, relative);
  kb_chart_set_year (chart, year);
  kb_chart_set_from_year (chart, from_year);
  kb_chart_set_by_fuel (chart, g_strcmp0 (breakdown, "fuel") == 0);
  kb_chart_set_share (chart, share);
  kb_chart_set_per_capita (chart, per_capita);
  for (guint i = 0; annotations != NULL && annotations[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (annotations[i], ":", 2);
      guint64 note_year;

      if (g_strv_length (parts) != 2 ||
          !g_ascii_string_to_unsigned (parts[0], 10, 1900, 2100, &note_year, NULL))
        return fail (_("--annotate must be YEAR:TEXT, e.g. 2025:Gärstad"));
      kb_chart_add_annotation (chart, (int)note_year, parts[1]);
    }
  kb_chart_set_extra_cut (chart, extra_cut);
  kb_chart_set_measures_grouping (chart, g_strcmp0 (group_by, "focus-area") == 0 ? KB_MEASURES_BY_FOCUS_AREA
                                       : g_strcmp0 (group_by, "owner") == 0 ? KB_MEASURES_BY_OWNER
                                       : KB_MEASURES_BY_MEASURE);
  kb_chart_set_target_year (chart, target_year);
  if (measures_file != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (measures_file);
      g_autoptr(GListStore) measures = kb_measures_read_file (file, &error);

      if (measures == NULL)
        return fail (error->message);
      kb_chart_set_measures (chart, G_LIST_MODEL (measures));
      {
        g_autoptr(GPtrArray) warnings = kb_chart_check_measures (chart, G_LIST_MODEL (measures));

        for (guint i = 0; i < warnings->len; i++)
          g_printerr (_("%s: warning: %s\n"), measures_file, (char *)g_ptr_array_index (warnings, i));
      }
    }
  if (target_year != 0 && kb_chart_get_gap (chart) != NULL &&
      kb_target_find_milestone (kb_chart_get_target (chart), target_year) == NULL)
    {
      KbTarget *target = kb_chart_get_target (chart);
      g_autoptr(GString) years = g_string_new (NULL);
      g_autofree char *message = NULL;

      for (guint i = 0; i < kb_target_get_n_milestones (target); i++)
        g_string_append_printf (years, "%s%d", i > 0 ? ", " : "", kb_target_get_milestone (target, i)->year);
      /* Translators: the years of the targets' milestones, e.g. "2030, 2045" */
      message = g_strdup_printf (_("--target-year must be a year of a milestone of these targets: %s"), years->str);
      return fail (message);
    }
  if (mode_target != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (mode_target, "=", 2);
      double pct;

      if (g_strv_length (parts) != 2 || kb_number_parse (parts[1], &pct) != KB_NUMBER_VALUE ||
          pct < 0 || pct > 100)
        return fail (_("--mode-target must be MODE=PERCENT, e.g. cykel=45"));
      kb_chart_set_mode_target (chart, parts[0], pct);
    }
  if (sector_names != NULL)
    {
      g_auto(GStrv) names = g_strsplit (sector_names, ",", -1);
      kb_chart_set_sector_filter (chart, (const char * const *)names);
    }
  /* Jämför's choices: the chart's where it is one, else a deck's
   * comparison (ranked per inhabitant, a trend would be drawn per
   * inhabitant). Per inhabitant unless told, as the window ranks: totals
   * mostly rank municipalities by size. */
  if (kind == KB_CHART_KIND_COMPARE)
    comparison = g_object_ref (chart);
  else if (compare_scope != NULL || compare_by != NULL || compare != NULL)
    comparison = kb_chart_new (KB_CHART_KIND_COMPARE, dataset, region);
  if (comparison != NULL)
    {
      kb_chart_set_compare_scope (comparison, scope);
      kb_chart_set_compare_measure (comparison, measure);
      if (compare != NULL)
        {
          g_auto(GStrv) names = g_strsplit (compare, ",", -1);
          kb_chart_set_compare_regions (comparison, (const char * const *)names);
        }
    }

  if (kb_chart_get_total (chart) == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("The data holds no %s for %s"),
                         g_strcmp0 (indicator_name, "energy") == 0 || kind == KB_CHART_KIND_ENERGY
                           ? _("final energy use")
                           : kind == KB_CHART_KIND_MODE_SHARE ? _("travel-survey shares")
                           : kind == KB_CHART_KIND_CAR_FUELS ? _("figures of the car fleet")
                           : kind == KB_CHART_KIND_CYCLE_NETWORK ? _("figures of the cycle network")
                           : _("emissions"),
                         kb_dataset_get_region_name (dataset, region));
      return fail (message);
    }

  if (output != NULL && !kb_chart_export (chart, output, width, height, scale, &error))
    return fail (error->message);
  if (data_csv != NULL && !kb_chart_export_data (chart, data_csv, &error))
    return fail (error->message);
  if (deck != NULL && !kb_chart_export_deck (chart, comparison, deck,
                                             width, height, scale, &error))
    return fail (error->message);

  if (summary && g_strcmp0 (indicator_name, "mobility") == 0)
    {
      g_autofree char *json = kb_summary_mobility_to_json (dataset, region);
      fputs (json, stdout);
    }
  else if (summary)
    {
      const KbTargetGap *gap;

      /* The figures in their own unit: per inhabitant is a key of its own. */
      kb_chart_set_per_capita (chart, FALSE);
      gap = kb_chart_get_gap (chart);
      KbMeasuresOutcome outcome;
      gboolean have_outcome = (measures_file != NULL || extra_cut > 0) &&
                              kb_chart_get_outcome (chart, &outcome);
      g_autoptr(KbSeries) population = kb_chart_dup_population (chart, region);
      KbSummaryInput input = {
        .target = gap ? target : NULL,
        .gap = gap,
        .outcome = have_outcome ? &outcome : NULL,
        .budget_from_year = budget_from_year,
        .population = population,
        .measures = measures_file != NULL ? kb_chart_get_measures (chart) : NULL,
      };
      g_autofree char *json = kb_summary_to_json (kb_chart_get_total (chart), &input);
      fputs (json, stdout);
    }

  return EXIT_SUCCESS;
}
