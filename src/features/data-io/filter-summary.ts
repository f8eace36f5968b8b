// The current filter in words, for the title of an exported chart: "Transfer · Myanmar · 1 Sep 2023 – 30 Apr 2024".
import type { DatasetIndex } from '@/domain/dataset-index';
import type { Filters } from '@/domain/filters';
import type { Lang } from '@/state/view-store';
import { formatDate, placeName } from '@/ui/format';
import { fill } from '@/ui/i18n';
import { countryName, TYPE_LABELS } from '@/ui/labels';
import type { DataIoMessageKey } from './data-io-messages';

export function filterSummary(
  filters: Filters,
  index: DatasetIndex,
  lang: Lang,
  t: Record<DataIoMessageKey, string>,
): string {
  const list = (items: readonly string[]) => items.join(lang === 'zh' ? '、' : ', ');
  const parts: string[] = [];
  if (filters.types.length) parts.push(list(filters.types.map((type) => TYPE_LABELS[lang][type])));
  if (filters.origins.length) parts.push(list(filters.origins.map((o) => countryName(o, lang))));
  if (filters.from !== null || filters.to !== null)
    parts.push(
      `${filters.from === null ? '…' : formatDate(filters.from, lang)} – ${
        filters.to === null ? '…' : formatDate(filters.to, lang)
      }`,
    );
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
