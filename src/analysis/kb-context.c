/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-context"

#include "config.h"

#include "kb-context.h"
#include "model/kb-region.h"

/* The latest release's total of @code in @from and @to. */
static gboolean
region_values (KbDataset  *dataset,
               const char *code,
               const char *indicator,
               int         from,
               int         to,
               double     *first,
               double     *last)
{
  g_autoptr(KbSeries) total = NULL;

  if (kb_dataset_get_region_name (dataset, code) == NULL)
    return FALSE;
  total = kb_dataset_get_total (dataset, code, indicator,
                                kb_dataset_get_latest_vintage (dataset, code, indicator));
  return total != NULL && kb_series_get_value (total, from, first) && kb_series_get_value (total, to, last);
}

/* The published total of @code, or else the sum of its municipalities
 * where the data has every one of them in both years. */
static gboolean
area_change (KbDataset  *dataset,
             const char *code,
             const char *county_code,
             const char *indicator,
             int         from,
             int         to,
             double     *pct,
             gboolean   *is_sum)
{
  g_autoptr(GPtrArray) members = NULL;
  double first = 0, last = 0;

  *is_sum = FALSE;
  if (!region_values (dataset, code, indicator, from, to, &first, &last))
    {
      members = kb_region_list_municipalities (county_code);
      first = last = 0;
      for (guint i = 0; i < members->len; i++)
        {
          const KbRegion *member = g_ptr_array_index (members, i);
          double a, b;

          if (!region_values (dataset, member->code, indicator, from, to, &a, &b))
            return FALSE;
          first += a, last += b;
        }
      *is_sum = TRUE;
    }
  if (first == 0)
    return FALSE;
  *pct = (last - first) / first * 100;
  return TRUE;
}

/* The change from @from to @to of @region_code's county and of Sweden,
 * in % of @from: FALSE where the data has neither. */
gboolean
kb_context_change (KbDataset       *dataset,
                   const char      *region_code,
                   const char      *indicator,
                   int              from,
                   int              to,
                   KbChangeContext *out)
{
  const KbRegion *region, *county;
  gboolean is_sum;

  g_return_val_if_fail (KB_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (region_code != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  region = kb_region_find (region_code);
  county = region != NULL ? kb_region_get_county (region) : NULL;

  *out = (KbChangeContext) { 0 };
  if (region == NULL || region->kind != KB_REGION_MUNICIPALITY || from == to)
    return FALSE;
  if (county != NULL &&
      area_change (dataset, county->code, county->code, indicator, from, to, &out->county_pct, &is_sum))
    {
      out->has_county = TRUE;
      out->county_name = county->name;
    }
  out->has_country = area_change (dataset, KB_REGION_SWEDEN_CODE, NULL, indicator, from, to,
                                  &out->country_pct, &out->country_is_sum);
  return out->has_county || out->has_country;
}
