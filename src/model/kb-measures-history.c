/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-measures-history"

#include "config.h"

#include "kb-measure.h"
#include "kb-measures-history.h"

/* Undo for a plan's measures: it watches the store and every measure in
 * it, and keeps what each change replaced. An edit keeps the measure as
 * it was; a row removed or added keeps the rows around it. Typing into
 * one field of one measure is one step, not one a key. */

typedef enum {
  STEP_EDIT,    /* @measure was @before */
  STEP_SPLICE,  /* at @position, @n_added rows replaced @removed */
} StepKind;

typedef struct
{
  StepKind   kind;
  KbMeasure *measure;    /* STEP_EDIT: the measure edited */
  KbMeasure *before;     /* STEP_EDIT: a copy as it was */
  guint      changed;    /* STEP_EDIT: which fields the edit touched */
  guint      serial;     /* which step it is, counting from 1 */
  guint      position;   /* STEP_SPLICE */
  guint      n_added;
  GPtrArray *removed;    /* KbMeasure */
} Step;

struct _KbMeasuresHistory
{
  GObject     parent_instance;

  GListStore *measures;
  GPtrArray  *mirror;    /* the store's items, to know what a splice removed */
  GHashTable *last;      /* KbMeasure → a copy as last seen */
  GPtrArray  *steps;     /* Step, the latest last */
  guint       serial;    /* the latest step's */
  gboolean    undoing;
};

enum {
  PROP_0,
  PROP_CAN_UNDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KbMeasuresHistory, kb_measures_history, G_TYPE_OBJECT)

#define MAX_STEPS 200

static void
step_free (gpointer data)
{
  Step *step = data;

  g_clear_object (&step->measure);
  g_clear_object (&step->before);
  g_clear_pointer (&step->removed, g_ptr_array_unref);
  g_free (step);
}

static void
push (KbMeasuresHistory *self,
      Step              *step)
{
  gboolean could = self->steps->len > 0;

  step->serial = ++self->serial;
  g_ptr_array_add (self->steps, step);
  if (self->steps->len > MAX_STEPS)
    g_ptr_array_remove_index (self->steps, 0);
  if (!could)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
}

static void
on_measure_changed (KbMeasure         *measure,
                    KbMeasuresHistory *self)
{
  KbMeasure *last = g_hash_table_lookup (self->last, measure);
  Step *top = self->steps->len > 0 ? g_ptr_array_index (self->steps, self->steps->len - 1) : NULL;
  guint fields;

  if (last == NULL || kb_measure_equal (last, measure))
    return;
  fields = kb_measure_differences (last, measure);
  if (!self->undoing)
    {
      /* More typing in the same field of the same measure: one step. */
      if (top == NULL || top->kind != STEP_EDIT || top->measure != measure || top->changed != fields)
        {
          Step *step = g_new0 (Step, 1);

          step->kind = STEP_EDIT;
          step->measure = g_object_ref (measure);
          step->before = kb_measure_copy (last);
          step->changed = fields;
          push (self, step);
        }
    }
  kb_measure_assign (last, measure);
}

static void
watch (KbMeasuresHistory *self,
       KbMeasure         *measure)
{
  if (g_hash_table_contains (self->last, measure))
    return;
  g_hash_table_insert (self->last, g_object_ref (measure), kb_measure_copy (measure));
  g_signal_connect_object (measure, "changed", G_CALLBACK (on_measure_changed), self, 0);
}

static void
on_items_changed (GListModel        *model,
                  guint              position,
                  guint              removed,
                  guint              added,
                  KbMeasuresHistory *self)
{
  g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < removed; i++)
    g_ptr_array_add (gone, g_object_ref (g_ptr_array_index (self->mirror, position + i)));
  g_ptr_array_remove_range (self->mirror, position, removed);
  for (guint i = 0; i < added; i++)
    {
      KbMeasure *m = g_list_model_get_item (model, position + i);

      g_ptr_array_insert (self->mirror, (int)(position + i), m);
      watch (self, m);
    }
  if (!self->undoing)
    {
      Step *step = g_new0 (Step, 1);

      step->kind = STEP_SPLICE;
      step->position = position;
      step->n_added = added;
      step->removed = g_steal_pointer (&gone);
      push (self, step);
    }
}

static void
kb_measures_history_dispose (GObject *object)
{
  KbMeasuresHistory *self = KB_MEASURES_HISTORY (object);

  if (self->measures != NULL)
    g_signal_handlers_disconnect_by_data (self->measures, self);
  if (self->last != NULL)
    {
      GHashTableIter iter;
      gpointer measure;

      g_hash_table_iter_init (&iter, self->last);
      while (g_hash_table_iter_next (&iter, &measure, NULL))
        g_signal_handlers_disconnect_by_data (measure, self);
    }
  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->last, g_hash_table_unref);
  g_clear_pointer (&self->mirror, g_ptr_array_unref);
  g_clear_object (&self->measures);

  G_OBJECT_CLASS (kb_measures_history_parent_class)->dispose (object);
}

static void
kb_measures_history_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KbMeasuresHistory *self = KB_MEASURES_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, kb_measures_history_can_undo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kb_measures_history_class_init (KbMeasuresHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kb_measures_history_dispose;
  object_class->get_property = kb_measures_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kb_measures_history_init (KbMeasuresHistory *self)
{
  self->mirror = g_ptr_array_new_with_free_func (g_object_unref);
  self->last = g_hash_table_new_full (g_direct_hash, g_direct_equal, g_object_unref, g_object_unref);
  self->steps = g_ptr_array_new_with_free_func (step_free);
}

KbMeasuresHistory *
kb_measures_history_new (GListStore *measures)
{
  KbMeasuresHistory *self;

  g_return_val_if_fail (G_IS_LIST_STORE (measures), NULL);

  self = g_object_new (KB_TYPE_MEASURES_HISTORY, NULL);
  self->measures = g_object_ref (measures);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (measures)); i++)
    {
      KbMeasure *m = g_list_model_get_item (G_LIST_MODEL (measures), i);

      g_ptr_array_add (self->mirror, m);
      watch (self, m);
    }
  g_signal_connect_object (measures, "items-changed", G_CALLBACK (on_items_changed), self, 0);
  return self;
}

/* The step that undo would take back, as a number that no other step
 * has; 0 where there is none. */
guint
kb_measures_history_get_latest (KbMeasuresHistory *self)
{
  g_return_val_if_fail (KB_IS_MEASURES_HISTORY (self), 0);
  if (self->steps->len == 0)
    return 0;
  return ((Step *)g_ptr_array_index (self->steps, self->steps->len - 1))->serial;
}

gboolean
kb_measures_history_can_undo (KbMeasuresHistory *self)
{
  g_return_val_if_fail (KB_IS_MEASURES_HISTORY (self), FALSE);
  return self->steps->len > 0;
}

/* Takes the latest change back; FALSE where there is none. */
gboolean
kb_measures_history_undo (KbMeasuresHistory *self)
{
  Step *step;

  g_return_val_if_fail (KB_IS_MEASURES_HISTORY (self), FALSE);
  if (self->steps->len == 0)
    return FALSE;

  step = g_ptr_array_steal_index (self->steps, self->steps->len - 1);
  self->undoing = TRUE;
  if (step->kind == STEP_EDIT)
    kb_measure_assign (step->measure, step->before);
  else
    g_list_store_splice (self->measures, step->position, step->n_added, step->removed->pdata, step->removed->len);
  self->undoing = FALSE;
  step_free (step);
  if (self->steps->len == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  return TRUE;
}

/* Forgets every step: a plan opened from a file starts a new history. */
void
kb_measures_history_clear (KbMeasuresHistory *self)
{
  GHashTableIter iter;
  gpointer measure;

  g_return_if_fail (KB_IS_MEASURES_HISTORY (self));

  /* No step can bring back a measure no longer in the plan: stop
   * watching it. */
  g_hash_table_iter_init (&iter, self->last);
  while (g_hash_table_iter_next (&iter, &measure, NULL))
    if (!g_ptr_array_find (self->mirror, measure, NULL))
      {
        g_signal_handlers_disconnect_by_data (measure, self);
        g_hash_table_iter_remove (&iter);
      }
  if (self->steps->len == 0)
    return;
  g_ptr_array_set_size (self->steps, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
}
