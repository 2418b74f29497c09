/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-region"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "kb-region.h"

#define TABLE_RESOURCE "/se/klimatbild/Klimatbild/data/municipalities.csv"

typedef struct
{
  GPtrArray  *regions;  /* KbRegion, owned */
  GHashTable *by_code;  /* code without leading zeros → KbRegion */
  GHashTable *by_name;  /* case-folded name → KbRegion */
  GHashTable *by_ascii; /* ASCII-folded name → KbRegion, or NULL when two share it */
  GStringChunk *strings;
} RegionTable;

/* Names compare as ASCII, lower case, without spaces around: "Linköping",
 * "linkoping" and "LINKÖPING " are one name. A character a file destroyed
 * (U+FFFD, as in "Link�ping") becomes '?', which matches any letter. */
char *
kb_region_fold_name (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name ? name : "", "C");
  return g_ascii_strdown (g_strstrip (ascii), -1);
}

static const char *strip_zeros (const char *code);

/* Whether a search for @query finds the region: digits are the start of
 * its code ("0580", "580", "05"), anything else a part of its name,
 * ignoring case and accents ("linkoping", "norrk", "KÖPING"). */
gboolean
kb_region_matches (const char *code,
                   const char *name,
                   const char *query)
{
  g_autofree char *folded_query = kb_region_fold_name (query);
  g_autofree char *folded_name = NULL;
  gboolean digits = folded_query[0] != '\0';

  if (folded_query[0] == '\0')
    return TRUE;
  for (const char *p = folded_query; *p != '\0'; p++)
    digits = digits && g_ascii_isdigit (*p);
  if (digits)
    return code != NULL && (g_str_has_prefix (code, folded_query) ||
                            g_str_has_prefix (strip_zeros (code), strip_zeros (folded_query)));

  folded_name = kb_region_fold_name (name);
  return strstr (folded_name, folded_query) != NULL;
}

static const char *
strip_zeros (const char *code)
{
  while (*code == '0' && code[1] != '\0')
    code++;
  return code;
}

static char *
casefold (RegionTable *table,
          const char  *name)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name));
  g_autofree char *folded = g_utf8_casefold (stripped, -1);
  return g_string_chunk_insert_const (table->strings, folded);
}

static KbRegion *
add_region (RegionTable  *table,
            const char   *code,
            const char   *name,
            const char   *county_code,
            KbRegionKind  kind)
{
  KbRegion *region = g_new0 (KbRegion, 1);
  g_autofree char *folded = kb_region_fold_name (name);

  region->code = g_string_chunk_insert_const (table->strings, code);
  region->name = g_string_chunk_insert_const (table->strings, name);
  region->county_code = g_string_chunk_insert_const (table->strings, county_code);
  region->kind = kind;
  g_ptr_array_add (table->regions, region);

  /* "00" (Sweden) must not collide with a stripped county code. */
  g_hash_table_insert (table->by_code,
                       (gpointer)(kind == KB_REGION_MUNICIPALITY ? strip_zeros (region->code)
                                                                 : region->code),
                       region);
  g_hash_table_insert (table->by_name, casefold (table, name), region);
  /* Håbo and Habo are one name in ASCII: such a name finds neither. */
  if (g_hash_table_contains (table->by_ascii, folded))
    g_hash_table_insert (table->by_ascii, g_string_chunk_insert_const (table->strings, folded), NULL);
  else
    g_hash_table_insert (table->by_ascii, g_string_chunk_insert_const (table->strings, folded), region);
  return region;
}

static RegionTable *
load_table (void)
{
  RegionTable *table = g_new0 (RegionTable, 1);
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;

  table->regions = g_ptr_array_new_with_free_func (g_free);
  table->by_code = g_hash_table_new (g_str_hash, g_str_equal);
  table->by_name = g_hash_table_new (g_str_hash, g_str_equal);
  table->by_ascii = g_hash_table_new (g_str_hash, g_str_equal);
  table->strings = g_string_chunk_new (4096);

  bytes = g_resources_lookup_data (TABLE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    g_error ("The built-in municipality table is missing: %s", error->message);

  add_region (table, KB_REGION_SWEDEN_CODE, "Sverige", KB_REGION_SWEDEN_CODE, KB_REGION_COUNTRY);
  g_hash_table_insert (table->by_ascii, "riket", g_ptr_array_index (table->regions, 0));
  g_hash_table_insert (table->by_ascii, "sweden", g_ptr_array_index (table->regions, 0));

  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[i], ";", 3);
      char county_code[3];

      if (g_strv_length (cells) != 3)
        continue;

      memcpy (county_code, cells[0], 2);
      county_code[2] = '\0';
      if (!g_hash_table_contains (table->by_code, county_code))
        add_region (table, county_code, cells[2], county_code, KB_REGION_COUNTY);
      add_region (table, cells[0], cells[1], county_code, KB_REGION_MUNICIPALITY);
    }

  return table;
}

static RegionTable *
get_table (void)
{
  static gsize table = 0;

  if (g_once_init_enter (&table))
    g_once_init_leave (&table, (gsize)load_table ());
  return (RegionTable *)table;
}

static gboolean
matches_with_wildcards (const char *pattern,
                        const char *name)
{
  for (; *pattern != '\0' && *name != '\0'; pattern++, name++)
    if (*pattern != '?' && *pattern != *name)
      return FALSE;
  return *pattern == '\0' && *name == '\0';
}

/* The exact name in any case first, then the name without accents when
 * only one region has it, then a name with destroyed letters when only
 * one region fits it. */
static const KbRegion *
find_by_name (RegionTable *table,
              const char  *name)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name));
  g_autofree char *casefolded = g_utf8_casefold (stripped, -1);
  g_autofree char *folded = kb_region_fold_name (name);
  const KbRegion *found = NULL;

  found = g_hash_table_lookup (table->by_name, casefolded);
  if (found != NULL)
    return found;
  if (strchr (folded, '?') == NULL)
    return g_hash_table_lookup (table->by_ascii, folded);

  for (guint i = 0; i < table->regions->len; i++)
    {
      KbRegion *region = g_ptr_array_index (table->regions, i);
      g_autofree char *candidate = kb_region_fold_name (region->name);

      if (matches_with_wildcards (folded, candidate))
        {
          if (found != NULL)
            return NULL;
          found = region;
        }
    }
  return found;
}

/* Finds a region by code ("0580", "580", "05"), by name ("Linköping",
 * "linkoping", "Östergötlands län") or both ("0580 Linköping", as SCB
 * writes it; the code decides). NULL when Sweden has no such region. */
const KbRegion *
kb_region_find (const char *code_or_name)
{
  RegionTable *table = get_table ();
  g_autofree char *folded = NULL;
  const char *p;

  g_return_val_if_fail (code_or_name != NULL, NULL);

  folded = kb_region_fold_name (code_or_name);
  for (p = folded; g_ascii_isdigit (*p); p++)
    ;

  if (p != folded && (*p == '\0' || *p == ' '))
    {
      g_autofree char *code = g_strndup (folded, p - folded);
      const KbRegion *region = NULL;

      /* Two digits are a county (or 00, Sweden); more, a municipality;
       * one, a county's code a spreadsheet stored as a number (5: 05). */
      if (strlen (code) == 1)
        {
          char county[3] = { '0', code[0], '\0' };
          region = g_hash_table_lookup (table->by_code, county);
        }
      if (strlen (code) == 2)
        region = g_hash_table_lookup (table->by_code, code);
      if (region == NULL)
        region = g_hash_table_lookup (table->by_code, strip_zeros (code));
      if (region != NULL)
        return region;
    }

  return find_by_name (table, code_or_name);
}

const KbRegion *
kb_region_get_county (const KbRegion *region)
{
  g_return_val_if_fail (region != NULL, NULL);
  return g_hash_table_lookup (get_table ()->by_code, region->county_code);
}

guint
kb_region_count (KbRegionKind kind)
{
  RegionTable *table = get_table ();
  guint n = 0;

  for (guint i = 0; i < table->regions->len; i++)
    n += ((KbRegion *)g_ptr_array_index (table->regions, i))->kind == kind;
  return n;
}

/* The municipalities of the county @county_code, or of Sweden if NULL:
 * KbRegion pointers the table owns. */
GPtrArray *
kb_region_list_municipalities (const char *county_code)
{
  RegionTable *table = get_table ();
  GPtrArray *list = g_ptr_array_new ();

  for (guint i = 0; i < table->regions->len; i++)
    {
      KbRegion *region = g_ptr_array_index (table->regions, i);

      if (region->kind == KB_REGION_MUNICIPALITY &&
          (county_code == NULL || g_strcmp0 (region->county_code, county_code) == 0))
        g_ptr_array_add (list, region);
    }
  return list;
}
