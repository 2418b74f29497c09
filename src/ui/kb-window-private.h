/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "chart/kb-chart.h"
#include "model/kb-dashboard.h"
#include "kb-chart-view.h"
#include "kb-region-chooser.h"
#include "kb-window.h"
#include "kb-window-state.h"

G_BEGIN_DECLS

struct _KbWindow
{
  AdwApplicationWindow  parent_instance;

  KbDataset            *dataset;
  gboolean              showing_default; /* the embedded dataset, until a file is opened */
  KbTarget             *target;
  KbWindowState        *state;           /* the municipality, years and sector alone the charts follow */
  GHashTable           *charts;          /* id → KbChart, e.g. "sector", "target" */
  GHashTable           *views;           /* id → KbChartView */
  GPtrArray            *pages;           /* KbPage, for the empty states */

  char                 *last_message;    /* the last toast, for tests */
  gboolean              applying_dashboard; /* its state replaces the window's, guesses too */
  GListStore           *measures;        /* KbMeasure, shared by every chart */
  GFile                *measures_file;   /* where the measures came from, if anywhere */
  GPtrArray            *data_files;      /* GFile: the files the dataset was read from */
  GPtrArray            *unread_files;    /* GFile: a dashboard's files this computer could not
                                          * read, kept for the dashboard saved again */
  GPtrArray            *importing;       /* GFile: the files being read */
  KbDashboard          *pending;         /* a dashboard waiting for its files */
  GFile                *pending_file;    /* and where it was read from */
  GSettings            *settings;        /* NULL where the schema is not installed */
  GPtrArray            *slides;          /* KbChart: what presentation mode steps through */
  guint                 slide;
  GtkWidget            *measures_editor;
  GtkWidget            *plan_charts;     /* Åtgärder's charts, which can be put away */
  GtkStack             *plan_stack;      /* which of the plan's charts is beside the waterfall */
  GtkStack             *travel_stack;    /* the cycle network or the travel survey, beside the cars */
  GtkWidget            *charts_toggle;   /* shows or puts away plan_charts */
  AdwToast             *removal_toast;   /* weak: "… removed", with Undo */
  GtkWidget            *key_figures;     /* Översikt's large numbers */
  GtkWidget            *guess_view;      /* Gissa kurvan */
  GMenu                *recent_menu;     /* the app menu's Open Recent */
  GMenu                *release_menu;    /* the app menu's Release Shown */
  KbTarget             *dashboard_target; /* an opened dashboard's, first */
  GtkSpinButton        *first_spin;
  GtkSpinButton        *last_spin;
  GtkAdjustment        *extra_cut;
  GCancellable         *import_cancellable;
  guint                 reading;          /* dashboards and measures files being read */
  guint                 measures_reads;   /* the latest measures file read wins */
  guint                 opens;            /* data files and dashboards: the latest opened wins */
  gint                  import_permille;  /* written by the import thread */
  guint                 import_timeout;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *mode_stack;
  KbChartView          *presenter;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack         *view_stack;
  KbRegionChooser      *region_chooser;
  GtkRevealer          *import_revealer;
  GtkRevealer          *filter_revealer; /* "Showing … only", over the pages it changes */
  GtkLabel             *filter_label;
  GtkLabel             *import_label;
  GtkProgressBar       *import_progress;
  GMenu                *primary_menu;
  GtkMenuButton        *years_button;
};

KbChart   *_kb_window_get_chart       (KbWindow   *self,
                                       const char *id);
void       _kb_window_ensure_page     (KbWindow   *self,
                                       const char *id);
void       _kb_window_init_pages      (KbWindow   *self);
void       _kb_window_class_init_pages (GtkWidgetClass *widget_class);
void       _kb_window_update_empty_states (KbWindow *self);
GPtrArray *_kb_window_dup_page_charts (KbWindow   *self);
gboolean   _kb_window_page_shows_sector_alone (KbWindow *self);
gboolean   _kb_window_page_follows_years (KbWindow *self);

typedef void (*KbFileChosen) (KbWindow *self,
                              GFile    *file);
void _kb_window_choose_file         (KbWindow             *self,
                                     const char           *title,
                                     GtkFileChooserAction  action,
                                     const char           *accept_label,
                                     const char           *suggested_name,
                                     KbFileChosen          chosen);
void _kb_window_show_toast          (KbWindow   *self,
                                     const char *message);
void _kb_window_show_news           (KbWindow   *self,
                                     const char *message);
void _kb_window_add_toast           (KbWindow   *self,
                                     AdwToast   *toast,
                                     const char *message);
AdwToast *_kb_window_new_toast      (const char *text);
void _kb_window_update_actions     (KbWindow   *self);
void _kb_window_replace_dataset     (KbWindow   *self,
                                     KbDataset  *dataset);
void _kb_window_class_init_import   (GtkWidgetClass *widget_class);
void _kb_window_init_import         (KbWindow   *self);
void _kb_window_dispose_import      (KbWindow   *self);

/* A file read in a worker thread for the window, without keeping a
 * closed window alive: the callback gets the window back, or NULL. */
typedef struct _KbWindowRead KbWindowRead;
KbWindow     *_kb_window_read_finish (KbWindowRead *read,
                                      guint        *serial);
void          _kb_window_read_in_thread (KbWindow            *self,
                                         GFile               *file,
                                         guint                serial,
                                         GTaskThreadFunc      read_file,
                                         GAsyncReadyCallback  done);
void _kb_window_class_init_export   (GtkWidgetClass *widget_class);
void _kb_window_class_init_guess    (GtkWidgetClass *widget_class);
void _kb_window_class_init_measures (GtkWidgetClass *widget_class);
void _kb_window_init_measures       (KbWindow   *self);
GtkWidget *_kb_window_build_measures_panel (KbWindow *self);
GtkWidget *_kb_window_build_guess_page (KbWindow *self);
GtkWidget *_kb_window_build_emissions_views (KbWindow *self);
GtkWidget *_kb_window_build_compare_views (KbWindow *self);
void       _kb_window_init_compare        (KbWindow *self);
void _kb_window_set_emissions_view  (KbWindow   *self,
                                     const char *view);
const char *_kb_window_get_emissions_view (KbWindow *self);
void _kb_window_init_emissions      (KbWindow   *self);
GtkToggleButton *_kb_window_get_emissions_view_button (KbWindow   *self,
                                                       const char *view);
void _kb_window_init_guess          (KbWindow   *self);
void _kb_window_prepare_guess_game (KbWindow   *self);
void _kb_window_class_init_recent   (GtkWidgetClass *widget_class);
void _kb_window_class_init_notes    (GtkWidgetClass *widget_class);
void _kb_window_add_note            (KbWindow   *self,
                                     int         year,
                                     const char *text);
void _kb_window_clear_notes         (KbWindow   *self);
void _kb_window_class_init_filter   (GtkWidgetClass *widget_class);
void _kb_window_init_filter         (KbWindow   *self);
void _kb_window_class_init_years    (GtkWidgetClass *widget_class);
void _kb_window_init_years          (KbWindow   *self);
void _kb_window_set_years           (KbWindow   *self,
                                     int         first,
                                     int         last);
void _kb_window_filter_sector       (KbWindow   *self,
                                     const char *sector);
const char *_kb_window_get_sector_filter (KbWindow *self);
void _kb_window_init_recent         (KbWindow   *self);
void _kb_window_class_init_releases (GtkWidgetClass *widget_class);
void _kb_window_init_releases      (KbWindow   *self);
void _kb_window_update_releases    (KbWindow   *self,
                                    gboolean    announce);
int  _kb_window_get_release        (KbWindow   *self);
void _kb_window_note_recent         (KbWindow   *self,
                                     GFile      *file);
void _kb_window_open_measures       (KbWindow   *self,
                                     GFile      *file);
void _kb_window_class_init_dashboard (GtkWidgetClass *widget_class);
void _kb_window_class_init_present  (GtkWidgetClass *widget_class);
void _kb_window_class_init_targets  (GtkWidgetClass *widget_class);
KbTarget *_kb_window_dup_targets_for (KbWindow  *self,
                                      const char *region_code);
gboolean _kb_window_save_targets    (KbWindow   *self,
                                     KbTarget   *target,
                                     GError    **error);
void _kb_window_apply_targets       (KbWindow   *self);
void _kb_window_init_present        (KbWindow   *self);
void _kb_window_apply_dashboard     (KbWindow   *self,
                                     KbDashboard *dashboard);
void _kb_window_copy_chart          (KbWindow   *self,
                                     const char *which);

char        *_kb_window_export_name          (KbChart              *chart,
                                              const char           *extension);

G_END_DECLS
