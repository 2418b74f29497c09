/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-csv"

#include "config.h"

#include <csv.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "kb-csv.h"
#include "kb-import-error.h"
#include "kb-text-source.h"

/* A record may hold at most this many fields, each at most this long:
 * beyond that the file is not a table anyone typed or exported. */
#define MAX_FIELDS 1024
#define MAX_FIELD_BYTES (64 * 1024)
#define MAX_RECORDS 1000000

/* Parsing runs as a pipeline on two threads: a worker reads lines and
 * tokenizes them with libcsv into batches of rows; the caller's thread
 * turns rows into series. The two halves cost about the same, so a large
 * file imports in about half the time. Rows keep their order and lines. */

#define BATCH_ROWS 2048
#define BATCHES_IN_FLIGHT 4

typedef struct
{
  GString *text;      /* every field of every row, each NUL-terminated */
  GArray  *offsets;   /* guint: where each field starts in @text */
  GArray  *rows;      /* guint pairs: each row's first field and its end in @offsets */
  GArray  *lines;     /* guint: the physical line each row ends on */
  GError  *error;     /* set on the last batch when tokenizing failed */
  gboolean last;
} Batch;

typedef struct
{
  KbTextSource *source;
  char          delimiter;
  const char   *file;
  GAsyncQueue  *full;   /* Batch, tokenizer → caller */
  GAsyncQueue  *empty;  /* Batch, caller → tokenizer, for reuse */
  gint          stop;   /* the caller wants no more rows */
  Batch        *batch;  /* being filled */
  guint         n_records;
  guint         row_start;
  guint         line;
  gboolean      failed;
} Tokenizer;

static Batch *
batch_new (void)
{
  Batch *batch = g_new0 (Batch, 1);

  /* Small to start with: most files are small; batches grow and are reused. */
  batch->text = g_string_sized_new (4096);
  batch->offsets = g_array_sized_new (FALSE, FALSE, sizeof (guint), 256);
  batch->rows = g_array_sized_new (FALSE, FALSE, sizeof (guint), 64);
  batch->lines = g_array_sized_new (FALSE, FALSE, sizeof (guint), 32);
  return batch;
}

static void
batch_clear (Batch *batch)
{
  g_string_truncate (batch->text, 0);
  g_array_set_size (batch->offsets, 0);
  g_array_set_size (batch->rows, 0);
  g_array_set_size (batch->lines, 0);
  g_clear_error (&batch->error);
  batch->last = FALSE;
}

static void
batch_free (Batch *batch)
{
  g_string_free (batch->text, TRUE);
  g_array_unref (batch->offsets);
  g_array_unref (batch->rows);
  g_array_unref (batch->lines);
  g_clear_error (&batch->error);
  g_free (batch);
}

static guint
batch_n_rows (Batch *batch)
{
  return batch->lines->len;
}

static void
tokenizer_fail (Tokenizer  *tok,
                guint       column,
                const char *message)
{
  tok->failed = TRUE;
  kb_import_error_set (&tok->batch->error, KB_IMPORT_ERROR_SYNTAX, tok->file,
                       tok->line, column, "%s", message);
}

static void
on_field (void   *data,
          size_t  length,
          void   *user_data)
{
  Tokenizer *tok = user_data;
  Batch *batch = tok->batch;
  guint offset = batch->text->len;
  guint n_fields = batch->offsets->len - tok->row_start;

  if (tok->failed)
    return;

  if (length > MAX_FIELD_BYTES)
    {
      tokenizer_fail (tok, n_fields + 1, _("a field is longer than 64 KiB"));
      return;
    }
  if (n_fields >= MAX_FIELDS)
    {
      tokenizer_fail (tok, n_fields + 1, _("a row has more than 1024 fields"));
      return;
    }

  /* One copy, NUL-terminated by the growth itself (the hottest lines of
   * an import). */
  g_string_set_size (batch->text, offset + length + 1);
  if (length > 0)
    memcpy (batch->text->str + offset, data, length);
  batch->text->str[offset + length] = '\0';
  g_array_append_val (batch->offsets, offset);
}

static void
on_row (int   terminator,
        void *user_data)
{
  Tokenizer *tok = user_data;
  Batch *batch = tok->batch;

  if (tok->failed)
    return;
  if (++tok->n_records > MAX_RECORDS)
    {
      tokenizer_fail (tok, 1, _("the file has more than a million rows, the most Klimatbild reads"));
      return;
    }

  g_array_append_val (batch->rows, tok->row_start);
  g_array_append_val (batch->rows, batch->offsets->len);
  g_array_append_val (batch->lines, tok->line);
  tok->row_start = batch->offsets->len;
}

static void
send_batch (Tokenizer *tok,
            gboolean   last)
{
  tok->batch->last = last;
  g_async_queue_push (tok->full, tok->batch);
  tok->batch = last ? NULL : g_async_queue_pop (tok->empty);
  tok->row_start = 0;
}

static gpointer
tokenize_thread (gpointer data)
{
  Tokenizer *tok = data;
  struct csv_parser parser;
  const char *line;
  gsize length;
  GError *error = NULL;

  if (csv_init (&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
    g_error ("libcsv could not allocate its parser");
  csv_set_delim (&parser, (unsigned char)tok->delimiter);
  tok->batch = g_async_queue_pop (tok->empty);

  while (!tok->failed && !g_atomic_int_get (&tok->stop) &&
         (line = kb_text_source_next_line (tok->source, &length, &error)) != NULL)
    {
      tok->line++;
      if (csv_parse (&parser, line, length, on_field, on_row, tok) != length && !tok->failed)
        {
          g_autofree char *message = g_strdup_printf (_("malformed quoting (%s)"),
                                                      csv_strerror (csv_error (&parser)));
          tokenizer_fail (tok, tok->batch->offsets->len - tok->row_start + 1, message);
        }
      if (batch_n_rows (tok->batch) >= BATCH_ROWS && !tok->failed)
        {
          /* The rows of a record still open stay for the next batch. */
          if (tok->row_start == tok->batch->offsets->len)
            send_batch (tok, FALSE);
        }
    }

  if (error != NULL)
    {
      tok->failed = TRUE;
      g_propagate_error (&tok->batch->error, error);
    }
  else if (!tok->failed && !g_atomic_int_get (&tok->stop) &&
           csv_fini (&parser, on_field, on_row, tok) != 0 && !tok->failed)
    tokenizer_fail (tok, tok->batch->offsets->len - tok->row_start + 1,
                    _("the file ends inside a quoted field"));

  csv_free (&parser);
  send_batch (tok, TRUE);
  return NULL;
}

/* The separator is the one of ';', ',' and tab that occurs most often,
 * outside quotes, in the first twenty lines (a title line alone can hold
 * a stray comma); ';' wins ties, as Swedish exports use it with decimal
 * commas. */
char
kb_csv_sniff_delimiter (const char *text)
{
  const char candidates[] = { ';', ',', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  guint lines = 0, best = 0;

  for (const char *p = text; *p != '\0' && lines < 20; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (*p == '\n' && !quoted)
        lines++;
      for (guint i = 0; i < G_N_ELEMENTS (candidates) && !quoted; i++)
        counts[i] += *p == candidates[i];
    }

  for (guint i = 1; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > counts[best])
      best = i;
  return candidates[best];
}

/* Parses the lines of @source with libcsv, one physical line at a time
 * so that every record and every error knows its line number, and calls
 * @row_func (in this thread) for each record. */
gboolean
kb_csv_parse (KbTextSource  *source,
              char           delimiter,
              KbCsvRowFunc   row_func,
              gpointer       user_data,
              GError       **error)
{
  Tokenizer tok = { source, delimiter, kb_text_source_get_name (source) };
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  GError *row_error = NULL;
  GError *tokenizer_error = NULL;
  GThread *thread;
  gboolean done = FALSE;

  tok.full = g_async_queue_new ();
  tok.empty = g_async_queue_new_full ((GDestroyNotify)batch_free);
  for (guint i = 0; i < BATCHES_IN_FLIGHT; i++)
    g_async_queue_push (tok.empty, batch_new ());

  thread = g_thread_new ("kb-csv-tokenizer", tokenize_thread, &tok);

  while (!done)
    {
      Batch *batch = g_async_queue_pop (tok.full);
      guint n_rows = batch_n_rows (batch);

      for (guint r = 0; r < n_rows && row_error == NULL; r++)
        {
          guint first = g_array_index (batch->rows, guint, 2 * r);
          guint end = g_array_index (batch->rows, guint, 2 * r + 1);

          g_ptr_array_set_size (fields, 0);
          for (guint f = first; f < end; f++)
            g_ptr_array_add (fields, batch->text->str + g_array_index (batch->offsets, guint, f));
          if (!row_func ((const char * const *)fields->pdata, fields->len,
                         g_array_index (batch->lines, guint, r), user_data, &row_error))
            g_atomic_int_set (&tok.stop, TRUE);
        }

      done = batch->last;
      if (done && batch->error != NULL && row_error == NULL)
        tokenizer_error = g_steal_pointer (&batch->error);
      batch_clear (batch);
      if (done)
        batch_free (batch);
      else
        g_async_queue_push (tok.empty, batch);
    }

  g_thread_join (thread);
  g_async_queue_unref (tok.full);
  g_async_queue_unref (tok.empty);

  if (row_error != NULL || tokenizer_error != NULL)
    {
      g_propagate_error (error, row_error ? row_error : tokenizer_error);
      return FALSE;
    }
  return TRUE;
}

/* A header as compared: ASCII, lower case, letters and digits only —
 * "År", "ar" and " ÅR " are one name, as are "fullt_år" and "Fullt år". */
char *
kb_csv_fold_header (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  GString *folded = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (folded, g_ascii_tolower (*p));
  return g_string_free (folded, FALSE);
}

/* Appends @text as one CSV cell, quoted (by libcsv) only where it must
 * be: where it holds @delimiter, a quote or a line end. */
void
kb_csv_append_cell (GString    *out,
                    const char *text,
                    char        delimiter)
{
  char special[] = { delimiter, '"', '\n', '\r', '\0' };
  gsize length = strlen (text);
  gsize size = length * 2 + 3;

  if (strpbrk (text, special) == NULL)
    {
      g_string_append_len (out, text, length);
      return;
    }
  g_string_set_size (out, out->len + size);
  g_string_truncate (out, out->len - size + csv_write2 (out->str + out->len - size, size, text, length, '"'));
}
