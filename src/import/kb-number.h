/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  KB_NUMBER_VALUE,
  KB_NUMBER_MISSING,
  KB_NUMBER_INVALID,
} KbNumberKind;

KbNumberKind kb_number_parse (const char *text,
                              double     *value);

G_END_DECLS
