/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-chart-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <plplot.h>
#include <stdlib.h>
#include <string.h>

#include "kb-chart-render.h"
#include "kb-render.h"

/* PLplot works in millimetres at the page's dots per inch; we give it
 * pixels, so this is the one conversion between the two. */
#define PLOT_DPI 72.0
#define PX_TO_MM(px) ((px) * 25.4 / PLOT_DPI)
#define DRAW_COLOR 15

/* PLplot reads its font from the environment at every plinit. Setting
 * the environment is not thread-safe: programs call this at start, before
 * any thread; later calls change nothing. */
void
kb_chart_render_init (void)
{
  if (g_strcmp0 (g_getenv ("PLPLOT_FREETYPE_SANS_FAMILY"), KB_FONT_FAMILY) != 0)
    g_setenv ("PLPLOT_FREETYPE_SANS_FAMILY", KB_FONT_FAMILY, TRUE);
}

/* PLplot ends the process when a driver is missing: ask once, up front. */
gboolean
kb_chart_render_check (GError **error)
{
  static int available = -1;

  if (available < 0)
    {
      /* plgDevs fills arrays the caller allocates, sized by @n. */
      const char *menus_store[128], *names_store[128];
      const char **menus = menus_store, **names = names_store;
      int n = G_N_ELEMENTS (menus_store);

      plgDevs (&menus, &names, &n);
      available = 0;
      for (int i = 0; i < n; i++)
        if (g_strcmp0 (names[i], "extcairo") == 0)
          available = 1;
    }

  if (!available)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("PLplot’s cairo driver is not installed (Debian package plplot-driver-cairo)"));
  return available == 1;
}

/* The drawing kit the plot layers share: PLplot in the plot area, in world
 * coordinates (axes, lines, bands, markers), and cairo with Pango around
 * it, in pixels (text, legends, labels at the lines' ends). It draws on a
 * layout computed before, and knows no kind of chart. */

static void
label_axis (PLINT      axis,
            PLFLT      value,
            char      *label,
            PLINT      length,
            PLPointer  data)
{
  KbRender *render = data;
  KbAxisFormat format = axis == PL_X_AXIS ? render->x_format : render->y_format;
  double step = axis == PL_X_AXIS ? render->layout.x_step : render->layout.y_step;
  g_autofree char *text = NULL;

  switch (format)
    {
    case KB_AXIS_YEARS:
      text = g_strdup_printf ("%d", (int)round (value));
      break;
    case KB_AXIS_THOUSANDS:
      /* Values are tonnes (or MWh); axes read in thousands (kt, GWh). */
      value /= 1000.0, step /= 1000.0;
      G_GNUC_FALLTHROUGH;
    case KB_AXIS_PLAIN:
      {
        int decimals = 0;

        /* As many decimals as the step between ticks needs, up to three. */
        while (decimals < 3 && fabs (step * pow (10, decimals) - round (step * pow (10, decimals))) > 1e-9)
          decimals++;
        text = kb_format_number (value, decimals, kb_chart_get_language (render->chart));
      }
      break;
    case KB_AXIS_NONE:
    default:
      text = g_strdup ("");
      break;
    }

  /* '#' starts a PLplot escape; numbers hold none, but keep the rule. */
  g_strlcpy (label, text, length);
}

void
kb_plot_begin (KbRender *render)
{
  const KbChartLayout *l = &render->layout;

  cairo_save (render->cr);
  cairo_get_matrix (render->cr, &render->pixels);
  kb_chart_render_init ();

  plsdev ("extcairo");
  plspage (PLOT_DPI, PLOT_DPI, (PLINT)ceil (l->width), (PLINT)ceil (l->height), 0, 0);
  plinit ();
  pl_cmd (PLESC_DEVINIT, render->cr);
  pladv (0);

  plvpor (l->plot.x / l->width, (l->plot.x + l->plot.width) / l->width,
          1.0 - (l->plot.y + l->plot.height) / l->height, 1.0 - l->plot.y / l->height);
  plwind (l->x_min, l->x_max, l->y_min, l->y_max);
  plschr (PX_TO_MM (l->body_px) * 0.75, 1.0);
  plsmaj (PX_TO_MM (l->body_px * 0.4), 1.0);
  plsmin (0, 0);
  plslabelfunc (label_axis, render);
}

void
kb_plot_end (KbRender *render)
{
  plslabelfunc (NULL, NULL);
  plstyl (0, NULL, NULL);
  plend1 ();
  cairo_restore (render->cr);
}

void
kb_plot_color (KbColor color,
               double  alpha)
{
  plscol0a (DRAW_COLOR, (PLINT)round (color.red * 255), (PLINT)round (color.green * 255),
            (PLINT)round (color.blue * 255), alpha);
  plcol0 (DRAW_COLOR);
}

/* Horizontal grid lines at every value tick, a zero line, and the value
 * and year labels. No frame: the data is the picture. */
void
kb_plot_axes (KbRender *render)
{
  const KbChartLayout *l = &render->layout;
  double zero_x[2] = { l->x_min, l->x_max }, zero_y[2] = { 0, 0 };

  plwidth (MAX (l->line_width * 0.35, 1));
  kb_plot_color (render->ink->grid, 1.0);
  plbox ("", 0, 0, "g", l->y_step, 0);

  kb_plot_color (render->ink->muted_text, 1.0);
  plbox ("bnto", l->x_step, 0, "bnstvo", l->y_step, 0);

  plwidth (MAX (l->line_width * 0.5, 1));
  kb_plot_color (render->ink->text, 1.0);
  plline (2, zero_x, zero_y);
}

void
kb_plot_line (KbRender     *render,
              const double *x,
              const double *y,
              guint         n,
              double        width,
              gboolean      dashed)
{
  /* Dash lengths in micrometres, scaled with the line. */
  PLINT mark = (PLINT)(PX_TO_MM (width) * 1000 * 3);
  PLINT space = (PLINT)(PX_TO_MM (width) * 1000 * 2);

  if (dashed)
    plstyl (1, &mark, &space);
  plwidth (width);
  plline ((PLINT)n, (PLFLT *)x, (PLFLT *)y);
  if (dashed)
    plstyl (0, NULL, NULL);
}

void
kb_plot_polygon (const double *x,
                 const double *y,
                 guint         n)
{
  plfill ((PLINT)n, (PLFLT *)x, (PLFLT *)y);
}

/* A round marker of @radius_px pixels at (@x, @y) on the axes, in PLplot's
 * colour of the moment: a circle of cairo's, whole where it sits on the
 * plot's edge (PLplot's polygons stop at it), none beyond the axes (a
 * sector's year past the total's last). As PLplot's polygons, it has an
 * outline of the line width of the moment. */
void
kb_plot_dot (KbRender *render,
             double    x,
             double    y,
             double    radius_px)
{
  const KbChartLayout *l = &render->layout;
  double x_slack = (l->x_max - l->x_min) * 1e-9, y_slack = (l->y_max - l->y_min) * 1e-9;
  PLINT red, green, blue;
  PLFLT alpha;
  double outline;

  if (x < l->x_min - x_slack || x > l->x_max + x_slack || y < l->y_min - y_slack || y > l->y_max + y_slack)
    return;

  plflush (); /* what PLplot drew before is under the marker */
  plgcol0a (DRAW_COLOR, &red, &green, &blue, &alpha);
  outline = cairo_get_line_width (render->cr); /* PLplot's, set as it draws */
  cairo_save (render->cr);
  cairo_set_matrix (render->cr, &render->pixels); /* PLplot's is upside down */
  cairo_set_source_rgba (render->cr, red / 255.0, green / 255.0, blue / 255.0, alpha);
  cairo_new_path (render->cr);
  cairo_arc (render->cr, kb_chart_layout_x (l, x), kb_chart_layout_y (l, y), radius_px + outline / 2, 0, 2 * G_PI);
  cairo_fill (render->cr);
  cairo_restore (render->cr);
}

static PangoLayout *
text_layout (KbRender   *render,
             const char *text,
             double      px,
             gboolean    bold,
             double      max_width)
{
  PangoLayout *layout = pango_layout_new (render->pango);
  PangoFontDescription *font = pango_font_description_from_string (KB_FONT_FAMILY);

  pango_font_description_set_absolute_size (font, px * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int)(max_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
    }
  pango_layout_set_text (layout, text, -1);
  return layout;
}

double
kb_render_text_width (KbRender   *render,
                      const char *text,
                      double      px,
                      gboolean    bold)
{
  g_autoptr(PangoLayout) layout = text_layout (render, text, px, bold, 0);
  int w;

  pango_layout_get_pixel_size (layout, &w, NULL);
  return w;
}

/* How tall @text is, wrapped at @max_width. */
double
kb_render_text_height (KbRender   *render,
                       const char *text,
                       double      px,
                       gboolean    bold,
                       double      max_width)
{
  g_autoptr(PangoLayout) layout = text_layout (render, text, px, bold, max_width);
  int h;

  pango_layout_get_pixel_size (layout, NULL, &h);
  return h;
}

/* A value with its unit, as the value axis shows it: thousands ("736 kt",
 * "3 800 GWh"), or per inhabitant with a decimal ("4,7 t"). */
char *
kb_render_kt (KbRender *render,
              double    value,
              gboolean  signed_)
{
  KbLanguage lang = kb_chart_get_language (render->chart);

  if (kb_chart_get_kind (render->chart) == KB_CHART_KIND_COMPARE &&
      kb_chart_get_compare_measure (render->chart) == KB_COMPARE_ELECTRIC_SHARE)
    {
      g_autofree char *number = kb_format_number (value, 1, lang);
      return g_strdup_printf ("%s\u00A0%%", number);
    }
  if (kb_chart_get_kind (render->chart) == KB_CHART_KIND_COMPARE &&
      kb_chart_get_compare_measure (render->chart) == KB_COMPARE_CYCLE_PER_CAPITA)
    {
      g_autofree char *number = kb_format_number (value, 2, lang);
      return g_strdup_printf ("%s\u00A0m", number);
    }
  if (kb_chart_get_kind (render->chart) == KB_CHART_KIND_COMPARE &&
      kb_chart_get_compare_measure (render->chart) == KB_COMPARE_CHANGE)
    {
      g_autofree char *number = kb_format_signed (value, 1, lang);
      return g_strdup_printf ("%s\u00A0%%", number);
    }
  if (kb_chart_is_per_capita (render->chart))
    {
      g_autofree char *number = signed_ ? kb_format_signed (value, 1, lang) : kb_format_number (value, 1, lang);
      g_autofree char *unit = g_strdup (kb_chart_get_value_unit (render->chart));
      char *space = strchr (unit, ' ');

      if (space != NULL)
        *space = '\0';
      return g_strdup_printf ("%s\u00A0%s", number, unit);
    }

  g_autofree char *number = kb_format_thousands (value, signed_, lang);
  const char *unit = kb_chart_get_value_unit (render->chart);
  g_autofree char *first = g_strdup (unit);
  char *space = strchr (first, ' ');

  /* "kt CO₂e" → "kt": the unit's first word; the axis says the rest. */
  if (space != NULL)
    *space = '\0';
  return g_strdup_printf ("%s\u00A0%s", number, first);
}

/* Draws @layout with its top at @y, aligned on @x; returns its height. */
static double
show_layout (KbRender    *render,
             PangoLayout *layout,
             double       x,
             double       y,
             KbColor      color,
             KbAlign      align)
{
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  if (align == KB_ALIGN_CENTER)
    x -= w / 2.0;
  else if (align == KB_ALIGN_END)
    x -= w;

  cairo_save (render->cr);
  cairo_set_source_rgb (render->cr, color.red, color.green, color.blue);
  cairo_move_to (render->cr, x, y);
  pango_cairo_show_layout (render->cr, layout);
  cairo_restore (render->cr);
  return h;
}

/* Draws @text with its top at @y, and returns its height. */
double
kb_render_text (KbRender   *render,
                const char *text,
                double      x,
                double      y,
                double      px,
                gboolean    bold,
                KbColor     color,
                KbAlign     align,
                double      max_width)
{
  g_autoptr(PangoLayout) layout = text_layout (render, text, px, bold, max_width);

  return show_layout (render, layout, x, y, color, align);
}

/* Bold @text inside the plot, with a rim of the page's colour around its
 * letters, so that it stays readable where a line or a dark area passes
 * under it (a note on a stack, a milestone beside the trend). Returns
 * its height. */
double
kb_render_label (KbRender   *render,
                 const char *text,
                 double      x,
                 double      y,
                 double      px,
                 KbColor     color,
                 KbAlign     align)
{
  g_autoptr(PangoLayout) layout = text_layout (render, text, px, TRUE, 0);
  KbColor rim = render->ink->background;
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_save (render->cr);
  cairo_move_to (render->cr, align == KB_ALIGN_CENTER ? x - w / 2.0 : align == KB_ALIGN_END ? x - w : x, y);
  pango_cairo_layout_path (render->cr, layout);
  cairo_set_source_rgb (render->cr, rim.red, rim.green, rim.blue);
  cairo_set_line_width (render->cr, px * 0.3);
  cairo_set_line_join (render->cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (render->cr);
  cairo_restore (render->cr);
  return show_layout (render, layout, x, y, color, align);
}

/* A bar's label, centred on @y: wrapped at @max_width onto at most
 * @max_lines lines (as many as its row has room for), cut short with
 * "…" only where even they are too few. */
void
kb_render_text_line (KbRender   *render,
                     const char *text,
                     double      x,
                     double      y,
                     double      px,
                     KbColor     color,
                     KbAlign     align,
                     double      max_width,
                     guint       max_lines)
{
  g_autoptr(PangoLayout) layout = text_layout (render, text, px, FALSE, 0);
  int w, h;

  pango_layout_set_width (layout, (int)(max_width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_height (layout, -(int)MAX (max_lines, 1));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  /* Each line aligned as the label is, within @max_width from @x. */
  pango_layout_set_alignment (layout, align == KB_ALIGN_END ? PANGO_ALIGN_RIGHT
                                      : align == KB_ALIGN_CENTER ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_save (render->cr);
  cairo_set_source_rgb (render->cr, color.red, color.green, color.blue);
  /* One line sits as the row's other texts do (its value). */
  cairo_move_to (render->cr, align == KB_ALIGN_END ? x - max_width : align == KB_ALIGN_CENTER ? x - max_width / 2 : x,
                 pango_layout_get_line_count (layout) == 1 ? y - px * 0.65 : y - h / 2.0);
  pango_cairo_show_layout (render->cr, layout);
  cairo_restore (render->cr);
}

/* One legend entry in the side column: a mark, then its label. */
void
kb_render_legend (KbRender     *render,
                  KbLegendMark  mark,
                  KbColor       color,
                  const char   *label)
{
  const KbChartLayout *l = &render->layout;
  double mark_w = l->body_px * 1.4, gap = l->body_px * 0.5;
  double x = l->side.x, y = render->legend_y, h;
  double mid;
  cairo_t *cr = render->cr;

  h = kb_render_text (render, label, x + mark_w + gap, y, l->body_px, FALSE,
                      mark == KB_LEGEND_NONE ? render->ink->muted_text : render->ink->text, KB_ALIGN_START,
                      l->side.width - mark_w - gap);
  if (mark == KB_LEGEND_NONE)
    {
      render->legend_y += h + l->body_px * 0.45;
      return;
    }
  mid = y + l->body_px * 0.65;

  cairo_save (cr);
  cairo_set_source_rgb (cr, color.red, color.green, color.blue);
  switch (mark)
    {
    case KB_LEGEND_SWATCH:
      cairo_rectangle (cr, x, mid - l->body_px * 0.5, mark_w, l->body_px);
      cairo_fill (cr);
      break;
    case KB_LEGEND_BAND:
      cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.25);
      cairo_rectangle (cr, x, mid - l->body_px * 0.5, mark_w, l->body_px);
      cairo_fill (cr);
      break;
    case KB_LEGEND_HATCHED:
      cairo_rectangle (cr, x, mid - l->body_px * 0.5, mark_w, l->body_px);
      cairo_clip (cr);
      cairo_set_line_width (cr, MAX (l->line_width * 0.35, 1));
      for (double d = -l->body_px; d < mark_w; d += l->body_px * 0.35)
        {
          cairo_move_to (cr, x + d, mid + l->body_px * 0.5);
          cairo_line_to (cr, x + d + l->body_px, mid - l->body_px * 0.5);
        }
      cairo_stroke (cr);
      break;
    case KB_LEGEND_DASHED:
      {
        double dash[2] = { l->line_width * 3, l->line_width * 2 };
        cairo_set_dash (cr, dash, 2, 0);
      }
      G_GNUC_FALLTHROUGH;
    case KB_LEGEND_LINE:
    default:
      cairo_set_line_width (cr, l->line_width);
      cairo_move_to (cr, x, mid);
      cairo_line_to (cr, x + mark_w, mid);
      cairo_stroke (cr);
      break;
    }
  cairo_restore (cr);

  render->legend_y += h + l->body_px * 0.45;
}

static int
compare_label_y (gconstpointer a,
                 gconstpointer b)
{
  double ya = ((const KbDirectLabel *)a)->y, yb = ((const KbDirectLabel *)b)->y;
  return (ya > yb) - (ya < yb);
}

/* Labels at the lines' ends instead of a legend, as people read charts
 * best: each beside the end it names, nudged apart where ends crowd, with
 * a thin leader where a label had to move. */
void
kb_render_direct_labels (KbRender      *render,
                         KbDirectLabel *labels,
                         guint          n_labels)
{
  const KbChartLayout *l = &render->layout;
  double mark_w = l->body_px * 0.9, gap = l->body_px * 0.4;
  double x = l->side.x + mark_w + gap, max_width = l->side.width - mark_w - gap;
  double top = render->legend_y, bottom = l->plot.y + l->plot.height;
  g_autofree double *heights = g_new (double, MAX (n_labels, 1));
  g_autofree double *placed = g_new (double, MAX (n_labels, 1));
  double px = l->body_px, needed = 0;
  cairo_t *cr = render->cr;

  qsort (labels, n_labels, sizeof *labels, compare_label_y);
  /* Labels that do not fit beside the plot at the body size (long names
   * wrap) are set smaller, and may reach down to the source line: never
   * on top of each other. */
  for (guint pass = 0; pass < 2; pass++)
    {
      needed = 0;
      for (guint i = 0; i < n_labels; i++)
        {
          g_autoptr(PangoLayout) layout = text_layout (render, labels[i].text, px, FALSE, max_width);
          int h;

          pango_layout_get_pixel_size (layout, NULL, &h);
          heights[i] = h + px * 0.15;
          needed += heights[i];
        }
      if (needed <= bottom - top || pass == 1)
        break;
      px = l->small_px;
    }
  if (needed > bottom - top)
    bottom = MAX (bottom, MIN (top + needed, l->source.y - l->small_px * 0.5));

  for (guint i = 0; i < n_labels; i++)
    placed[i] = labels[i].y - heights[i] / 2;
  kb_chart_layout_spread (placed, heights, n_labels, top, bottom);

  for (guint i = 0; i < n_labels; i++)
    {
      double centre = placed[i] + (heights[i] - l->body_px * 0.15) / 2;
      KbColor c = labels[i].color;

      cairo_save (cr);
      cairo_set_source_rgb (cr, c.red, c.green, c.blue);
      if (labels[i].swatch)
        {
          cairo_rectangle (cr, l->side.x, centre - l->body_px * 0.4, mark_w * 0.8, l->body_px * 0.8);
          cairo_fill (cr);
        }
      else
        {
          cairo_set_line_width (cr, l->line_width);
          cairo_move_to (cr, l->side.x, centre);
          cairo_line_to (cr, l->side.x + mark_w * 0.8, centre);
          cairo_stroke (cr);
        }
      /* A leader from the end it names, where the label moved. */
      if (fabs (centre - labels[i].y) > l->body_px * 0.5)
        {
          cairo_set_line_width (cr, MAX (l->line_width * 0.3, 1));
          cairo_move_to (cr, l->plot.x + l->plot.width + 2, labels[i].y);
          cairo_line_to (cr, l->side.x - 2, centre);
          cairo_stroke (cr);
        }
      cairo_restore (cr);

      kb_render_text (render, labels[i].text, x, placed[i], px, FALSE,
                      render->ink->text, KB_ALIGN_START, max_width);
    }
  if (n_labels > 0)
    render->legend_y = placed[n_labels - 1] + heights[n_labels - 1];
}
