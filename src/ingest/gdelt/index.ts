/** GDELT 2.0 events and mentions, as published (TAB, no header) and as headered CSV. */
export { CAMEO_COUNTRY_EXCEPTIONS, cameoCountryToIso3 } from './cameoCountries.js';
export { EVENT_COLUMNS, MENTION_COLUMNS } from './gdeltColumns.js';
export type { GdeltLayout, GdeltSourceOptions } from './gdeltSource.js';
export { detectGdeltLayout, gdeltSource } from './gdeltSource.js';
export type { GdeltActor, GdeltEvent, GdeltGeo, GdeltMention } from './gdeltTypes.js';
