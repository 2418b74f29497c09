/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <librsvg/rsvg.h>
#include <math.h>
#include <poppler.h>

#include "chart/kb-chart-export.h"
#include "chart/kb-chart-render.h"
#include "chart/kb-palette.h"
#include "import/kb-import.h"
#include "kb-test-util.h"

/* Neither library declares autoptr cleanups in these versions. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsvgHandle, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

/* Exported files opened again by other programs' libraries, as the
 * communications team's tools would: SVG by librsvg, PDF by poppler. */

static KbChart *
target_chart (void)
{
  g_autoptr(KbDataset) dataset = kb_import_default ();
  g_autoptr(KbTarget) target = kb_target_new_default ();
  KbChart *chart = kb_chart_new (KB_CHART_KIND_TARGET_GAP, dataset, "0580");

  kb_chart_set_target (chart, target);
  return chart;
}

static gboolean
near (guint32 pixel,
      KbColor color)
{
  return fabs ((pixel >> 16 & 0xFF) / 255.0 - color.red) < 0.08 &&
         fabs ((pixel >> 8 & 0xFF) / 255.0 - color.green) < 0.08 &&
         fabs ((pixel & 0xFF) / 255.0 - color.blue) < 0.08;
}

/* Draws @paint's output at 1200×800 and checks the 2030 milestone's
 * marker is where the layout says. */
static void
check_milestone_pixel (cairo_surface_t *surface,
                       KbChart         *chart)
{
  KbChartLayout layout;
  cairo_surface_t *scratch = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1200, 800);
  cairo_t *cr = cairo_create (scratch);
  int x, y;
  guint32 pixel;

  /* The layout of the same chart at the same size. */
  kb_chart_render (chart, cr, 1200, 800, &layout);
  cairo_destroy (cr);
  cairo_surface_destroy (scratch);

  x = (int)round (kb_chart_layout_x (&layout, 2030));
  y = (int)round (kb_chart_layout_y (&layout, 0.3 * 1237762.39));
  cairo_surface_flush (surface);
  pixel = *(guint32 *)(cairo_image_surface_get_data (surface) +
                       y * cairo_image_surface_get_stride (surface) + x * 4);
  g_assert_true (near (pixel, kb_ink_light.target));
}

static void
test_svg_reopened (void)
{
  g_autoptr(KbChart) chart = target_chart ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) svg = kb_chart_export_bytes (chart, KB_EXPORT_SVG, 1200, 800, 1, &error);
  g_autoptr(RsvgHandle) handle = NULL;
  RsvgRectangle viewport = { 0, 0, 1200, 800 };
  cairo_surface_t *surface;
  cairo_t *cr;
  gdouble width, height;

  g_assert_no_error (error);
  handle = rsvg_handle_new_from_data (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), &error);
  g_assert_no_error (error);
  g_assert_true (rsvg_handle_get_intrinsic_size_in_pixels (handle, &width, &height));
  g_assert_cmpfloat (width, ==, 1200);
  g_assert_cmpfloat (height, ==, 800);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1200, 800);
  cr = cairo_create (surface);
  g_assert_true (rsvg_handle_render_document (handle, cr, &viewport, &error));
  cairo_destroy (cr);
  check_milestone_pixel (surface, chart);
  cairo_surface_destroy (surface);
}

/* A4 is a page of 842 × 595 points (landscape) or 595 × 842, whatever
 * else is drawn on it; its PNG is 300 dpi. */
static void
test_a4 (void)
{
  const char *presets[] = { "a4", "a4-portrait" };

  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    {
      g_autoptr(KbChart) chart = target_chart ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) pdf = NULL, png = NULL;
      g_autoptr(PopplerDocument) document = NULL;
      g_autoptr(PopplerPage) page = NULL;
      int width, height;
      double png_scale, page_width, page_height;
      const guchar *header;

      g_assert_true (kb_export_preset_size (presets[i], &width, &height, &png_scale));
      pdf = kb_chart_export_bytes (chart, KB_EXPORT_PDF, width, height, png_scale, &error);
      g_assert_no_error (error);
      document = poppler_document_new_from_bytes (pdf, NULL, &error);
      g_assert_no_error (error);
      page = poppler_document_get_page (document, 0);
      poppler_page_get_size (page, &page_width, &page_height);
      g_assert_cmpfloat (round (page_width), ==, i == 0 ? 842 : 595);
      g_assert_cmpfloat (round (page_height), ==, i == 0 ? 595 : 842);
      /* The whole chart on the page: the time axis's last year, at the
       * right foot of the plot, inside it (a new user's A4 PDF showed the
       * title's first word alone). */
      {
        GList *found = poppler_page_find_text (page, "2050");

        g_assert_nonnull (found);
        for (GList *l = found; l != NULL; l = l->next)
          {
            PopplerRectangle *r = l->data;

            g_assert_cmpfloat (r->x2, <=, page_width);
            g_assert_cmpfloat (MAX (r->y1, r->y2), <=, page_height);
          }
        g_list_free_full (found, (GDestroyNotify)poppler_rectangle_free);
      }
      /* 297 mm at 300 dpi: 3508 pixels along the long side. */
      png = kb_chart_export_bytes (chart, KB_EXPORT_PNG, width, height, png_scale, &error);
      g_assert_no_error (error);
      header = g_bytes_get_data (png, NULL);
      g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *)(header + (i == 0 ? 16 : 20))), ==, 3508);
    }
}

static void
test_pdf_reopened (void)
{
  g_autoptr(KbChart) chart = target_chart ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = kb_chart_export_bytes (chart, KB_EXPORT_PDF, 1200, 800, 1, &error);
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(PopplerPage) page = NULL;
  g_autofree char *text = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;

  g_assert_no_error (error);
  document = poppler_document_new_from_bytes (pdf, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
  page = poppler_document_get_page (document, 0);
  poppler_page_get_size (page, &width, &height);
  g_assert_cmpfloat (width, ==, 1200);
  g_assert_cmpfloat (height, ==, 800);

  /* The PDF keeps its text: the title and the source line are searchable. */
  text = poppler_page_get_text (page);
  g_assert_nonnull (strstr (text, "Emissions against the target path"));
  g_assert_nonnull (strstr (text, "Nationella emissionsdatabasen (SMHI/RUS)"));

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1200, 800);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  check_milestone_pixel (surface, chart);
  cairo_surface_destroy (surface);
}

/* The deck's comparison of @deck. */
static KbChart *
compare_slide (GPtrArray *deck)
{
  for (guint i = 0; i < deck->len; i++)
    if (kb_chart_get_kind (g_ptr_array_index (deck, i)) == KB_CHART_KIND_COMPARE)
      return g_ptr_array_index (deck, i);
  g_assert_not_reached ();
}

/* A deck compares as asked (--compare-by was lost unless the deck was
 * made from a comparison), per inhabitant where not; made from a
 * comparison per inhabitant, its other slides are not per inhabitant. */
static void
test_deck_comparison (void)
{
  g_autoptr(KbChart) chart = target_chart ();
  g_autoptr(KbChart) asked = kb_chart_new (KB_CHART_KIND_COMPARE, kb_chart_get_dataset (chart), "0580");
  g_autoptr(KbChart) ranking = kb_chart_new (KB_CHART_KIND_COMPARE, kb_chart_get_dataset (chart), "0580");
  g_autoptr(GPtrArray) plain = kb_chart_dup_deck (chart, NULL);
  g_autoptr(GPtrArray) as_asked = NULL, from_ranking = NULL;

  g_assert_cmpint (kb_chart_get_compare_measure (compare_slide (plain)), ==, KB_COMPARE_PER_CAPITA);
  kb_chart_set_compare_measure (asked, KB_COMPARE_TOTAL);
  kb_chart_set_compare_scope (asked, KB_COMPARE_SIMILAR);
  as_asked = kb_chart_dup_deck (chart, asked);
  g_assert_cmpint (kb_chart_get_compare_measure (compare_slide (as_asked)), ==, KB_COMPARE_TOTAL);
  g_assert_cmpint (kb_chart_get_compare_scope (compare_slide (as_asked)), ==, KB_COMPARE_SIMILAR);
  /* The municipalities named, too (--compare A,B,C). */
  {
    const char *named[] = { "0581", "2584", NULL };
    g_autoptr(GPtrArray) deck = NULL, regions = NULL;

    kb_chart_set_compare_regions (asked, named);
    deck = kb_chart_dup_deck (chart, asked);
    regions = kb_chart_get_compare_regions (compare_slide (deck));
    g_assert_cmpuint (regions->len, ==, 3);
  }

  kb_chart_set_compare_measure (ranking, KB_COMPARE_PER_CAPITA);
  g_assert_true (kb_chart_get_per_capita (ranking));
  from_ranking = kb_chart_dup_deck (ranking, NULL);
  g_assert_cmpint (kb_chart_get_kind (g_ptr_array_index (from_ranking, 0)), ==, KB_CHART_KIND_SECTOR_TREND);
  g_assert_false (kb_chart_get_per_capita (g_ptr_array_index (from_ranking, 0)));
  g_assert_cmpint (kb_chart_get_compare_measure (compare_slide (from_ranking)), ==, KB_COMPARE_PER_CAPITA);
}

/* The default data allows nine slides: trend, target gap, ranking, change,
 * the comparison with the other municipalities, final energy use, the
 * cycling share, the electric cars and the cycle network. */
static void
test_deck (void)
{
  g_autoptr(KbChart) chart = target_chart ();
  g_autofree char *dir = g_dir_make_tmp ("kb-deck-XXXXXX", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "dialog.pdf", NULL);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf_path);
  g_autofree char *uri = g_file_get_uri (pdf_file);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  guint pages = kb_chart_count_deck_pages (chart);

  g_assert_cmpuint (pages, ==, 9);
  /* An older, longer deck's slides do not stay beside the new one. */
  {
    g_autofree char *stale = g_build_filename (dir, "dialog-10.png", NULL);
    g_assert_true (g_file_set_contents (stale, "old", -1, NULL));
    g_assert_true (kb_chart_export_deck (chart, NULL, pdf_path, 1920, 1080, 1, &error));
    g_assert_no_error (error);
    g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  }

  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, pages);
  for (guint i = 1; i <= pages; i++)
    {
      g_autofree char *name = g_strdup_printf ("dialog-%02u.png", i);
      g_autofree char *png = g_build_filename (dir, name, NULL);
      cairo_surface_t *surface = cairo_image_surface_create_from_png (png);

      /* 16:9, the presentation size. */
      g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1920);
      g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 1080);
      cairo_surface_destroy (surface);
      g_remove (png);
    }
  g_remove (pdf_path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart-files/svg", test_svg_reopened);
  g_test_add_func ("/chart-files/pdf", test_pdf_reopened);
  g_test_add_func ("/chart-files/deck", test_deck);
  g_test_add_func ("/chart-files/deck-comparison", test_deck_comparison);
  g_test_add_func ("/chart-files/a4", test_a4);

  return g_test_run ();
}
