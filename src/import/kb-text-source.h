/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A text file as UTF-8 lines, read and decoded as it is parsed: a
 * national export is never held whole in memory. UTF-8 (with or without
 * a byte-order mark) is read as it is; anything else as Windows-1252,
 * what Swedish Excel writes. Binary data is refused. */
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
const char   *kb_text_source_next_line     (KbTextSource   *source,
                                            gsize          *length,
                                            GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KbTextSource, kb_text_source_free)

gboolean      kb_text_source_ended_without_newline (KbTextSource *source);

G_END_DECLS
