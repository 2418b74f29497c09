/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-label-pool"

#include "config.h"

#include "kb-label-pool.h"

struct _KbLabelPool
{
  gatomicrefcount  ref_count;
  GHashTable      *labels; /* text → the same text, owned */
};

KbLabelPool *
kb_label_pool_new (void)
{
  KbLabelPool *pool = g_new0 (KbLabelPool, 1);

  g_atomic_ref_count_init (&pool->ref_count);
  pool->labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_add (pool->labels, g_strdup (""));
  return pool;
}

KbLabelPool *
kb_label_pool_ref (KbLabelPool *pool)
{
  g_return_val_if_fail (pool != NULL, NULL);
  g_atomic_ref_count_inc (&pool->ref_count);
  return pool;
}

void
kb_label_pool_unref (KbLabelPool *pool)
{
  g_return_if_fail (pool != NULL);

  if (g_atomic_ref_count_dec (&pool->ref_count))
    {
      g_hash_table_unref (pool->labels);
      g_free (pool);
    }
}

/* The pool's copy of @text (NULL is ""), made when first added: equal
 * texts of one pool are one pointer. */
const char *
kb_label_pool_add (KbLabelPool *pool,
                   const char  *text)
{
  char *kept;

  g_return_val_if_fail (pool != NULL, NULL);

  if (text == NULL)
    text = "";
  kept = g_hash_table_lookup (pool->labels, text);
  if (kept == NULL)
    {
      kept = g_strdup (text);
      g_hash_table_add (pool->labels, kept);
    }
  return kept;
}
