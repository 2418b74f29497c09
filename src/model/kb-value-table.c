/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-value-table"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kb-value-table.h"

/* Rows are stored in blocks, so a growing table never copies its values
 * (nor needs twice their memory while it does). */
#define ROWS_PER_BLOCK 1024

/* A NaN of its own bits: no arithmetic makes it, none is done on it. */
#define ABSENT_BITS G_GUINT64_CONSTANT (0x7ff8deadbeef0001)

/* A row's labels as two tuples of ids in texts, each tuple kept once:
 * where (its region's code and name) and what (indicator, sector,
 * sub-sector, unit, source). A national file's 150 000 rows name some 300
 * places and 500 kinds: a row is 12 bytes, not 32. */
#define N_WHERE 2
#define N_WHAT (KB_N_LABELS - N_WHERE)

typedef struct
{
  guint32 where;   /* index in the table's where */
  guint32 what;    /* index in the table's what */
  gint16  vintage;
} Row;

typedef struct
{
  guint       width;
  GArray     *ids;    /* guint32, @width per tuple */
  GHashTable *index;  /* { width, ids… } → index + 1; NULL once sealed */
  guint32     last;   /* rows repeat their neighbours' tuples */
} Tuples;

struct _KbValueTable
{
  gatomicrefcount ref_count;
  KbLabelPool *pool;
  GPtrArray   *texts;      /* id → text of the pool */
  GHashTable  *ids;        /* text → id + 1; NULL once sealed */
  const char  *last_text[KB_N_LABELS]; /* rows repeat their neighbours' labels */
  guint32      last_id[KB_N_LABELS];

  gint16      *years;      /* ascending, unique */
  guint        n_years;
  GArray      *rows;       /* Row */
  Tuples       where, what;
  GPtrArray   *blocks;     /* double[ROWS_PER_BLOCK × n_years] */

  guint32     *slots;      /* open addressing: row + 1, 0 empty; NULL once sealed */
  guint        n_slots;    /* a power of two */
};

double
kb_value_table_absent (void)
{
  guint64 bits = ABSENT_BITS;
  double value;

  memcpy (&value, &bits, sizeof value);
  return value;
}

gboolean
kb_value_table_is_absent (double value)
{
  guint64 bits;

  memcpy (&bits, &value, sizeof bits);
  return bits == ABSENT_BITS;
}

static guint
tuple_hash (gconstpointer key)
{
  const guint32 *k = key;
  guint hash = k[0];

  for (guint i = 1; i <= k[0]; i++)
    hash = (hash ^ k[i]) * 0x9E3779B1u;
  return hash ^ (hash >> 15);
}

static gboolean
tuple_equal (gconstpointer a,
             gconstpointer b)
{
  const guint32 *x = a, *y = b;

  return x[0] == y[0] && memcmp (x, y, (x[0] + 1) * sizeof *x) == 0;
}

static void
tuples_init (Tuples *tuples,
             guint   width)
{
  tuples->width = width;
  tuples->ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  tuples->index = g_hash_table_new_full (tuple_hash, tuple_equal, g_free, NULL);
}

static void
tuples_clear (Tuples *tuples)
{
  g_array_unref (tuples->ids);
  g_clear_pointer (&tuples->index, g_hash_table_unref);
}

static const guint32 *
tuple_at (const Tuples *tuples,
          guint32       index)
{
  return &g_array_index (tuples->ids, guint32, (gsize)index * tuples->width);
}

/* The index of the tuple @ids, added where it is new. */
static guint32
tuple_index (Tuples        *tuples,
             const guint32 *ids)
{
  guint32 key[1 + MAX (N_WHERE, N_WHAT)];
  gpointer found;

  if (tuples->ids->len > 0 && memcmp (tuple_at (tuples, tuples->last), ids, tuples->width * sizeof *ids) == 0)
    return tuples->last;
  key[0] = tuples->width;
  memcpy (key + 1, ids, tuples->width * sizeof *ids);
  found = g_hash_table_lookup (tuples->index, key);
  if (found == NULL)
    {
      g_array_append_vals (tuples->ids, ids, tuples->width);
      found = GUINT_TO_POINTER (tuples->ids->len / tuples->width);
      g_hash_table_insert (tuples->index, g_memdup2 (key, (1 + tuples->width) * sizeof *key), found);
    }
  tuples->last = GPOINTER_TO_UINT (found) - 1;
  return tuples->last;
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  return *(const gint16 *)a - *(const gint16 *)b;
}

/* A table of the years @years (any order; 0 and repeats are skipped), whose
 * labels all come from @pool. */
KbValueTable *
kb_value_table_new (KbLabelPool *pool,
                    const int   *years,
                    guint        n_years)
{
  KbValueTable *table = g_new0 (KbValueTable, 1);

  g_atomic_ref_count_init (&table->ref_count);
  table->pool = kb_label_pool_ref (pool);
  table->texts = g_ptr_array_new ();
  table->ids = g_hash_table_new (NULL, NULL);
  table->years = g_new (gint16, MAX (n_years, 1));
  for (guint i = 0; i < n_years; i++)
    if (years[i] > 0 && years[i] <= G_MAXINT16 && kb_value_table_find_year (table, years[i]) < 0)
      {
        table->years[table->n_years++] = (gint16)years[i];
        qsort (table->years, table->n_years, sizeof *table->years, compare_years);
      }
  table->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  tuples_init (&table->where, N_WHERE);
  tuples_init (&table->what, N_WHAT);
  table->blocks = g_ptr_array_new_with_free_func (g_free);
  table->n_slots = 1024;
  table->slots = g_new0 (guint32, table->n_slots);
  return table;
}

KbValueTable *
kb_value_table_ref (KbValueTable *table)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_atomic_ref_count_inc (&table->ref_count);
  return table;
}

void
kb_value_table_unref (KbValueTable *table)
{
  g_return_if_fail (table != NULL);

  if (!g_atomic_ref_count_dec (&table->ref_count))
    return;
  kb_label_pool_unref (table->pool);
  g_ptr_array_unref (table->texts);
  g_clear_pointer (&table->ids, g_hash_table_unref);
  g_free (table->years);
  g_array_unref (table->rows);
  tuples_clear (&table->where);
  tuples_clear (&table->what);
  g_ptr_array_unref (table->blocks);
  g_free (table->slots);
  g_free (table);
}

KbLabelPool *
kb_value_table_get_pool (KbValueTable *table)
{
  return table->pool;
}

guint
kb_value_table_get_n_rows (KbValueTable *table)
{
  return table->rows->len;
}

guint
kb_value_table_get_n_years (KbValueTable *table)
{
  return table->n_years;
}

const gint16 *
kb_value_table_get_years (KbValueTable *table)
{
  return table->years;
}

/* The index of the first of @n_years ascending @years that is >= @year
 * (a table's columns, a series' observations). */
guint
kb_years_lower_bound (const gint16 *years,
                      guint         n_years,
                      int           year)
{
  guint lo = 0, hi = n_years;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (years[mid] < year)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The column of @year, or -1. */
int
kb_value_table_find_year (KbValueTable *table,
                          int           year)
{
  guint at = kb_years_lower_bound (table->years, table->n_years, year);

  return at < table->n_years && table->years[at] == year ? (int)at : -1;
}

static guint32
label_id (KbValueTable *table,
          KbLabel       label,
          const char   *text)
{
  gpointer id;

  if (text == table->last_text[label])
    return table->last_id[label];
  id = g_hash_table_lookup (table->ids, text);
  if (id == NULL)
    {
      g_ptr_array_add (table->texts, (gpointer)text);
      id = GUINT_TO_POINTER (table->texts->len);
      g_hash_table_insert (table->ids, (gpointer)text, id);
    }
  table->last_text[label] = text;
  table->last_id[label] = GPOINTER_TO_UINT (id) - 1;
  return table->last_id[label];
}

static guint
hash_row (const Row *row)
{
  guint hash = (guint)row->vintage;

  hash = (hash ^ row->where) * 0x9E3779B1u;
  hash = (hash ^ row->what) * 0x9E3779B1u;
  return hash ^ (hash >> 15);
}

static gboolean
same_row (const Row *a,
          const Row *b)
{
  return a->where == b->where && a->what == b->what && a->vintage == b->vintage;
}

/* Where @row is, or would go, in the slots. */
static guint
probe (KbValueTable *table,
       const Row    *row)
{
  guint mask = table->n_slots - 1;
  guint i = hash_row (row) & mask;

  while (table->slots[i] != 0 && !same_row (&g_array_index (table->rows, Row, table->slots[i] - 1), row))
    i = (i + 1) & mask;
  return i;
}

static void
grow_slots (KbValueTable *table)
{
  g_free (table->slots);
  table->n_slots *= 2;
  table->slots = g_new0 (guint32, table->n_slots);
  for (guint r = 0; r < table->rows->len; r++)
    table->slots[probe (table, &g_array_index (table->rows, Row, r))] = r + 1;
}

/* The row of the series that @labels (KbLabel order, texts of the table's
 * pool) and @vintage name; a new row, every year absent, where there is
 * none yet (*@added tells which). */
guint
kb_value_table_find_or_add (KbValueTable       *table,
                            const char * const *labels,
                            int                 vintage,
                            gboolean           *added)
{
  guint32 ids[KB_N_LABELS];
  Row row;
  guint slot, index;

  g_return_val_if_fail (table->slots != NULL, 0);

  for (guint i = 0; i < KB_N_LABELS; i++)
    ids[i] = label_id (table, i, labels[i]);
  row = (Row) { tuple_index (&table->where, ids), tuple_index (&table->what, ids + N_WHERE), (gint16)vintage };
  slot = probe (table, &row);
  if (table->slots[slot] != 0)
    {
      *added = FALSE;
      return table->slots[slot] - 1;
    }

  index = table->rows->len;
  g_array_append_val (table->rows, row);
  table->slots[slot] = index + 1;
  if (index % ROWS_PER_BLOCK == 0)
    {
      gsize n = (gsize)ROWS_PER_BLOCK * MAX (table->n_years, 1);
      double *block = g_new (double, n);
      double absent = kb_value_table_absent ();

      for (gsize i = 0; i < n; i++)
        block[i] = absent;
      g_ptr_array_add (table->blocks, block);
    }
  if (table->rows->len * 2 > table->n_slots)
    grow_slots (table);
  *added = TRUE;
  return index;
}

/* No row is added from now on: what finds rows is freed. */
void
kb_value_table_seal (KbValueTable *table)
{
  g_clear_pointer (&table->slots, g_free);
  g_clear_pointer (&table->ids, g_hash_table_unref);
  g_clear_pointer (&table->where.index, g_hash_table_unref);
  g_clear_pointer (&table->what.index, g_hash_table_unref);
  table->n_slots = 0;
}

/* The row's values, one per year of kb_value_table_get_years (): a
 * number, NAN where the source marks it missing, or absent. */
double *
kb_value_table_get_values (KbValueTable *table,
                           guint         row)
{
  double *block;

  g_return_val_if_fail (row < table->rows->len, NULL);
  block = g_ptr_array_index (table->blocks, row / ROWS_PER_BLOCK);
  return block + (gsize)(row % ROWS_PER_BLOCK) * table->n_years;
}

const char *
kb_value_table_get_label (KbValueTable *table,
                          guint         row,
                          KbLabel       label)
{
  const Row *r = &g_array_index (table->rows, Row, row);
  guint32 id = label < N_WHERE ? tuple_at (&table->where, r->where)[label]
                               : tuple_at (&table->what, r->what)[label - N_WHERE];

  return g_ptr_array_index (table->texts, id);
}

int
kb_value_table_get_vintage (KbValueTable *table,
                            guint         row)
{
  return g_array_index (table->rows, Row, row).vintage;
}
