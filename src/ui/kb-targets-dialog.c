/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-targets-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kb-targets-dialog.h"

/* A municipality's targets entered by hand: a baseline year and up to
 * three milestones (year, % below the baseline, the share of the
 * baseline supplementary measures may cover). "Save" emits ::saved. */

#define N_MILESTONES 3

struct _KbTargetsDialog
{
  AdwWindow   parent_instance;

  char       *region_code;
  GtkWidget  *baseline;
  GtkWidget  *use[N_MILESTONES];
  GtkWidget  *year[N_MILESTONES];
  GtkWidget  *reduction[N_MILESTONES];
  GtkWidget  *supplementary[N_MILESTONES];
};

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (KbTargetsDialog, kb_targets_dialog, ADW_TYPE_WINDOW)

static GtkWidget *
spin (double lo,
      double hi,
      double step,
      double value,
      const char *label)
{
  GtkWidget *button = gtk_spin_button_new_with_range (lo, hi, step);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (button), value);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return button;
}

/* A new target from what the dialog shows. */
KbTarget *
kb_targets_dialog_dup_target (KbTargetsDialog *self)
{
  KbMilestone milestones[N_MILESTONES];
  guint n = 0;
  int baseline;

  g_return_val_if_fail (KB_IS_TARGETS_DIALOG (self), NULL);

  baseline = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->baseline));
  for (guint i = 0; i < N_MILESTONES; i++)
    {
      int year = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->year[i]));

      if (!gtk_switch_get_active (GTK_SWITCH (self->use[i])) || year <= baseline)
        continue;
      milestones[n++] = (KbMilestone) {
        year,
        gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->reduction[i])),
        gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->supplementary[i])),
      };
    }
  if (n == 0)
    return NULL;
  return kb_target_new (self->region_code, NULL, baseline, milestones, n, _("Entered in Klimatbild"));
}

static void
on_save (KbTargetsDialog *self)
{
  g_autoptr(KbTarget) target = kb_targets_dialog_dup_target (self);

  if (target != NULL)
    g_signal_emit (self, signals[SAVED], 0, target);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
kb_targets_dialog_finalize (GObject *object)
{
  g_free (KB_TARGETS_DIALOG (object)->region_code);
  G_OBJECT_CLASS (kb_targets_dialog_parent_class)->finalize (object);
}

static void
kb_targets_dialog_class_init (KbTargetsDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kb_targets_dialog_finalize;

  /* The user saved the target (a KbTarget) shown. */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, KB_TYPE_TARGET);
}

static void
kb_targets_dialog_init (KbTargetsDialog *self)
{
}

GtkWidget *
kb_targets_dialog_new (GtkWindow  *parent,
                       const char *region_code,
                       const char *region_name,
                       KbTarget   *current)
{
  KbTargetsDialog *self = g_object_new (KB_TYPE_TARGETS_DIALOG, "modal", TRUE, "transient-for", parent,
                                        "default-width", 720, "default-height", 520, NULL);
  /* Rows the targets shown do not use: years only, nobody's figures. */
  const KbMilestone defaults[N_MILESTONES] = { { 2030, 0, 0 }, { 2035, 0, 0 }, { 2040, 0, 0 } };
  gboolean national = current != NULL && kb_target_get_origin (current) == KB_TARGET_ORIGIN_NATIONAL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_strdup_printf (_("Targets for %s"), region_name);

  self->region_code = g_strdup (region_code);
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (on_save), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (box), header);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Greenhouse gases"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         national
                                         ? _("Sweden’s target is shown until you save the municipality’s own. "
                                             "Reductions are counted from the baseline year's total.")
                                         : _("Reductions are counted from the baseline year's total."));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Baseline year"));
  self->baseline = spin (1990, 2100, 1, current ? kb_target_get_baseline_year (current) : 1990,
                         _("Baseline year"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->baseline);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  for (guint i = 0; i < N_MILESTONES; i++)
    {
      const KbMilestone *m = current && i < kb_target_get_n_milestones (current)
                             ? kb_target_get_milestone (current, i) : &defaults[i];
      gboolean used = current ? i < kb_target_get_n_milestones (current) : i < 2;
      g_autofree char *row_title = g_strdup_printf (_("Milestone %u"), i + 1);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), row_title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("year · % below the baseline · % by supplementary measures"));
      self->use[i] = gtk_switch_new ();
      gtk_switch_set_active (GTK_SWITCH (self->use[i]), used);
      gtk_widget_set_valign (self->use[i], GTK_ALIGN_CENTER);
      self->year[i] = spin (1991, 2100, 1, m->year, _("Year"));
      self->reduction[i] = spin (0, 100, 1, m->reduction_pct, _("Per cent below the baseline"));
      self->supplementary[i] = spin (0, 100, 1, m->supplementary_pct, _("Per cent by supplementary measures"));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), self->use[i]);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->year[i]);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->reduction[i]);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->supplementary[i]);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
  return GTK_WIDGET (self);
}
