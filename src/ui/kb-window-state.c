/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-window"

#include "config.h"

#include "chart/kb-compare.h"
#include "kb-window-state.h"

/* The window's state that its charts follow, once and as properties: the
 * municipality shown, the years chosen (0: open), the sector shown
 * alone (NULL: every sector), how Utsläpp draws its sectors, the page,
 * the notes, and Gissa kurvan's year and guesses. Charts
 * bind to it (kb_window_state_follow), the window's stateful actions act
 * on it, dashboards and the settings save and restore it; nothing else
 * holds a copy. */

struct _KbWindowState
{
  GObject  parent_instance;

  char    *region_code;
  int      first_year;
  int      last_year;
  char    *sector_filter;
  char    *emissions_view;
  char    *compare_scope; /* whom Jämför sets beside, as kb_compare_scope_from_id () reads */
  char    *compare_by;    /* what it ranks, as kb_compare_measure_from_id () reads */
  double   extra_cut;     /* the what-if cut, % a year from the latest year */
  char    *page;
  GArray  *notes;    /* Note, in the order added */
  int        guess_year;  /* the game's history ends here (0: not chosen) */
  KbGuesses *guesses;     /* what is drawn in the game */
};

/* A note on the time axis ("2025: Fossilfri fjärrvärme i Gärstad"), on
 * the charts of the municipality it was written for (NULL: of every one). */
typedef struct
{
  int   year;
  char *text;
  char *region_code;
} Note;

enum {
  PROP_0,
  PROP_REGION_CODE,
  PROP_FIRST_YEAR,
  PROP_LAST_YEAR,
  PROP_SECTOR_FILTER,
  PROP_EMISSIONS_VIEW,
  PROP_COMPARE_SCOPE,
  PROP_COMPARE_BY,
  PROP_EXTRA_CUT,
  PROP_PAGE,
  PROP_N_NOTES,
  PROP_GUESS_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KbWindowState, kb_window_state, G_TYPE_OBJECT)

/* Whether *@slot changed to a copy of @value (GLib 2.76's g_set_str). */
static gboolean
replace_string (char       **slot,
                const char  *value)
{
  if (g_strcmp0 (*slot, value) == 0)
    return FALSE;
  g_free (*slot);
  *slot = g_strdup (value);
  return TRUE;
}

static void
clear_note (gpointer data)
{
  g_free (((Note *)data)->text);
  g_free (((Note *)data)->region_code);
}

static void
kb_window_state_finalize (GObject *object)
{
  KbWindowState *self = KB_WINDOW_STATE (object);

  g_free (self->region_code);
  g_free (self->sector_filter);
  g_free (self->emissions_view);
  g_free (self->compare_scope);
  g_free (self->compare_by);
  g_free (self->page);
  g_array_unref (self->notes);
  g_object_unref (self->guesses);

  G_OBJECT_CLASS (kb_window_state_parent_class)->finalize (object);
}

static void
kb_window_state_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KbWindowState *self = KB_WINDOW_STATE (object);

  switch (prop_id)
    {
    case PROP_REGION_CODE: g_value_set_string (value, self->region_code); break;
    case PROP_FIRST_YEAR: g_value_set_int (value, self->first_year); break;
    case PROP_LAST_YEAR: g_value_set_int (value, self->last_year); break;
    case PROP_SECTOR_FILTER: g_value_set_string (value, self->sector_filter); break;
    case PROP_EMISSIONS_VIEW: g_value_set_string (value, self->emissions_view); break;
    case PROP_COMPARE_SCOPE: g_value_set_string (value, self->compare_scope); break;
    case PROP_COMPARE_BY: g_value_set_string (value, self->compare_by); break;
    case PROP_EXTRA_CUT: g_value_set_double (value, self->extra_cut); break;
    case PROP_PAGE: g_value_set_string (value, self->page); break;
    case PROP_N_NOTES: g_value_set_uint (value, self->notes->len); break;
    case PROP_GUESS_YEAR: g_value_set_int (value, self->guess_year); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kb_window_state_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KbWindowState *self = KB_WINDOW_STATE (object);

  switch (prop_id)
    {
    case PROP_REGION_CODE: kb_window_state_set_region_code (self, g_value_get_string (value)); break;
    case PROP_SECTOR_FILTER: kb_window_state_set_sector_filter (self, g_value_get_string (value)); break;
    case PROP_EMISSIONS_VIEW: kb_window_state_set_emissions_view (self, g_value_get_string (value)); break;
    case PROP_COMPARE_SCOPE: kb_window_state_set_compare_scope (self, g_value_get_string (value)); break;
    case PROP_COMPARE_BY: kb_window_state_set_compare_by (self, g_value_get_string (value)); break;
    case PROP_EXTRA_CUT: kb_window_state_set_extra_cut (self, g_value_get_double (value)); break;
    case PROP_PAGE: kb_window_state_set_page (self, g_value_get_string (value)); break;
    case PROP_GUESS_YEAR: kb_window_state_set_guess_year (self, g_value_get_int (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kb_window_state_class_init (KbWindowStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kb_window_state_finalize;
  object_class->get_property = kb_window_state_get_property;
  object_class->set_property = kb_window_state_set_property;

  properties[PROP_REGION_CODE] = g_param_spec_string ("region-code", NULL, NULL, NULL, flags);
  /* Set together, with kb_window_state_set_years (). */
  properties[PROP_FIRST_YEAR] = g_param_spec_int ("first-year", NULL, NULL, 0, G_MAXINT, 0,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAST_YEAR] = g_param_spec_int ("last-year", NULL, NULL, 0, G_MAXINT, 0,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECTOR_FILTER] = g_param_spec_string ("sector-filter", NULL, NULL, NULL, flags);
  /* How Utsläpp draws the sectors: "stacked", "share", "lines", "index". */
  properties[PROP_EMISSIONS_VIEW] = g_param_spec_string ("emissions-view", NULL, NULL, "stacked", flags);
  /* Jämför: "county", "similar" or "all"; and "per-capita", "total",
   * "change", "electric-share" or "cycle-network" (as the command line). */
  properties[PROP_COMPARE_SCOPE] = g_param_spec_string ("compare-scope", NULL, NULL, "county", flags);
  properties[PROP_COMPARE_BY] = g_param_spec_string ("compare-by", NULL, NULL, "per-capita", flags);
  /* Åtgärder's what-if: an extra cut, % a year, from the latest year. */
  properties[PROP_EXTRA_CUT] = g_param_spec_double ("extra-cut", NULL, NULL, 0, KB_WINDOW_STATE_MAX_EXTRA_CUT, 0, flags);
  /* The page shown: "overview", "emissions", "goal", … */
  properties[PROP_PAGE] = g_param_spec_string ("page", NULL, NULL, NULL, flags);
  /* Notified whenever the notes change (kb_window_state_add_note ()). */
  properties[PROP_N_NOTES] = g_param_spec_uint ("n-notes", NULL, NULL, 0, G_MAXUINT, 0,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* Gissa kurvan: the last year of history shown before the guesses. */
  properties[PROP_GUESS_YEAR] = g_param_spec_int ("guess-year", NULL, NULL, 0, G_MAXINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kb_window_state_init (KbWindowState *self)
{
  self->emissions_view = g_strdup ("stacked");
  /* Per inhabitant: totals mostly rank municipalities by size. */
  self->compare_scope = g_strdup ("county");
  self->compare_by = g_strdup ("per-capita");
  self->notes = g_array_new (FALSE, FALSE, sizeof (Note));
  g_array_set_clear_func (self->notes, clear_note);
  self->guesses = kb_guesses_new ();
}

KbWindowState *
kb_window_state_new (void)
{
  return g_object_new (KB_TYPE_WINDOW_STATE, NULL);
}

const char *
kb_window_state_get_region_code (KbWindowState *self)
{
  g_return_val_if_fail (KB_IS_WINDOW_STATE (self), NULL);
  return self->region_code;
}

void
kb_window_state_set_region_code (KbWindowState *self,
                                 const char    *region_code)
{
  g_return_if_fail (KB_IS_WINDOW_STATE (self));

  if (replace_string (&self->region_code, region_code))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGION_CODE]);
}

int
kb_window_state_get_first_year (KbWindowState *self)
{
  g_return_val_if_fail (KB_IS_WINDOW_STATE (self), 0);
  return self->first_year;
}

int
kb_window_state_get_last_year (KbWindowState *self)
{
  g_return_val_if_fail (KB_IS_WINDOW_STATE (self), 0);
  return self->last_year;
}

/* The years shown, @first to @last (0: open), in either order. */
void
kb_window_state_set_years (KbWindowState *self,
                           int            first,
                           int            last)
{
  g_return_if_fail (KB_IS_WINDOW_STATE (self));

  if (first != 0 && last != 0 && first > last)
    {
      int swap = first;
      first = last, last = swap;
    }
  g_object_freeze_notify (G_OBJECT (self));
  if (self->first_year != first)
    {
      self->first_year = first;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_YEAR]);
    }
  if (self->last_year != last)
    {
      self->last_year = last;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_YEAR]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
kb_window_state_get_sector_filter (KbWindowState *self)
{
  g_return_val_if_fail (KB_IS_WINDOW_STATE (self), NULL);
  return self->sector_filter;
}

void
kb_window_state_set_sector_filter (KbWindowState *self,
                                   const char    *sector)
{
  g_return_if_fail (KB_IS_WINDOW_STATE (self));

  if (replace_string (&self->sector_filter, sector))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTOR_FILTER]);
}

/* The state's one sector (or none) as a chart's list of sectors. */
static gboolean
sector_to_filter (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  const char *sector = g_value_get_string (from);
  const char *names[] = { sector, NULL };

  g_value_set_boxed (to, sector != NULL ? names : NULL);
  return TRUE;
}

/* The years, both at once: a chart never derives from one year changed
 * and the other not yet (2015–2005 between 2015–2020 and 2000–2005). */
static void
follow_years (KbWindowState *self,
              GParamSpec    *pspec,
              KbChart       *chart)
{
  KbFollow what = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (chart), "kb-follow"));

  if (what & KB_FOLLOW_YEAR_RANGE)
    kb_chart_set_year_range (chart, self->first_year, self->last_year);
  if (what & KB_FOLLOW_FROM_TO)
    kb_chart_set_from_year (chart, self->first_year);
  if (what & (KB_FOLLOW_FROM_TO | KB_FOLLOW_LAST_YEAR))
    kb_chart_set_year (chart, self->last_year);
}

/* Whether @note is on the charts of the municipality shown. */
static gboolean
note_shown (KbWindowState *self,
            const Note    *note)
{
  return note->region_code == NULL || g_strcmp0 (note->region_code, self->region_code) == 0;
}

/* The chart's annotations are the state's notes of the municipality
 * shown: Motala's new bus line is not on Kiruna's charts. */
static void
follow_notes (KbWindowState *self,
              GParamSpec    *pspec,
              KbChart       *chart)
{
  kb_chart_clear_annotations (chart);
  for (guint i = 0; i < self->notes->len; i++)
    {
      Note *note = &g_array_index (self->notes, Note, i);

      if (note_shown (self, note))
        kb_chart_add_annotation (chart, note->year, note->text);
    }
}

/* @chart follows @what of the state from now on, for as long as both live. */
int
kb_window_state_get_guess_year (KbWindowState *self)
{
  g_return_val_if_fail (KB_IS_WINDOW_STATE (self), 0);
  return self->guess_year;
}

void
kb_window_state_set_guess_year (KbWindowState *self,
                                int            year)
{
  g_return_if_fail (KB_IS_WINDOW_STATE (self));

  if (self->guess_year == year)
    return;
  self->guess_year = year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GUESS_YEAR]);
}

/* The guesses drawn in the game: the one object the game's chart draws,
 * its view adds to, and dashboards save. */
KbGuesses *
kb_window_state_get_guesses (KbWindowState *self)
{
  g_return_val_if_fail (KB_IS_WINDOW_STATE (self), NULL);
  return self->guesses;
}

/* Whether @chart follows the state's years (kb_window_state_follow ()). */
gboolean
kb_window_state_follows_years (KbWindowState *self,
                               KbChart       *chart)
{
  KbFollow what;

  g_return_val_if_fail (KB_IS_WINDOW_STATE (self), FALSE);
  g_return_val_if_fail (KB_IS_CHART (chart), FALSE);

  what = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (chart), "kb-follow"));
  return (what & (KB_FOLLOW_YEAR_RANGE | KB_FOLLOW_FROM_TO | KB_FOLLOW_LAST_YEAR)) != 0;
}

/* A comparison's words to the chart's enums. */
static gboolean
scope_to_chart (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  KbCompareScope scope = KB_COMPARE_COUNTY;

  kb_compare_scope_from_id (g_value_get_string (from), &scope);
  g_value_set_int (to, scope);
  return TRUE;
}

static gboolean
measure_to_chart (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  KbCompareMeasure measure = KB_COMPARE_PER_CAPITA;

  kb_compare_measure_from_id (g_value_get_string (from), &measure);
  g_value_set_int (to, measure);
  return TRUE;
}

void
kb_window_state_follow (KbWindowState *self,
                        KbChart       *chart,
                        KbFollow       what)
{
  GBindingFlags flags = G_BINDING_SYNC_CREATE;

  g_return_if_fail (KB_IS_WINDOW_STATE (self));
  g_return_if_fail (KB_IS_CHART (chart));

  if (what & KB_FOLLOW_REGION)
    g_object_bind_property (self, "region-code", chart, "region-code", flags);
  if (what & (KB_FOLLOW_YEAR_RANGE | KB_FOLLOW_FROM_TO | KB_FOLLOW_LAST_YEAR))
    {
      g_object_set_data (G_OBJECT (chart), "kb-follow", GUINT_TO_POINTER (what));
      g_signal_connect_object (self, "notify::first-year", G_CALLBACK (follow_years), chart, 0);
      g_signal_connect_object (self, "notify::last-year", G_CALLBACK (follow_years), chart, 0);
      follow_years (self, NULL, chart);
    }
  if (what & KB_FOLLOW_SECTOR)
    g_object_bind_property_full (self, "sector-filter", chart, "sector-filter", flags,
                                 sector_to_filter, NULL, NULL, NULL);
  if (what & KB_FOLLOW_EXTRA_CUT)
    g_object_bind_property (self, "extra-cut", chart, "extra-cut", flags);
  if (what & KB_FOLLOW_COMPARE)
    {
      g_object_bind_property_full (self, "compare-scope", chart, "compare-scope", flags,
                                   scope_to_chart, NULL, NULL, NULL);
      g_object_bind_property_full (self, "compare-by", chart, "compare-measure", flags,
                                   measure_to_chart, NULL, NULL, NULL);
    }
  if (what & KB_FOLLOW_NOTES)
    {
      g_signal_connect_object (self, "notify::n-notes", G_CALLBACK (follow_notes), chart, 0);
      g_signal_connect_object (self, "notify::region-code", G_CALLBACK (follow_notes), chart, 0);
      follow_notes (self, NULL, chart);
    }
  if (what & KB_FOLLOW_GUESSES)
    {
      kb_chart_set_guesses (chart, self->guesses);
      /* The game's view sets the year on its chart (another municipality
       * starts it again): it comes here. */
      g_object_bind_property (self, "guess-year", chart, "guess-year", flags | G_BINDING_BIDIRECTIONAL);
    }
}

const char *
kb_window_state_get_emissions_view (KbWindowState *self)
{
  g_return_val_if_fail (KB_IS_WINDOW_STATE (self), NULL);
  return self->emissions_view;
}

/* Draws Utsläpp as @view: "stacked" (the whole and its parts, in tonnes),
 * "share" (of the total), "lines" (each sector's own course) or "index"
 * (the first year as 100); anything else is "stacked". */
void
kb_window_state_set_emissions_view (KbWindowState *self,
                                    const char    *view)
{
  static const char * const views[] = { "stacked", "share", "lines", "index", NULL };

  g_return_if_fail (KB_IS_WINDOW_STATE (self));

  if (view == NULL || !g_strv_contains (views, view))
    view = "stacked";
  if (replace_string (&self->emissions_view, view))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMISSIONS_VIEW]);
}

const char *
kb_window_state_get_compare_scope (KbWindowState *self)
{
  g_return_val_if_fail (KB_IS_WINDOW_STATE (self), NULL);
  return self->compare_scope;
}

/* Sets Jämför beside @scope's municipalities; an unknown scope is the county. */
void
kb_window_state_set_compare_scope (KbWindowState *self,
                                   const char    *scope)
{
  KbCompareScope known;

  g_return_if_fail (KB_IS_WINDOW_STATE (self));

  if (!kb_compare_scope_from_id (scope, &known))
    scope = "county";
  if (replace_string (&self->compare_scope, scope))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARE_SCOPE]);
}

const char *
kb_window_state_get_compare_by (KbWindowState *self)
{
  g_return_val_if_fail (KB_IS_WINDOW_STATE (self), NULL);
  return self->compare_by;
}

/* Ranks Jämför by @measure; an unknown one is per inhabitant. */
void
kb_window_state_set_compare_by (KbWindowState *self,
                                const char    *measure)
{
  KbCompareMeasure known;

  g_return_if_fail (KB_IS_WINDOW_STATE (self));

  if (!kb_compare_measure_from_id (measure, &known))
    measure = "per-capita";
  if (replace_string (&self->compare_by, measure))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARE_BY]);
}

double
kb_window_state_get_extra_cut (KbWindowState *self)
{
  g_return_val_if_fail (KB_IS_WINDOW_STATE (self), 0);
  return self->extra_cut;
}

/* The what-if cut, up to KB_WINDOW_STATE_MAX_EXTRA_CUT (more is that). */
void
kb_window_state_set_extra_cut (KbWindowState *self,
                               double         percent)
{
  g_return_if_fail (KB_IS_WINDOW_STATE (self));
  g_return_if_fail (percent >= 0);

  percent = MIN (percent, KB_WINDOW_STATE_MAX_EXTRA_CUT);
  if (self->extra_cut == percent)
    return;
  self->extra_cut = percent;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXTRA_CUT]);
}

const char *
kb_window_state_get_page (KbWindowState *self)
{
  g_return_val_if_fail (KB_IS_WINDOW_STATE (self), NULL);
  return self->page;
}

void
kb_window_state_set_page (KbWindowState *self,
                          const char    *page)
{
  g_return_if_fail (KB_IS_WINDOW_STATE (self));

  if (replace_string (&self->page, page))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

guint
kb_window_state_get_n_notes (KbWindowState *self)
{
  g_return_val_if_fail (KB_IS_WINDOW_STATE (self), 0);
  return self->notes->len;
}

/* The text of note @index, its year in @year and in @region_code (may be
 * NULL) the municipality it is of, NULL for every one. */
const char *
kb_window_state_get_note (KbWindowState  *self,
                          guint           index,
                          int            *year,
                          const char    **region_code)
{
  Note *note;

  g_return_val_if_fail (KB_IS_WINDOW_STATE (self), NULL);
  g_return_val_if_fail (index < self->notes->len, NULL);

  note = &g_array_index (self->notes, Note, index);
  if (year != NULL)
    *year = note->year;
  if (region_code != NULL)
    *region_code = note->region_code;
  return note->text;
}

/* A note of the municipality @region_code (NULL: of every one). */
void
kb_window_state_add_note_for (KbWindowState *self,
                              const char    *region_code,
                              int            year,
                              const char    *text)
{
  Note note;

  g_return_if_fail (KB_IS_WINDOW_STATE (self));
  g_return_if_fail (text != NULL);

  note = (Note) { year, g_strdup (text), g_strdup (region_code) };

  g_array_append_val (self->notes, note);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_NOTES]);
}

/* A note of the municipality shown. */
void
kb_window_state_add_note (KbWindowState *self,
                          int            year,
                          const char    *text)
{
  g_return_if_fail (KB_IS_WINDOW_STATE (self));
  kb_window_state_add_note_for (self, self->region_code, year, text);
}

/* How many notes the charts of the municipality shown have. */
guint
kb_window_state_get_n_shown_notes (KbWindowState *self)
{
  guint n = 0;

  g_return_val_if_fail (KB_IS_WINDOW_STATE (self), 0);

  for (guint i = 0; i < self->notes->len; i++)
    n += note_shown (self, &g_array_index (self->notes, Note, i));
  return n;
}

/* Removes the notes the charts of the municipality shown have; the
 * others' stay. */
void
kb_window_state_clear_shown_notes (KbWindowState *self)
{
  guint before;

  g_return_if_fail (KB_IS_WINDOW_STATE (self));

  before = self->notes->len;
  for (guint i = self->notes->len; i > 0; i--)
    if (note_shown (self, &g_array_index (self->notes, Note, i - 1)))
      g_array_remove_index (self->notes, i - 1);
  if (self->notes->len != before)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_NOTES]);
}

/* Removes every note, of every municipality. */
void
kb_window_state_clear_notes (KbWindowState *self)
{
  g_return_if_fail (KB_IS_WINDOW_STATE (self));

  if (self->notes->len == 0)
    return;
  g_array_set_size (self->notes, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_NOTES]);
}
