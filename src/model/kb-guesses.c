/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-guesses"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kb-guesses.h"

/* Gissa kurvan's guesses: lines drawn one after another, each a run of
 * points (year, value) in data terms, rising in year. Any view of the
 * game's chart (the page, presentation mode, an export) draws the same
 * guesses; "changed" says one was drawn, extended or cleared. */

typedef struct
{
  double year;
  double value;
} Point;

struct _KbGuesses
{
  GObject    parent_instance;

  GPtrArray *lines; /* GArray of Point */
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (KbGuesses, kb_guesses, G_TYPE_OBJECT)

static void
kb_guesses_finalize (GObject *object)
{
  g_ptr_array_unref (KB_GUESSES (object)->lines);
  G_OBJECT_CLASS (kb_guesses_parent_class)->finalize (object);
}

static void
kb_guesses_class_init (KbGuessesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kb_guesses_finalize;
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kb_guesses_init (KbGuesses *self)
{
  self->lines = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
}

KbGuesses *
kb_guesses_new (void)
{
  return g_object_new (KB_TYPE_GUESSES, NULL);
}

guint
kb_guesses_get_n_guesses (KbGuesses *self)
{
  g_return_val_if_fail (KB_IS_GUESSES (self), 0);
  return self->lines->len;
}

guint
kb_guesses_get_n_points (KbGuesses *self,
                         guint      guess)
{
  g_return_val_if_fail (KB_IS_GUESSES (self), 0);
  g_return_val_if_fail (guess < self->lines->len, 0);
  return ((GArray *)g_ptr_array_index (self->lines, guess))->len;
}

void
kb_guesses_get_point (KbGuesses *self,
                      guint      guess,
                      guint      index,
                      double    *year,
                      double    *value)
{
  GArray *line;

  g_return_if_fail (KB_IS_GUESSES (self));
  g_return_if_fail (guess < self->lines->len);
  line = g_ptr_array_index (self->lines, guess);
  g_return_if_fail (index < line->len);
  *year = g_array_index (line, Point, index).year;
  *value = g_array_index (line, Point, index).value;
}

/* A new guess, starting at @year, @value (where the shown history ends). */
void
kb_guesses_begin (KbGuesses *self,
                  double     year,
                  double     value)
{
  GArray *line = g_array_new (FALSE, FALSE, sizeof (Point));
  Point start = { year, value };

  g_return_if_fail (KB_IS_GUESSES (self));

  g_array_append_val (line, start);
  g_ptr_array_add (self->lines, line);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* How many points of @line lie before @year; the first always counts. */
static guint
count_before (GArray *line,
              double  year)
{
  guint n = 1;

  while (n < line->len && g_array_index (line, Point, n).year < year)
    n++;
  return n;
}

/* The pen moves on: the last guess runs to @year, replacing what it had
 * drawn from there on (moving back redraws). */
void
kb_guesses_extend (KbGuesses *self,
                   double     year,
                   double     value)
{
  GArray *line;
  Point p = { year, value };

  g_return_if_fail (KB_IS_GUESSES (self));

  if (self->lines->len == 0)
    return;
  line = g_ptr_array_index (self->lines, self->lines->len - 1);
  if (line->len > 1 && g_array_index (line, Point, line->len - 1).year >= year)
    g_array_set_size (line, count_before (line, year));
  if (year > g_array_index (line, Point, line->len - 1).year)
    g_array_append_val (line, p);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Where guess @guess crosses @year, or FALSE outside its years. */
gboolean
kb_guesses_value_at (KbGuesses *self,
                     guint      guess,
                     double     year,
                     double    *value)
{
  GArray *line;

  g_return_val_if_fail (KB_IS_GUESSES (self), FALSE);
  g_return_val_if_fail (guess < self->lines->len, FALSE);

  line = g_ptr_array_index (self->lines, guess);
  for (guint i = 0; i + 1 < line->len; i++)
    {
      Point a = g_array_index (line, Point, i), b = g_array_index (line, Point, i + 1);

      if (year >= a.year && year <= b.year)
        {
          *value = b.year > a.year ? a.value + (b.value - a.value) * (year - a.year) / (b.year - a.year) : b.value;
          return TRUE;
        }
    }
  return FALSE;
}

void
kb_guesses_clear (KbGuesses *self)
{
  g_return_if_fail (KB_IS_GUESSES (self));

  if (self->lines->len == 0)
    return;
  g_ptr_array_set_size (self->lines, 0);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The guesses as text for a dashboard: "2015:689079 2020:500000;…", a
 * guess per ";", points by spaces, C-locale numbers. */
char *
kb_guesses_to_string (KbGuesses *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (KB_IS_GUESSES (self), NULL);

  for (guint g = 0; g < self->lines->len; g++)
    {
      GArray *line = g_ptr_array_index (self->lines, g);

      if (g > 0)
        g_string_append_c (out, ';');
      for (guint i = 0; i < line->len; i++)
        {
          char year[G_ASCII_DTOSTR_BUF_SIZE], value[G_ASCII_DTOSTR_BUF_SIZE];

          g_string_append_printf (out, "%s%s:%s", i > 0 ? " " : "",
                                  g_ascii_formatd (year, sizeof year, "%.2f", g_array_index (line, Point, i).year),
                                  g_ascii_formatd (value, sizeof value, "%.0f", g_array_index (line, Point, i).value));
        }
    }
  return g_string_free (out, FALSE);
}

static gboolean
parse_number (const char *text,
              double     *out)
{
  char *end = NULL;

  *out = g_ascii_strtod (text, &end);
  /* Beyond a trillion is no guess at these statistics (as the importers
   * refuse it). */
  return end != text && *end == '\0' && isfinite (*out) && fabs (*out) <= 1e12;
}

/* A whole guess of @n points: FALSE, and nothing added, unless its years
 * rise and every number is one a guess may be (as kb_guesses_parse ()). */
gboolean
kb_guesses_add (KbGuesses    *self,
                const double *years,
                const double *values,
                guint         n)
{
  GArray *line;

  g_return_val_if_fail (KB_IS_GUESSES (self), FALSE);

  if (n == 0)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!isfinite (years[i]) || !isfinite (values[i]) || fabs (years[i]) > 1e12 || fabs (values[i]) > 1e12 ||
        (i > 0 && years[i] <= years[i - 1]))
      return FALSE;
  line = g_array_sized_new (FALSE, FALSE, sizeof (Point), n);
  for (guint i = 0; i < n; i++)
    g_array_append_val (line, ((Point) { years[i], values[i] }));
  g_ptr_array_add (self->lines, line);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/* Replaces the guesses with copies of @other's, told once. */
void
kb_guesses_copy_from (KbGuesses *self,
                      KbGuesses *other)
{
  g_return_if_fail (KB_IS_GUESSES (self));
  g_return_if_fail (KB_IS_GUESSES (other));

  if (self == other)
    return;
  g_ptr_array_set_size (self->lines, 0);
  for (guint g = 0; g < other->lines->len; g++)
    {
      GArray *line = g_ptr_array_index (other->lines, g);

      g_ptr_array_add (self->lines, g_array_copy (line));
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Replaces the guesses with those of @text (kb_guesses_to_string()'s
 * form); anything else leaves them as they were and returns FALSE. */
gboolean
kb_guesses_parse (KbGuesses  *self,
                  const char *text)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  g_auto(GStrv) guesses = NULL;

  g_return_val_if_fail (KB_IS_GUESSES (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  guesses = g_strsplit (text, ";", -1);
  for (guint g = 0; text[0] != '\0' && guesses[g] != NULL; g++)
    {
      g_auto(GStrv) points = g_strsplit (g_strstrip (guesses[g]), " ", -1);
      GArray *line = g_array_new (FALSE, FALSE, sizeof (Point));

      g_ptr_array_add (lines, line);
      for (guint i = 0; points[i] != NULL; i++)
        {
          char *colon = strchr (points[i], ':');
          Point p;

          if (colon == NULL)
            return FALSE;
          *colon = '\0';
          if (!parse_number (points[i], &p.year) || !parse_number (colon + 1, &p.value) ||
              (line->len > 0 && p.year <= g_array_index (line, Point, line->len - 1).year))
            return FALSE;
          g_array_append_val (line, p);
        }
      if (line->len == 0)
        return FALSE;
    }
  g_ptr_array_unref (self->lines);
  self->lines = g_steal_pointer (&lines);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}
