// The Export menu button: the filtered events as CSV or as a loadable JSON dataset, the chart as PNG or SVG.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { eventsToCsv } from '@/data/csv-codec';
import { exactEvents, exportedDataset, exportFileName } from '@/data/export-dataset';
import { talliesInRange } from '@/domain/tally-series';
import { useAtlasIndex, useUrgentFilteredView } from '@/state/atlas-context';
import { useViewStore } from '@/state/view-store';
import { fill, useLang, useMessages } from '@/ui/i18n';
import { countryName } from '@/ui/labels';
import { originColor } from '@/ui/palette';
import { chartImage } from './chart-image';
import { chartSvgOnPage } from './chart-on-page';
import { pngFromSvg } from './chart-png';
import { DATA_IO_MESSAGES } from './data-io-messages';
import { filterSummary } from './filter-summary';
import { downloadBlob } from '@/ui/download';
import { steppedIndex, type Move } from '@/ui/stepper';
import { useImportStatus } from './import-status';

type ExportKind = 'csv' | 'json' | 'png' | 'svg';
const ITEMS: readonly ExportKind[] = ['csv', 'json', 'png', 'svg'];
const isChart = (kind: ExportKind) => kind === 'png' || kind === 'svg';
/** A vertical menu: Down and Up come round at the ends (WAI-ARIA menu button). */
const MENU_MOVES: Readonly<Record<string, Move>> = {
  ArrowDown: 1,
  ArrowUp: -1,
  Home: 'first',
  End: 'last',
};

export function ExportMenu() {
  const t = useMessages(DATA_IO_MESSAGES);
  const lang = useLang();
  const index = useAtlasIndex();
  // The page's view of the current filters: its events are listed on first read (here, at the click).
  const view = useUrgentFilteredView();
  const announce = useImportStatus((s) => s.announce);
  const [open, setOpen] = useState(false);
  // Whether the chart is drawn, looked up when the menu opens: the chart feature owns that state.
  const [chartShown, setChartShown] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const hintId = useId();

  const labels: Record<ExportKind, string> = {
    csv: t.exportCsv,
    json: t.exportJson,
    png: t.exportPng,
    svg: t.exportSvg,
  };

  const items = () => [
    ...(menuRef.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? []),
  ];

  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!popoverRef.current?.contains(target) && !buttonRef.current?.contains(target))
        setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const toggle = () => {
    if (!open) setChartShown(chartSvgOnPage() !== null);
    setOpen(!open);
  };

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
      return;
    }
    if (event.key === 'Tab') {
      close(false);
      return;
    }
    const move = MENU_MOVES[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const list = items();
    const at = steppedIndex(
      list.length,
      list.indexOf(document.activeElement as HTMLElement),
      move,
      'wrap',
    );
    if (at !== null) list[at]?.focus();
  };

  const chartFrame = () => ({
    title: t.chartTitle,
    // A log axis changes what the eye reads from heights: the image says so, as the page's toggle does.
    subtitle: [
      filterSummary(view.filters, index, lang, t),
      ...(useViewStore.getState().scale === 'log' ? [t.chartLog] : []),
    ].join(' · '),
    credit: fill(t.chartCredit, { version: index.dataset.version, n: view.count }),
    legendTitle: t.chartLegend,
    legend: view.cumulative().origins.map((o) => ({
      label: countryName(o, lang),
      color: originColor(o),
    })),
    note: talliesInRange(index.dataset.tallies, view.filters.from, view.filters.to).length
      ? t.chartTallies
      : null,
  });

  const save = (blob: Blob, fileName: string) => {
    downloadBlob(blob, fileName);
    announce(fill(t.saved, { file: fileName }));
  };

  const run = async (kind: ExportKind) => {
    const { events } = view;
    const name = exportFileName(view.filters, kind, isChart(kind) ? 'chart' : undefined);
    if (kind === 'csv') {
      save(
        new Blob([eventsToCsv(exactEvents(events, index.dataset))], {
          type: 'text/csv;charset=utf-8',
        }),
        name,
      );
      return;
    }
    if (kind === 'json') {
      const dataset = exportedDataset(events, index.dataset);
      save(new Blob([`${JSON.stringify(dataset, null, 2)}\n`], { type: 'application/json' }), name);
      return;
    }
    const svg = chartSvgOnPage();
    if (!svg) return;
    const image = chartImage(svg, chartFrame());
    if (kind === 'svg') {
      save(new Blob([image.markup], { type: 'image/svg+xml' }), name);
      return;
    }
    try {
      save(await pngFromSvg(image), name);
    } catch {
      announce(t.exportFailed);
    }
  };

  const choose = (kind: ExportKind) => {
    if (isChart(kind) && !chartShown) return;
    close(true);
    void run(kind);
  };

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={toggle}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            toggle();
          }
        }}
      >
        {t.export} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div ref={popoverRef} className="export-popover">
          <ul
            ref={menuRef}
            id={menuId}
            role="menu"
            aria-label={t.exportMenuLabel}
            onKeyDown={onMenuKey}
          >
            {ITEMS.map((kind) => {
              const disabled = isChart(kind) && !chartShown;
              return (
                <li key={kind} role="none">
                  <button
                    type="button"
                    role="menuitem"
                    tabIndex={-1}
                    aria-disabled={disabled || undefined}
                    aria-describedby={disabled ? hintId : undefined}
                    onClick={() => choose(kind)}
                  >
                    {labels[kind]}
                  </button>
                </li>
              );
            })}
          </ul>
          {!chartShown && (
            <p id={hintId} className="export-hint">
              {t.chartUnavailable}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
