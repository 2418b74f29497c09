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

/* Parsing runs as a pipeline on two threads: a worker reads the file in
 * blocks of whole lines and tokenizes them with libcsv into batches of
 * rows, the fields as the file has them; the caller's thread decodes what
 * is not ASCII (once per distinct text of a column: rows repeat their
 * neighbours' labels) and turns rows into series. The two halves cost
 * about the same, so a large file imports in about half the time. Rows
 * keep their order and lines. */

#define BATCH_ROWS 2048
#define BATCHES_IN_FLIGHT 4

typedef struct
{
  char    *text;      /* every field of every row, each NUL-terminated */
  gsize    text_length;
  gsize    text_size;
  guint   *offsets;   /* where each field starts in @text */
  guint    n_fields;
  guint    fields_size;
  GArray  *rows;      /* guint pairs: each row's first field and its end in @offsets */
  GArray  *lines;     /* guint: the physical line each row ends on */
  GError  *error;     /* set on the last batch when tokenizing failed */
  GString *error_line; /* … and the line it failed on, as the file has it */
  guint    error_line_number;
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
  guint         newlines;     /* line ends passed, outside fields and in them */
  gboolean      may_quote;    /* the block holds a quote: a field may hold a line end */
  const char   *block;        /* being tokenized, its first line's number */
  gsize         block_length;
  guint         block_first_line;
  gboolean      failed;
} Tokenizer;

/* The column of a field as last met and as UTF-8, and the column's other
 * texts met so far: each distinct text is decoded once. */
typedef struct
{
  GString    *raw;
  GString    *text;
  GHashTable *seen; /* raw → UTF-8, up to MAX_SEEN; NULL until needed */
} LastField;

/* A column of more distinct texts than this (free text, not labels)
 * decodes the rest each time they change; longer texts are not kept. */
#define MAX_SEEN 4096
#define MAX_SEEN_LENGTH 256

/* Decodes fields: UTF-8 as it is, else Windows-1252, decided by the
 * first text that is not ASCII (until then both readings agree); a file
 * whose texts disagree is neither. */
typedef struct
{
  const char *file;
  gboolean    windows_1252;
  gboolean    seen_utf8;
  GArray     *columns;  /* LastField, per column */
  GPtrArray  *fields;   /* the row's fields, raw, then decoded */
  GArray     *lengths;  /* gsize: the row's fields' raw lengths */
} Decoder;

static Batch *
batch_new (void)
{
  Batch *batch = g_new0 (Batch, 1);

  /* Small to start with: most files are small; batches grow and are reused. */
  batch->text_size = 4096;
  batch->text = g_malloc (batch->text_size);
  batch->fields_size = 256;
  batch->offsets = g_new (guint, batch->fields_size);
  batch->rows = g_array_sized_new (FALSE, FALSE, sizeof (guint), 64);
  batch->lines = g_array_sized_new (FALSE, FALSE, sizeof (guint), 32);
  batch->error_line = g_string_new (NULL);
  return batch;
}

static void
batch_clear (Batch *batch)
{
  batch->text_length = 0;
  batch->n_fields = 0;
  g_array_set_size (batch->rows, 0);
  g_array_set_size (batch->lines, 0);
  g_clear_error (&batch->error);
  g_string_truncate (batch->error_line, 0);
  batch->last = FALSE;
}

static void
batch_free (Batch *batch)
{
  g_free (batch->text);
  g_free (batch->offsets);
  g_array_unref (batch->rows);
  g_array_unref (batch->lines);
  g_clear_error (&batch->error);
  g_string_free (batch->error_line, TRUE);
  g_free (batch);
}

/* Appends a field: one copy, NUL-terminated (the hottest lines of an
 * import: the batch's own arrays, grown by doubling). */
static void
batch_add_field (Batch      *batch,
                 const char *data,
                 gsize       length)
{
  if (batch->text_length + length + 1 > batch->text_size)
    {
      batch->text_size = MAX (2 * batch->text_size, batch->text_length + length + 1);
      batch->text = g_realloc (batch->text, batch->text_size);
    }
  if (batch->n_fields == batch->fields_size)
    {
      batch->fields_size *= 2;
      batch->offsets = g_renew (guint, batch->offsets, batch->fields_size);
    }
  batch->offsets[batch->n_fields++] = batch->text_length;
  memcpy (batch->text + batch->text_length, data, length);
  batch->text[batch->text_length + length] = '\0';
  batch->text_length += length + 1;
}

static guint
batch_n_rows (Batch *batch)
{
  return batch->lines->len;
}

static void
tokenizer_fail (Tokenizer  *tok,
                guint       line,
                guint       column,
                const char *message)
{
  tok->failed = TRUE;
  kb_import_error_set (&tok->batch->error, KB_IMPORT_ERROR_SYNTAX, tok->file,
                       line, column, "%s", message);
  tok->batch->error_line_number = line;
  /* The line itself, where it is in the block: files were read a decoded
   * line at a time, so a line that is no text says so first. */
  if (tok->block != NULL && line >= tok->block_first_line)
    {
      const char *p = tok->block, *end = tok->block + tok->block_length, *line_end;

      for (guint l = tok->block_first_line; l < line && p != NULL; l++)
        p = (p = memchr (p, '\n', end - p)) != NULL ? p + 1 : NULL;
      if (p != NULL && p < end)
        {
          line_end = memchr (p, '\n', end - p);
          g_string_append_len (tok->batch->error_line, p, (line_end != NULL ? line_end : end) - p);
        }
    }
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

static void
on_field (void   *data,
          size_t  length,
          void   *user_data)
{
  Tokenizer *tok = user_data;
  guint n_fields = tok->batch->n_fields - tok->row_start;

  if (tok->failed)
    return;

  if (tok->may_quote && length > 0)
    tok->newlines += kb_text_count_lines (data, length);
  if (length > MAX_FIELD_BYTES)
    {
      tokenizer_fail (tok, tok->newlines + 1, n_fields + 1, _("a field is longer than 64 KiB"));
      return;
    }
  if (n_fields >= MAX_FIELDS)
    {
      tokenizer_fail (tok, tok->newlines + 1, n_fields + 1, _("a row has more than 1024 fields"));
      return;
    }

  batch_add_field (tok->batch, data, length);
}

/* The end of a record, or (libcsv's CSV_REPALL_NL) of a line without
 * one: an empty line, or the "\n" of a "\r\n" that ended the record. */
static void
on_row (int   terminator,
        void *user_data)
{
  Tokenizer *tok = user_data;
  Batch *batch = tok->batch;
  guint line = tok->newlines + 1;

  if (terminator == '\n')
    tok->newlines++;
  if (tok->failed || batch->n_fields == tok->row_start)
    return;
  if (++tok->n_records > MAX_RECORDS)
    {
      tokenizer_fail (tok, line, 1, _("the file has more than a million rows, the most Klimatbild reads"));
      return;
    }

  g_array_append_val (batch->rows, tok->row_start);
  g_array_append_val (batch->rows, batch->n_fields);
  g_array_append_val (batch->lines, line);
  tok->row_start = batch->n_fields;
  if (batch_n_rows (batch) >= BATCH_ROWS)
    send_batch (tok, FALSE);
}

static gpointer
tokenize_thread (gpointer data)
{
  Tokenizer *tok = data;
  struct csv_parser parser;
  const char *block;
  gsize length;
  guint first_line;
  GError *error = NULL;

  if (csv_init (&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0)
    g_error ("libcsv could not allocate its parser");
  csv_set_delim (&parser, (unsigned char)tok->delimiter);
  tok->batch = g_async_queue_pop (tok->empty);

  while (!tok->failed && !g_atomic_int_get (&tok->stop) &&
         (block = kb_text_source_next_block (tok->source, &length, &first_line, &error)) != NULL)
    {
      gsize parsed;

      tok->may_quote = memchr (block, '"', length) != NULL;
      tok->block = block;
      tok->block_length = length;
      tok->block_first_line = first_line;
      parsed = csv_parse (&parser, block, length, on_field, on_row, tok);
      if (parsed != length && !tok->failed)
        {
          g_autofree char *message = g_strdup_printf (_("malformed quoting (%s)"),
                                                      csv_strerror (csv_error (&parser)));
          tokenizer_fail (tok, first_line + kb_text_count_lines (block, parsed),
                          tok->batch->n_fields - tok->row_start + 1, message);
        }
    }

  tok->block = NULL;
  if (error != NULL)
    {
      tok->failed = TRUE;
      g_propagate_error (&tok->batch->error, error);
    }
  else if (!tok->failed && !g_atomic_int_get (&tok->stop) &&
           csv_fini (&parser, on_field, on_row, tok) != 0 && !tok->failed)
    tokenizer_fail (tok, kb_text_source_get_n_lines (tok->source), tok->batch->n_fields - tok->row_start + 1,
                    _("the file ends inside a quoted field"));

  csv_free (&parser);
  send_batch (tok, TRUE);
  return NULL;
}

/* Eight bytes at a time: most fields of a national export are numbers. */
static gboolean
is_ascii (const char *text,
          gsize       length)
{
  guint64 any = 0, word;
  gsize i = 0;

  for (; i + sizeof word <= length; i += sizeof word)
    {
      memcpy (&word, text + i, sizeof word);
      any |= word;
    }
  for (; i < length; i++)
    any |= (guchar)text[i];
  return (any & G_GUINT64_CONSTANT (0x8080808080808080)) == 0;
}

static void
decoder_init (Decoder      *decoder,
              KbTextSource *source)
{
  decoder->file = kb_text_source_get_name (source);
  decoder->windows_1252 = kb_text_source_is_windows_1252 (source);
  decoder->columns = g_array_new (FALSE, TRUE, sizeof (LastField));
  decoder->fields = g_ptr_array_new ();
  decoder->lengths = g_array_new (FALSE, FALSE, sizeof (gsize));
}

static void
decoder_clear (Decoder *decoder)
{
  for (guint i = 0; i < decoder->columns->len; i++)
    {
      LastField *last = &g_array_index (decoder->columns, LastField, i);

      g_string_free (last->raw, TRUE);
      g_string_free (last->text, TRUE);
      g_clear_pointer (&last->seen, g_hash_table_unref);
    }
  g_array_unref (decoder->columns);
  g_ptr_array_unref (decoder->fields);
  g_array_unref (decoder->lengths);
}

static LastField *
last_field (Decoder *decoder,
            guint    column)
{
  if (column >= decoder->columns->len)
    {
      guint n = decoder->columns->len;

      g_array_set_size (decoder->columns, column + 1);
      for (guint i = n; i <= column; i++)
        {
          g_array_index (decoder->columns, LastField, i).raw = g_string_new (NULL);
          g_array_index (decoder->columns, LastField, i).text = g_string_new (NULL);
        }
    }
  return &g_array_index (decoder->columns, LastField, column);
}

static gboolean
encoding_fails (Decoder  *decoder,
                guint     line,
                GError  **error)
{
  kb_import_error_set (error, KB_IMPORT_ERROR_ENCODING, decoder->file, line, 1,
                       _("the text is neither UTF-8 nor Windows-1252"));
  return FALSE;
}

/* The physical line of byte @at of field @f of a row that ends on @line
 * (a quoted field may hold line ends): what it is said of is on that line,
 * as when files were read a line at a time. */
static guint
line_within (const char * const *raw,
             const gsize        *lengths,
             guint               n_fields,
             guint               f,
             gsize               at,
             guint               line)
{
  guint after = kb_text_count_lines (raw[f] + at, lengths[f] - at);

  for (guint g = f + 1; g < n_fields; g++)
    after += kb_text_count_lines (raw[g], lengths[g]);
  return line - MIN (after, line - 1);
}

/* Where in @raw is a byte Windows-1252 leaves undefined; 0 if none. */
static gsize
undefined_at (const char *raw,
              gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (strchr ("\x81\x8D\x8F\x90\x9D", raw[i]) != NULL && raw[i] != '\0')
      return i;
  return 0;
}

/* Decides the encoding on a row's texts that are not ASCII, all at once
 * (as on a whole line before): UTF-8 where all are, else Windows-1252 —
 * unless UTF-8 was seen above: then the file is neither. */
static gboolean
decide_encoding (Decoder     *decoder,
                 const char **raw,
                 const gsize *lengths,
                 guint        n_fields,
                 guint        line,
                 GError     **error)
{
  gboolean utf8 = FALSE;
  const char *end;

  for (guint f = 0; f < n_fields && !decoder->windows_1252; f++)
    {
      LastField *last;

      if (is_ascii (raw[f], lengths[f]))
        continue;
      last = last_field (decoder, f);
      if (last->raw->len == lengths[f] && memcmp (last->raw->str, raw[f], lengths[f]) == 0)
        continue; /* decided before */
      if (!g_utf8_validate (raw[f], lengths[f], &end))
        {
          if (decoder->seen_utf8)
            return encoding_fails (decoder, line_within (raw, lengths, n_fields, f, end - raw[f], line), error);
          decoder->windows_1252 = TRUE;
        }
      else
        utf8 = TRUE;
    }
  decoder->seen_utf8 |= utf8 && !decoder->windows_1252;
  return TRUE;
}

/* Whether the line @raw (on which tokenizing failed) is text, by the same
 * rules as the fields above it: where it is not, that is what is said. */
static gboolean
line_is_text (Decoder     *decoder,
              const char  *raw,
              gsize        length,
              guint        line,
              GError     **error)
{
  g_autoptr(GString) scratch = NULL;

  if (is_ascii (raw, length) || (!decoder->windows_1252 && g_utf8_validate (raw, length, NULL)))
    return TRUE;
  if (!decoder->windows_1252 && decoder->seen_utf8)
    return encoding_fails (decoder, line, error);
  scratch = g_string_new (NULL);
  return kb_text_append_windows_1252 (scratch, raw, length) || encoding_fails (decoder, line, error);
}

/* @raw (the @column'th field of a row on @line) as UTF-8, in the encoding
 * decided; NULL where it is none. */
static const char *
decode_field (Decoder     *decoder,
              guint        column,
              const char  *raw,
              gsize        length,
              guint        line,
              gboolean    *undefined,
              GError     **error)
{
  LastField *last;
  const char *seen;

  if (is_ascii (raw, length))
    return raw;

  last = last_field (decoder, column);
  if (last->raw->len == length && memcmp (last->raw->str, raw, length) == 0)
    return last->text->str;

  g_string_truncate (last->raw, 0);
  g_string_truncate (last->text, 0);
  /* Met before in the column (fields are NUL-terminated copies). */
  seen = last->seen != NULL && strlen (raw) == length ? g_hash_table_lookup (last->seen, raw) : NULL;
  if (seen != NULL)
    {
      g_string_append_len (last->raw, raw, length);
      g_string_append (last->text, seen);
      return last->text->str;
    }
  if (!decoder->windows_1252)
    g_string_append_len (last->text, raw, length);
  else if (!kb_text_append_windows_1252 (last->text, raw, length))
    {
      g_string_truncate (last->text, 0);
      *undefined = TRUE; /* said by the caller, which knows the line */
      return NULL;
    }
  /* The limit holds on the text as read (Windows-1252's å is two bytes). */
  if (last->text->len > MAX_FIELD_BYTES)
    {
      g_string_truncate (last->text, 0);
      kb_import_error_set (error, KB_IMPORT_ERROR_SYNTAX, decoder->file, line, column + 1,
                           "%s", _("a field is longer than 64 KiB"));
      return NULL;
    }
  g_string_append_len (last->raw, raw, length);
  if (last->seen == NULL)
    last->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (g_hash_table_size (last->seen) < MAX_SEEN && length <= MAX_SEEN_LENGTH && strlen (raw) == length)
    g_hash_table_insert (last->seen, g_strdup (raw), g_strdup (last->text->str));
  return last->text->str;
}

/* Row @r of @batch, its fields decoded, to @row_func. */
static gboolean
pass_row (Decoder       *decoder,
          Batch         *batch,
          guint          r,
          KbCsvRowFunc   row_func,
          gpointer       user_data,
          GError       **error)
{
  guint first = g_array_index (batch->rows, guint, 2 * r);
  guint end = g_array_index (batch->rows, guint, 2 * r + 1);
  guint line = g_array_index (batch->lines, guint, r);

  g_ptr_array_set_size (decoder->fields, end - first);
  g_array_set_size (decoder->lengths, end - first);
  for (guint f = first; f < end; f++)
    {
      gsize next = f + 1 < batch->n_fields ? batch->offsets[f + 1] : batch->text_length;

      decoder->fields->pdata[f - first] = batch->text + batch->offsets[f];
      g_array_index (decoder->lengths, gsize, f - first) = next - batch->offsets[f] - 1;
    }
  if (!decide_encoding (decoder, (const char **)decoder->fields->pdata, (const gsize *)(void *)decoder->lengths->data,
                        end - first, line, error))
    return FALSE;
  for (guint f = 0; f < end - first; f++)
    {
      const char * const *raw = (const char * const *)decoder->fields->pdata;
      const gsize *lengths = (const gsize *)(void *)decoder->lengths->data;
      gboolean undefined = FALSE;
      const char *field = decode_field (decoder, f, raw[f], lengths[f], line, &undefined, error);

      if (field == NULL && undefined)
        encoding_fails (decoder, line_within (raw, lengths, end - first, f, undefined_at (raw[f], lengths[f]), line),
                        error);
      if (field == NULL)
        return FALSE;
      decoder->fields->pdata[f] = (gpointer)field;
    }
  return row_func ((const char * const *)decoder->fields->pdata, decoder->fields->len,
                   line, user_data, error);
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

/* Parses @source with libcsv, counting line ends so that every record and
 * every error knows its line number, and calls @row_func (in this thread)
 * for each record. */
gboolean
kb_csv_parse (KbTextSource  *source,
              char           delimiter,
              KbCsvRowFunc   row_func,
              gpointer       user_data,
              GError       **error)
{
  Tokenizer tok = { source, delimiter, kb_text_source_get_name (source) };
  Decoder decoder = { NULL };
  GError *row_error = NULL;
  GError *tokenizer_error = NULL;
  GThread *thread;
  gboolean done = FALSE;

  decoder_init (&decoder, source);
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
        if (!pass_row (&decoder, batch, r, row_func, user_data, &row_error))
          g_atomic_int_set (&tok.stop, TRUE);

      done = batch->last;
      if (done && batch->error != NULL && row_error == NULL)
        {
          tokenizer_error = g_steal_pointer (&batch->error);
          if (batch->error_line->len > 0 &&
              !line_is_text (&decoder, batch->error_line->str, batch->error_line->len,
                             batch->error_line_number, &row_error))
            g_clear_error (&tokenizer_error);
        }
      batch_clear (batch);
      if (done)
        batch_free (batch);
      else
        g_async_queue_push (tok.empty, batch);
    }

  g_thread_join (thread);
  g_async_queue_unref (tok.full);
  g_async_queue_unref (tok.empty);
  decoder_clear (&decoder);

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
