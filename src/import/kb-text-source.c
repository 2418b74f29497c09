/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-text-source"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kb-import-error.h"
#include "kb-text-source.h"

#ifdef KB_FUZZING
#define CHUNK_SIZE 1024 /* the fuzzer's inputs cross block boundaries */
#else
#define CHUNK_SIZE (256 * 1024)
#endif
#define HEAD_SIZE (64 * 1024)
#define PROGRESS_STEP (1024 * 1024)

struct _KbTextSource
{
  char           *name;
  gboolean        windows_1252; /* known to be, before parsing (from memory) */

  /* From memory … */
  GBytes         *bytes;
  const guint8   *data;
  gsize           length;
  gsize           position;
  /* … or streamed from a file. */
  GFile          *file;
  GInputStream   *stream;
  GCancellable   *cancellable;
  guint8         *buffer;   /* the block handed out, then what was read past it */
  gsize           buffer_size;
  gsize           filled;
  gsize           handed;   /* the block's length */
  gboolean        at_end;

  guint           line_number;  /* lines handed out */
  gboolean        unterminated; /* the last block had no line end */
  char           *head;

  goffset         total;
  goffset         consumed;
  goffset         read_bytes;
  goffset         reported;
  KbProgressFunc  progress;
  gpointer        progress_data;
};

/* Windows-1252's upper half as UTF-8, each byte once through GLib's
 * converter (iconv; on Windows GLib's own) into a table: converting every
 * line through g_iconv() made the national export's import 10 % slower
 * (0.61 against 0.55 s, bench/run-import.sh). An empty entry is a byte
 * Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). */
typedef struct
{
  char  utf8[4];
  guint length;
} HighByte;

static const HighByte *
windows_1252_table (void)
{
  static HighByte table[128];
  static gsize ready = 0;

  if (g_once_init_enter (&ready))
    {
      for (guint c = 0x80; c <= 0xFF; c++)
        {
          char byte = (char)c;
          gsize n = 0;
          g_autofree char *utf8 = g_convert (&byte, 1, "UTF-8", "WINDOWS-1252", NULL, &n, NULL);

          if (utf8 != NULL && n > 0 && n < sizeof table[0].utf8)
            {
              memcpy (table[c - 0x80].utf8, utf8, n);
              table[c - 0x80].length = n;
            }
          /* A converter that lacks Windows-1252 still reads its Latin-1
           * half (Swedish letters), never refuses every å. */
          else if (c >= 0xA0)
            table[c - 0x80].length = g_unichar_to_utf8 (c, table[c - 0x80].utf8);
        }
      g_once_init_leave (&ready, 1);
    }
  return table;
}

/* @raw, in Windows-1252, appended to @out as UTF-8. A byte Windows-1252
 * leaves undefined is passed over where @skip_undefined, else FALSE. */
static gboolean
append_windows_1252 (GString       *out,
                     const guint8  *raw,
                     gsize          length,
                     gboolean       skip_undefined)
{
  const HighByte *table = windows_1252_table ();

  for (gsize i = 0; i < length; i++)
    {
      gsize run = i;

      /* Runs of ASCII, most of a line, are copied as they are. */
      while (run < length && raw[run] < 0x80)
        run++;
      if (run > i)
        {
          g_string_append_len (out, (const char *)raw + i, run - i);
          i = run - 1;
          continue;
        }
      if (table[raw[i] - 0x80].length > 0)
        g_string_append_len (out, table[raw[i] - 0x80].utf8, table[raw[i] - 0x80].length);
      else if (!skip_undefined)
        return FALSE;
    }
  return TRUE;
}

static void
set_binary_error (KbTextSource  *source,
                  guint          line,
                  GError       **error)
{
  kb_import_error_set (error, KB_IMPORT_ERROR_ENCODING, source->name, line, 1,
                       _("this is not a text file (it contains binary data)"));
}

/* The line ends ('\n') in @length bytes of @text. */
guint
kb_text_count_lines (const char *text,
                     gsize       length)
{
  guint n = 0;

  for (const char *p = text; (p = memchr (p, '\n', length - (p - text))) != NULL; p++)
    n++;
  return n;
}

static KbTextSource *
source_new (const char *name)
{
  KbTextSource *source = g_new0 (KbTextSource, 1);

  source->name = g_strdup (name);
  return source;
}

void
kb_text_source_free (KbTextSource *source)
{
  g_clear_pointer (&source->bytes, g_bytes_unref);
  g_clear_object (&source->file);
  g_clear_object (&source->stream);
  g_clear_object (&source->cancellable);
  g_free (source->buffer);
  g_free (source->head);
  g_free (source->name);
  g_free (source);
}

KbTextSource *
kb_text_source_new_for_bytes (GBytes      *bytes,
                              const char  *name,
                              GError     **error)
{
  g_autoptr(KbTextSource) source = source_new (name);
  const guint8 *nul;

  source->bytes = g_bytes_ref (bytes);
  source->data = g_bytes_get_data (bytes, &source->length);
  source->total = source->length;
  if (source->length == 0)
    return g_steal_pointer (&source); /* no bytes: no data to look at */

  nul = memchr (source->data, '\0', source->length);
  if (nul != NULL)
    {
      set_binary_error (source, kb_text_count_lines ((const char *)source->data, nul - source->data) + 1, error);
      return NULL;
    }
  source->windows_1252 = !g_utf8_validate ((const char *)source->data, source->length, NULL);
  return g_steal_pointer (&source);
}

KbTextSource *
kb_text_source_new_for_file (GFile         *file,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr(KbTextSource) source = source_new (name);
  g_autoptr(GFileInfo) info = NULL;

  source->file = g_object_ref (file);
  source->cancellable = cancellable ? g_object_ref (cancellable) : NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  /* Every file read as text, data or measures: a regular file (a pipe
   * or a device never ends) of at most the size any file may be. */
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      kb_import_error_set (error, KB_IMPORT_ERROR_TOO_LARGE, name, 1, 1,
                           _("a folder, not a file: open the files in it"));
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      kb_import_error_set (error, KB_IMPORT_ERROR_TOO_LARGE, name, 1, 1,
                           _("not a regular file (a pipe or a device is never read)"));
      return NULL;
    }
  if (g_file_info_get_size (info) > KB_TEXT_SOURCE_MAX_BYTES)
    {
      kb_import_error_set (error, KB_IMPORT_ERROR_TOO_LARGE, name, 1, 1,
                           _("the file is larger than %d MiB, the most Klimatbild reads"),
                           (int)(KB_TEXT_SOURCE_MAX_BYTES / (1024 * 1024)));
      return NULL;
    }
  source->total = g_file_info_get_size (info);

  source->stream = G_INPUT_STREAM (g_file_read (file, cancellable, error));
  if (source->stream == NULL)
    return NULL;
  source->buffer_size = 2 * CHUNK_SIZE;
  source->buffer = g_malloc (source->buffer_size);
  return g_steal_pointer (&source);
}

void
kb_text_source_set_progress (KbTextSource   *source,
                             KbProgressFunc  func,
                             gpointer        user_data)
{
  source->progress = func;
  source->progress_data = user_data;
}

const char *
kb_text_source_get_name (KbTextSource *source)
{
  return source->name;
}

/* Reads on from the stream into the buffer; FALSE on an error. */
static gboolean
read_more (KbTextSource  *source,
           GError       **error)
{
  gssize n;

  if (source->buffer_size - source->filled < CHUNK_SIZE)
    {
      /* Doubled: a line longer than a chunk grows it in a few steps. */
      source->buffer_size = MAX (2 * source->buffer_size, source->filled + CHUNK_SIZE);
      source->buffer = g_realloc (source->buffer, source->buffer_size);
    }
  n = g_input_stream_read (source->stream, source->buffer + source->filled, CHUNK_SIZE,
                           source->cancellable, error);
  if (n < 0)
    return FALSE;
  if (n == 0)
    {
      source->at_end = TRUE;
      return TRUE;
    }
  /* The limit holds on the bytes read, whatever the file said its size
   * was (a file growing while read, a size the file system got wrong). */
  source->read_bytes += n;
  if (source->read_bytes > KB_TEXT_SOURCE_MAX_BYTES)
    {
      kb_import_error_set (error, KB_IMPORT_ERROR_TOO_LARGE, source->name, source->line_number + 1, 1,
                           _("the file is larger than %d MiB, the most Klimatbild reads"),
                           (int)(KB_TEXT_SOURCE_MAX_BYTES / (1024 * 1024)));
      return FALSE;
    }
  source->filled += n;
  return TRUE;
}

/* The next block of the stream: its whole lines read so far, or at its
 * end what is left; length 0 at the end. */
static gboolean
next_block_of_stream (KbTextSource  *source,
                      gsize         *length,
                      GError       **error)
{
  /* What was read past the last block's last line end starts this one. */
  memmove (source->buffer, source->buffer + source->handed, source->filled - source->handed);
  source->filled -= source->handed;
  source->handed = 0;

  for (;;)
    {
      gsize scanned = source->filled;

      if (!source->at_end && !read_more (source, error))
        return FALSE;
      for (gsize i = source->filled; i > scanned; i--)
        if (source->buffer[i - 1] == '\n')
          {
            source->handed = i;
            *length = i;
            return TRUE;
          }
      if (source->at_end)
        {
          source->handed = source->filled;
          *length = source->filled;
          return TRUE;
        }
    }
}

/* The next block of the text in memory: about a chunk, to a line end. */
static gsize
next_block_of_bytes (KbTextSource *source)
{
  const guint8 *start = source->data + source->position;
  gsize left = source->length - source->position;
  const guint8 *newline = left > CHUNK_SIZE ? memchr (start + CHUNK_SIZE - 1, '\n', left - CHUNK_SIZE + 1) : NULL;
  gsize take = newline != NULL ? (gsize)(newline - start + 1) : left;

  source->position += take;
  return take;
}

static void
report_progress (KbTextSource *source,
                 gsize         bytes)
{
  source->consumed += bytes;
  if (source->progress != NULL && source->consumed - source->reported >= PROGRESS_STEP)
    {
      source->reported = source->consumed;
      source->progress ((double)source->consumed / MAX (source->total, 1), source->progress_data);
    }
}

/* The next block of whole lines (the last may lack its line end), as the
 * file has them: not decoded (kb_text_append_windows_1252 () decodes what
 * is not UTF-8) and not split into lines, for libcsv to tokenize at once.
 * *@first_line is the block's first line's number. NULL at the end of the
 * text or on an error (then @error is set). Valid until the next call. */
const char *
kb_text_source_next_block (KbTextSource  *source,
                           gsize         *length,
                           guint         *first_line,
                           GError       **error)
{
  const guint8 *block, *nul;
  gsize block_length = 0;
  guint n_lines;

  if (g_cancellable_set_error_if_cancelled (source->cancellable, error))
    return NULL;
  if (source->bytes != NULL)
    {
      if (source->position >= source->length)
        return NULL; /* (no bytes at all: no data, not even a pointer) */
      block = source->data + source->position;
      block_length = next_block_of_bytes (source);
    }
  else
    {
      if (!next_block_of_stream (source, &block_length, error))
        return NULL;
      block = source->buffer;
    }
  if (block_length == 0)
    return NULL;
  report_progress (source, block_length);

  /* A byte-order mark is not text. */
  if (source->line_number == 0 && block_length >= 3 && memcmp (block, "\xEF\xBB\xBF", 3) == 0)
    block += 3, block_length -= 3;
  if (block_length == 0)
    return NULL;

  *first_line = source->line_number + 1;
  /* A NUL is no text (UTF-16 without its mark, a binary file): the lines
   * above it are read first (an error in them comes first, as it would
   * line by line), the NUL's line fails in the next call. */
  nul = memchr (block, '\0', block_length);
  if (nul != NULL)
    {
      const guint8 *line_start = nul;
      gsize cut;

      while (line_start > block && line_start[-1] != '\n')
        line_start--;
      if (line_start == block)
        {
          set_binary_error (source, *first_line, error);
          return NULL;
        }
      cut = block_length - (line_start - block);
      block_length -= cut;
      source->consumed -= cut; /* counted again when it is read */
      if (source->bytes != NULL)
        source->position -= cut;
      else
        source->handed -= cut;
    }
  n_lines = kb_text_count_lines ((const char *)block, block_length);
  source->unterminated = block[block_length - 1] != '\n';
  source->line_number += n_lines + source->unterminated;
  *length = block_length;
  return (const char *)block;
}

/* How many lines were handed out so far. */
guint
kb_text_source_get_n_lines (KbTextSource *source)
{
  return source->line_number;
}

/* Whether the text is known to be Windows-1252 before it is parsed (a
 * text in memory is looked at whole); else it is decided as it is read. */
gboolean
kb_text_source_is_windows_1252 (KbTextSource *source)
{
  return source->windows_1252;
}

/* @raw, in Windows-1252, appended to @out as UTF-8; FALSE at a byte
 * Windows-1252 leaves undefined. */
gboolean
kb_text_append_windows_1252 (GString    *out,
                             const char *raw,
                             gsize       length)
{
  return append_windows_1252 (out, (const guint8 *)raw, length, FALSE);
}

/* Whether the last line read ended without a line end: where the other
 * lines have one, a sign the file was cut short (an interrupted
 * download ends in the middle of a number). */
gboolean
kb_text_source_ended_without_newline (KbTextSource *source)
{
  g_return_val_if_fail (source != NULL, FALSE);
  return source->unterminated && source->line_number > 1;
}

/* The first lines of the text, decoded, for telling its format. Reading
 * them does not move the source: parsing still starts at line one. */
const char *
kb_text_source_get_head (KbTextSource *source)
{
  GString *head;
  const guint8 *raw;
  gsize length;
  g_autoptr(GInputStream) stream = NULL;
  g_autofree guint8 *buffer = NULL;
  gboolean windows_1252;

  if (source->head != NULL)
    return source->head;

  if (source->bytes != NULL)
    {
      raw = g_bytes_get_data (source->bytes, &length);
      length = MIN (length, HEAD_SIZE);
    }
  else
    {
      gsize n = 0;

      buffer = g_malloc (HEAD_SIZE);
      stream = G_INPUT_STREAM (g_file_read (source->file, NULL, NULL));
      if (stream != NULL)
        g_input_stream_read_all (stream, buffer, HEAD_SIZE, &n, NULL, NULL);
      raw = buffer;
      length = n;
    }

  if (length >= 3 && memcmp (raw, "\xEF\xBB\xBF", 3) == 0)
    raw += 3, length -= 3;
  /* Whole lines only: a character cut at the end must not count. */
  if (length == HEAD_SIZE || (source->bytes == NULL && length > 0))
    {
      gsize end = length;

      while (end > 0 && raw[end - 1] != '\n')
        end--;
      if (end > 0)
        length = end;
    }
  windows_1252 = source->windows_1252 || !g_utf8_validate ((const char *)raw, length, NULL);

  head = g_string_new (NULL);
  /* The head ends where binary data begins. */
  {
    const guint8 *nul = length > 0 ? memchr (raw, '\0', length) : NULL;

    if (nul != NULL)
      length = nul - raw;
  }
  if (!windows_1252)
    g_string_append_len (head, (const char *)raw, length);
  else if (length > 0)
    append_windows_1252 (head, raw, length, TRUE);

  source->head = g_string_free (head, FALSE);
  return source->head;
}
