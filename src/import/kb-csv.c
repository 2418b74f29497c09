/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-csv"

#include "config.h"

#include <csv.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "kb-csv.h"
#include "kb-import-error.h"

/* A record may hold at most this many fields, each at most this long:
 * beyond that the file is not a table anyone typed or exported. */
#define MAX_FIELDS 1024
#define MAX_FIELD_BYTES (64 * 1024)

typedef struct
{
  const char   *file;
  KbCsvRowFunc  row_func;
  gpointer      user_data;
  GPtrArray    *fields;
  guint         line;
  gboolean      failed;
  GError       *error;
} ParseState;

static guint
line_of_offset (const char *text,
                gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    line += text[i] == '\n';
  return line;
}

/* Returns the text as UTF-8 without a byte-order mark: UTF-8 as it is,
 * anything else as Windows-1252 (what Swedish Excel writes), and an error
 * for binary data or bytes that are neither. */
char *
kb_csv_decode_text (const char  *data,
                    gsize        length,
                    const char  *file,
                    GError     **error)
{
  g_autoptr(GError) convert_error = NULL;
  gsize converted = 0;
  const char *nul;
  char *text;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, length -= 3;

  nul = memchr (data, '\0', length);
  if (nul != NULL)
    {
      kb_import_error_set (error, KB_IMPORT_ERROR_ENCODING, file,
                           line_of_offset (data, nul - data), 1,
                           _("this is not a text file (it contains binary data)"));
      return NULL;
    }

  if (g_utf8_validate (data, length, NULL))
    return g_strndup (data, length);

  text = g_convert (data, length, "UTF-8", "WINDOWS-1252", &converted, NULL, &convert_error);
  if (text == NULL)
    kb_import_error_set (error, KB_IMPORT_ERROR_ENCODING, file,
                         line_of_offset (data, converted), 1,
                         _("the text is neither UTF-8 nor Windows-1252"));
  return text;
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

static void
on_field (void   *data,
          size_t  length,
          void   *user_data)
{
  ParseState *state = user_data;

  if (state->failed)
    return;

  if (length > MAX_FIELD_BYTES || state->fields->len >= MAX_FIELDS)
    {
      state->failed = TRUE;
      kb_import_error_set (&state->error, KB_IMPORT_ERROR_SYNTAX, state->file,
                           state->line, state->fields->len + 1,
                           length > MAX_FIELD_BYTES
                             ? _("a field is longer than 64 KiB")
                             : _("a row has more than 1024 fields"));
      return;
    }

  g_ptr_array_add (state->fields, g_strndup (data ? data : "", length));
}

static void
on_row (int   terminator,
        void *user_data)
{
  ParseState *state = user_data;

  if (!state->failed &&
      !state->row_func ((const char * const *)state->fields->pdata,
                        state->fields->len, state->line,
                        state->user_data, &state->error))
    state->failed = TRUE;

  g_ptr_array_set_size (state->fields, 0);
}

/* Parses @text (UTF-8) with libcsv, one physical line at a time so that
 * every record and every error knows its line number. */
gboolean
kb_csv_parse (const char   *text,
              char          delimiter,
              const char   *file,
              KbCsvRowFunc  row_func,
              gpointer      user_data,
              GError      **error)
{
  struct csv_parser parser;
  ParseState state = { file, row_func, user_data, NULL, 0, FALSE, NULL };
  const char *line = text;

  if (csv_init (&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
    g_error ("libcsv could not allocate its parser");
  csv_set_delim (&parser, (unsigned char)delimiter);
  state.fields = g_ptr_array_new_with_free_func (g_free);

  while (*line != '\0' && !state.failed)
    {
      const char *newline = strchr (line, '\n');
      gsize length = newline ? (gsize)(newline - line + 1) : strlen (line);

      state.line++;
      if (csv_parse (&parser, line, length, on_field, on_row, &state) != length &&
          !state.failed)
        {
          state.failed = TRUE;
          kb_import_error_set (&state.error, KB_IMPORT_ERROR_SYNTAX, file,
                               state.line, state.fields->len + 1,
                               _("malformed quoting (%s)"),
                               csv_strerror (csv_error (&parser)));
        }
      line += length;
    }

  if (!state.failed && csv_fini (&parser, on_field, on_row, &state) != 0 && !state.failed)
    {
      state.failed = TRUE;
      kb_import_error_set (&state.error, KB_IMPORT_ERROR_SYNTAX, file,
                           state.line, state.fields->len + 1,
                           _("the file ends inside a quoted field"));
    }

  csv_free (&parser);
  g_ptr_array_unref (state.fields);

  if (state.failed)
    {
      g_propagate_error (error, state.error);
      return FALSE;
    }
  return TRUE;
}
