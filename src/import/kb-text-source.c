/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-text-source"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kb-import-error.h"
#include "kb-text-source.h"

#define CHUNK_SIZE (256 * 1024)
#define HEAD_SIZE (64 * 1024)
#define PROGRESS_STEP (1024 * 1024)

struct _KbTextSource
{
  char           *name;
  gboolean        windows_1252;
  gboolean        seen_utf8;   /* a line had UTF-8 beyond ASCII */

  /* From memory … */
  GBytes         *bytes;
  /* … or streamed from a file. */
  GFile          *file;
  GInputStream   *stream;
  GCancellable   *cancellable;

  const guint8   *data;     /* the current chunk, or all of @bytes */
  gsize           length;
  gsize           position; /* within @data */
  guint8         *chunk;
  GByteArray     *partial;  /* a line split between two chunks */
  gboolean        at_end;

  GString        *line;     /* the decoded line handed out */
  guint           line_number;
  gboolean        unterminated; /* the last line handed out had no line end */
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

static guint
count_lines (const guint8 *data,
             gsize         length)
{
  guint n = 0;

  for (const guint8 *p = data; (p = memchr (p, '\n', length - (p - data))) != NULL; p++)
    n++;
  return n;
}

static KbTextSource *
source_new (const char *name)
{
  KbTextSource *source = g_new0 (KbTextSource, 1);

  source->name = g_strdup (name);
  source->line = g_string_sized_new (1024);
  source->partial = g_byte_array_new ();
  return source;
}

void
kb_text_source_free (KbTextSource *source)
{
  g_clear_pointer (&source->bytes, g_bytes_unref);
  g_clear_object (&source->file);
  g_clear_object (&source->stream);
  g_clear_object (&source->cancellable);
  g_free (source->chunk);
  g_byte_array_unref (source->partial);
  g_string_free (source->line, TRUE);
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
  source->at_end = TRUE;
  if (source->length == 0)
    return g_steal_pointer (&source); /* no bytes: no data to look at */

  nul = memchr (source->data, '\0', source->length);
  if (nul != NULL)
    {
      set_binary_error (source, count_lines (source->data, nul - source->data) + 1, error);
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
  source->chunk = g_malloc (CHUNK_SIZE);
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

static gboolean
next_chunk (KbTextSource  *source,
            GError       **error)
{
  gssize n;

  if (source->at_end)
    return FALSE;

  n = g_input_stream_read (source->stream, source->chunk, CHUNK_SIZE, source->cancellable, error);
  if (n <= 0)
    {
      source->at_end = TRUE;
      return FALSE;
    }
  /* The limit holds on the bytes read, whatever the file said its size
   * was (a file growing while read, a size the file system got wrong). */
  source->read_bytes += n;
  if (source->read_bytes > KB_TEXT_SOURCE_MAX_BYTES)
    {
      source->at_end = TRUE;
      kb_import_error_set (error, KB_IMPORT_ERROR_TOO_LARGE, source->name, source->line_number + 1, 1,
                           _("the file is larger than %d MiB, the most Klimatbild reads"),
                           (int)(KB_TEXT_SOURCE_MAX_BYTES / (1024 * 1024)));
      return FALSE;
    }
  source->data = source->chunk;
  source->length = n;
  source->position = 0;
  return TRUE;
}

static gboolean
is_ascii (const guint8 *raw,
          gsize         length)
{
  for (gsize i = 0; i < length; i++)
    if (raw[i] >= 0x80)
      return FALSE;
  return TRUE;
}

/* Whether @raw is UTF-8, deciding the file's encoding on the first line
 * that is not ASCII: until then both readings agree. A file whose lines
 * disagree is neither. */
static gboolean
line_is_utf8 (KbTextSource  *source,
              const guint8  *raw,
              gsize          length,
              GError       **error)
{
  if (memchr (raw, '\0', length) != NULL)
    {
      set_binary_error (source, source->line_number, error);
      return FALSE;
    }
  if (source->windows_1252 || is_ascii (raw, length))
    return !source->windows_1252;
  if (g_utf8_validate ((const char *)raw, length, NULL))
    {
      source->seen_utf8 = TRUE;
      return TRUE;
    }
  if (source->seen_utf8)
    {
      kb_import_error_set (error, KB_IMPORT_ERROR_ENCODING, source->name, source->line_number, 1,
                           _("the text is neither UTF-8 nor Windows-1252"));
      return FALSE;
    }
  source->windows_1252 = TRUE;
  return FALSE;
}

/* Appends @raw, in Windows-1252, to the line as UTF-8. */
static gboolean
decode (KbTextSource  *source,
        const guint8  *raw,
        gsize          length,
        GError       **error)
{
  if (append_windows_1252 (source->line, raw, length, FALSE))
    return TRUE;
  kb_import_error_set (error, KB_IMPORT_ERROR_ENCODING, source->name, source->line_number, 1,
                       _("the text is neither UTF-8 nor Windows-1252"));
  return FALSE;
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

/* The next line, newline included, as UTF-8; NULL at the end of the text
 * or on an error (then @error is set). Valid until the next call. */
const char *
kb_text_source_next_line (KbTextSource  *source,
                          gsize         *length,
                          GError       **error)
{
  const guint8 *raw = NULL;
  gsize raw_length = 0;

  g_byte_array_set_size (source->partial, 0);

  for (;;)
    {
      const guint8 *start, *newline;
      gsize available, take;
      GError *local_error = NULL;

      if (source->position >= source->length)
        {
          if (g_cancellable_set_error_if_cancelled (source->cancellable, error))
            return NULL;
          if (!next_chunk (source, &local_error))
            {
              if (local_error != NULL)
                {
                  g_propagate_error (error, local_error);
                  return NULL;
                }
              break; /* the end; the last line may lack its newline */
            }
        }

      start = source->data + source->position;
      available = source->length - source->position;
      newline = memchr (start, '\n', available);
      take = newline ? (gsize)(newline - start + 1) : available;
      source->position += take;
      report_progress (source, take);

      /* A line within one chunk is used where it lies. */
      if (newline != NULL && source->partial->len == 0)
        {
          raw = start;
          raw_length = take;
          break;
        }
      g_byte_array_append (source->partial, start, take);
      if (newline != NULL)
        break;
    }

  if (raw == NULL)
    {
      if (source->partial->len == 0)
        return NULL;
      raw = source->partial->data;
      raw_length = source->partial->len;
    }

  source->line_number++;
  source->unterminated = raw_length == 0 || raw[raw_length - 1] != '\n';
  /* A NUL is no text (UTF-16 without its mark, a binary file). */
  if (memchr (raw, '\0', raw_length) != NULL)
    {
      set_binary_error (source, source->line_number, error);
      return NULL;
    }
  /* A byte-order mark is not text. */
  if (source->line_number == 1 && raw_length >= 3 && memcmp (raw, "\xEF\xBB\xBF", 3) == 0)
    raw += 3, raw_length -= 3;

  if (line_is_utf8 (source, raw, raw_length, error))
    {
      *length = raw_length;
      return (const char *)raw;
    }
  if (error != NULL && *error != NULL)
    return NULL;

  g_string_truncate (source->line, 0);
  if (!decode (source, raw, raw_length, error))
    return NULL;
  *length = source->line->len;
  return source->line->str;
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
