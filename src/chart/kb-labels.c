/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-labels"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kb-labels.h"
#include "model/kb-region.h"

/* The sources' labels as charts show them: the inventory's nine main
 * sectors by their official names (the database's English ones in
 * English), SCB's consumer categories and fuels without their table
 * abbreviations ("slutanv. industri, byggverks." is "Industri och
 * byggverksamhet"), travel modes. Matched on the folded label, so any
 * spelling the readers accept is found; unknown labels are shown as the
 * source wrote them. Tables and exported data keep the source's own. */

static const struct {
  const char *folded;   /* kb_region_fold_name() of the source's label */
  const char *swedish;
  const char *english;
} labels[] = {
  /* The national emissions database's main sectors */
  { "arbetsmaskiner", "Arbetsmaskiner", "Off-road vehicles and machinery" },
  { "avfall (inkl.avlopp)", "Avfall (inkl. avlopp)", "Waste (incl. wastewater)" },
  { "egen uppvarmning av bostader och lokaler", "Egen uppvärmning av bostäder och lokaler",
    "Heating of dwellings and premises" },
  { "el och fjarrvarme", "El och fjärrvärme", "Electricity and district heating" },
  { "industri (energi + processer)", "Industri (energi + processer)", "Industry (energy and processes)" },
  { "jordbruk", "Jordbruk", "Agriculture" },
  { "produktanvandning (inkl. losningsmedel)", "Produktanvändning (inkl. lösningsmedel)",
    "Product use (incl. solvents)" },
  { "transporter", "Transporter", "Domestic transport" },
  { "utrikes transporter", "Utrikes transporter", "International transport" },
  /* SCB's consumer categories (KRE) */
  { "slutanv. jordbruk,skogsbruk,fiske", "Jordbruk, skogsbruk och fiske", "Agriculture, forestry and fishing" },
  { "slutanv. industri, byggverks.", "Industri och byggverksamhet", "Industry and construction" },
  { "slutanv. offentlig verksamhet", "Offentlig verksamhet", "Public services" },
  { "slutanv. transporter", "Transporter", "Transport" },
  { "slutanv. ovriga tjanster", "Övriga tjänster", "Other services" },
  { "slutanv. smahus", "Småhus", "Detached houses" },
  { "slutanv. flerbostadshus", "Flerbostadshus", "Apartment buildings" },
  { "slutanv. fritidshus", "Fritidshus", "Holiday homes" },
  /* and fuels */
  { "el", "El", "Electricity" },
  { "fjarrvarme", "Fjärrvärme", "District heating" },
  { "flytande (icke fornybara)", "Flytande bränslen, fossila", "Liquid fuels, non-renewable" },
  { "fast (icke fornybara)", "Fasta bränslen, fossila", "Solid fuels, non-renewable" },
  { "gas (icke fornybara)", "Gas, fossil", "Gas, non-renewable" },
  { "flytande (fornybara)", "Flytande bränslen, förnybara", "Liquid fuels, renewable" },
  { "fast (fornybara)", "Fasta bränslen, förnybara", "Solid fuels, renewable" },
  { "gas (fornybara)", "Gas, förnybar", "Gas, renewable" },
  /* Trafikanalys's car fuels (its English names) */
  { "bensin", "Bensin", "Petrol" },
  { "diesel", "Diesel", "Diesel" },
  { "elhybrider", "Elhybrider", "Electric hybrids" },
  { "laddhybrider", "Laddhybrider", "Plug-in hybrids" },
  { "etanol", "Etanol", "Ethanol" },
  { "ovriga", "Övriga", "Others" },
  /* Trafikverket's road owners */
  { "enskild", "Enskild", "Private" },
  { "kommunal", "Kommunal", "Municipal" },
  { "statlig", "Statlig", "State" },
  /* The country, as a row beside its municipalities and counties */
  { "sverige", "Sverige", "Sweden" },
  /* Travel modes */
  { "gang", "Gång", "Walking" },
  { "cykel", "Cykel", "Bicycle" },
  { "kollektivtrafik", "Kollektivtrafik", "Public transport" },
  { "bil som forare", "Bil som förare", "Car, driver" },
  { "bil som passagerare", "Bil som passagerare", "Car, passenger" },
  { "bil", "Bil", "Car" },
  { "ovrigt", "Övrigt", "Other" },
};

static GHashTable *
table (void)
{
  static gsize initialized = 0;
  static GHashTable *by_folded;

  if (g_once_init_enter (&initialized))
    {
      by_folded = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
        g_hash_table_insert (by_folded, (gpointer)labels[i].folded, (gpointer)&labels[i]);
      g_once_init_leave (&initialized, 1);
    }
  return by_folded;
}

const char *
kb_label_display (const char *label,
                  KbLanguage  language)
{
  g_autofree char *folded = NULL;
  const typeof (labels[0]) *entry;

  if (label == NULL || *label == '\0')
    return label;
  folded = kb_region_fold_name (label);
  entry = g_hash_table_lookup (table (), folded);
  if (entry == NULL)
    return label;
  return language == KB_LANGUAGE_ENGLISH ? entry->english : entry->swedish;
}

/* A part of a breakdown as shown: its sector, or its fuel where it is a
 * fuel over all categories. */
const char *
kb_series_display (KbSeries   *series,
                   KbLanguage  language)
{
  const char *sector = kb_series_get_sector (series);

  return kb_label_display (*sector != '\0' ? sector : kb_series_get_subsector (series), language);
}

/* Who can make a measure happen, as the plan's charts name them. */
const char *
kb_label_owner (KbMeasureOwner owner)
{
  switch (owner)
    {
    case KB_MEASURE_OWNER_MUNICIPALITY: return _("Municipal group");
    case KB_MEASURE_OWNER_BUSINESS: return _("Business");
    case KB_MEASURE_OWNER_RESIDENTS: return _("Residents");
    case KB_MEASURE_OWNER_STATE:
    default: return _("The state");
    }
}
