/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  KB_LANGUAGE_SWEDISH,
  KB_LANGUAGE_ENGLISH,
} KbLanguage;

KbLanguage  kb_language_from_environment (void);
char       *kb_format_number             (double      value,
                                          int         decimals,
                                          KbLanguage  language);
char       *kb_format_signed             (double      value,
                                          int         decimals,
                                          KbLanguage  language);

char       *kb_format_million_kr         (double      ksek,
                                          KbLanguage  language);
char       *kb_format_thousands          (double      value,
                                          gboolean    signed_,
                                          KbLanguage  language);
char       *kb_format_kt                 (double      tonnes,
                                          KbLanguage  language);
char       *kb_format_gap_kt             (double      tonnes,
                                          KbLanguage  language);
char       *kb_format_share              (double      percent,
                                          KbLanguage  language);

G_END_DECLS
