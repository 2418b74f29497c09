/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "chart/kb-format.h"

#define NBSP "\xC2\xA0"
#define MINUS "\xE2\x88\x92"

static void
check (char       *formatted,
       const char *expected)
{
  g_assert_cmpstr (formatted, ==, expected);
  g_free (formatted);
}

static void
test_swedish (void)
{
  check (kb_format_number (1237762.39, 0, KB_LANGUAGE_SWEDISH), "1" NBSP "237" NBSP "762");
  check (kb_format_number (736445.33, 2, KB_LANGUAGE_SWEDISH), "736" NBSP "445,33");
  check (kb_format_number (-40.50188, 1, KB_LANGUAGE_SWEDISH), MINUS "40,5");
  check (kb_format_number (1400, 0, KB_LANGUAGE_SWEDISH), "1400");
  check (kb_format_signed (235.15, 0, KB_LANGUAGE_SWEDISH), "+235");
  check (kb_format_signed (-0.04, 1, KB_LANGUAGE_SWEDISH), "0,0");
}

static void
test_english (void)
{
  check (kb_format_number (1237762.39, 0, KB_LANGUAGE_ENGLISH), "1,237,762");
  check (kb_format_number (-40.50188, 1, KB_LANGUAGE_ENGLISH), MINUS "40.5");
  check (kb_format_signed (18.998, 1, KB_LANGUAGE_ENGLISH), "+19.0");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/swedish", test_swedish);
  g_test_add_func ("/format/english", test_english);

  return g_test_run ();
}
