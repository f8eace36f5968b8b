// The dataset contract of PRODUCT.md §1: zod shapes, exported types, and plain-words error messages.
import { z } from 'zod';

// The built page's CSP refuses eval, and zod's JIT probes `new Function` once, which the page then
// reports as a violation (and zod falls back anyway). Set before any schema below is built.
z.config({ jitless: true });

export const EVENT_TYPES = [
  'transfer',
  'raid',
  'arrest',
  'warrant',
  'death',
  'prosecution',
  'sentence',
  'diplomacy',
  'policy',
] as const;
export const COUNT_KEYS = [
  'transferred',
  'detained',
  'ringleaders',
  'fugitives',
  'victims',
  'deaths',
  'amountCny',
] as const;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2023-02-30). */
export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const isoDate = z.string().refine(isIsoDate, {
  error: (issue) => `expected a date like 2023-11-18, got ${describe(issue.input)}`,
});
/** An id: lower-case letters, digits and dashes, not opening with a dash (also the URL codec's rule). */
export const SLUG_RE = /^[a-z0-9][a-z0-9-]*$/;
export const slug = z.string().regex(SLUG_RE, {
  error: (issue) =>
    `expected an id of lower-case letters, digits and dashes, got ${describe(issue.input)}`,
});
// Checked, not trimmed: a title that opens with a tab is the title (exports are data, kept as written).
export const text = z
  .string()
  .refine((value) => value.trim() !== '', { error: 'must not be empty' });
const country = z.string().regex(/^[A-Z]{2}$/, {
  error: (issue) => `expected a two-letter country code like MM, got ${describe(issue.input)}`,
});
const count = z.number().int().nonnegative();

/** An ellipsis marks text left out: such a quote is no longer one contiguous piece of the report. */
const ELLIPSIS_RE = /…|\.\.\./;

const citationSchema = z.strictObject({
  source: slug,
  quote: text
    .max(300, { error: (issue) => `quote is longer than ${issue.maximum} characters` })
    .refine((quote) => !ELLIPSIS_RE.test(quote), {
      error:
        'quote has an ellipsis ("…" or "..."): quote one contiguous piece of the report, or split it into two quotes',
    }),
});

const sourceSchema = z.strictObject({
  id: slug,
  publisher: text,
  title: text,
  url: z.string().nullable(),
  published: isoDate,
  note: z.string().optional(),
});

const placeSchema = z.strictObject({
  id: slug,
  name: text,
  name_zh: z.string().optional(),
  country,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  precision: z.enum(['point', 'town', 'region', 'country']),
});

const countsSchema = z.strictObject(
  Object.fromEntries(COUNT_KEYS.map((k) => [k, count.optional()])) as Record<
    (typeof COUNT_KEYS)[number],
    z.ZodOptional<typeof count>
  >,
);

const eventSchema = z.strictObject({
  id: slug,
  date: isoDate,
  dateEnd: isoDate.optional(),
  datePrecision: z.enum(['day', 'range', 'month', 'announced']),
  type: z.enum(EVENT_TYPES),
  title: text,
  summary: text,
  title_zh: z.string().optional(),
  summary_zh: z.string().optional(),
  place: slug,
  from: slug.optional(),
  to: slug.optional(),
  origin: country,
  destination: country,
  counts: countsSchema.default({}),
  actors: z.array(text).default([]),
  sources: z.array(citationSchema).min(1, { error: 'needs at least one source' }),
  notes: z.string().optional(),
  // Ids of earlier events this one merges or renames: links to them open this event (PRODUCT.md §1).
  replaces: z.array(slug).optional(),
});

const qualifier = z.enum(['exact', 'about', 'over', 'at least']);

const tallySchema = z.strictObject({
  id: slug,
  announced: isoDate,
  value: count,
  qualifier,
  measure: z.enum(['transferred', 'arrested']),
  since: isoDate.nullable(),
  scope: text,
  scope_zh: z.string().optional(),
  // The origin countries the scope covers, so a view filtered to Laos knows a Myanmar total is not its own.
  origins: z.array(country).min(1, { error: 'must name at least one country' }).optional(),
  // The places a route's or area's scope is limited to: its figure speaks only for them, never for a whole country.
  places: z.array(slug).min(1, { error: 'must name at least one place' }).optional(),
  sources: z.array(citationSchema).min(1, { error: 'needs at least one source' }),
  notes: z.string().optional(),
});

const contextSchema = z.strictObject({
  id: slug,
  date: isoDate,
  label: text,
  label_zh: z.string().optional(),
  value: count,
  qualifier,
  sources: z.array(citationSchema).min(1, { error: 'needs at least one source' }),
  notes: z.string().optional(),
});

export const datasetSchema = z.strictObject({
  version: text,
  sources: z.array(sourceSchema),
  places: z.array(placeSchema),
  events: z.array(eventSchema),
  tallies: z.array(tallySchema).default([]),
  context: z.array(contextSchema).default([]),
});

export type EventType = (typeof EVENT_TYPES)[number];
export type CountKey = (typeof COUNT_KEYS)[number];
export type Citation = z.infer<typeof citationSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Place = z.infer<typeof placeSchema>;
export type AtlasEvent = z.infer<typeof eventSchema>;
export type Tally = z.infer<typeof tallySchema>;
export type ContextFigure = z.infer<typeof contextSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type Qualifier = z.infer<typeof qualifier>;

/** A short, safe rendering of a bad value for an error message. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
}
