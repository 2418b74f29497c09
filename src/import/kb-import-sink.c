/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-import-sink"

#include "config.h"

#include <string.h>

#include "kb-import-sink.h"
#include "model/kb-region.h"

struct _KbImportSink
{
  KbDataset  *dataset;
  GHashTable *series_by_key; /* joined key → KbSeries (the dataset owns it) */
  GHashTable *regions;       /* "code\x1fname" as read → canonical "code\x1fname" */
  GString    *key;
};

KbImportSink *
kb_import_sink_new (void)
{
  KbImportSink *sink = g_new0 (KbImportSink, 1);

  sink->dataset = kb_dataset_new ();
  sink->series_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sink->regions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sink->key = g_string_new (NULL);
  return sink;
}

void
kb_import_sink_free (KbImportSink *sink)
{
  g_clear_object (&sink->dataset);
  g_hash_table_unref (sink->series_by_key);
  g_hash_table_unref (sink->regions);
  g_string_free (sink->key, TRUE);
  g_free (sink);
}

/* The canonical "code\x1fname" of a region as the file wrote it. A region
 * the table does not know keeps what the file says. */
static const char *
canonical_region (KbImportSink *sink,
                  const char   *code,
                  const char   *name)
{
  g_autofree char *as_read = g_strdup_printf ("%s\x1f%s", code ?: "", name ?: "");
  const char *canonical = g_hash_table_lookup (sink->regions, as_read);
  const KbRegion *region = NULL;

  if (canonical != NULL)
    return canonical;

  if (code != NULL && *code != '\0')
    region = kb_region_find (code);
  if (region == NULL && name != NULL && *name != '\0')
    region = kb_region_find (name);

  if (region != NULL)
    canonical = g_strdup_printf ("%s\x1f%s", region->code, region->name);
  else
    canonical = g_strdup_printf ("%s\x1f%s",
                                 code && *code ? code : (name ?: ""),
                                 name && *name ? name : (code ?: ""));

  g_hash_table_insert (sink->regions, g_steal_pointer (&as_read), (char *)canonical);
  return canonical;
}

KbSeries *
kb_import_sink_series (KbImportSink      *sink,
                       const KbSeriesKey *key)
{
  const char *region = canonical_region (sink, key->region_code, key->region_name);
  KbSeries *series;

  g_string_printf (sink->key, "%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%d", region,
                   key->indicator ?: "", key->sector ?: "", key->subsector ?: "",
                   key->unit ?: "", key->source ?: "", key->vintage);

  series = g_hash_table_lookup (sink->series_by_key, sink->key->str);
  if (series == NULL)
    {
      const char *separator = strchr (region, '\x1f');
      g_autofree char *code = g_strndup (region, separator - region);

      series = kb_series_new (code, separator + 1, key->indicator, key->sector,
                              key->subsector, key->unit, key->source, key->vintage);
      kb_dataset_add (sink->dataset, series);
      g_object_unref (series); /* the dataset keeps it */
      g_hash_table_insert (sink->series_by_key, g_strdup (sink->key->str), series);
    }

  return series;
}

/* Hands over the dataset and frees the sink. */
KbDataset *
kb_import_sink_finish (KbImportSink *sink)
{
  KbDataset *dataset = g_steal_pointer (&sink->dataset);

  kb_import_sink_free (sink);
  return dataset;
}
