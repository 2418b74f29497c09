/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-png"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <png.h>
#include <setjmp.h>

#include "kb-png.h"

/* PNG for charts: opaque RGB, fast zlib settings. Flat areas and a few
 * colours compress well anyway, and cairo's own writer (zlib's default
 * level, alpha kept) spends most of an export compressing. */

static void
write_bytes (png_structp png,
             png_bytep   data,
             png_size_t  length)
{
  g_byte_array_append (png_get_io_ptr (png), data, length);
}

static void
flush_nothing (png_structp png)
{
}

/* The values set before setjmp() are not changed after it, so none is
 * clobbered by a longjmp(). */
static GBytes *
encode (cairo_surface_t  *surface,
        int               level,
        int               filters,
        GError          **error)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *pixels;
  g_autoptr(GByteArray) out = g_byte_array_sized_new (256 * 1024);
  g_autofree guint8 *row = g_malloc ((gsize)width * 3);
  png_structp png;
  png_infop info;

  cairo_surface_flush (surface);
  pixels = cairo_image_surface_get_data (surface);

  png = png_create_write_struct (PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
  info = png ? png_create_info_struct (png) : NULL;
  if (info == NULL || setjmp (png_jmpbuf (png)))
    {
      png_destroy_write_struct (&png, &info);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("PNG encoding failed"));
      return NULL;
    }

  png_set_write_fn (png, out, write_bytes, flush_nothing);
  png_set_compression_level (png, level);
  png_set_filter (png, PNG_FILTER_TYPE_BASE, filters);
  png_set_IHDR (png, info, width, height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info (png, info);

  for (int y = 0; y < height; y++)
    {
      const guint32 *src = (const guint32 *)(pixels + (gsize)y * stride);

      /* The chart paints an opaque page: no alpha to undo. */
      for (int x = 0; x < width; x++)
        {
          row[3 * x] = src[x] >> 16 & 0xFF;
          row[3 * x + 1] = src[x] >> 8 & 0xFF;
          row[3 * x + 2] = src[x] & 0xFF;
        }
      png_write_row (png, row);
    }

  png_write_end (png, info);
  png_destroy_write_struct (&png, &info);
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/* @surface (ARGB32) as PNG bytes. A surface cairo could not draw (out of
 * memory, too large) is said to be so, never written as a blank picture. */
GBytes *
kb_png_encode (cairo_surface_t  *surface,
               GError          **error)
{
  return kb_png_encode_with (surface, KB_PNG_LEVEL, KB_PNG_FILTERS, error);
}

/* As kb_png_encode(), with zlib's @level (0–9) and libpng's row @filters
 * (PNG_FILTER_NONE … PNG_ALL_FILTERS): for the benchmark that chose them. */
GBytes *
kb_png_encode_with (cairo_surface_t  *surface,
                    int               level,
                    int               filters,
                    GError          **error)
{
  g_return_val_if_fail (surface != NULL, NULL);
  g_return_val_if_fail (level >= 0 && level <= 9, NULL);

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not draw the chart: %s"),
                   cairo_status_to_string (cairo_surface_status (surface)));
      return NULL;
    }
  g_return_val_if_fail (cairo_image_surface_get_format (surface) == CAIRO_FORMAT_ARGB32, NULL);
  return encode (surface, level, filters, error);
}
