// What an exported chart image says beside the svg: the exporter reads it from the panel's data attributes.
import { useMemo } from 'react';
import type { AtlasEvent, Tally } from '@/data/schema';
import type { DatasetIndex } from '@/domain/dataset-index';
import { fill } from '@/ui/i18n';
import type { SeriesView, Text } from './chart-types';

/**
 * An exported image travels alone: its footer names who published the figures of every tally drawn
 * and every transfer summed, and its key lists each series drawn, keyed as its markers are, so the
 * image can show its glyph beside its scope.
 */
export function useExportText(
  index: DatasetIndex,
  inView: readonly Tally[],
  events: readonly AtlasEvent[],
  series: readonly SeriesView[],
  m: Text,
): { footer: string; series: string } {
  // Every publisher the dataset has: once all are named, no later event can add one.
  const everyPublisher = useMemo(
    () => new Set(index.dataset.sources.map((s) => s.publisher).filter(Boolean)).size,
    [index],
  );
  const footer = useMemo(() => {
    const publishers = new Set<string>();
    const cite = (sources: readonly { source: string }[]) => {
      for (const { source } of sources) {
        const publisher = index.sourceById.get(source)?.publisher;
        if (publisher) publishers.add(publisher);
      }
    };
    for (const t of inView) cite(t.sources);
    for (const e of events) {
      if (publishers.size === everyPublisher) break;
      if (e.counts.transferred) cite(e.sources);
    }
    return publishers.size ? fill(m.exportSources, { list: [...publishers].join(', ') }) : '';
  }, [index, everyPublisher, inView, events, m]);
  const keyed = useMemo(
    () =>
      JSON.stringify(
        series.map((s) => ({
          key: s.key,
          label: `${s.name}${s.comparable ? '' : ` (${m.notComparableShort})`}`,
        })),
      ),
    [series, m],
  );
  return { footer, series: keyed };
}
