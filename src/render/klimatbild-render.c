/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "klimatbild-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>

#include "analysis/kb-summary.h"
#include "chart/kb-chart-export.h"
#include "import/kb-import.h"
#include "kb-i18n.h"

/* klimatbild-render: import → analysis → chart → file, without GTK. */

static char *municipality;
static char *chart_name;
static char *output;
static char *size = NULL;
static double scale = 1.0;
static gboolean summary;
static char **files;

static const GOptionEntry entries[] = {
  { "municipality", 'm', 0, G_OPTION_ARG_STRING, &municipality,
    N_("The municipality, by name or code (default: the first in the data)"), N_("NAME|CODE") },
  { "chart", 'c', 0, G_OPTION_ARG_STRING, &chart_name,
    N_("The chart: trend or target-gap (default: trend)"), N_("KIND") },
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
load (GError **error)
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
      kb_dataset_add_all (dataset, part);
    }
  return g_steal_pointer (&dataset);
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
  KbChartKind kind = KB_CHART_KIND_SECTOR_TREND;
  int width = 1920, height = 1080;

  kb_i18n_init (LOCALEDIR);

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Draws Klimatbild’s charts to files and prints key figures."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return fail (error->message);

  if (chart_name != NULL && !kb_chart_kind_from_string (chart_name, &kind))
    return fail (_("--chart must be trend or target-gap"));
  if (size != NULL && !parse_size (size, &width, &height))
    return fail (_("--size must be WIDTHxHEIGHT in pixels, e.g. 1920x1080"));
  if (!(scale >= 0.25 && scale <= 8))
    return fail (_("--scale must be between 0.25 and 8"));
  if (!summary && output == NULL)
    return fail (_("Nothing to do: give --output FILE, --summary or both"));

  dataset = load (&error);
  if (dataset == NULL)
    return fail (error->message);

  region = municipality ? kb_dataset_find_region (dataset, municipality)
                        : kb_dataset_get_first_region (dataset);
  if (region == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("No municipality “%s” in the data"), municipality);
      return fail (message);
    }

  chart = kb_chart_new (kind, dataset, region);
  target = kb_target_new_default ();
  kb_chart_set_target (chart, target);

  if (kb_chart_get_total (chart) == NULL)
    return fail (_("The data holds no greenhouse-gas emissions for this municipality"));

  if (output != NULL && !kb_chart_export (chart, output, width, height, scale, &error))
    return fail (error->message);

  if (summary)
    {
      const KbTargetGap *gap = kb_chart_get_gap (chart);
      g_autofree char *json = kb_summary_to_json (kb_chart_get_total (chart),
                                                  gap ? target : NULL, gap);
      fputs (json, stdout);
    }

  return EXIT_SUCCESS;
}
