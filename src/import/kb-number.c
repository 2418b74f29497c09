/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-number"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "kb-number.h"

/* Powers of ten that are exact doubles: dividing an exact integer by one of
 * them rounds once, so "36331,99" gives the same double as strtod would. */
static const double exact_pow10[] = {
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

#define MAX_EXACT_MANTISSA ((guint64)1 << 53)

static gboolean
is_space_at (const char *p,
             gsize      *len)
{
  if (*p == ' ' || *p == '\t')
    return (*len = 1), TRUE;
  if ((guchar)p[0] == 0xC2 && (guchar)p[1] == 0xA0) /* no-break space */
    return (*len = 2), TRUE;
  if ((guchar)p[0] == 0xE2 && (guchar)p[1] == 0x80 && (guchar)p[2] == 0xAF)
    return (*len = 3), TRUE; /* narrow no-break space */
  return FALSE;
}

static gboolean
is_minus_at (const char *p,
             gsize      *len)
{
  if (*p == '-')
    return (*len = 1), TRUE;
  if ((guchar)p[0] == 0xE2 && (guchar)p[1] == 0x88 && (guchar)p[2] == 0x92)
    return (*len = 3), TRUE; /* U+2212 minus sign */
  return FALSE;
}

/* A group separator must be followed by exactly three digits. */
static gboolean
is_digit_group (const char *p,
                const char *end)
{
  return end - p >= 3 && g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) &&
         g_ascii_isdigit (p[2]) && (end - p == 3 || !g_ascii_isdigit (p[3]));
}

static const char *
skip_spaces (const char *p)
{
  gsize len;

  while (is_space_at (p, &len))
    p += len;
  return p;
}

/* An exponent starts here: "e5", "E-2", or Excel's "×10^−05". */
static gboolean
exponent_at (const char  *p,
             const char  *end,
             const char **digits)
{
  if (*p == 'e' || *p == 'E')
    {
      *digits = p + 1;
      return TRUE;
    }
  if (end - p >= 5 && strncmp (p, "\xC3\x97" "10^", 5) == 0)
    {
      *digits = p + 5;
      return TRUE;
    }
  return FALSE;
}

static gboolean
parse_exponent (const char *p,
                const char *end,
                int        *exponent)
{
  gboolean negative = FALSE;
  gsize len;
  int value = 0;

  if (is_minus_at (p, &len))
    negative = TRUE, p += len;
  else if (*p == '+')
    p++;
  if (p == end)
    return FALSE;
  for (; p < end; p++)
    {
      if (!g_ascii_isdigit (*p) || value > 1000)
        return FALSE;
      value = value * 10 + (*p - '0');
    }
  *exponent = negative ? -value : value;
  return TRUE;
}

/* Copies the number's digits, decimal point and exponent into @buf
 * for g_ascii_strtod: the rare path, for more digits than a double holds. */
static gboolean
normalise (const char *p,
           const char *end,
           char       *buf,
           gsize       size)
{
  gsize n = 0;

  for (; p < end && n + 1 < size; p++)
    {
      gsize len;

      if (g_ascii_isdigit (*p))
        buf[n++] = *p;
      else if (*p == ',' || *p == '.')
        buf[n++] = '.';
      else if (is_space_at (p, &len))
        p += len - 1;
    }
  buf[n] = '\0';
  return p == end;
}

/* Parses a number as Swedish and international statistics files write it:
 * decimal comma or point, spaces (also no-break) between digit groups,
 * a hyphen or Unicode minus, an optional exponent. The missing markers
 * "", "..", "…" and ":" give KB_NUMBER_MISSING; a lone "-" is SCB's zero.
 * Never depends on the process locale. */
KbNumberKind
kb_number_parse (const char *text,
                 double     *value)
{
  const char *p, *start, *end;
  gboolean negative = FALSE, seen_digit = FALSE, seen_decimal = FALSE;
  gboolean exact = TRUE;
  const char *exponent_start = NULL, *exponent_end = NULL;
  int exponent = 0;
  guint64 mantissa = 0;
  int scale = 0;
  gsize len;

  g_return_val_if_fail (text != NULL, KB_NUMBER_INVALID);

  p = skip_spaces (text);
  end = p + strlen (p);
  while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
    end--;

  if (end == p || (end - p == 2 && strncmp (p, "..", 2) == 0) ||
      (end - p == 1 && *p == ':') || (end - p == 3 && strncmp (p, "…", 3) == 0))
    return KB_NUMBER_MISSING;

  if (is_minus_at (p, &len) && p + len == end)
    {
      *value = 0.0;
      return KB_NUMBER_VALUE;
    }

  if (is_minus_at (p, &len))
    negative = TRUE, p += len;
  else if (*p == '+')
    p++;
  start = p;

  for (; p < end; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          seen_digit = TRUE;
          if (mantissa < MAX_EXACT_MANTISSA / 10)
            {
              mantissa = mantissa * 10 + (guint64)(*p - '0');
              scale += seen_decimal;
            }
          else
            exact = FALSE;
        }
      else if ((*p == ',' || *p == '.') && !seen_decimal && seen_digit)
        seen_decimal = TRUE;
      else if (is_space_at (p, &len) && seen_digit && !seen_decimal &&
               is_digit_group (p + len, end))
        p += len - 1; /* a digit-group separator */
      else if (seen_digit && exponent_at (p, end, &exponent_start))
        {
          if (!parse_exponent (exponent_start, end, &exponent))
            return KB_NUMBER_INVALID;
          exact = FALSE;
          exponent_end = p;
          p = end;
          break;
        }
      else
        return KB_NUMBER_INVALID;
    }

  if (!seen_digit)
    return KB_NUMBER_INVALID;

  if (exact && scale < (int)G_N_ELEMENTS (exact_pow10))
    *value = (double)mantissa / exact_pow10[scale];
  else
    {
      char buf[128];
      gsize n;

      if (!normalise (start, exponent_end ? exponent_end : end, buf, sizeof buf - 8))
        return KB_NUMBER_INVALID;
      n = strlen (buf);
      g_snprintf (buf + n, sizeof buf - n, "e%d", exponent);
      *value = g_ascii_strtod (buf, NULL);
    }

  if (!isfinite (*value))
    return KB_NUMBER_INVALID;
  if (negative)
    *value = -*value;
  return KB_NUMBER_VALUE;
}

/* What the separators of @text say of its file's form, if anything: a
 * point and a comma both (the last is the decimal), several of one (a
 * thousands separator), a comma not followed by three digits (a decimal
 * comma), a point (a decimal point). "1,237" alone says nothing. */
static KbNumberForm
form_of (const char *text,
         gboolean   *thousands_comma)
{
  const char *comma = strrchr (text, ','), *point = strrchr (text, '.');
  guint n_commas = 0, n_points = 0, digits_after = 0;

  *thousands_comma = FALSE;
  for (const char *p = text; *p != '\0'; p++)
    n_commas += *p == ',', n_points += *p == '.';
  if (comma != NULL && point != NULL)
    return point > comma ? KB_NUMBER_FORM_DECIMAL_POINT : KB_NUMBER_FORM_DECIMAL_COMMA;
  if (n_commas > 1)
    return KB_NUMBER_FORM_DECIMAL_POINT;
  if (n_points > 1)
    return KB_NUMBER_FORM_DECIMAL_COMMA;
  if (point != NULL)
    return KB_NUMBER_FORM_DECIMAL_POINT;
  if (comma == NULL)
    return KB_NUMBER_FORM_UNKNOWN;
  for (const char *p = comma + 1; g_ascii_isdigit (*p); p++)
    digits_after++;
  if (digits_after != 3)
    return KB_NUMBER_FORM_DECIMAL_COMMA;
  *thousands_comma = TRUE; /* "1,237": either */
  return KB_NUMBER_FORM_UNKNOWN;
}

/* The form the first lines of a file show, where any number there says
 * it; else unknown, to be decided by the first number that says it. */
KbNumberForm
kb_number_form_sniff (const char *head,
                      char        delimiter)
{
  g_auto(GStrv) lines = g_strsplit (head, "\n", -1);
  char separator[2] = { delimiter, '\0' };

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = NULL;

      g_strdelimit (lines[i], "\"\r", ' ');
      cells = g_strsplit (lines[i], separator, -1);
      for (guint c = 0; cells[c] != NULL; c++)
        {
          double value;
          gboolean ambiguous;
          KbNumberForm form;

          if (kb_number_parse (cells[c], &value) != KB_NUMBER_VALUE)
            continue;
          form = form_of (cells[c], &ambiguous);
          if (form != KB_NUMBER_FORM_UNKNOWN)
            return form;
        }
    }
  return KB_NUMBER_FORM_UNKNOWN;
}

gboolean
kb_number_is_beyond_any_figure (double value)
{
  return fabs (value) > KB_NUMBER_MAX_MAGNITUDE;
}

/* Untranslated, as every @problem of this file; the caller translates. */
const char *
kb_number_beyond_any_figure_problem (void)
{
  return N_("is beyond any figure of these statistics (more than a trillion)");
}

/* Most cells of a statistics file are "-12345" or "28197,23": digits, at
 * most one separator followed by digits, nothing else. Such a cell is
 * read here in one pass, to the same double as kb_number_parse () gives
 * (at most 14 digits: the mantissa stays exact) and the same form as
 * form_of () shows; anything else, and "1,237" (ambiguous), is left to
 * the general path (FALSE). */
static gboolean
parse_plain (const char   *text,
             KbNumberForm *form,
             double       *value)
{
  gboolean negative = *text == '-';
  const char *digits = text + negative, *p = digits, *fraction;
  guint64 mantissa = 0;  /* wraps past 19 digits: refused below */
  gsize n_digits, n_decimals = 0;
  char separator;
  KbNumberForm shown = KB_NUMBER_FORM_UNKNOWN;

  /* The whole digits, a separator after at least one, its decimals: a
   * loop of its own for each, the hot spot of a large file's import. */
  while ((guint)(*p - '0') < 10)
    mantissa = mantissa * 10 + (guint)(*p++ - '0');
  separator = *p;
  if ((separator == ',' || separator == '.') && p > digits)
    {
      fraction = ++p;
      while ((guint)(*p - '0') < 10)
        mantissa = mantissa * 10 + (guint)(*p++ - '0');
      n_decimals = p - fraction;
      if (n_decimals == 0)
        return FALSE;
    }
  else
    separator = '\0';
  if (*p != '\0')
    return FALSE;
  n_digits = (p - digits) - (separator != '\0');
  if (n_digits == 0 || n_digits > 14)
    return FALSE;

  if (separator == '.')
    shown = KB_NUMBER_FORM_DECIMAL_POINT;
  else if (separator == ',' && n_decimals != 3)
    shown = KB_NUMBER_FORM_DECIMAL_COMMA;
  else if (separator == ',')
    return FALSE; /* "1,237": either */
  if (shown != KB_NUMBER_FORM_UNKNOWN && *form != KB_NUMBER_FORM_UNKNOWN && shown != *form)
    return FALSE; /* against the file's form: the general path says so */
  if (shown != KB_NUMBER_FORM_UNKNOWN)
    *form = shown;

  *value = (double)mantissa / exact_pow10[n_decimals];
  if (negative)
    *value = -*value;
  return TRUE;
}

static KbNumberKind
parse_in_form (const char   *text,
               KbNumberForm *form,
               char          delimiter,
               double       *value,
               const char  **problem)
{
  gboolean thousands_comma;
  KbNumberForm shown;
  KbNumberKind kind;

  if (parse_plain (text, form, value))
    return KB_NUMBER_VALUE;

  kind = kb_number_parse (text, value);
  if (kind != KB_NUMBER_VALUE || (strchr (text, ',') == NULL && strchr (text, '.') == NULL))
    {
      /* Plain digits, or what the parser makes of them. */
      if (kind == KB_NUMBER_INVALID && strchr (text, ',') != NULL)
        {
          /* "1,237,000" fails the parser: thousands commas. */
          shown = form_of (text, &thousands_comma);
          if (shown == KB_NUMBER_FORM_DECIMAL_POINT && *form != KB_NUMBER_FORM_DECIMAL_COMMA)
            {
              g_autofree char *plain = g_strdup (text);
              char *out = plain;

              *form = KB_NUMBER_FORM_DECIMAL_POINT;
              for (const char *p = text; *p != '\0'; p++)
                if (*p != ',')
                  *out++ = *p;
              *out = '\0';
              return kb_number_parse (plain, value);
            }
        }
      return kind;
    }

  shown = form_of (text, &thousands_comma);
  if (shown != KB_NUMBER_FORM_UNKNOWN && *form != KB_NUMBER_FORM_UNKNOWN && shown != *form)
    {
      *problem = *form == KB_NUMBER_FORM_DECIMAL_COMMA
                 ? N_("the file writes decimals with a comma, this number with a point")
                 : N_("the file writes decimals with a point, this number with a comma");
      return KB_NUMBER_INVALID;
    }
  if (shown != KB_NUMBER_FORM_UNKNOWN)
    *form = shown;

  if (thousands_comma)
    {
      if (*form == KB_NUMBER_FORM_UNKNOWN && delimiter != ',')
        *form = KB_NUMBER_FORM_DECIMAL_COMMA;
      if (*form == KB_NUMBER_FORM_UNKNOWN)
        {
          *problem = N_("could be a decimal comma or a thousands separator: nothing in the file says which");
          return KB_NUMBER_INVALID;
        }
      if (*form == KB_NUMBER_FORM_DECIMAL_POINT)
        {
          g_autofree char *plain = g_strdup (text);
          char *comma = strchr (plain, ',');

          memmove (comma, comma + 1, strlen (comma));
          return kb_number_parse (plain, value);
        }
    }
  /* A decimal comma or point: as the parser read it. A point in a file of
   * decimal commas, or the reverse, was refused above. */
  return KB_NUMBER_VALUE;
}

/* Parses @text as a number of a file whose form is *@form, deciding the
 * form where the number shows it. A number against the file's form, or
 * one that stays ambiguous ("1,237" where nothing says which), is
 * KB_NUMBER_INVALID with @problem saying why. @delimiter breaks the tie
 * for "1,237": in a ";" or tab file (Swedish exports) the comma is a
 * decimal comma; in a "," file it had to be quoted, and stays open. */
KbNumberKind
kb_number_parse_in_form (const char   *text,
                         KbNumberForm *form,
                         char          delimiter,
                         double       *value,
                         const char  **problem)
{
  KbNumberKind kind;

  *problem = NULL;
  kind = parse_in_form (text, form, delimiter, value, problem);
  if (kind == KB_NUMBER_VALUE && kb_number_is_beyond_any_figure (*value))
    {
      *problem = kb_number_beyond_any_figure_problem ();
      return KB_NUMBER_INVALID;
    }
  return kind;
}

/* The first (or, where @last, the last) year 1900–2100 written in @text
 * as four digits of their own ("Länsrapport, 2021-10-14": 2021; "… 31
 * december 2024. Totalt": 2024); 0 where none is. */
int
kb_number_find_year (const char *text,
                     gboolean    last)
{
  int found = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
        g_ascii_isdigit (p[3]) && !g_ascii_isdigit (p[4]) && (p == text || !g_ascii_isdigit (p[-1])))
      {
        int year = (int)g_ascii_strtoll (p, NULL, 10);

        if (year >= 1900 && year <= 2100)
          {
            found = year;
            if (!last)
              break;
          }
      }
  return found;
}
