/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-application"

#include "config.h"

#include <glib/gi18n-lib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "chart/kb-chart-render.h"
#include "import/kb-import.h"
#include "kb-application.h"
#include "ui/kb-window.h"

struct _KbApplication
{
  AdwApplication  parent_instance;

  KbDataset      *dataset;
  KbTarget       *target;
};

G_DEFINE_FINAL_TYPE (KbApplication, kb_application, ADW_TYPE_APPLICATION)

/* Blocks of 128 KiB and more (a chart's pixels, a file's values) are
 * mapped on their own and given back to the system when freed. glibc
 * would otherwise raise that size to the largest block freed so far, and
 * once a file is open the charts' redrawn surfaces stay in the heap: the
 * app kept 9 MiB more after opening the national export
 * (bench/kb-bench-open), with no difference in switching municipality
 * (bench/kb-bench-switch). Call it before anything is allocated. */
void
kb_application_init_memory (void)
{
#ifdef __GLIBC__
  mallopt (M_MMAP_THRESHOLD, 128 * 1024);
#endif
}

static void
kb_application_activate (GApplication *app)
{
  KbApplication *self = KB_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (kb_window_new (GTK_APPLICATION (app), self->dataset, self->target));
  gtk_window_present (window);
}

/* Files given on the command line open in the window, as if dropped. */
static void
kb_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  KbWindow *window;

  kb_application_activate (app);
  window = KB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  kb_window_open_files (window, files, (guint)n_files);
}

static void
kb_application_startup (GApplication *app)
{
  KbApplication *self = KB_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (kb_application_parent_class)->startup (app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);

  /* Without PLplot's cairo driver every chart would end the process. */
  if (!kb_chart_render_check (&error))
    g_critical ("%s", error->message);

  self->dataset = kb_import_default ();
  self->target = kb_target_new_default ();
}

static void
kb_application_dispose (GObject *object)
{
  KbApplication *self = (KbApplication *)object;

  g_clear_object (&self->dataset);
  g_clear_pointer (&self->target, kb_target_unref);

  G_OBJECT_CLASS (kb_application_parent_class)->dispose (object);
}

static void
on_about (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  GtkApplication *app = user_data;
  const char *developers[] = { _("The Klimatbild authors"), NULL };

  GtkWidget *about = adw_about_window_new ();

  g_object_set (about,
                "transient-for", gtk_application_get_active_window (app),
                "application-name", "Klimatbild",
                "application-icon", APP_ID,
                "version", PACKAGE_VERSION,
                "developers", developers,
                "license-type", GTK_LICENSE_GPL_3_0,
                "comments", _("Municipal climate statistics as clear, trustworthy charts."),
                NULL);
  /* Where the figures come from, and under which terms. */
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _("Emission data"),
                                      _("Nationella emissionsdatabasen (SMHI/RUS), compiled per main sector"),
                                      GTK_LICENSE_CUSTOM,
                                      _("The default dataset holds the June 2026 release as published: Linköping "
                                        "sector by sector and every other municipality’s total. Its cycling share is "
                                        "from Linköping’s climate contract 2030 (2024 edition). Name the database as "
                                        "the source when publishing charts."));
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _("Statistics Sweden"),
                                      _("Energy, population and region tables from SCB’s statistics database"),
                                      GTK_LICENSE_CUSTOM,
                                      _("Name SCB as the source when publishing charts."));
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), "PLplot, libcsv", NULL,
                                      GTK_LICENSE_LGPL_2_1, NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
on_quit (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", on_about },
  { "quit", on_quit },
};

static void
kb_application_class_init (KbApplicationClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kb_application_dispose;
  G_APPLICATION_CLASS (klass)->activate = kb_application_activate;
  G_APPLICATION_CLASS (klass)->open = kb_application_open;
  G_APPLICATION_CLASS (klass)->startup = kb_application_startup;
}

static void
kb_application_init (KbApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
}

KbApplication *
kb_application_new (void)
{
  return g_object_new (KB_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/se/klimatbild/Klimatbild",
                       NULL);
}
