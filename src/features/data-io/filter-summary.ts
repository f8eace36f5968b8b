// The current view in words, naming an embed, a presentation or an exported chart: "Laos · transfers ·
// 2023–2024". Whole years and whole months are named as such; other dates in full.
import type { DatasetIndex } from '@/domain/dataset-index';
import type { Filters } from '@/domain/filters';
import { monthEnd, monthStart } from '@/domain/calendar';
import type { Lang } from '@/state/view-store';
import { formatDate, formatMonth, placeName } from '@/ui/format';
import { fill } from '@/ui/i18n';
import { countryName, TYPE_PLURALS } from '@/ui/labels';
import type { DataIoMessageKey } from './data-io-messages';

type Messages = Record<DataIoMessageKey, string>;

const isYearStart = (iso: string) => iso.slice(5) === '01-01';
const isYearEnd = (iso: string) => iso.slice(5) === '12-31';
const isMonthStart = (iso: string) => iso === monthStart(iso);
const isMonthEnd = (iso: string) => iso === monthEnd(iso);

/** A date range as briefly as it is exact: "2023", "2023–2024", "Sep 2023 – Apr 2024", "from 1 Sep 2023". */
export function periodWords(
  from: string | null,
  to: string | null,
  lang: Lang,
  t: Messages,
): string | null {
  if (from !== null && to !== null) {
    if (isYearStart(from) && isYearEnd(to)) {
      const [a, b] = [from.slice(0, 4), to.slice(0, 4)];
      return a === b ? fill(t.oneYear, { year: a }) : fill(t.yearSpan, { from: a, to: b });
    }
    if (isMonthStart(from) && isMonthEnd(to)) {
      const [a, b] = [formatMonth(from, lang), formatMonth(to, lang)];
      return a === b ? a : `${a} – ${b}`;
    }
    return `${formatDate(from, lang)} – ${formatDate(to, lang)}`;
  }
  if (from !== null)
    return fill(t.spanFrom, {
      date: isMonthStart(from) ? formatMonth(from, lang) : formatDate(from, lang),
    });
  if (to !== null)
    return fill(t.spanUntil, {
      date: isMonthEnd(to) ? formatMonth(to, lang) : formatDate(to, lang),
    });
  return null;
}

export function filterSummary(
  filters: Filters,
  index: DatasetIndex,
  lang: Lang,
  t: Messages,
): string {
  const list = (items: readonly string[]) => items.join(lang === 'zh' ? '、' : ', ');
  const parts: string[] = [];
  if (filters.origins.length) parts.push(list(filters.origins.map((o) => countryName(o, lang))));
  if (filters.types.length) parts.push(list(filters.types.map((type) => TYPE_PLURALS[lang][type])));
  const period = periodWords(filters.from, filters.to, lang, t);
  if (period) parts.push(period);
  if (filters.places.length)
    parts.push(
      fill(t.filterPlaces, {
        list: list(filters.places.map((id) => placeName(index.placeById.get(id), lang) || id)),
      }),
    );
  if (filters.actors.length) parts.push(fill(t.filterActors, { list: list(filters.actors) }));
  if (filters.q.trim()) parts.push(fill(t.filterText, { q: filters.q.trim() }));
  return parts.length ? parts.join(' · ') : t.allEvents;
}
