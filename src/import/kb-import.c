/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kb-csv.h"
#include "kb-import.h"
#include "kb-long-reader.h"
#include "kb-wide-reader.h"

#define DEFAULT_DATASET "/se/klimatbild/Klimatbild/data/linkoping-emissions.csv"
#define DEFAULT_TOTALS "/se/klimatbild/Klimatbild/data/municipality-totals.csv"

/* The one entry point for data: looks at the first lines and hands the
 * text to the reader of its format. Safe to call from a worker thread. */
static KbDataset *
import_source (KbTextSource  *source,
               GError       **error)
{
  const char *head = kb_text_source_get_head (source);
  char delimiter;

  if (*head == '\0')
    {
      kb_import_error_set (error, KB_IMPORT_ERROR_EMPTY, kb_text_source_get_name (source), 1, 1,
                           _("the file is empty"));
      return NULL;
    }

  delimiter = kb_csv_sniff_delimiter (head);
  if (kb_wide_reader_sniff (head, delimiter))
    return kb_wide_reader_read (source, delimiter, error);
  return kb_long_reader_read (source, error);
}

KbDataset *
kb_import_bytes (GBytes      *bytes,
                 const char  *name,
                 GError     **error)
{
  g_autoptr(KbTextSource) source = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  source = kb_text_source_new_for_bytes (bytes, name, error);
  return source ? import_source (source, error) : NULL;
}

/* Imports @file, calling @progress (in the calling thread) as it reads. */
KbDataset *
kb_import_file_full (GFile          *file,
                     KbProgressFunc  progress,
                     gpointer        progress_data,
                     GCancellable   *cancellable,
                     GError        **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(KbTextSource) source = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
      return NULL;
    }
  if (g_file_info_get_size (info) > KB_IMPORT_MAX_BYTES)
    {
      kb_import_error_set (error, KB_IMPORT_ERROR_TOO_LARGE, name, 1, 1,
                           _("the file is larger than %d MiB, the most Klimatbild reads"),
                           (int)(KB_IMPORT_MAX_BYTES / (1024 * 1024)));
      return NULL;
    }

  source = kb_text_source_new_for_file (file, cancellable, &local_error);
  if (source == NULL)
    {
      if (local_error->domain == KB_IMPORT_ERROR)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
      return NULL;
    }
  kb_text_source_set_progress (source, progress, progress_data);
  return import_source (source, error);
}

KbDataset *
kb_import_file (GFile         *file,
                GCancellable  *cancellable,
                GError       **error)
{
  return kb_import_file_full (file, NULL, NULL, cancellable, error);
}

static KbDataset *
import_resource (const char *path)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *name = strrchr (path, '/') + 1;
  KbDataset *dataset;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    g_error ("The embedded default dataset is missing: %s", error->message);
  dataset = kb_import_bytes (bytes, name, &error);
  if (dataset == NULL)
    g_error ("The embedded default dataset does not parse: %s", error->message);
  return dataset;
}

/* Linköping's inventory sector by sector, and every other municipality's
 * total of the same release (for comparison, and the county's and the
 * country's figures beside Linköping's), compiled into the program: a new
 * user sees a real picture before opening any file. */
KbDataset *
kb_import_default (void)
{
  KbDataset *dataset = import_resource (DEFAULT_DATASET);
  g_autoptr(KbDataset) others = import_resource (DEFAULT_TOTALS);
  g_autoptr(GError) error = NULL;

  if (!kb_dataset_merge (dataset, others, &error))
    g_error ("The embedded default datasets disagree: %s", error->message);
  return dataset;
}
