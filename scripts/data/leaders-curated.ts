import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { LEADER_ROLES } from './leaders-schema.js';

/**
 * The hand-written files under `data/leaders/curated/`, each validated here so a typo fails the
 * build with the file and the path of the bad value instead of producing wrong data quietly.
 */

const qid = z.string().regex(/^Q\d+$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const iso3 = z.string().regex(/^[A-Z]{3}$/);
const role = z.enum(LEADER_ROLES);
const langMap = <T extends z.ZodType>(value: T) => z.record(z.string().regex(/^[a-z]{2,3}$/), value);

/** QID -> English display name, for Portuguese labels, odd transliterations and QID-only labels. */
const englishNamesSchema = z.record(qid, z.string().min(1));

const removalSchema = z.strictObject({
  qid,
  country: iso3.optional(),
  role: role.optional(),
  start: isoDate.optional(),
  reason: z.string().min(1),
});

const correctionSchema = z.strictObject({
  qid,
  country: iso3,
  role,
  start: isoDate,
  since: isoDate.optional(),
  until: isoDate.nullable().optional(),
  reason: z.string().min(1),
});

/** [name, since, until, qid?]: one holder of the group's office. */
const holderSchema = z.union([
  z.tuple([z.string().min(1), isoDate, isoDate.nullable()]),
  z.tuple([z.string().min(1), isoDate, isoDate.nullable(), qid.nullable()]),
]);

const officeGroupSchema = z.strictObject({ title: z.string().min(1), holders: z.array(holderSchema) });

/** ISO3 -> role -> holders; used for missing tenures and for the ministers. */
const tenuresSchema = z.record(iso3, z.partialRecord(role, officeGroupSchema));

const titlesSchema = z.strictObject({
  countries: z.record(iso3, z.partialRecord(role, z.string().min(1))),
  people: z.record(qid, z.partialRecord(role, z.string().min(1))),
});

const variantSchema = z.strictObject({
  names: langMap(z.array(z.string().min(1)).min(1)),
  familyName: langMap(z.string().min(1)).optional(),
});

/** Keyed by QID, or by the leader id for people without one. */
const variantsSchema = z.record(z.string().min(1), variantSchema);

/** PLAD short name -> the full English name and title, for the PLAD gap fills that were checked. */
const pladFillsSchema = z.record(
  z.string().min(1),
  z.strictObject({ name: z.string().min(1), title: z.string().min(1) }),
);

/** Organization id (data/organizations) -> the offices heading it, each with its holders. */
const organizationHeadsSchema = z.record(
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  z.array(officeGroupSchema).min(1),
);

/** Groups of spellings of one given name that papers use interchangeably ("Mohammed", "Muhammad"). */
const givenNameSpellingsSchema = z.strictObject({
  source: z.string().min(1),
  groups: z.array(z.array(z.string().regex(/^\p{Lu}[\p{L}'-]+$/u)).min(2)),
  /** Given names the press often leaves out before two more names ("Muhammad Rafiq Tarar"). */
  leftOut: z.array(z.string().regex(/^\p{Lu}[\p{L}'-]+$/u)).optional(),
});

export type Removal = z.infer<typeof removalSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type Tenures = z.infer<typeof tenuresSchema>;
export type Titles = z.infer<typeof titlesSchema>;
export type Variant = z.infer<typeof variantSchema>;
export type OrganizationHeads = z.infer<typeof organizationHeadsSchema>;

export interface Curated {
  englishNames: Record<string, string>;
  removals: Removal[];
  corrections: Correction[];
  tenures: Tenures;
  ministers: Tenures;
  titles: Titles;
  variants: Record<string, Variant>;
  pladFills: Record<string, { name: string; title: string }>;
  givenNameSpellings: string[][];
  givenNamesLeftOut: string[];
  organizationHeads: OrganizationHeads;
}

function readJson<T extends z.ZodType>(dir: string, file: string, schema: T): z.infer<T> {
  const path = `${dir}/${file}`;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read curated file ${path}: ${(error as Error).message}`, { cause: error });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 10)
      .map((i) => `  at ${i.path.join('.')}: ${i.message}`)
      .join('\n');
    throw new Error(`Curated file ${path} does not match its schema:\n${issues}`);
  }
  return parsed.data;
}

/** Loads and validates every curated file in `dir`. */
export function loadCurated(dir: string): Curated {
  const givenNames = readJson(dir, 'given-name-spellings.json', givenNameSpellingsSchema);
  return {
    englishNames: readJson(dir, 'english-names.json', englishNamesSchema),
    removals: readJson(dir, 'removals.json', z.array(removalSchema)),
    corrections: readJson(dir, 'corrections.json', z.array(correctionSchema)),
    tenures: readJson(dir, 'tenures.json', tenuresSchema),
    ministers: readJson(dir, 'ministers.json', tenuresSchema),
    titles: readJson(dir, 'titles.json', titlesSchema),
    variants: readJson(dir, 'variants.json', variantsSchema),
    pladFills: readJson(dir, 'plad-fills.json', pladFillsSchema),
    givenNameSpellings: givenNames.groups,
    givenNamesLeftOut: givenNames.leftOut ?? [],
    organizationHeads: readJson(dir, 'organization-heads.json', organizationHeadsSchema),
  };
}
