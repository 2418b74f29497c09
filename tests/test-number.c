/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "import/kb-number.h"

static void
assert_value (const char *text,
              double      expected)
{
  double value = -12345.678;

  g_assert_cmpint (kb_number_parse (text, &value), ==, KB_NUMBER_VALUE);
  g_assert_cmpfloat (value, ==, expected);
}

static void
assert_kind (const char   *text,
             KbNumberKind  kind)
{
  double value;

  g_assert_cmpint (kb_number_parse (text, &value), ==, kind);
}

static void
test_decimal_comma_and_point (void)
{
  assert_value ("36331,99", 36331.99);
  assert_value ("36331.99", 36331.99);
  assert_value ("0,0", 0.0);
  assert_value ("  42 ", 42.0);
  assert_value ("+7,5", 7.5);
}

static void
test_same_double_as_strtod (void)
{
  /* Exact decimal parsing must give the very double the C library gives. */
  const char *samples[] = { "1237762.39", "0.1", "644543.9", "318179.14", "933.89", "123456789.123456" };

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    assert_value (samples[i], g_ascii_strtod (samples[i], NULL));
}

static void
test_group_separators (void)
{
  assert_value ("1 237 762", 1237762.0);
  assert_value ("1\xC2\xA0" "237\xC2\xA0" "762,39", 1237762.39);     /* no-break space */
  assert_value ("1\xE2\x80\xAF" "084\xE2\x80\xAF" "086", 1084086.0); /* narrow no-break space */
}

static void
test_negative (void)
{
  assert_value ("-250,25", -250.25);
  assert_value ("\xE2\x88\x92" "100", -100.0); /* U+2212 minus sign */
  assert_value ("-1 500", -1500.0);
}

static void
test_missing_markers (void)
{
  assert_kind ("", KB_NUMBER_MISSING);
  assert_kind ("  ", KB_NUMBER_MISSING);
  assert_kind ("..", KB_NUMBER_MISSING);
  assert_kind (":", KB_NUMBER_MISSING);
  assert_kind ("\xE2\x80\xA6", KB_NUMBER_MISSING);
  /* SCB writes a lone dash for zero. */
  assert_value ("-", 0.0);
}

static void
test_exponent_and_long (void)
{
  assert_value ("1,5e3", 1500.0);
  assert_value ("2E-2", 0.02);
  assert_value ("12345678901234567890", 12345678901234567890.0);
  /* Swedish Excel's scientific notation, as the database's export has it. */
  assert_value ("7,33347\xC3\x97" "10^\xE2\x88\x92" "05", 7.33347e-05);
  assert_value ("2,5\xC3\x97" "10^3", 2500.0);
}

static void
test_invalid (void)
{
  const char *bad[] = { "abc", "12abc", "1,2,3", "1..2", ",5", "1 2", "12 34", "1 2345", "e5", "1e", "--1", "1-", "NaN", "inf", "1e999", "1\xC3\x97" "10^", "1\xC3\x97" "10^x" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      double value;
      if (kb_number_parse (bad[i], &value) != KB_NUMBER_INVALID)
        g_error ("“%s” parsed as %g", bad[i], value);
    }
}

/* Beyond a trillion is refused however the number is written: with
 * thousands commas too, which take another way through the parser. */
static void
test_beyond_any_figure_in_form (void)
{
  const struct { const char *text; char delimiter; } beyond[] = {
    { "5000000000000", ';' }, { "5,000,000,000,000", ',' }, { "5,000,000,000,000.5", ',' },
    { "5 000 000 000 000", ';' }, { "-2e12", ';' },
  };

  for (guint i = 0; i < G_N_ELEMENTS (beyond); i++)
    {
      KbNumberForm form = KB_NUMBER_FORM_UNKNOWN;
      const char *problem = NULL;
      double value;

      if (kb_number_parse_in_form (beyond[i].text, &form, beyond[i].delimiter, &value, &problem) != KB_NUMBER_INVALID)
        g_error ("“%s” read as %g", beyond[i].text, value);
      g_assert_cmpstr (problem, ==, kb_number_beyond_any_figure_problem ());
    }

  {
    KbNumberForm form = KB_NUMBER_FORM_UNKNOWN;
    const char *problem = NULL;
    double value = 0;

    g_assert_cmpint (kb_number_parse_in_form ("1,237,000", &form, ',', &value, &problem), ==, KB_NUMBER_VALUE);
    g_assert_cmpfloat (value, ==, 1237000);
    g_assert_null (problem);
  }
}

/* Plain cells ("-12345", "28197,23"), read in one pass, give the same
 * double as the general parser and strtod and decide the same form;
 * against the file's form they are refused as before. */
static void
test_plain_cells_in_form (void)
{
  GRand *rand = g_rand_new_with_seed (1990);

  for (guint i = 0; i < 20000; i++)
    {
      guint n_integer = g_rand_int_range (rand, 1, 9), n_decimals = g_rand_int_range (rand, 0, 7);
      char separator = g_rand_boolean (rand) ? ',' : '.';
      g_autoptr(GString) text = g_string_new (g_rand_boolean (rand) ? "-" : "");
      g_autofree char *c_text = NULL;
      KbNumberForm form = KB_NUMBER_FORM_UNKNOWN, opposite;
      const char *problem = NULL;
      double value, general, c_value;

      for (guint d = 0; d < n_integer + n_decimals; d++)
        {
          if (d == n_integer)
            g_string_append_c (text, separator);
          g_string_append_c (text, '0' + g_rand_int_range (rand, 0, 10));
        }
      c_text = g_strdelimit (g_strdup (text->str), ",", '.');
      c_value = g_ascii_strtod (c_text, NULL);

      g_assert_cmpint (kb_number_parse (text->str, &general), ==, KB_NUMBER_VALUE);
      g_assert_cmpint (kb_number_parse_in_form (text->str, &form, ';', &value, &problem), ==, KB_NUMBER_VALUE);
      g_assert_null (problem);
      g_assert_true (memcmp (&value, &general, sizeof value) == 0);
      g_assert_cmpfloat (value, ==, c_value);
      if (n_decimals == 0)
        g_assert_cmpint (form, ==, KB_NUMBER_FORM_UNKNOWN);
      else
        g_assert_cmpint (form, ==, separator == '.' ? KB_NUMBER_FORM_DECIMAL_POINT : KB_NUMBER_FORM_DECIMAL_COMMA);

      /* A separator against the file's form. */
      opposite = separator == '.' ? KB_NUMBER_FORM_DECIMAL_COMMA : KB_NUMBER_FORM_DECIMAL_POINT;
      if (n_decimals > 0 && !(separator == ',' && n_decimals == 3))
        {
          g_assert_cmpint (kb_number_parse_in_form (text->str, &opposite, ';', &value, &problem), ==,
                           KB_NUMBER_INVALID);
          g_assert_nonnull (problem);
        }
    }
  g_rand_free (rand);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/number/decimal", test_decimal_comma_and_point);
  g_test_add_func ("/number/strtod", test_same_double_as_strtod);
  g_test_add_func ("/number/groups", test_group_separators);
  g_test_add_func ("/number/negative", test_negative);
  g_test_add_func ("/number/missing", test_missing_markers);
  g_test_add_func ("/number/exponent", test_exponent_and_long);
  g_test_add_func ("/number/invalid", test_invalid);
  g_test_add_func ("/number/beyond-any-figure", test_beyond_any_figure_in_form);
  g_test_add_func ("/number/plain-cells-in-form", test_plain_cells_in_form);

  return g_test_run ();
}
