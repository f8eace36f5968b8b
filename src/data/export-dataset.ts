// What an export holds: a loadable dataset cut down to the filtered events, and the file name saying which.
import { EVENT_TYPES, type AtlasEvent, type Citation, type Dataset } from './schema';

/**
 * The filtered events as a dataset that loads back: exactly the places and sources they refer to.
 * A tally or context figure is kept only when every source it cites is already cited by a kept
 * event: it then comes from the same reports as the exported events, and the file needs no source
 * that none of its events uses. (Keeping every tally would drag in the sources of unrelated figures;
 * keeping none would lose the official totals that the reports of these very events announce.)
 * The version says when the file is a subset of the dataset it was cut from.
 */
export function exportedDataset(events: readonly AtlasEvent[], base: Dataset): Dataset {
  const placeIds = new Set(events.flatMap((e) => [e.place, e.from, e.to]));
  const sourceIds = new Set(events.flatMap((e) => e.sources.map((c) => c.source)));
  const citedByEvents = (sources: readonly Citation[]) =>
    sources.every((c) => sourceIds.has(c.source));
  const whole = events.length === base.events.length;
  return {
    version: whole ? base.version : `${base.version}+filtered`,
    sources: base.sources.filter((s) => sourceIds.has(s.id)),
    places: base.places.filter((p) => placeIds.has(p.id)),
    events: [...events],
    tallies: base.tallies.filter((t) => citedByEvents(t.sources)),
    context: base.context.filter((c) => citedByEvents(c.sources)),
  };
}

/** The filters a file name describes (a subset of the view's filters). */
export interface NameFilters {
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
