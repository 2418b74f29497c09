/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-chart-export"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <string.h>

#include "kb-chart-export.h"
#include "kb-chart-table.h"
#include "kb-chart-render.h"
#include "import/kb-csv.h"
#include "kb-png.h"

gboolean
kb_export_format_from_path (const char     *path,
                            KbExportFormat *format)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = KB_EXPORT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = KB_EXPORT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = KB_EXPORT_PDF;
  else
    return FALSE;
  return TRUE;
}

/* Whether @path's extension is one of @kind's, else an error naming it:
 * checked by each export, and by klimatbild-render for every output
 * before it writes any. */
gboolean
kb_export_check_name (KbExportName  kind,
                      const char   *path,
                      GError      **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);
  KbExportFormat format;

  switch (kind)
    {
    case KB_EXPORT_NAME_CHART:
      if (kb_export_format_from_path (path, &format))
        return TRUE;
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("%s: the file name must end in .png, .svg or .pdf"), path);
      return FALSE;
    case KB_EXPORT_NAME_NUMBERS:
      if (g_str_has_suffix (lower, ".csv") || g_str_has_suffix (lower, ".xlsx"))
        return TRUE;
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("%s: the numbers are written as .csv or .xlsx"), path);
      return FALSE;
    case KB_EXPORT_NAME_DECK:
    default:
      if (g_str_has_suffix (path, ".pdf"))
        return TRUE;
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("%s: a slide deck is a PDF file"), path);
      return FALSE;
    }
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Renders @chart at @width × @height (points; PNG pixels times @scale)
 * into the bytes of a file of @format. */
GBytes *
kb_chart_export_bytes (KbChart         *chart,
                       KbExportFormat   format,
                       int              width,
                       int              height,
                       double           scale,
                       GError         **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (KB_IS_CHART (chart), NULL);
  g_return_val_if_fail (width > 0 && height > 0 && scale > 0, NULL);

  if (!kb_chart_render_check (error))
    return NULL;

  switch (format)
    {
    case KB_EXPORT_SVG:
      surface = cairo_svg_surface_create_for_stream (append_bytes, bytes, width, height);
      /* A chart asked for in pixels stays that many pixels wide. */
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;
    case KB_EXPORT_PDF:
      surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, width, height);
      break;
    case KB_EXPORT_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                            (int)(width * scale), (int)(height * scale));
      break;
    }

  cr = cairo_create (surface);
  /* PNG pixels per point; a vector page is in points already (an A4
   * PDF's 300 dpi are its PNG's, not a page four times larger). */
  if (format == KB_EXPORT_PNG)
    cairo_scale (cr, scale, scale);
  kb_chart_render (chart, cr, width, height, NULL);
  cairo_destroy (cr);

  if (format == KB_EXPORT_PNG)
    {
      GBytes *png = kb_png_encode (surface, error);

      cairo_surface_destroy (surface);
      return png;
    }
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not draw the chart: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/* Writes the chart to @path, in the format its extension names. The file
 * is written beside its destination and then renamed over it, so a failed
 * export never leaves a half-written file. */
gboolean
kb_chart_export (KbChart     *chart,
                 const char  *path,
                 int          width,
                 int          height,
                 double       scale,
                 GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  KbExportFormat format;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!kb_export_check_name (KB_EXPORT_NAME_CHART, path, error))
    return FALSE;
  kb_export_format_from_path (path, &format);

  bytes = kb_chart_export_bytes (chart, format, width, height, scale, error);
  if (bytes == NULL)
    return FALSE;

  return g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                              (gssize)g_bytes_get_size (bytes), error);
}

/* The sizes the communications team asks for: screens in pixels (a
 * point each); paper in points (1/72 inch: a PDF page of that size), its
 * PNG at 300 dpi (@png_scale, may be NULL). */
gboolean
kb_export_preset_size (const char *name,
                       int        *width,
                       int        *height,
                       double     *png_scale)
{
  static const struct { const char *name; int width, height; double png_scale; } presets[] = {
    { "presentation", 1920, 1080, 1 },
    { "a4", 842, 595, 300.0 / 72 },          /* 297 × 210 mm */
    { "a4-portrait", 595, 842, 300.0 / 72 }, /* 210 × 297 mm */
    { "square", 1080, 1080, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    if (g_strcmp0 (presets[i].name, name) == 0)
      {
        *width = presets[i].width;
        *height = presets[i].height;
        if (png_scale != NULL)
          *png_scale = presets[i].png_scale;
        return TRUE;
      }
  return FALSE;
}

/* The numbers the chart draws (kb_chart_dup_table()), as CSV for
 * Swedish Excel. */
GBytes *
kb_chart_export_data_bytes (KbChart *chart)
{
  g_autoptr(KbChartTable) table = NULL;

  g_return_val_if_fail (KB_IS_CHART (chart), NULL);

  table = kb_chart_dup_table (chart);
  return kb_chart_table_to_csv (table);
}

/* The numbers the chart draws, as CSV or XLSX by @path's extension; any
 * other extension is refused. Written beside @path and moved into place. */
gboolean
kb_chart_export_data (KbChart     *chart,
                      const char  *path,
                      GError     **error)
{
  g_autoptr(KbChartTable) table = NULL;
  g_autofree char *lower = NULL;

  g_return_val_if_fail (KB_IS_CHART (chart), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!kb_export_check_name (KB_EXPORT_NAME_NUMBERS, path, error))
    return FALSE;
  lower = g_ascii_strdown (path, -1);
  table = kb_chart_dup_table (chart);
  if (g_str_has_suffix (lower, ".xlsx"))
    return kb_chart_table_write_xlsx (table, path, error);
  {
    g_autoptr(GBytes) bytes = kb_chart_table_to_csv (table);

    return g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                (gssize)g_bytes_get_size (bytes), error);
  }
}

/* The charts a deck holds: each kind the data can draw for @chart's
 * region, with @chart's settings where they apply; the comparison as
 * @comparison has it (NULL: as @chart, if it is one, or per inhabitant). */
GPtrArray *
kb_chart_dup_deck (KbChart *chart,
                   KbChart *comparison)
{
  GPtrArray *charts = g_ptr_array_new_with_free_func (g_object_unref);
  KbDataset *dataset = kb_chart_get_dataset (chart);
  const char *region = kb_chart_get_region_code (chart);
  GListModel *measures = kb_chart_get_measures (chart);
  gboolean have_plan = kb_chart_has_plan (chart);
  /* The plan's charts follow the target's, where a plan is open. */
  const KbChartKind kinds[] = {
    KB_CHART_KIND_SECTOR_TREND, KB_CHART_KIND_TARGET_GAP, KB_CHART_KIND_MEASURES,
    KB_CHART_KIND_SECTOR_MEASURES, KB_CHART_KIND_COST_CURVE, KB_CHART_KIND_INVESTMENT, KB_CHART_KIND_ACTORS,
    KB_CHART_KIND_SECTOR_RANKING, KB_CHART_KIND_SECTOR_CHANGE, KB_CHART_KIND_COMPARE, KB_CHART_KIND_ENERGY,
    KB_CHART_KIND_MODE_SHARE, KB_CHART_KIND_CAR_FUELS, KB_CHART_KIND_CYCLE_NETWORK, KB_CHART_KIND_REVISIONS,
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(KbChart) page = NULL;

      if (kb_chart_kind_is_plan (kinds[i]) && !have_plan)
        continue;
      page = kb_chart_new (kinds[i], dataset, region);
      kb_chart_set_target (page, kb_chart_get_target (chart));
      /* The plan, and the scenario it makes on the target's chart. */
      kb_chart_set_measures (page, measures);
      kb_chart_set_extra_cut (page, kb_chart_get_extra_cut (chart));
      kb_chart_set_target_year (page, kb_chart_get_target_year (chart));
      kb_chart_set_measures_grouping (page, kb_chart_get_measures_grouping (chart));
      kb_chart_set_release (page, kb_chart_get_release (chart));
      kb_chart_set_trend_style (page, KB_TREND_STYLE_STACKED);
      /* A comparison per inhabitant is not a deck per inhabitant (every
       * slide of one made from Jämför was). */
      kb_chart_set_per_capita (page, kb_chart_get_kind (chart) != KB_CHART_KIND_COMPARE &&
                                     kb_chart_get_per_capita (chart));
      /* The comparison as asked, or as the window first shows it, per
       * inhabitant (a small municipality beside Stockholm's total says
       * little). */
      if (kinds[i] == KB_CHART_KIND_COMPARE)
        {
          if (comparison != NULL)
            {
              g_auto(GStrv) regions = NULL;

              kb_chart_set_compare_measure (page, kb_chart_get_compare_measure (comparison));
              kb_chart_set_compare_scope (page, kb_chart_get_compare_scope (comparison));
              g_object_get (comparison, "compare-regions", &regions, NULL);
              kb_chart_set_compare_regions (page, (const char * const *)regions);
            }
          else
            {
              gboolean from_compare = kb_chart_get_kind (chart) == KB_CHART_KIND_COMPARE;

              kb_chart_set_compare_measure (page, from_compare ? kb_chart_get_compare_measure (chart)
                                                               : KB_COMPARE_PER_CAPITA);
              kb_chart_set_compare_scope (page, kb_chart_get_compare_scope (chart));
            }
        }
      for (guint a = 0; a < kb_chart_get_n_annotations (chart); a++)
        {
          int year;
          const char *text = kb_chart_get_annotation (chart, a, &year);
          kb_chart_add_annotation (page, year, text);
        }

      /* A kind whose data is not loaded has no slide. */
      if (kb_chart_get_total (page) == NULL ||
          ((kinds[i] == KB_CHART_KIND_TARGET_GAP || (kb_chart_kind_is_plan (kinds[i]) &&
                                                      kinds[i] != KB_CHART_KIND_INVESTMENT)) &&
           kb_chart_get_gap (page) == NULL) ||
          (kinds[i] == KB_CHART_KIND_SECTOR_MEASURES && kb_chart_get_sectors (page)->len == 0) ||
          (kinds[i] == KB_CHART_KIND_SECTOR_RANKING && kb_chart_get_sectors (page)->len == 0) ||
          (kinds[i] == KB_CHART_KIND_SECTOR_CHANGE && kb_chart_get_sectors (page)->len == 0))
        continue;
      if (kinds[i] == KB_CHART_KIND_REVISIONS)
        {
          g_autoptr(GArray) releases = kb_chart_list_releases (page);
          if (releases->len < 2)
            continue;
        }
      if (kinds[i] == KB_CHART_KIND_COMPARE)
        {
          g_autoptr(GPtrArray) regions = kb_chart_get_compare_regions (page);
          if (regions->len < 2)
            continue;
        }
      g_ptr_array_add (charts, g_steal_pointer (&page));
    }
  return charts;
}

/* A slide deck: every chart the data allows, one 16:9 page each, as one
 * PDF at @path and as numbered PNGs beside it (deck-01.png, …); its
 * comparison as @comparison's (NULL: see kb_chart_dup_deck ()). */
gboolean
kb_chart_export_deck (KbChart     *chart,
                      KbChart     *comparison,
                      const char  *path,
                      int          width,
                      int          height,
                      double       png_scale,
                      GError     **error)
{
  g_autoptr(GPtrArray) charts = NULL;

  g_return_val_if_fail (KB_IS_CHART (chart), FALSE);
  g_return_val_if_fail (comparison == NULL || KB_IS_CHART (comparison), FALSE);
  charts = kb_chart_dup_deck (chart, comparison);
  return kb_export_deck (charts, path, width, height, png_scale, error);
}

/* @charts (KbChart) as a deck: one 16:9 PDF page each, and numbered PNGs
 * beside the PDF. */
gboolean
kb_export_deck (GPtrArray   *charts,
                const char  *path,
                int          width,
                int          height,
                double       png_scale,
                GError     **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  g_autofree char *stem = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  if (!kb_export_check_name (KB_EXPORT_NAME_DECK, path, error))
    return FALSE;
  if (!kb_chart_render_check (error))
    return FALSE;

  surface = cairo_pdf_surface_create_for_stream (append_bytes, pdf, width, height);
  cr = cairo_create (surface);
  for (guint i = 0; i < charts->len; i++)
    {
      kb_chart_render (g_ptr_array_index (charts, i), cr, width, height, NULL);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not draw the chart: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  /* The deck as a whole or not at all: every file is drawn, then written
   * beside its place; only when all are written do they move into place,
   * and numbered PNGs of an older, longer deck are removed. */
  stem = g_strndup (path, strlen (path) - 4);
  {
    g_autoptr(GPtrArray) finals = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(GPtrArray) partials = g_ptr_array_new_with_free_func (g_free);
    gboolean ok = TRUE;

    g_ptr_array_add (finals, g_strdup (path));
    g_ptr_array_add (partials, g_strdup_printf ("%s.partial", path));
    ok = g_file_set_contents (g_ptr_array_index (partials, 0), (const char *)pdf->data, pdf->len, error);
    for (guint i = 0; ok && i < charts->len; i++)
      {
        g_autoptr(GBytes) png = kb_chart_export_bytes (g_ptr_array_index (charts, i), KB_EXPORT_PNG,
                                                       width, height, png_scale, error);
        g_autofree char *final = g_strdup_printf ("%s-%02u.png", stem, i + 1);
        g_autofree char *partial = g_strdup_printf ("%s.partial", final);

        ok = png != NULL && g_file_set_contents (partial, g_bytes_get_data (png, NULL),
                                                 (gssize)g_bytes_get_size (png), error);
        g_ptr_array_add (finals, g_steal_pointer (&final));
        g_ptr_array_add (partials, g_steal_pointer (&partial));
      }
    /* The PDF last: a deck whose PDF is new has all its slides. */
    for (guint j = 0; j < partials->len; j++)
      {
        guint i = (j + 1) % partials->len;

        if (ok && g_rename (g_ptr_array_index (partials, i), g_ptr_array_index (finals, i)) != 0)
          {
            int saved = errno;

            g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _("%s: could not write it: %s"),
                         (char *)g_ptr_array_index (finals, i), g_strerror (saved));
            ok = FALSE;
          }
        if (!ok)
          g_remove (g_ptr_array_index (partials, i));
      }
    if (!ok)
      return FALSE;
    for (guint n = charts->len + 1; n <= 99; n++)
      {
        g_autofree char *stale = g_strdup_printf ("%s-%02u.png", stem, n);

        if (!g_file_test (stale, G_FILE_TEST_EXISTS))
          break;
        g_remove (stale);
      }
  }
  return TRUE;
}

guint
kb_chart_count_deck_pages (KbChart *chart)
{
  g_autoptr(GPtrArray) charts = kb_chart_dup_deck (chart, NULL);
  return charts->len;
}
