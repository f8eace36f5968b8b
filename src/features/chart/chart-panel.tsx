// Cumulative transfers region: the itemized running sum against the official tallies, as a chart or a table.
import { useMemo, useRef, useState } from 'react';
import type { Tally } from '@/data/schema';
import { isoDay, utcDay } from '@/domain/calendar';
import type { Filters } from '@/domain/filters';
import { viewOf } from '@/domain/filtered-view';
import { talliesInRange } from '@/domain/tally-series';
import { useAtlasIndex, useDrawnPlay, useFilteredView } from '@/state/atlas-context';
import { useAnnotation } from '@/state/annotation';
import { useViewStore } from '@/state/view-store';
import { eventTitle, formatDate } from '@/ui/format';
import { steppedItem } from '@/ui/stepper';
import { fill, useLang, useMessages } from '@/ui/i18n';
import { ChartLegend } from './chart-legend';
import { CHART_MESSAGES } from './chart-messages';
import { stepRows, timeTicks, valueTicks, xDomain } from './chart-model';
import { headlineText } from './chart-wording';
import { ChartTable } from './chart-table';
import { axisRoom, CHART_MARGIN, LABEL_FONT, PRESENT_LABEL_FONT } from './chart-types';
import { CumulativeChart } from './cumulative-chart';
import { useExportText } from './use-export-text';
import { Segmented } from './segmented';
import { useSeriesViews } from './use-series-views';
import { useElementSize } from '@/ui/use-element-width';
import { useMediaQuery } from '@/ui/use-media-query';
import './chart.css';

/** The plot's height when it sits in the page flow; a panel that `fill`s its region takes the region's. */
const FLOW_HEIGHT = 290;
const NARROW_FLOW_HEIGHT = 250;
const MIN_FILL_HEIGHT = 120;

interface Props {
  /** Stands in until the panel is measured (and in jsdom, which cannot measure). */
  initialWidth?: number;
  /** The region has a fixed height (one-screen layouts): the plot takes what the controls leave. */
  fill?: boolean;
}

export function ChartPanel({ initialWidth, fill: fillsRegion = false }: Props) {
  const index = useAtlasIndex();
  const filtered = useFilteredView();
  const { filters } = filtered;
  const { from, to } = filters;
  const selectedTally = useViewStore((s) => s.selectedTally);
  const scale = useViewStore((s) => s.scale);
  const selectedId = useViewStore((s) => s.selectedId);
  const { setScale, setRange, select, selectTally, hover } = useViewStore.getState();
  const lang = useLang();
  const m = useMessages(CHART_MESSAGES);
  const [view, setView] = useState<'chart' | 'table'>('chart');
  /** 'comparable' scales the value axis to the itemized sum and the tallies it may be compared with. */
  const [fit, setFit] = useState<'all' | 'comparable'>('all');
  const bodyRef = useRef<HTMLDivElement>(null);
  const measured = useElementSize(bodyRef);
  const width = measured.width || (initialWidth ?? 0);
  const flowHeight = width < 480 ? NARROW_FLOW_HEIGHT : FLOW_HEIGHT;
  const height = fillsRegion ? Math.max(MIN_FILL_HEIGHT, measured.height) : flowHeight;
  // A projector's chart is read from the back of the room: its labels grow like the map's names.
  const presenting = useViewStore((s) => s.mode === 'present');
  const wide = useMediaQuery('(min-width: 1800px)');
  const labelFont = presenting ? PRESENT_LABEL_FONT[wide ? 'wide' : 'base'] : LABEL_FONT;
  const { yAxisWidth } = axisRoom(labelFont);
  const plotWidth = Math.max(0, width - CHART_MARGIN.left - CHART_MARGIN.right - yAxisWidth);

  // At most one step per two pixels: 100,000 events draw no more points than 50 events would.
  const maxPoints = plotWidth > 0 ? Math.floor(plotWidth / 2) : undefined;
  const { origins, points } = filtered.cumulative(maxPoints);
  const inView = useMemo(
    () => talliesInRange(index.dataset.tallies, from, to),
    [index.dataset.tallies, from, to],
  );
  // Comparisons sum from each tally's baseline, over the filtered events before the range cuts them.
  const comparisons = useMemo(() => filtered.compare(inView), [filtered, inView]);
  const series = useSeriesViews(index.dataset.tallies, inView, comparisons, filters, lang, m);
  const { headline } = filtered;
  const headlineLine = headlineText(headline, filters, lang, m);
  const exportText = useExportText(index, inView, filtered.events, series, m);
  const runFrame = useRunFrame(filters);
  const domain = xDomain(points, runFrame?.tallies ?? inView, from, runFrame?.to ?? to);
  const last = points.at(-1);

  const selectedEvent = selectedId === null ? undefined : index.eventById.get(selectedId);
  const selectedT = selectedEvent ? utcDay(selectedEvent.date) : null;
  const annotation = useAnnotation((s) => s.annotation);
  const note = annotation?.date ? { t: utcDay(annotation.date), label: annotation.label } : null;

  const describeEvent = (id: string) => {
    const e = index.eventById.get(id);
    return e ? `${formatDate(e.date, lang)} · ${eventTitle(e, lang)}` : id;
  };

  const selectIds = (ids: readonly string[]) => {
    // Clicking a date again steps through the transfers of that date.
    const next = steppedItem(ids, selectedId, 1, 'wrap');
    if (next !== null) select(next);
  };

  const chart = () => {
    if (!domain || plotWidth <= 0) return null;
    const fitted = fit === 'comparable' ? series.filter((s) => s.comparable) : series;
    const tallyMax = fitted.flatMap((s) => s.tallies.map((v) => v.tally.value));
    const runMax = runFrame ? [runFrame.total, ...runFrame.tallyValues[fit]] : [];
    const yTicks = valueTicks(Math.max(last?.total ?? 0, ...tallyMax, ...runMax), scale);
    const { ticks: xTicks, labelled } = timeTicks(domain, plotWidth, lang, labelFont);
    return (
      <CumulativeChart
        width={width}
        height={height}
        labelFont={labelFont}
        origins={origins}
        points={points}
        // During a run the frame reaches the run's end; the sum stops at the month it has reached.
        rows={stepRows(points, origins, runFrame && to ? [domain[0], utcDay(to)] : domain)}
        series={series}
        domain={domain}
        xTicks={xTicks}
        xLabelled={labelled}
        yTicks={yTicks}
        scale={scale}
        selectedId={selectedId}
        selectedTally={selectedTally}
        selectedT={selectedT}
        note={note}
        lang={lang}
        m={m}
        onSelectIds={selectIds}
        onSelectTally={selectTally}
        describeEvent={describeEvent}
        onHover={hover}
        onBrush={(a, b) => setRange(isoDay(a), isoDay(b))}
      />
    );
  };

  const table = (
    <ChartTable
      origins={origins}
      points={points}
      series={series}
      selectedId={selectedId}
      selectedTally={selectedTally}
      lang={lang}
      m={m}
      onSelectIds={selectIds}
      onSelectTally={selectTally}
      onHover={hover}
    />
  );

  const legend = (
    <ChartLegend origins={origins} totals={last?.byOrigin} series={series} lang={lang} m={m} />
  );

  return (
    <div
      className={fillsRegion ? 'chart-panel chart-panel-fill' : 'chart-panel'}
      data-export-headline={headlineLine}
      data-export-footer={exportText.footer}
      data-export-series={exportText.series}
      data-export-series-title={m.exportScopes}
    >
      <div className="chart-head">
        <h2>{m.heading}</h2>
        <div className="chart-controls" role="toolbar" aria-label={m.controls}>
          <Segmented
            label={m.scale}
            value={scale}
            options={[
              ['linear', m.linear],
              ['log', m.log],
            ]}
            onChange={setScale}
          />
          <Segmented
            label={m.view}
            value={view}
            options={[
              ['chart', m.chart],
              ['table', m.table],
            ]}
            onChange={setView}
          />
          <Segmented
            label={m.fit}
            value={fit}
            options={[
              ['all', m.fitAll],
              ['comparable', m.fitComparable],
            ]}
            onChange={setFit}
          />
        </div>
      </div>

      {/* During a run its length changes month by month: the plot below keeps its place. */}
      <p
        className="chart-summary"
        data-testid="chart-summary"
        data-run={runFrame ? 'true' : undefined}
      >
        {headlineLine}
      </p>

      <p className="chart-range">
        {from !== null || to !== null ? (
          <>
            <span data-testid="chart-range">
              {fill(m.range, {
                from: from === null ? '…' : formatDate(from, lang),
                to: to === null ? '…' : formatDate(to, lang),
              })}
            </span>{' '}
            <button type="button" className="link-button" onClick={() => setRange(null, null)}>
              {m.clearRange}
            </button>
          </>
        ) : (
          <span data-testid="chart-range">{m.rangeAll}</span>
        )}
      </p>

      {/* The official totals stay evidence when no handover is in view (an arrests view). Above the
          measured body, not in it: inside, the plot took the body's whole height under the note and
          ran over the key below. */}
      {view === 'chart' && points.length === 0 && inView.length > 0 && (
        <p className="chart-alone">{m.talliesAlone}</p>
      )}
      <div ref={bodyRef} className="chart-body">
        {points.length === 0 && inView.length === 0 ? (
          <div className="chart-empty">
            <p className="empty">{m.empty}</p>
          </div>
        ) : view === 'table' ? (
          table
        ) : (
          <div className="chart-frame" style={{ height }}>
            {chart()}
          </div>
        )}
      </div>

      {view === 'chart' &&
        (points.length > 0 || series.length > 0) &&
        (fillsRegion ? (
          // A region of fixed height gives its room to the plot: the key folds to one line and
          // opens over the chart, whole, instead of a sliver that scrolls.
          <details className="chart-key">
            <summary>{fill(m.key, { n: series.length })}</summary>
            {legend}
          </details>
        ) : (
          legend
        ))}
    </div>
  );
}

/**
 * During a playback run, the frame of the run's whole window (to its last day): the chart grows
 * inside a still frame instead of rescaling every month. Computed once per run, not per month: the
 * date window's end is left out of its inputs.
 */
function useRunFrame(filters: Filters) {
  const index = useAtlasIndex();
  const play = useDrawnPlay();
  const runEnd = filters.to !== null ? play : null;
  const { from, types, origins, places, actors, q } = filters;
  return useMemo(() => {
    if (runEnd === null) return null;
    const atEnd = viewOf(index, { from, to: runEnd, types, origins, places, actors, q });
    const tallies = talliesInRange(index.dataset.tallies, from, runEnd);
    const comparisons = atEnd.compare(tallies);
    const value = (t: Tally) => t.value;
    return {
      to: runEnd,
      // The series' last total without building the series (a law of FilteredView.cumulative).
      total: atEnd.transferred,
      tallies,
      tallyValues: {
        all: tallies.map(value),
        comparable: tallies.filter((t) => comparisons.get(t.id)).map(value),
      },
    };
  }, [index, runEnd, from, types, origins, places, actors, q]);
}
