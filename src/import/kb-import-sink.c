/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-import-sink"

#include "config.h"

#include <string.h>

#include "kb-import-sink.h"
#include "model/kb-region.h"

/* A national file has a hundred thousand rows and a few hundred labels:
 * labels are kept once in a pool of the import's own (KbLabelPool), which
 * its series share and which goes with them (a file of a million labels
 * does not leave them behind), and rows find their series by the labels'
 * addresses in it. */

typedef struct
{
  const char *labels[7]; /* code, name, indicator, sector, subsector, unit, source */
  int         vintage;
} SeriesKey;

typedef struct
{
  const char *code;
  const char *name;
} RegionKey;

struct _KbImportSink
{
  KbLabelPool *labels;      /* the import's labels, kept once, shared by its series */
  GHashTable *series_by_key; /* SeriesKey → KbSeries */
  GHashTable *regions;       /* RegionKey as read → RegionKey, canonical */
  GPtrArray  *series;        /* in the order they were first met */
  KbValueTable *table;       /* a wide file's rows, by column; or NULL */
  const char *last[7];       /* the labels of the row before (interned): rows repeat them */
  const RegionKey *last_region; /* the canonical region of last[0] and last[1] */
};

static guint
series_key_hash (gconstpointer p)
{
  const SeriesKey *key = p;
  guint hash = (guint)key->vintage;

  for (guint i = 0; i < G_N_ELEMENTS (key->labels); i++)
    hash = hash * 31 + g_direct_hash (key->labels[i]);
  return hash;
}

static gboolean
series_key_equal (gconstpointer a,
                  gconstpointer b)
{
  const SeriesKey *ka = a, *kb = b;

  /* Field by field: the struct's padding is not part of the key. */
  return ka->vintage == kb->vintage && memcmp (ka->labels, kb->labels, sizeof ka->labels) == 0;
}

static guint
region_key_hash (gconstpointer p)
{
  const RegionKey *key = p;
  return g_direct_hash (key->code) * 31 + g_direct_hash (key->name);
}

static gboolean
region_key_equal (gconstpointer a,
                  gconstpointer b)
{
  return memcmp (a, b, sizeof (RegionKey)) == 0;
}

KbImportSink *
kb_import_sink_new (void)
{
  KbImportSink *sink = g_new0 (KbImportSink, 1);

  sink->labels = kb_label_pool_new ();
  sink->series_by_key = g_hash_table_new_full (series_key_hash, series_key_equal, g_free, NULL);
  sink->regions = g_hash_table_new_full (region_key_hash, region_key_equal, g_free, g_free);
  sink->series = g_ptr_array_new_with_free_func (g_object_unref);
  return sink;
}

void
kb_import_sink_free (KbImportSink *sink)
{
  kb_label_pool_unref (sink->labels);
  g_hash_table_unref (sink->series_by_key);
  g_hash_table_unref (sink->regions);
  g_ptr_array_unref (sink->series);
  g_clear_pointer (&sink->table, kb_value_table_unref);
  g_free (sink);
}

/* Rows of one header of years are kept as a table of values by column
 * (kb-value-table.h): @years, one per column, 0 for a column of labels.
 * The table's rows are found by kb_import_sink_row (). */
KbValueTable *
kb_import_sink_use_years (KbImportSink *sink,
                          const int    *years,
                          guint         n_columns)
{
  g_return_val_if_fail (sink->table == NULL, sink->table);

  sink->table = kb_value_table_new (sink->labels, years, n_columns);
  return sink->table;
}

static const char *
intern (KbImportSink *sink,
        const char   *text)
{
  return kb_label_pool_add (sink->labels, text);
}

/* The canonical code and name of a region as the file wrote it. A region
 * the table does not know keeps what the file says. */
static const RegionKey *
canonical_region (KbImportSink *sink,
                  const char   *code,
                  const char   *name)
{
  RegionKey as_read = { code, name };
  RegionKey *canonical = g_hash_table_lookup (sink->regions, &as_read);
  const KbRegion *region = NULL;

  if (canonical != NULL)
    return canonical;

  if (*code != '\0')
    region = kb_region_find (code);
  if (region == NULL && *name != '\0')
    region = kb_region_find (name);

  canonical = g_new (RegionKey, 1);
  if (region != NULL)
    {
      canonical->code = intern (sink, region->code);
      canonical->name = intern (sink, region->name);
    }
  else
    {
      canonical->code = *code != '\0' ? code : name;
      canonical->name = *name != '\0' ? name : code;
    }

  g_hash_table_insert (sink->regions, g_memdup2 (&as_read, sizeof as_read), canonical);
  return canonical;
}

/* The labels of @key as the sink keeps them: interned, the region's
 * made canonical. */
static void
key_labels (KbImportSink      *sink,
            const KbSeriesKey *key,
            SeriesKey         *labels)
{
  const char *texts[7] = {
    key->region_code, key->region_name, key->indicator, key->sector, key->subsector, key->unit, key->source,
  };
  const char *before[2] = { sink->last[0], sink->last[1] };

  /* A label as the row before had it is that row's: compared, not hashed. */
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (sink->last[i] == NULL || strcmp (sink->last[i], texts[i] ? texts[i] : "") != 0)
      sink->last[i] = intern (sink, texts[i]);
  if (sink->last_region == NULL || sink->last[0] != before[0] || sink->last[1] != before[1])
    sink->last_region = canonical_region (sink, sink->last[0], sink->last[1]);

  *labels = (SeriesKey) {
    { sink->last_region->code, sink->last_region->name, sink->last[2], sink->last[3], sink->last[4],
      sink->last[5], sink->last[6] },
    key->vintage,
  };
}

KbSeries *
kb_import_sink_series (KbImportSink      *sink,
                       const KbSeriesKey *key)
{
  SeriesKey lookup;
  KbSeries *series;

  key_labels (sink, key, &lookup);
  series = g_hash_table_lookup (sink->series_by_key, &lookup);

  /* A file of more distinct series than any real one (labels made up
   * row by row) is refused before it fills the memory. */
  if (series == NULL && sink->series->len >= KB_IMPORT_MAX_SERIES)
    return NULL;
  if (series == NULL)
    {
      series = kb_series_new_pooled (sink->labels, lookup.labels[0], lookup.labels[1], lookup.labels[2],
                                       lookup.labels[3], lookup.labels[4], lookup.labels[5],
                                       lookup.labels[6], lookup.vintage, 0);
      g_ptr_array_add (sink->series, series);
      g_hash_table_insert (sink->series_by_key, g_memdup2 (&lookup, sizeof lookup), series);
    }

  return series;
}

/* The row of @key's series in the table of kb_import_sink_use_years (),
 * or G_MAXUINT where the file holds more series than Klimatbild reads. */
guint
kb_import_sink_row (KbImportSink      *sink,
                    const KbSeriesKey *key)
{
  SeriesKey lookup;
  gboolean added;
  guint row;

  g_return_val_if_fail (sink->table != NULL, G_MAXUINT);

  key_labels (sink, key, &lookup);
  row = kb_value_table_find_or_add (sink->table, lookup.labels, lookup.vintage, &added);
  if (row >= KB_IMPORT_MAX_SERIES)
    return G_MAXUINT;
  return row;
}

/* Hands over what was read as a dataset and frees the sink. */
KbDataset *
kb_import_sink_finish (KbImportSink *sink)
{
  KbDataset *dataset = kb_dataset_new ();

  if (sink->table != NULL)
    {
      kb_value_table_seal (sink->table);
      kb_dataset_add_table (dataset, sink->table);
    }
  kb_dataset_add_many (dataset, sink->series);
  kb_import_sink_free (sink);
  return dataset;
}
