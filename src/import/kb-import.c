/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kb-csv.h"
#include "kb-import.h"
#include "kb-long-reader.h"
#include "kb-wide-reader.h"

#define DEFAULT_DATASET "/se/klimatbild/Klimatbild/data/linkoping-emissions.csv"

/* The one entry point for data: decodes the bytes and hands them to the
 * reader of their format. The national formats join here as readers. */
KbDataset *
kb_import_bytes (GBytes      *bytes,
                 const char  *file,
                 GError     **error)
{
  g_autofree char *text = NULL;
  char delimiter;
  gsize length;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (length == 0)
    {
      kb_import_error_set (error, KB_IMPORT_ERROR_EMPTY, file, 1, 1, _("the file is empty"));
      return NULL;
    }

  text = kb_csv_decode_text (data, length, file, error);
  if (text == NULL)
    return NULL;

  delimiter = kb_csv_sniff_delimiter (text);
  if (kb_wide_reader_sniff (text, delimiter))
    return kb_wide_reader_read (text, delimiter, file, error);
  return kb_long_reader_read (text, file, error);
}

KbDataset *
kb_import_file (GFile         *file,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info != NULL && g_file_info_get_size (info) > KB_IMPORT_MAX_BYTES)
    {
      kb_import_error_set (error, KB_IMPORT_ERROR_TOO_LARGE, name, 1, 1,
                           _("the file is larger than %d MiB, the most Klimatbild reads"),
                           (int)(KB_IMPORT_MAX_BYTES / (1024 * 1024)));
      return NULL;
    }

  if (info != NULL)
    bytes = g_file_load_bytes (file, cancellable, NULL, &local_error);
  if (bytes == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
      return NULL;
    }

  return kb_import_bytes (bytes, name, error);
}

/* Linköping's inventory, compiled into the program: a new user sees a
 * real picture before opening any file. */
KbDataset *
kb_import_default (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  KbDataset *dataset;

  bytes = g_resources_lookup_data (DEFAULT_DATASET, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    g_error ("The embedded default dataset is missing: %s", error->message);

  dataset = kb_import_bytes (bytes, "linkoping-emissions.csv", &error);
  if (dataset == NULL)
    g_error ("The embedded default dataset does not parse: %s", error->message);
  return dataset;
}
