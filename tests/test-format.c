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

/* Thousands as the axes read them: a value that is not zero never reads
 * "0" (Motala's industry, 123 t in 2024, is not "0 kt"). */
static void
test_thousands (void)
{
  check (kb_format_thousands (736445.33, FALSE, KB_LANGUAGE_SWEDISH), "736");
  check (kb_format_thousands (1237762.39, FALSE, KB_LANGUAGE_SWEDISH), "1238");
  check (kb_format_thousands (123, FALSE, KB_LANGUAGE_SWEDISH), "0,12");
  check (kb_format_thousands (486, FALSE, KB_LANGUAGE_ENGLISH), "0.49");
  check (kb_format_thousands (17, FALSE, KB_LANGUAGE_SWEDISH), "0,017");
  check (kb_format_thousands (-486, TRUE, KB_LANGUAGE_SWEDISH), MINUS "0,49");
  check (kb_format_thousands (0.4, FALSE, KB_LANGUAGE_SWEDISH), "< 0,001");
  check (kb_format_thousands (-0.4, TRUE, KB_LANGUAGE_SWEDISH), "> " MINUS "0,001");
  check (kb_format_thousands (0, FALSE, KB_LANGUAGE_SWEDISH), "0");
  check (kb_format_thousands (500, FALSE, KB_LANGUAGE_SWEDISH), "0,50");
  check (kb_format_thousands (-500, TRUE, KB_LANGUAGE_SWEDISH), MINUS "0,50");
  check (kb_format_thousands (99.96, FALSE, KB_LANGUAGE_SWEDISH), "0,10");
  check (kb_format_thousands (930, FALSE, KB_LANGUAGE_SWEDISH), "0,93");
  check (kb_format_thousands (614, FALSE, KB_LANGUAGE_SWEDISH), "0,61");
  check (kb_format_thousands (996, FALSE, KB_LANGUAGE_SWEDISH), "1");
  check (kb_format_kt (123, KB_LANGUAGE_SWEDISH), "0,12" NBSP "kt");
}

/* Shares in whole percent; one that is not zero never reads "0". */
static void
test_share (void)
{
  check (kb_format_share (43.2, KB_LANGUAGE_SWEDISH), "43");
  check (kb_format_share (0.4, KB_LANGUAGE_SWEDISH), "< 1");
  check (kb_format_share (-0.2, KB_LANGUAGE_SWEDISH), "> " MINUS "1");
  check (kb_format_share (0.5, KB_LANGUAGE_SWEDISH), "< 1");
  check (kb_format_share (0.6, KB_LANGUAGE_SWEDISH), "1");
  check (kb_format_share (0, KB_LANGUAGE_SWEDISH), "0");
}

/* A gap to the target path in words, never a bare sign: Danderyd's
 * 13 900 t under Sweden's path is "14 kt below"; Surahammar's 426 t over
 * it is a gap too, not "on the path". */
static void
test_gap (void)
{
  check (kb_format_gap_kt (-13900, KB_LANGUAGE_ENGLISH), "14" NBSP "kt below");
  check (kb_format_gap_kt (22400, KB_LANGUAGE_ENGLISH), "22" NBSP "kt above");
  check (kb_format_gap_kt (426, KB_LANGUAGE_ENGLISH), "0.43" NBSP "kt above");
  check (kb_format_gap_kt (500, KB_LANGUAGE_ENGLISH), "0.50" NBSP "kt above");
  check (kb_format_gap_kt (-500, KB_LANGUAGE_ENGLISH), "0.50" NBSP "kt below");
  check (kb_format_gap_kt (-0.4, KB_LANGUAGE_ENGLISH), "< 0.001" NBSP "kt below");
  check (kb_format_gap_kt (0, KB_LANGUAGE_ENGLISH), "on the path");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/swedish", test_swedish);
  g_test_add_func ("/format/english", test_english);
  g_test_add_func ("/format/thousands", test_thousands);
  g_test_add_func ("/format/gap", test_gap);
  g_test_add_func ("/format/share", test_share);

  return g_test_run ();
}
