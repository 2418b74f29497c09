/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-key-figures"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "chart/kb-chart-text.h"
#include "chart/kb-format.h"
#include "kb-key-figures.h"
#include "kb-sparkline.h"

/* Översikt's row of large numbers: the latest emissions, the change since
 * the first year, the gap to the target path, the reduction a year the
 * next milestone needs and the cycling share, each with a small chart.
 * Each is a button that opens the page with its chart; a figure the data
 * cannot give is not shown. */

typedef enum {
  FIGURE_EMISSIONS,
  FIGURE_CHANGE,
  FIGURE_GAP,
  FIGURE_REDUCTION,
  FIGURE_CYCLING,
  N_FIGURES
} Figure;

/* The page each figure opens. */
static const char * const figure_pages[N_FIGURES] = {
  "emissions", "emissions", "goal", "goal", "travel",
};

struct _KbKeyFigures
{
  GtkBox     parent_instance;

  KbChart   *target;
  KbChart   *modes;
  GtkWidget *tiles[N_FIGURES];
  GtkLabel  *captions[N_FIGURES];
  GtkLabel  *values[N_FIGURES];
  GtkLabel  *context;  /* the change beside the county's and Sweden's */
  KbSparkline *sparklines[N_FIGURES]; /* NULL where a figure has none */
  GtkLevelBar *cycling_bar;           /* the share of 100 % */
};

G_DEFINE_FINAL_TYPE (KbKeyFigures, kb_key_figures, GTK_TYPE_BOX)

static void
set_figure (KbKeyFigures *self,
            Figure        figure,
            char         *caption,
            char         *value)
{
  g_autofree char *caption_owned = caption;
  g_autofree char *value_owned = value;
  gboolean shown = caption != NULL && value != NULL;

  gtk_widget_set_visible (self->tiles[figure], shown);
  if (!shown)
    return;
  gtk_label_set_label (self->captions[figure], caption);
  gtk_label_set_label (self->values[figure], value);
  /* Read as one phrase, "Emissions 2024: 736 kt". */
  {
    g_autofree char *phrase = g_strdup_printf ("%s: %s", caption, value);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->tiles[figure]),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, phrase, -1);
  }
}

/* The travel survey's cycling series, in Swedish or English. */
static KbSeries *
find_cycling (KbChart *modes)
{
  GPtrArray *parts = kb_chart_get_sectors (modes);

  for (guint i = 0; i < parts->len; i++)
    {
      KbSeries *s = g_ptr_array_index (parts, i);
      g_autofree char *name = g_utf8_casefold (kb_series_get_sector (s), -1);

      if (g_str_equal (name, "cykel") || g_str_equal (name, "cycling") || g_str_equal (name, "bicycle"))
        return s;
    }
  return NULL;
}

static void
update_emissions (KbKeyFigures *self)
{
  KbLanguage lang = kb_chart_get_language (self->target);
  KbSeries *total = kb_chart_get_total (self->target);
  int first_year, latest_year;
  double first, latest;

  if (total == NULL || kb_series_get_n_years (total) == 0 ||
      !kb_series_get_latest (total, &latest_year, &latest) ||
      !kb_series_get_value (total, first_year = kb_series_get_year (total, 0), &first))
    {
      set_figure (self, FIGURE_EMISSIONS, NULL, NULL);
      set_figure (self, FIGURE_CHANGE, NULL, NULL);
      return;
    }

  {
    g_autofree char *kt = kb_format_number (latest / 1000, 0, lang);
    set_figure (self, FIGURE_EMISSIONS, g_strdup_printf (_("Emissions %d"), latest_year),
                g_strdup_printf (_("%s kt"), kt));
    kb_sparkline_set_series (self->sparklines[FIGURE_EMISSIONS], total, NULL);
  }
  if (latest_year != first_year && (first <= 0 || latest < 0))
    {
      /* Net removals: a change in % would read backwards. */
      set_figure (self, FIGURE_CHANGE, g_strdup_printf (_("Change since %d"), first_year),
                  g_strdup (_("net removals")));
      kb_sparkline_set_series (self->sparklines[FIGURE_CHANGE], total, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->context), FALSE);
    }
  else if (latest_year != first_year && first != 0)
    {
      g_autofree char *pct = kb_format_signed ((latest - first) / first * 100, 1, lang);
      /* Translators: the first year of the data, usually 1990 */
      g_autofree char *context = kb_chart_dup_context (self->target, first_year, latest_year);

      set_figure (self, FIGURE_CHANGE, g_strdup_printf (_("Change since %d"), first_year),
                  g_strdup_printf ("%s %%", pct));
      kb_sparkline_set_series (self->sparklines[FIGURE_CHANGE], total, NULL);
      gtk_label_set_label (self->context, context);
      gtk_widget_set_visible (GTK_WIDGET (self->context), context != NULL);
      if (context != NULL)
        {
          g_autofree char *phrase = g_strdup_printf ("%s: %s %% (%s)", gtk_label_get_label (self->captions[FIGURE_CHANGE]),
                                                     pct, context);
          gtk_accessible_update_property (GTK_ACCESSIBLE (self->tiles[FIGURE_CHANGE]),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, phrase, -1);
        }
    }
  else
    set_figure (self, FIGURE_CHANGE, NULL, NULL);
}

/* The target path over the data's years, for the gap's small chart. */
static KbSeries *
path_series (KbTarget          *target,
             const KbTargetGap *gap)
{
  KbSeries *path = kb_series_new (kb_target_get_region_code (target), "", "", "", "", "", "", 0);

  for (int year = gap->baseline_year; year <= gap->latest_year; year++)
    {
      double v;

      if (kb_target_path_value (target, gap->baseline_value, year, &v))
        kb_series_set_value (path, year, v);
    }
  return path;
}

/* From the latest value to the milestone's level, falling by the same
 * share each year: the reduction the figure names, as a line. */
static KbSeries *
required_path (const KbTargetGap *gap)
{
  KbSeries *path = kb_series_new ("", "", "", "", "", "", "", 0);

  for (int year = gap->latest_year; year <= gap->milestone_year; year++)
    kb_series_set_value (path, year, gap->latest_value *
                         pow (1 - gap->required_annual_reduction_pct / 100, year - gap->latest_year));
  return path;
}

static void
update_gap (KbKeyFigures *self)
{
  KbLanguage lang = kb_chart_get_language (self->target);
  const KbTargetGap *gap = kb_chart_get_gap (self->target);

  if (gap == NULL)
    {
      set_figure (self, FIGURE_GAP, NULL, NULL);
      set_figure (self, FIGURE_REDUCTION, NULL, NULL);
      return;
    }

  {
    g_autoptr(KbSeries) path = path_series (kb_chart_get_target (self->target), gap);

    set_figure (self, FIGURE_GAP,
                kb_chart_has_national_target (self->target)
                ? g_strdup_printf (_("Gap to Sweden’s target path, %d"), gap->latest_year)
                : g_strdup_printf (_("Gap to the target path, %d"), gap->latest_year),
                kb_format_gap_kt (gap->gap, lang));
    kb_sparkline_set_series (self->sparklines[FIGURE_GAP], kb_chart_get_total (self->target), path);
  }
  {
    g_autofree char *pct = kb_format_number (gap->required_annual_reduction_pct, 1, lang);
    g_autoptr(KbSeries) needed = required_path (gap);

    set_figure (self, FIGURE_REDUCTION, g_strdup_printf (_("Reduction needed to meet %d"), gap->milestone_year),
                g_strdup_printf (_("%s %% a year"), pct));
    kb_sparkline_set_series (self->sparklines[FIGURE_REDUCTION], kb_chart_get_total (self->target), needed);
  }
}

static void
update_cycling (KbKeyFigures *self)
{
  KbSeries *cycling = find_cycling (self->modes);
  int year;
  double share;

  if (cycling == NULL || !kb_series_get_latest (cycling, &year, &share))
    {
      set_figure (self, FIGURE_CYCLING, NULL, NULL);
      return;
    }

  {
    g_autofree char *pct = kb_format_number (share, share == (int)share ? 0 : 1,
                                             kb_chart_get_language (self->modes));
    set_figure (self, FIGURE_CYCLING, g_strdup_printf (_("Trips by bicycle, %d"), year),
                g_strdup_printf ("%s %%", pct));
    gtk_level_bar_set_value (self->cycling_bar, CLAMP (share, 0, 100));
  }
}

static void
update (KbKeyFigures *self)
{
  if (kb_chart_get_dataset (self->target) == NULL)
    {
      for (guint i = 0; i < N_FIGURES; i++)
        gtk_widget_set_visible (self->tiles[i], FALSE);
      return;
    }
  update_emissions (self);
  update_gap (self);
  update_cycling (self);
}

/* Each shown figure as "caption: value", a line each. */
char *
kb_key_figures_dup_summary (KbKeyFigures *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (KB_IS_KEY_FIGURES (self), NULL);

  for (guint i = 0; i < N_FIGURES; i++)
    if (gtk_widget_get_visible (self->tiles[i]))
      {
        g_string_append_printf (out, "%s: %s", gtk_label_get_label (self->captions[i]),
                                gtk_label_get_label (self->values[i]));
        if (i == FIGURE_CHANGE && gtk_widget_get_visible (GTK_WIDGET (self->context)))
          g_string_append_printf (out, " (%s)", gtk_label_get_label (self->context));
        g_string_append_c (out, '\n');
      }
  return g_string_free (out, FALSE);
}

/* The small chart of the @index-th figure (0: emissions), or NULL. */
GtkWidget *
kb_key_figures_get_sparkline (KbKeyFigures *self,
                              guint         index)
{
  g_return_val_if_fail (KB_IS_KEY_FIGURES (self), NULL);
  g_return_val_if_fail (index < N_FIGURES, NULL);
  return self->sparklines[index] != NULL ? GTK_WIDGET (self->sparklines[index]) : NULL;
}

static GtkWidget *
new_tile (KbKeyFigures *self,
          Figure        figure)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *caption = gtk_label_new (NULL);
  GtkWidget *value = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_label_set_ellipsize (GTK_LABEL (caption), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (caption, "key-figure-caption");
  gtk_label_set_xalign (GTK_LABEL (value), 0);
  gtk_widget_add_css_class (value, "key-figure-value");
  gtk_box_append (GTK_BOX (box), caption);
  /* The trends have a small chart beside their number. */
  if (figure == FIGURE_EMISSIONS || figure == FIGURE_CHANGE || figure == FIGURE_GAP)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *sparkline = kb_sparkline_new ();

      gtk_widget_set_hexpand (sparkline, TRUE);
      gtk_widget_set_valign (sparkline, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (row), value);
      gtk_box_append (GTK_BOX (row), sparkline);
      gtk_box_append (GTK_BOX (box), row);
      self->sparklines[figure] = KB_SPARKLINE (sparkline);
    }
  else
    gtk_box_append (GTK_BOX (box), value);
  if (figure == FIGURE_REDUCTION)
    {
      /* Under its long value, so the five tiles still fit 1366 pixels. */
      GtkWidget *sparkline = kb_sparkline_new ();

      gtk_widget_set_hexpand (sparkline, TRUE);
      gtk_box_append (GTK_BOX (box), sparkline);
      self->sparklines[figure] = KB_SPARKLINE (sparkline);
    }
  if (figure == FIGURE_CYCLING)
    {
      /* The share as a bar of the whole. */
      GtkWidget *bar = gtk_level_bar_new_for_interval (0, 100);

      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
      gtk_widget_set_margin_top (bar, 6);
      gtk_box_append (GTK_BOX (box), bar);
      self->cycling_bar = GTK_LEVEL_BAR (bar);
    }
  if (figure == FIGURE_CHANGE)
    {
      GtkWidget *context = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (context), 0);
      gtk_label_set_wrap (GTK_LABEL (context), TRUE);
      gtk_widget_add_css_class (context, "key-figure-caption");
      gtk_widget_set_visible (context, FALSE);
      gtk_box_append (GTK_BOX (box), context);
      self->context = GTK_LABEL (context);
    }
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "card");
  gtk_widget_add_css_class (button, "key-figure");
  gtk_widget_set_hexpand (button, TRUE);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", figure_pages[figure]);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-page");
  gtk_widget_set_tooltip_text (button, _("Show the page with this figure’s chart"));

  self->captions[figure] = GTK_LABEL (caption);
  self->values[figure] = GTK_LABEL (value);
  return button;
}

static void
kb_key_figures_dispose (GObject *object)
{
  KbKeyFigures *self = KB_KEY_FIGURES (object);

  /* Charts outlive the window's widgets. */
  if (self->target != NULL)
    g_signal_handlers_disconnect_by_data (self->target, self);
  if (self->modes != NULL)
    g_signal_handlers_disconnect_by_data (self->modes, self);
  g_clear_object (&self->target);
  g_clear_object (&self->modes);

  G_OBJECT_CLASS (kb_key_figures_parent_class)->dispose (object);
}

static void
kb_key_figures_class_init (KbKeyFiguresClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kb_key_figures_dispose;
}

static void
kb_key_figures_init (KbKeyFigures *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_HORIZONTAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
  gtk_box_set_homogeneous (GTK_BOX (self), TRUE);
  for (guint i = 0; i < N_FIGURES; i++)
    {
      self->tiles[i] = new_tile (self, i);
      gtk_box_append (GTK_BOX (self), self->tiles[i]);
    }
}

GtkWidget *
kb_key_figures_new (KbChart *target,
                    KbChart *modes)
{
  KbKeyFigures *self = g_object_new (KB_TYPE_KEY_FIGURES, NULL);

  self->target = g_object_ref (target);
  self->modes = g_object_ref (modes);
  g_signal_connect_object (target, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (modes, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}
