// What an export holds: a loadable dataset cut down to the filtered events, and the file name saying which.
import { exactOf } from './bidi';
import { EVENT_TYPES, type AtlasEvent, type Citation, type Dataset } from './schema';

/**
 * The filtered events as a dataset that loads back, with the text exactly as the file had it (the
 * views show a copy with bidi controls fenced; exports are data, not display).
 *
 * All events: the dataset itself, every place, source, tally and context figure kept, so it keeps
 * its version. A subset: exactly the places and sources its events refer to, and the version
 * says it is a subset (`<version>+filtered`). A tally or context figure is kept only when every
 * source it cites is already cited by a kept event: it then comes from the same reports as the
 * exported events, and the file needs no source that none of its events uses. (Keeping every
 * tally would drag in the sources of unrelated figures; keeping none would lose the official
 * totals that the reports of these very events announce.)
 */
export function exportedDataset(events: readonly AtlasEvent[], base: Dataset): Dataset {
  const exact = exactOf(base);
  if (events.length === base.events.length) return { ...exact, events: [...exact.events] };
  const kept = exactEvents(events, base);
  const placeIds = new Set(kept.flatMap((e) => [e.place, e.from, e.to]));
  const sourceIds = new Set(kept.flatMap((e) => e.sources.map((c) => c.source)));
  const citedByEvents = (sources: readonly Citation[]) =>
    sources.every((c) => sourceIds.has(c.source));
  return {
    version: `${exact.version}+filtered`,
    sources: exact.sources.filter((s) => sourceIds.has(s.id)),
    places: exact.places.filter((p) => placeIds.has(p.id)),
    events: kept,
    tallies: exact.tallies.filter((t) => citedByEvents(t.sources)),
    context: exact.context.filter((c) => citedByEvents(c.sources)),
  };
}

/** The events as the dataset file has them, in the given order (ids are never fenced: they are slugs). */
export function exactEvents(events: readonly AtlasEvent[], base: Dataset): AtlasEvent[] {
  const exact = exactOf(base);
  if (exact === base) return [...events];
  const byId = new Map(exact.events.map((e) => [e.id, e]));
  return events.map((e) => byId.get(e.id) ?? e);
}

/** The filters a file name describes (a subset of the view's filters). */
interface NameFilters {
  types: readonly string[];
  origins: readonly string[];
  from: string | null;
  to: string | null;
}

/** File names stay portable: only letters, digits and dashes inside a part. */
function part(values: readonly string[]): string {
  const clean = values.map((v) => v.replace(/[^A-Za-z0-9-]/g, '')).filter(Boolean);
  return clean.length ? clean.join('-') : 'all';
}

/**
 * `crackdown-atlas_<types>_<origins>_<from>_<to>[_<what>].<ext>`, "all" for an empty part, types
 * in the dataset's order and origins sorted, so one filter always gives one name.
 */
export function exportFileName(filters: NameFilters, ext: string, what?: string): string {
  const types = EVENT_TYPES.filter((t) => filters.types.includes(t));
  const origins = [...filters.origins].sort();
  const parts = [
    'crackdown-atlas',
    part(types),
    part(origins),
    part(filters.from ? [filters.from] : []),
    part(filters.to ? [filters.to] : []),
    ...(what ? [part([what])] : []),
  ];
  return `${parts.join('_')}.${ext}`;
}
