/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-format"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "kb-format.h"

#define NO_BREAK_SPACE "\xC2\xA0"
#define MINUS_SIGN "\xE2\x88\x92"

/* Swedish first: English formats only when the user's first language is
 * English. Formats never come from the C locale, which GTK may change. */
KbLanguage
kb_language_from_environment (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "sv"))
        return KB_LANGUAGE_SWEDISH;
      if (g_str_has_prefix (names[i], "en"))
        return KB_LANGUAGE_ENGLISH;
    }
  return KB_LANGUAGE_SWEDISH;
}

static char *
format (double      value,
        int         decimals,
        KbLanguage  language,
        gboolean    explicit_plus)
{
  const char *group = language == KB_LANGUAGE_SWEDISH ? NO_BREAK_SPACE : ",";
  const char *point = language == KB_LANGUAGE_SWEDISH ? "," : ".";
  char digits[G_ASCII_DTOSTR_BUF_SIZE];
  char printf_format[16];
  const char *dot;
  GString *out = g_string_new (NULL);
  gsize int_len;

  decimals = CLAMP (decimals, 0, 6);
  g_snprintf (printf_format, sizeof printf_format, "%%.%df", decimals);
  g_ascii_formatd (digits, sizeof digits, printf_format, fabs (value));
  /* Rounding may give zero: "−0" is not a number anyone says. */
  if (g_ascii_strtod (digits, NULL) != 0.0)
    {
      if (value < 0)
        g_string_append (out, MINUS_SIGN);
      else if (explicit_plus)
        g_string_append_c (out, '+');
    }

  dot = strchr (digits, '.');
  int_len = dot ? (gsize)(dot - digits) : strlen (digits);

  for (gsize i = 0; i < int_len; i++)
    {
      /* Swedish groups from five digits ("5321", "14 702"), English from
       * four ("5,321", "14,702"). */
      if (i > 0 && (int_len - i) % 3 == 0 && int_len > (language == KB_LANGUAGE_SWEDISH ? 4u : 3u))
        g_string_append (out, group);
      g_string_append_c (out, digits[i]);
    }
  if (dot != NULL)
    {
      g_string_append (out, point);
      g_string_append (out, dot + 1);
    }

  return g_string_free (out, FALSE);
}

/* Formats @value with @decimals decimals: "736 445" and "−40,5" in
 * Swedish (no-break space between groups of four or more digits, decimal
 * comma, a true minus sign), "736,445" and "−40.5" in English. */
char *
kb_format_number (double      value,
                  int         decimals,
                  KbLanguage  language)
{
  return format (value, decimals, language, FALSE);
}

/* As kb_format_number(), with a "+" before positive values. */
char *
kb_format_signed (double      value,
                  int         decimals,
                  KbLanguage  language)
{
  return format (value, decimals, language, TRUE);
}

/* "1,5 mnkr", "50 mnkr", "647 mnkr" from thousands of kronor: a decimal
 * below a hundred million where there is one; under 100 000 kr in
 * thousands ("45 tkr"), never "0 mnkr". */
char *
kb_format_million_kr (double     ksek,
                      KbLanguage language)
{
  if (fabs (ksek) < 100 && ksek != 0)
    {
      g_autofree char *thousands = kb_format_number (ksek, ksek == round (ksek) ? 0 : 1, language);

      /* Translators: an amount in thousands of kronor, "tkr" in Swedish */
      return g_strdup_printf (_("%s thousand kr"), thousands);
    }

  double rounded = round (ksek / 100.0) / 10.0; /* millions, one decimal */
  gboolean decimal = fabs (ksek) < 100000 && rounded != round (rounded);
  g_autofree char *number = kb_format_number (ksek / 1000.0, decimal ? 1 : 0, language);

  /* Translators: an amount in millions of kronor, "mnkr" in Swedish */
  return g_strdup_printf (_("%s million kr"), number);
}

/* @value in thousands, as the axes read tonnes (kt) and MWh (GWh): whole
 * thousands ("736"), two digits of a value under one ("0,12": 123 t;
 * "0,61": 614 t, which read "1" and so 63 % more), "< 0,001" of a value
 * under one tonne: a value that is not zero never reads "0". With a sign
 * where @signed_. */
char *
kb_format_thousands (double     value,
                     gboolean   signed_,
                     KbLanguage language)
{
  double thousands = value / 1000.0;
  int decimals = 0;

  if (value != 0 && fabs (thousands) < 0.995)
    {
      double rounded;

      if (fabs (thousands) < 0.0005)
        {
          g_autofree char *least = kb_format_number (0.001, 3, language);

          return g_strdup_printf (value < 0 ? "> −%s" : "< %s", least);
        }
      decimals = CLAMP (1 - (int)floor (log10 (fabs (thousands))), 1, 3);
      /* Rounded up to the next ten (99,96 t: 0,100), one digit fewer. */
      rounded = round (fabs (thousands) * pow (10, decimals)) / pow (10, decimals);
      decimals = CLAMP (1 - (int)floor (log10 (rounded)), 1, 3);
    }
  return signed_ ? kb_format_signed (thousands, decimals, language)
                 : kb_format_number (thousands, decimals, language);
}

/* "353 kt" from tonnes. */
char *
kb_format_kt (double     tonnes,
              KbLanguage language)
{
  g_autofree char *number = kb_format_thousands (tonnes, FALSE, language);

  return g_strdup_printf ("%s\u00A0kt", number);
}

/* A gap to a path in kt, in words: "14 kt below", "22 kt above", "0,43 kt
 * above" (a small municipality's gap is no less real), "on the path" only
 * where there is none. A sign alone ("−14 kt") left a room asking whether
 * that was good. */
char *
kb_format_gap_kt (double     tonnes,
                  KbLanguage language)
{
  g_autofree char *kt = kb_format_thousands (fabs (tonnes), FALSE, language);

  if (tonnes == 0)
    /* Translators: emissions exactly on the target path */
    return g_strdup (_("on the path"));
  return tonnes < 0
    /* Translators: emissions this many kt under the target path */
    ? g_strdup_printf (_("%s\u00A0kt below"), kt)
    /* Translators: emissions this many kt over the target path */
    : g_strdup_printf (_("%s\u00A0kt above"), kt);
}

/* A share in whole percent ("43"); one that is not zero never reads "0":
 * "< 1" (Danderyd's 3 kt of transport abroad read "0 %"), "> −1". */
char *
kb_format_share (double     percent,
                 KbLanguage language)
{
  if (percent != 0 && fabs (percent) <= 0.5)
    {
      g_autofree char *one = kb_format_number (1, 0, language);

      return g_strdup_printf (percent < 0 ? "> −%s" : "< %s", one);
    }
  return kb_format_number (percent, 0, language);
}
