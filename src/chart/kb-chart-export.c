/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-chart-export"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "kb-chart-export.h"
#include "kb-chart-render.h"
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

  if (!kb_export_format_from_path (path, &format))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("%s: the file name must end in .png, .svg or .pdf"), path);
      return FALSE;
    }

  bytes = kb_chart_export_bytes (chart, format, width, height, scale, error);
  if (bytes == NULL)
    return FALSE;

  return g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                              (gssize)g_bytes_get_size (bytes), error);
}

/* The sizes the communications team asks for, in pixels. */
gboolean
kb_export_preset_size (const char *name,
                       int        *width,
                       int        *height)
{
  static const struct { const char *name; int width, height; } presets[] = {
    { "presentation", 1920, 1080 },
    { "a4", 1123, 794 },     /* 297 × 210 mm at 96 dpi */
    { "square", 1080, 1080 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    if (g_strcmp0 (presets[i].name, name) == 0)
      {
        *width = presets[i].width;
        *height = presets[i].height;
        return TRUE;
      }
  return FALSE;
}

static void
append_csv_cell (GString    *out,
                 const char *text)
{
  gboolean quote = strpbrk (text, ";\"\n") != NULL;

  if (!quote)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* The numbers behind the chart, in the app's long format: every series
 * drawn (the total and its breakdown), one observation a row. */
GBytes *
kb_chart_export_data_bytes (KbChart *chart)
{
  g_autoptr(GPtrArray) series = g_ptr_array_new ();
  GString *out = g_string_new ("kommunkod;kommun;indikator;sektor;undersektor;år;värde;enhet;källa;publicerad\n");
  GPtrArray *sectors = kb_chart_get_sectors (chart);

  g_return_val_if_fail (KB_IS_CHART (chart), NULL);

  if (kb_chart_get_total (chart) != NULL)
    g_ptr_array_add (series, kb_chart_get_total (chart));
  for (guint i = 0; i < sectors->len; i++)
    g_ptr_array_add (series, g_ptr_array_index (sectors, i));

  for (guint i = 0; i < series->len; i++)
    {
      KbSeries *s = g_ptr_array_index (series, i);

      for (guint j = 0; j < kb_series_get_n_years (s); j++)
        {
          char number[G_ASCII_DTOSTR_BUF_SIZE] = "..";
          double v;

          if (kb_series_get_value_at (s, j, &v))
            g_ascii_formatd (number, sizeof number, "%.15g", v);
          append_csv_cell (out, kb_series_get_region_code (s));
          g_string_append_c (out, ';');
          append_csv_cell (out, kb_series_get_region_name (s));
          g_string_append_c (out, ';');
          append_csv_cell (out, kb_series_get_indicator (s));
          g_string_append_c (out, ';');
          append_csv_cell (out, kb_series_get_sector (s));
          g_string_append_c (out, ';');
          append_csv_cell (out, kb_series_get_subsector (s));
          g_string_append_printf (out, ";%d;%s;", kb_series_get_year (s, j), number);
          append_csv_cell (out, kb_series_get_unit (s));
          g_string_append_c (out, ';');
          append_csv_cell (out, kb_series_get_source (s));
          if (kb_series_get_vintage (s) != 0)
            g_string_append_printf (out, ";%d\n", kb_series_get_vintage (s));
          else
            g_string_append (out, ";\n");
        }
    }

  return g_string_free_to_bytes (out);
}

gboolean
kb_chart_export_data (KbChart     *chart,
                      const char  *path,
                      GError     **error)
{
  g_autoptr(GBytes) bytes = kb_chart_export_data_bytes (chart);

  return g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                              (gssize)g_bytes_get_size (bytes), error);
}
