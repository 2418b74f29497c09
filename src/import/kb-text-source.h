/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A text file in blocks of whole lines, read as it is parsed: a national
 * export is never held whole in memory. UTF-8 (with or without a
 * byte-order mark) is read as it is; anything else as Windows-1252, what
 * Swedish Excel writes, decoded by the parser once per distinct text.
 * Binary data is refused. */
/* Files larger than this are not read (checked on the bytes read). */
#define KB_TEXT_SOURCE_MAX_BYTES ((goffset)512 * 1024 * 1024)

typedef struct _KbTextSource KbTextSource;

typedef void (*KbProgressFunc) (double   fraction,
                                gpointer user_data);

KbTextSource *kb_text_source_new_for_bytes (GBytes         *bytes,
                                            const char     *name,
                                            GError        **error);
KbTextSource *kb_text_source_new_for_file  (GFile          *file,
                                            GCancellable   *cancellable,
                                            GError        **error);
void          kb_text_source_free          (KbTextSource   *source);
void          kb_text_source_set_progress  (KbTextSource   *source,
                                            KbProgressFunc  func,
                                            gpointer        user_data);
const char   *kb_text_source_get_name      (KbTextSource   *source);
const char   *kb_text_source_get_head      (KbTextSource   *source);
const char   *kb_text_source_next_block    (KbTextSource   *source,
                                            gsize          *length,
                                            guint          *first_line,
                                            GError        **error);
guint         kb_text_source_get_n_lines   (KbTextSource   *source);
gboolean      kb_text_source_is_windows_1252 (KbTextSource *source);
guint         kb_text_count_lines          (const char     *text,
                                            gsize           length);
gboolean      kb_text_append_windows_1252  (GString        *out,
                                            const char     *raw,
                                            gsize           length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KbTextSource, kb_text_source_free)

gboolean      kb_text_source_ended_without_newline (KbTextSource *source);

G_END_DECLS
