/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-import-task"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kb-import-task.h"
#include "kb-import.h"

/* Imports files in a worker thread, so a national export never freezes
 * the window. The files that read combine into one dataset; a bad one is
 * passed over and said (kb_import_files_get_failure()); where none reads,
 * the first one's error fails the import, and the caller keeps what it
 * had. */

typedef struct
{
  GPtrArray *files;             /* GFile */
  gint      *progress_permille; /* the caller's; written atomically */
  guint      current;
  GError    *failure;           /* the first file that could not be read */
  guint      n_failed;
  GPtrArray *failed;            /* GFile: those that could not be read */
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_ptr_array_unref (job->files);
  g_ptr_array_unref (job->failed);
  g_clear_error (&job->failure);
  g_free (job);
}

static void
on_progress (double   fraction,
             gpointer user_data)
{
  ImportJob *job = user_data;
  double overall = (job->current + fraction) / job->files->len;

  if (job->progress_permille != NULL)
    g_atomic_int_set (job->progress_permille, (gint)(overall * 1000));
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  g_autoptr(KbDataset) dataset = kb_dataset_new ();

  for (job->current = 0; job->current < job->files->len; job->current++)
    {
      GFile *file = g_ptr_array_index (job->files, job->current);
      g_autoptr(GError) error = NULL;
      g_autoptr(KbDataset) part = kb_import_file_full (file, on_progress, job, cancellable, &error);

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      if (part == NULL && error == NULL)
        g_set_error (&error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", _("the file could not be read"));
      if (part == NULL || !kb_dataset_merge (dataset, part, &error))
        {
          if (part != NULL)
            {
              g_autofree char *name = g_file_get_parse_name (file);
              g_prefix_error (&error, "%s: ", name);
            }
          if (job->failure == NULL)
            job->failure = g_steal_pointer (&error);
          job->n_failed++;
          g_ptr_array_add (job->failed, g_object_ref (file));
        }
    }

  if (job->n_failed == job->files->len)
    g_task_return_error (task, g_error_copy (job->failure));
  else
    g_task_return_pointer (task, g_steal_pointer (&dataset), g_object_unref);
}

/* @progress_permille, if not NULL, must outlive the task: it is written
 * from the worker thread, read with g_atomic_int_get(). */
void
kb_import_files_async (GFile               **files,
                       guint                 n_files,
                       gint                 *progress_permille,
                       GCancellable         *cancellable,
                       GAsyncReadyCallback   callback,
                       gpointer              user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  ImportJob *job = g_new0 (ImportJob, 1);

  job->files = g_ptr_array_new_with_free_func (g_object_unref);
  job->failed = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (job->files, g_object_ref (files[i]));
  job->progress_permille = progress_permille;

  g_task_set_source_tag (task, kb_import_files_async);
  g_task_set_task_data (task, job, (GDestroyNotify)import_job_free);
  g_task_run_in_thread (task, import_thread);
}

KbDataset *
kb_import_files_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Whether @file was one of those that could not be read. */
gboolean
kb_import_files_failed (GAsyncResult *result,
                        GFile        *file)
{
  ImportJob *job;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  job = g_task_get_task_data (G_TASK (result));
  for (guint i = 0; i < job->failed->len; i++)
    if (g_file_equal (g_ptr_array_index (job->failed, i), file))
      return TRUE;
  return FALSE;
}

/* Where some of the files read and some did not: the first that did not,
 * and (in @n_failed) how many; NULL where all read. */
const GError *
kb_import_files_get_failure (GAsyncResult *result,
                             guint        *n_failed)
{
  ImportJob *job;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  job = g_task_get_task_data (G_TASK (result));
  if (n_failed != NULL)
    *n_failed = job->n_failed;
  return job->failure;
}
