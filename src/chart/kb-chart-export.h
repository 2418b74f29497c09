/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kb-chart.h"

G_BEGIN_DECLS

typedef enum {
  KB_EXPORT_PNG,
  KB_EXPORT_SVG,
  KB_EXPORT_PDF,
} KbExportFormat;

/* What an export writes, for kb_export_check_name (). */
typedef enum {
  KB_EXPORT_NAME_CHART,   /* .png, .svg or .pdf */
  KB_EXPORT_NAME_NUMBERS, /* .csv or .xlsx */
  KB_EXPORT_NAME_DECK,    /* .pdf */
} KbExportName;

gboolean kb_export_format_from_path (const char      *path,
                                     KbExportFormat  *format);
gboolean kb_export_check_name       (KbExportName     kind,
                                     const char      *path,
                                     GError         **error);
GBytes  *kb_chart_export_bytes      (KbChart         *chart,
                                     KbExportFormat   format,
                                     int              width,
                                     int              height,
                                     double           scale,
                                     GError         **error);
gboolean kb_chart_export            (KbChart         *chart,
                                     const char      *path,
                                     int              width,
                                     int              height,
                                     double           scale,
                                     GError         **error);

gboolean kb_export_preset_size      (const char      *name,
                                     int             *width,
                                     int             *height,
                                     double          *png_scale);
GBytes  *kb_chart_export_data_bytes (KbChart         *chart);
gboolean kb_chart_export_data       (KbChart         *chart,
                                     const char      *path,
                                     GError         **error);

gboolean kb_chart_export_deck       (KbChart         *chart,
                                     KbChart         *comparison,
                                     const char      *path,
                                     int              width,
                                     int              height,
                                     double           png_scale,
                                     GError         **error);
GPtrArray *kb_chart_dup_deck         (KbChart         *chart,
                                     KbChart         *comparison);
guint    kb_chart_count_deck_pages  (KbChart         *chart);
gboolean kb_export_deck             (GPtrArray       *charts,
                                     const char      *path,
                                     int              width,
                                     int              height,
                                     double           png_scale,
                                     GError         **error);

G_END_DECLS
