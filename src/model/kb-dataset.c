/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-dataset"

#include "config.h"

#include <string.h>

#include "kb-dataset-private.h"
#include "kb-region.h"

/* The dataset's questions (a region's sectors, its releases, its totals)
 * are answered from the labels of its parts' rows; a KbSeries is made only
 * for the rows an answer holds (kb-dataset-totals.c), and kept. Merging
 * and a user's files beside the built-in data: kb-dataset-merge.c. */

/* Data kept out of memory until a region is asked for (the embedded
 * energy table: 25 000 rows, of which a chart needs 81). */
typedef struct
{
  char                  *indicator;
  KbDatasetRegionLoader  load;
  GHashTable            *loaded; /* region codes asked for */
  GHashTable            *skipped_sources; /* editions a user opened: not loaded again */
} Loader;

static void kb_dataset_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KbDataset, kb_dataset, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      kb_dataset_list_model_init))

static void
part_free (gpointer data)
{
  KbDatasetPart *part = data;

  for (guint i = 0; part->views != NULL && i < part->n_items; i++)
    g_clear_object (&part->views[i]);
  g_free (part->views);
  g_free (part->inferred);
  g_clear_pointer (&part->table, kb_value_table_unref);
  g_free (part);
}

/* The part and row of the item at @position, which must be in the list. */
static KbDatasetItem
item_at (KbDataset *self,
         guint      position)
{
  guint lo = 0, hi;

  if (self->firsts == NULL)
    {
      guint first = 0;

      self->firsts = g_array_sized_new (FALSE, FALSE, sizeof (guint), self->parts->len);
      for (guint i = 0; i < self->parts->len; i++)
        {
          g_array_append_val (self->firsts, first);
          first += _kb_dataset_part (self, i)->n_items;
        }
    }
  /* The last part whose first position is at or before @position. */
  hi = self->firsts->len;
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->firsts, guint, mid) <= position)
        lo = mid;
      else
        hi = mid;
    }
  while (_kb_dataset_part (self, lo)->n_items == 0)
    lo++;
  return (KbDatasetItem) { lo, position - g_array_index (self->firsts, guint, lo) };
}

static GType
kb_dataset_get_item_type (GListModel *model)
{
  return KB_TYPE_SERIES;
}

static guint
kb_dataset_get_n_items (GListModel *model)
{
  return KB_DATASET (model)->n_items;
}

static gpointer
kb_dataset_get_item (GListModel *model,
                     guint       position)
{
  KbDataset *self = KB_DATASET (model);

  if (position >= self->n_items)
    return NULL;
  return g_object_ref (_kb_dataset_item_series (self, item_at (self, position)));
}

static void
kb_dataset_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = kb_dataset_get_item_type;
  iface->get_n_items = kb_dataset_get_n_items;
  iface->get_item = kb_dataset_get_item;
}

static void
clear_loader (gpointer data)
{
  Loader *loader = data;

  g_free (loader->indicator);
  g_hash_table_unref (loader->loaded);
  g_hash_table_unref (loader->skipped_sources);
}

static void
kb_dataset_finalize (GObject *object)
{
  KbDataset *self = (KbDataset *)object;

  g_ptr_array_unref (self->parts);
  g_clear_pointer (&self->firsts, g_array_unref);
  g_clear_pointer (&self->by_region, g_hash_table_unref);
  g_array_unref (self->loaders);
  g_hash_table_unref (self->embedded);
  g_hash_table_unref (self->totals);
  g_hash_table_unref (self->latest);

  G_OBJECT_CLASS (kb_dataset_parent_class)->finalize (object);
}

static void
kb_dataset_class_init (KbDatasetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kb_dataset_finalize;
}

static void
kb_dataset_init (KbDataset *self)
{
  self->parts = g_ptr_array_new_with_free_func (part_free);
  self->loaders = g_array_new (FALSE, FALSE, sizeof (Loader));
  self->embedded = g_hash_table_new (NULL, NULL);
  self->totals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_hash_table_unref);
  self->latest = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_hash_table_unref);
  g_array_set_clear_func (self->loaders, clear_loader);
}

KbDataset *
kb_dataset_new (void)
{
  return g_object_new (KB_TYPE_DATASET, NULL);
}

const char *
_kb_dataset_item_label (KbDataset     *self,
                        KbDatasetItem  item,
                        KbLabel        label)
{
  KbDatasetPart *part = _kb_dataset_part (self, item.part);
  KbSeries *s;

  if (part->table != NULL)
    return kb_value_table_get_label (part->table, item.row, label);
  s = part->views[0];
  switch (label)
    {
    case KB_LABEL_REGION_CODE: return kb_series_get_region_code (s);
    case KB_LABEL_REGION_NAME: return kb_series_get_region_name (s);
    case KB_LABEL_INDICATOR: return kb_series_get_indicator (s);
    case KB_LABEL_SECTOR: return kb_series_get_sector (s);
    case KB_LABEL_SUBSECTOR: return kb_series_get_subsector (s);
    case KB_LABEL_UNIT: return kb_series_get_unit (s);
    case KB_LABEL_SOURCE: return kb_series_get_source (s);
    case KB_N_LABELS:
    default: g_return_val_if_reached ("");
    }
}

int
_kb_dataset_item_vintage (KbDataset     *self,
                          KbDatasetItem  item)
{
  KbDatasetPart *part = _kb_dataset_part (self, item.part);

  if (part->views != NULL && part->views[item.row] != NULL)
    return kb_series_get_vintage (part->views[item.row]);
  if (part->inferred != NULL && part->inferred[item.row] != 0)
    return part->inferred[item.row];
  return kb_value_table_get_vintage (part->table, item.row);
}

/* Whether the item is of @indicator and release @vintage. */
gboolean
_kb_dataset_item_is (KbDataset     *self,
                     KbDatasetItem  item,
                     const char    *indicator,
                     int            vintage)
{
  return g_strcmp0 (_kb_dataset_item_label (self, item, KB_LABEL_INDICATOR), indicator) == 0 &&
         _kb_dataset_item_vintage (self, item) == vintage;
}

/* The item's series, made when first asked (owned by the dataset). */
KbSeries *
_kb_dataset_item_series (KbDataset     *self,
                         KbDatasetItem  item)
{
  KbDatasetPart *part = _kb_dataset_part (self, item.part);

  if (part->views == NULL)
    part->views = g_new0 (KbSeries *, part->n_items);
  if (part->views[item.row] == NULL)
    {
      part->views[item.row] = _kb_series_new_view (part->table, item.row);
      if (part->inferred != NULL && part->inferred[item.row] != 0)
        kb_series_set_inferred_vintage (part->views[item.row], part->inferred[item.row]);
      if (part->embedded)
        g_hash_table_add (self->embedded, part->views[item.row]);
    }
  return part->views[item.row];
}

/* The item's series made the dataset's own (a copy, in its place), to be
 * changed: another dataset may share the one it had. */
KbSeries *
_kb_dataset_own_series (KbDataset     *self,
                        KbDatasetItem  item)
{
  KbDatasetPart *part = _kb_dataset_part (self, item.part);
  KbSeries *shared = _kb_dataset_item_series (self, item);
  KbSeries *own = _kb_series_copy (shared);

  guint position = item.row;

  if (g_hash_table_remove (self->embedded, shared))
    g_hash_table_add (self->embedded, own);
  g_object_unref (part->views[item.row]);
  part->views[item.row] = own;
  /* Another object at its place in the list. */
  for (guint p = 0; p < item.part; p++)
    position += _kb_dataset_part (self, p)->n_items;
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
  return own;
}

/* Adds @part's items to the region index. */
static void
index_part (KbDataset *self,
            guint      index)
{
  KbDatasetPart *part = _kb_dataset_part (self, index);
  const char *code = NULL;
  GArray *list = NULL;

  for (guint row = 0; row < part->n_items; row++)
    {
      KbDatasetItem item = { index, row };
      const char *row_code = _kb_dataset_item_label (self, item, KB_LABEL_REGION_CODE);

      /* Rows come a region at a time: its list is looked up once. */
      if (row_code != code)
        {
          code = row_code;
          list = g_hash_table_lookup (self->by_region, code);
          if (list == NULL)
            {
              list = g_array_new (FALSE, FALSE, sizeof (KbDatasetItem));
              g_hash_table_insert (self->by_region, (gpointer)code, list);
            }
        }
      g_array_append_val (list, item);
    }
}

/* The items of @region_code, in the order they were added: the questions
 * below are asked per region, many times over (every municipality's total
 * for the county beside the one shown), so they look there, not through
 * every item. NULL where the region has none. */
static GArray *
region_items (KbDataset  *self,
              const char *region_code)
{
  if (self->by_region == NULL)
    {
      self->by_region = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                               (GDestroyNotify)g_array_unref);
      for (guint i = 0; i < self->parts->len; i++)
        index_part (self, i);
    }
  return region_code != NULL ? g_hash_table_lookup (self->by_region, region_code) : NULL;
}

/* The totals computed of @indicator's sectors and its latest releases
 * (NULL: of every quantity) are found again when next asked: what they
 * were found in changed. */
void
_kb_dataset_drop_kept (KbDataset  *self,
                         const char *indicator)
{
  if (indicator == NULL)
    {
      g_hash_table_remove_all (self->totals);
      g_hash_table_remove_all (self->latest);
    }
  else
    {
      g_hash_table_remove (self->totals, indicator);
      g_hash_table_remove (self->latest, indicator);
    }
}

/* Adds a part of @n_items: the rows of @table, or the series @views[0];
 * the series already made of them, @views (NULL for none), are shared. */
void
_kb_dataset_add_part (KbDataset     *self,
                      KbValueTable  *table,
                      KbSeries     **views,
                      guint          n_items,
                      gboolean       embedded)
{
  KbDatasetPart *part = g_new0 (KbDatasetPart, 1);
  guint before = self->n_items;

  part->table = table != NULL ? kb_value_table_ref (table) : NULL;
  part->n_items = n_items;
  part->embedded = embedded;
  if (views != NULL)
    {
      part->views = g_new0 (KbSeries *, n_items);
      for (guint i = 0; i < n_items; i++)
        if (views[i] != NULL)
          {
            part->views[i] = g_object_ref (views[i]);
            if (embedded)
              g_hash_table_add (self->embedded, views[i]);
          }
    }
  g_ptr_array_add (self->parts, part);
  self->n_items += n_items;
  /* A region's energy loaded keeps Sweden's emissions as they were. */
  if (n_items == 1 && table == NULL)
    _kb_dataset_drop_kept (self, kb_series_get_indicator (views[0]));
  else
    _kb_dataset_drop_kept (self, NULL);

  /* The index gains the part, not built anew. */
  g_clear_pointer (&self->firsts, g_array_unref);
  if (self->by_region != NULL)
    index_part (self, self->parts->len - 1);
  if (n_items > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), before, 0, n_items);
}

/* Adds what @part (another dataset's) holds, sharing its table and series
 * and keeping the releases inferred of its rows. */
void
_kb_dataset_share_part (KbDataset     *self,
                        KbDatasetPart *part,
                        gboolean       embedded)
{
  KbDatasetPart *ours;

  _kb_dataset_add_part (self, part->table, part->views, part->n_items, embedded);
  ours = _kb_dataset_part (self, self->parts->len - 1);
  if (part->inferred != NULL)
    ours->inferred = g_memdup2 (part->inferred, part->n_items * sizeof *part->inferred);
}

/* region_items(), after the loaders of @indicator have read
 * @region_code's part. A loader is asked once per region, whatever it
 * finds. */
GArray *
_kb_dataset_region_items (KbDataset  *self,
                          const char *region_code,
                          const char *indicator)
{
  for (guint i = 0; region_code != NULL && i < self->loaders->len; i++)
    {
      Loader *loader = &g_array_index (self->loaders, Loader, i);
      g_autoptr(GPtrArray) part = NULL;

      if (g_strcmp0 (loader->indicator, indicator) != 0 ||
          !g_hash_table_add (loader->loaded, g_strdup (region_code)))
        continue;
      part = loader->load (region_code, loader->indicator);
      for (guint j = 0; part != NULL && j < part->len; j++)
        {
          KbSeries *s = g_ptr_array_index (part, j);

          if (!g_hash_table_contains (loader->skipped_sources, kb_series_get_source (s)))
            _kb_dataset_add_part (self, NULL, &s, 1, TRUE);
        }
    }
  return region_items (self, region_code);
}

/* @load reads @indicator's series of one region when that region is first
 * asked for, returning them (KbSeries) or NULL. Must be cheap: it runs
 * inside the getters. */
void
kb_dataset_add_region_loader (KbDataset             *self,
                              const char            *indicator,
                              KbDatasetRegionLoader  load)
{
  Loader loader = {
    g_strdup (indicator), load, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
  };

  g_return_if_fail (KB_IS_DATASET (self));
  g_return_if_fail (load != NULL);

  g_array_append_val (self->loaders, loader);
}

/* Copies @self's loaders to @copy, but those of the indicators @keep says
 * no to; what they loaded already (in @self's parts) is not loaded again,
 * nor the editions @skipped ("indicator\x1fsource") a user opened. */
void
_kb_dataset_copy_loaders (KbDataset  *self,
                          KbDataset  *copy,
                          gboolean  (*keep) (const char *indicator, gpointer data),
                          gpointer    data,
                          GHashTable *skipped)
{
  for (guint i = 0; i < self->loaders->len; i++)
    {
      Loader *ours = &g_array_index (self->loaders, Loader, i);
      Loader *theirs;
      GHashTableIter iter;
      gpointer code;

      if (!keep (ours->indicator, data))
        continue;
      kb_dataset_add_region_loader (copy, ours->indicator, ours->load);
      theirs = &g_array_index (copy->loaders, Loader, copy->loaders->len - 1);
      g_hash_table_iter_init (&iter, ours->loaded);
      while (g_hash_table_iter_next (&iter, &code, NULL))
        g_hash_table_add (theirs->loaded, g_strdup (code));
      g_hash_table_iter_init (&iter, ours->skipped_sources);
      while (g_hash_table_iter_next (&iter, &code, NULL))
        g_hash_table_add (theirs->skipped_sources, g_strdup (code));
      g_hash_table_iter_init (&iter, skipped);
      while (g_hash_table_iter_next (&iter, &code, NULL))
        if (g_str_has_prefix (code, ours->indicator) && ((const char *)code)[strlen (ours->indicator)] == '\x1f')
          g_hash_table_add (theirs->skipped_sources, g_strdup ((const char *)code + strlen (ours->indicator) + 1));
    }
}

static void
add_once (GPtrArray  *texts,
          const char *text)
{
  if (!g_ptr_array_find_with_equal_func (texts, text, g_str_equal, NULL))
    g_ptr_array_add (texts, (gpointer)text);
}

/* The indicators of the dataset's series and loaders, each once. */
GPtrArray *
kb_dataset_list_indicators (KbDataset *self)
{
  GPtrArray *indicators = g_ptr_array_new ();

  g_return_val_if_fail (KB_IS_DATASET (self), indicators);

  for (guint p = 0; p < self->parts->len; p++)
    {
      const char *last = NULL;

      for (guint row = 0; row < _kb_dataset_part (self, p)->n_items; row++)
        {
          const char *indicator = _kb_dataset_item_label (self, (KbDatasetItem) { p, row }, KB_LABEL_INDICATOR);

          if (indicator != last)
            add_once (indicators, last = indicator);
        }
    }
  for (guint i = 0; i < self->loaders->len; i++)
    add_once (indicators, g_array_index (self->loaders, Loader, i).indicator);
  return indicators;
}

/* Marks every series and loader of @self as the built-in data, which a
 * user's files replace quantity by quantity (kb_dataset_copy_for ()). */
void
kb_dataset_mark_embedded (KbDataset *self)
{
  g_return_if_fail (KB_IS_DATASET (self));

  for (guint p = 0; p < self->parts->len; p++)
    {
      KbDatasetPart *part = _kb_dataset_part (self, p);

      part->embedded = TRUE;
      for (guint i = 0; part->views != NULL && i < part->n_items; i++)
        if (part->views[i] != NULL)
          g_hash_table_add (self->embedded, part->views[i]);
    }
}

/* Whether @series is of the built-in data (not a file the user opened). */
gboolean
kb_dataset_is_embedded (KbDataset *self,
                        KbSeries  *series)
{
  g_return_val_if_fail (KB_IS_DATASET (self), FALSE);
  return g_hash_table_contains (self->embedded, series);
}

void
kb_dataset_add (KbDataset *self,
                KbSeries  *series)
{
  g_return_if_fail (KB_IS_DATASET (self));
  g_return_if_fail (KB_IS_SERIES (series));

  _kb_dataset_add_part (self, NULL, &series, 1, FALSE);
}

/* Adds every series of @series (KbSeries), each a part of its own. */
void
kb_dataset_add_many (KbDataset *self,
                     GPtrArray *series)
{
  g_return_if_fail (KB_IS_DATASET (self));

  for (guint i = 0; i < series->len; i++)
    kb_dataset_add (self, g_ptr_array_index (series, i));
}

/* Adds the rows of @table, which must be sealed (kb_value_table_seal ()). */
void
kb_dataset_add_table (KbDataset    *self,
                      KbValueTable *table)
{
  g_return_if_fail (KB_IS_DATASET (self));
  g_return_if_fail (table != NULL);

  _kb_dataset_add_part (self, table, NULL, kb_value_table_get_n_rows (table), FALSE);
}

/* Adds what @other holds, sharing its tables and series. */
void
kb_dataset_add_all (KbDataset *self,
                    KbDataset *other)
{
  g_return_if_fail (KB_IS_DATASET (self));
  g_return_if_fail (KB_IS_DATASET (other));

  for (guint p = 0; p < other->parts->len; p++)
    {
      KbDatasetPart *part = _kb_dataset_part (other, p);

      _kb_dataset_share_part (self, part, part->embedded);
    }
}

KbSeries *
kb_dataset_lookup (KbDataset  *self,
                   const char *region_code,
                   const char *indicator,
                   const char *sector,
                   int         vintage)
{
  GArray *list;

  g_return_val_if_fail (KB_IS_DATASET (self), NULL);

  list = _kb_dataset_region_items (self, region_code, indicator);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      KbDatasetItem item = g_array_index (list, KbDatasetItem, i);

      if (_kb_dataset_item_is (self, item, indicator, vintage) &&
          g_strcmp0 (_kb_dataset_item_label (self, item, KB_LABEL_SECTOR), sector) == 0)
        return _kb_dataset_item_series (self, item);
    }

  return NULL;
}

/* Returns the region code of the region named or numbered @code_or_name
 * ("0580", "580", "Linköping", "linkoping"), or NULL when the dataset
 * holds no such region. Sweden's regions are found through the built-in
 * table; others by their name as the file wrote it. */
char *
kb_dataset_find_region (KbDataset  *self,
                        const char *code_or_name)
{
  const KbRegion *region;
  g_autofree char *folded = NULL;

  g_return_val_if_fail (KB_IS_DATASET (self), NULL);
  g_return_val_if_fail (code_or_name != NULL, NULL);

  region = kb_region_find (code_or_name);
  if (region != NULL)
    return kb_dataset_get_region_name (self, region->code) ? g_strdup (region->code) : NULL;

  /* In the order added, the first of a name; a table's rows name their
   * region a run at a time, folded once a run. */
  folded = kb_region_fold_name (code_or_name);
  for (guint p = 0; p < self->parts->len; p++)
    {
      const char *last = NULL;

      for (guint row = 0; row < _kb_dataset_part (self, p)->n_items; row++)
        {
          KbDatasetItem item = { p, row };
          const char *name = _kb_dataset_item_label (self, item, KB_LABEL_REGION_NAME);
          g_autofree char *name_folded = NULL;

          if (name == last)
            continue;
          last = name;
          name_folded = kb_region_fold_name (name);
          if (g_strcmp0 (name_folded, folded) == 0)
            return g_strdup (_kb_dataset_item_label (self, item, KB_LABEL_REGION_CODE));
        }
    }

  return NULL;
}

const char *
kb_dataset_get_region_name (KbDataset  *self,
                            const char *region_code)
{
  GArray *list;

  g_return_val_if_fail (KB_IS_DATASET (self), NULL);

  list = region_items (self, region_code);
  return list != NULL ? _kb_dataset_item_label (self, g_array_index (list, KbDatasetItem, 0), KB_LABEL_REGION_NAME)
                      : NULL;
}

char *
kb_dataset_get_first_region (KbDataset *self)
{
  g_return_val_if_fail (KB_IS_DATASET (self), NULL);

  if (self->n_items == 0)
    return NULL;
  return g_strdup (_kb_dataset_item_label (self, item_at (self, 0), KB_LABEL_REGION_CODE));
}

gboolean
kb_dataset_has_indicator (KbDataset  *self,
                          const char *region_code,
                          const char *indicator)
{
  GArray *list;

  g_return_val_if_fail (KB_IS_DATASET (self), FALSE);

  list = _kb_dataset_region_items (self, region_code, indicator);
  for (guint i = 0; list != NULL && i < list->len; i++)
    if (g_strcmp0 (_kb_dataset_item_label (self, g_array_index (list, KbDatasetItem, i), KB_LABEL_INDICATOR),
                   indicator) == 0)
      return TRUE;
  return FALSE;
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **)a, *(const char **)b);
}

/* The codes of the regions in the dataset, each once, in code order. */
GPtrArray *
kb_dataset_list_regions (KbDataset *self)
{
  GPtrArray *codes = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer code;

  g_return_val_if_fail (KB_IS_DATASET (self), codes);

  region_items (self, NULL);
  g_hash_table_iter_init (&iter, self->by_region);
  while (g_hash_table_iter_next (&iter, &code, NULL))
    g_ptr_array_add (codes, code);
  g_ptr_array_sort (codes, compare_codes);
  return codes;
}
