/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "model/kb-dataset.h"

G_BEGIN_DECLS

/* The most series one file may hold: the national export has 150 000; four
 * times that still imports. */
#define KB_IMPORT_MAX_SERIES 650000

/* Where readers put what they read: finds or makes the series for a row,
 * with the region's code and name made canonical through the built-in
 * table of Sweden's regions, whatever of them the file carries. */
typedef struct _KbImportSink KbImportSink;

typedef struct
{
  const char *region_code; /* any of the two may be NULL */
  const char *region_name;
  const char *indicator;
  const char *sector;
  const char *subsector;
  const char *unit;
  const char *source;
  int         vintage;
} KbSeriesKey;

KbImportSink *kb_import_sink_new    (void);
void          kb_import_sink_free   (KbImportSink      *sink);
KbSeries     *kb_import_sink_series (KbImportSink      *sink,
                                     const KbSeriesKey *key);
KbValueTable *kb_import_sink_use_years (KbImportSink   *sink,
                                        const int      *years,
                                        guint           n_columns);
guint         kb_import_sink_row    (KbImportSink      *sink,
                                     const KbSeriesKey *key);
KbDataset    *kb_import_sink_finish (KbImportSink      *sink);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KbImportSink, kb_import_sink_free)

G_END_DECLS
