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

typedef struct
{
  const char   *file;
  KbCsvRowFunc  row_func;
  gpointer      user_data;
  GString      *text;    /* the record's fields, each NUL-terminated */
  GArray       *offsets; /* where each field starts in @text */
  GPtrArray    *fields;  /* pointers into @text, handed to @row_func */
  guint         line;
  gboolean      failed;
  GError       *error;
} ParseState;

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
  guint offset = state->text->len;

  if (state->failed)
    return;

  if (length > MAX_FIELD_BYTES || state->offsets->len >= MAX_FIELDS)
    {
      state->failed = TRUE;
      kb_import_error_set (&state->error, KB_IMPORT_ERROR_SYNTAX, state->file,
                           state->line, state->offsets->len + 1,
                           length > MAX_FIELD_BYTES
                             ? _("a field is longer than 64 KiB")
                             : _("a row has more than 1024 fields"));
      return;
    }

  g_string_append_len (state->text, data ? data : "", length);
  g_string_append_c (state->text, '\0');
  g_array_append_val (state->offsets, offset);
}

static void
on_row (int   terminator,
        void *user_data)
{
  ParseState *state = user_data;

  if (!state->failed)
    {
      g_ptr_array_set_size (state->fields, 0);
      for (guint i = 0; i < state->offsets->len; i++)
        g_ptr_array_add (state->fields,
                         state->text->str + g_array_index (state->offsets, guint, i));
      if (!state->row_func ((const char * const *)state->fields->pdata, state->fields->len,
                            state->line, state->user_data, &state->error))
        state->failed = TRUE;
    }

  g_string_truncate (state->text, 0);
  g_array_set_size (state->offsets, 0);
}

/* Parses the lines of @source with libcsv, one physical line at a time
 * so that every record and every error knows its line number. */
gboolean
kb_csv_parse (KbTextSource  *source,
              char           delimiter,
              KbCsvRowFunc   row_func,
              gpointer       user_data,
              GError       **error)
{
  struct csv_parser parser;
  ParseState state = { kb_text_source_get_name (source), row_func, user_data };
  const char *line;
  gsize length;

  if (csv_init (&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
    g_error ("libcsv could not allocate its parser");
  csv_set_delim (&parser, (unsigned char)delimiter);
  state.text = g_string_sized_new (4096);
  state.offsets = g_array_new (FALSE, FALSE, sizeof (guint));
  state.fields = g_ptr_array_new ();

  while (!state.failed && (line = kb_text_source_next_line (source, &length, &state.error)) != NULL)
    {
      state.line++;
      if (csv_parse (&parser, line, length, on_field, on_row, &state) != length &&
          !state.failed)
        {
          state.failed = TRUE;
          kb_import_error_set (&state.error, KB_IMPORT_ERROR_SYNTAX, state.file,
                               state.line, state.offsets->len + 1,
                               _("malformed quoting (%s)"),
                               csv_strerror (csv_error (&parser)));
        }
    }
  if (state.error != NULL)
    state.failed = TRUE;

  if (!state.failed && csv_fini (&parser, on_field, on_row, &state) != 0 && !state.failed)
    {
      state.failed = TRUE;
      kb_import_error_set (&state.error, KB_IMPORT_ERROR_SYNTAX, state.file,
                           state.line, state.offsets->len + 1,
                           _("the file ends inside a quoted field"));
    }

  csv_free (&parser);
  g_string_free (state.text, TRUE);
  g_array_unref (state.offsets);
  g_ptr_array_unref (state.fields);

  if (state.failed)
    {
      g_propagate_error (error, state.error);
      return FALSE;
    }
  return TRUE;
}
