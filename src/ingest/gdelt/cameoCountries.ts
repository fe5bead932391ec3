import countries from 'i18n-iso-countries';

/**
 * CAMEO actor country codes that are not today's ISO 3166-1 alpha-3 code of the same place.
 * Source: the CAMEO codebook's country and region code list (Schrodt, "CAMEO Conflict and
 * Mediation Event Observations Event and Actor Codebook", Parus Analytics / Penn State, as
 * used by GDELT's CAMEO.country.txt lookup), compared by hand with ISO 3166-1. `null` marks
 * CAMEO's regional and multi-country codes, which name no single country.
 */
export const CAMEO_COUNTRY_EXCEPTIONS: Readonly<Record<string, string | null>> = {
  // Codes ISO has since changed or never had.
  ROM: 'ROU', // Romania (ISO changed ROM to ROU in 2002)
  ZAR: 'COD', // Democratic Republic of the Congo (ISO ZAR until 1997)
  TMP: 'TLS', // East Timor (ISO TMP until 2002)
  KSV: 'XKK', // Kosovo: no ISO code; XKK as in the reference countries (i18n-iso-countries)
  // Regions and groupings.
  AFR: null, // Africa
  ASA: null, // Asia
  BLK: null, // Balkans
  CRB: null, // Caribbean
  CAU: null, // Caucasus
  CFR: null, // Central Africa
  CAS: null, // Central Asia
  CEU: null, // Central Europe
  EIN: null, // East Indies
  EAF: null, // Eastern Africa
  EEU: null, // Eastern Europe
  EUR: null, // Europe
  LAM: null, // Latin America
  MEA: null, // Middle East
  MDT: null, // Mediterranean
  NAF: null, // North Africa
  NMR: null, // North America
  PGS: null, // Persian Gulf
  SCN: null, // Scandinavia
  SAM: null, // South America
  SAS: null, // South Asia
  SEA: null, // Southeast Asia
  SAF: null, // Southern Africa
  WAF: null, // West Africa
  WST: null, // the West
  // Former states: Yugoslavia is a country of the graph (data/countries/former-states.json);
  // the Netherlands Antilles, dissolved into several territories, is none.
  YUG: 'YUG', // Yugoslavia
  ANT: null, // Netherlands Antilles
};

/**
 * The ISO 3166-1 alpha-3 code for a CAMEO actor country code, or null when the code names
 * a region (EUR, AFR, WST…), a former state the graph does not know, or nothing known. Most CAMEO codes are
 * ISO alpha-3 already; the exceptions are listed in `CAMEO_COUNTRY_EXCEPTIONS`.
 */
export function cameoCountryToIso3(code: string): string | null {
  const c = code.trim().toUpperCase();
  if (c in CAMEO_COUNTRY_EXCEPTIONS) return CAMEO_COUNTRY_EXCEPTIONS[c] ?? null;
  return /^[A-Z]{3}$/.test(c) && countries.alpha3ToAlpha2(c) !== undefined ? c : null;
}
