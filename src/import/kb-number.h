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

/* A trillion is more than any statistic here holds (Sweden's energy use
 * is 4·10⁸ MWh): anything beyond is an error, not a figure to add. */
gboolean     kb_number_is_beyond_any_figure (double value);
const char  *kb_number_beyond_any_figure_problem (void);

/* How a file writes its numbers, decided once for the file: "1,237" is
 * 1.237 in a file of decimal commas and 1 237 in one of decimal points. */
#define KB_NUMBER_MAX_MAGNITUDE 1e12

typedef enum {
  KB_NUMBER_FORM_UNKNOWN,
  KB_NUMBER_FORM_DECIMAL_COMMA,
  KB_NUMBER_FORM_DECIMAL_POINT,
} KbNumberForm;

KbNumberForm kb_number_form_sniff    (const char   *head,
                                      char          delimiter);
KbNumberKind kb_number_parse_in_form (const char   *text,
                                      KbNumberForm *form,
                                      char          delimiter,
                                      double       *value,
                                      const char  **problem);

int          kb_number_find_year     (const char   *text,
                                      gboolean      last);

G_END_DECLS
