import { z } from 'zod';

/** The five offices the reference data knows; the extractor reads these strings verbatim. */
export const LEADER_ROLES = [
  'head of state',
  'head of government',
  'foreign minister',
  'defence minister',
  'finance minister',
  // US vice presidents, whom the news names as often as ministers.
  'deputy head of state',
  // Vice-chancellors and vice premiers of the states German-language papers name most.
  'deputy head of government',
] as const;

export type LeaderRole = (typeof LEADER_ROLES)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const officeSchema = z.strictObject({
  country: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code'),
  role: z.enum(LEADER_ROLES),
  title: z.string().min(1),
  since: isoDate,
  until: isoDate.nullable(),
});

/** A term heading an intergovernmental body (UN Secretary-General, NATO Secretary General, …). */
export const headSchema = z.strictObject({
  organization: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an organization id'),
  title: z.string().min(1),
  since: isoDate,
  until: isoDate.nullable(),
});

export const leaderSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an ascii slug'),
    wikidata: z
      .string()
      .regex(/^Q\d+$/)
      .nullable(),
    name: z.string().min(1),
    names: z.record(z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/), z.array(z.string().min(1)).min(1)),
    familyName: z.record(z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/), z.string().min(1)),
    offices: z.array(officeSchema),
    /** Absent for the many who headed no intergovernmental body. */
    heads: z.array(headSchema).min(1).optional(),
  })
  .refine((leader) => leader.offices.length > 0 || leader.heads !== undefined, {
    message: 'a leader holds at least one office or heads one organization',
  });

/** The shape of `data/leaders/leaders.json`, the contract between this data and the extractor. */
export const leadersFileSchema = z.strictObject({
  sources: z.array(z.string()),
  leaders: z.array(leaderSchema),
});

export type LeaderOffice = z.infer<typeof officeSchema>;
export type LeaderHead = z.infer<typeof headSchema>;
export type Leader = z.infer<typeof leaderSchema>;
export type LeadersFile = z.infer<typeof leadersFileSchema>;
