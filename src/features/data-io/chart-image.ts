// The cumulative chart as a standalone SVG: the page's chart framed with a title, filters, legends, sources and a background.
import { textWidth, type FontWeight } from '@/ui/text-width';
import { inlineStyles, panelText } from './chart-on-page';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A series' glyph for the key, as the chart draws it: a stretch of its join's line (colour and
 * dashes) under a copy of one of its markers, centred at (x, y).
 */
function seriesGlyph(svg: SVGSVGElement, key: string, x: number, y: number): SVGElement | null {
  const of = (selector: string) =>
    [...svg.querySelectorAll<SVGPathElement>(selector)].find((m) => m.dataset.series === key);
  const marker = of('.tally-marker');
  const d = marker?.getAttribute('d');
  if (!marker || !d) return null;
  const glyph = el('g', { class: 'series-glyph' });
  const join = of('.tally-join');
  if (join) {
    const line = getComputedStyle(join);
    glyph.append(
      el('line', {
        x1: x - GLYPH_ROOM / 2 + 2,
        x2: x + GLYPH_ROOM / 2 - 2,
        y1: y,
        y2: y,
        stroke: line.stroke,
        'stroke-width': line.strokeWidth,
        'stroke-dasharray': line.strokeDasharray,
      }),
    );
  }
  const box = marker.getBBox();
  const style = getComputedStyle(marker);
  glyph.append(
    el('path', {
      d,
      transform: `translate(${x - (box.x + box.width / 2)} ${y - (box.y + box.height / 2)})`,
      fill: style.fill,
      stroke: style.stroke,
      'stroke-width': style.strokeWidth,
    }),
  );
  return glyph;
}

interface LegendEntry {
  label: string;
  color: string;
}

interface ChartFrame {
  title: string;
  /** The filter description, under the title. */
  subtitle: string;
  /** Dataset and count, at the foot. */
  credit: string;
  legendTitle: string;
  legend: LegendEntry[];
  /** What the tally markers mean, when the chart shows any (their own legend is HTML, outside the SVG). */
  note: string | null;
}

export interface ChartImage {
  markup: string;
  width: number;
  height: number;
}

const PAD = 16;
const TITLE_SIZE = 16;
const TEXT_SIZE = 12;
const LINE = 20;
/** Room for a series' glyph before its scope in the image's key. */
const GLYPH_ROOM = 28;

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  // textContent, never markup: titles and labels come from data and filters.
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Breaks a line of text at spaces (or anywhere, for Chinese) so each piece fits the width. */
function wrapped(text: string, width: number, weight: FontWeight = 'normal'): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.includes(' ') ? text.split(/(?<= )/) : [...text]) {
    if (line && textWidth(line + token, TEXT_SIZE, weight) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}

/** Splits the legend into rows that fit the width. */
function legendRows(entries: LegendEntry[], start: number, width: number) {
  const rows: { entry: LegendEntry; x: number }[][] = [[]];
  let x = start;
  for (const entry of entries) {
    const w = 14 + textWidth(entry.label, TEXT_SIZE) + 16;
    if (x + w > width - PAD && x > PAD) {
      rows.push([]);
      x = PAD;
    }
    rows.at(-1)?.push({ entry, x });
    x += w;
  }
  return rows;
}

/** The chart as it looks on the page, framed for a file: background, title, filters, legend, credit. */
export function chartImage(svg: SVGSVGElement, frame: ChartFrame): ChartImage {
  const box = svg.getBoundingClientRect();
  const chartWidth = Math.round(box.width);
  const chartHeight = Math.round(box.height);
  const panel = svg.closest('section') ?? document.body;
  const panelStyle = getComputedStyle(panel);
  const background = panelStyle.backgroundColor;
  const color = panelStyle.color;
  const muted = getComputedStyle(document.documentElement).getPropertyValue('--muted').trim();
  const font = panelStyle.fontFamily;
  const width = Math.max(chartWidth, 320);

  const chart = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, chart, null);

  const said = panelText(svg);
  const subtitle = wrapped(frame.subtitle, width - 2 * PAD);
  // Measured in the weight it is drawn in: bold text is wider, and a line measured plain ran off the edge.
  const headline = said.headline === null ? [] : wrapped(said.headline, width - 2 * PAD, 'bold');
  const legendStart = PAD + textWidth(frame.legendTitle, TEXT_SIZE) + 10;
  const rows = frame.legend.length ? legendRows(frame.legend, legendStart, width) : [];
  const headlineTop = PAD + TITLE_SIZE + 8 + subtitle.length * LINE;
  const top = headlineTop + headline.length * LINE;
  const legendTop = top + chartHeight + 10;
  const noteLines = (texts: readonly string[]) =>
    texts.filter(Boolean).flatMap((text) => wrapped(text, width - 2 * PAD));
  const note = noteLines([frame.note ?? '']);
  const noteTop = legendTop + rows.length * LINE;
  // The tally key: each series' glyph, then its scope (wrapped beside the glyph).
  const keyTop = noteTop + note.length * LINE;
  const keyTitle = said.series.length ? noteLines([said.seriesTitle]) : [];
  const keyRows = said.series.map((series) => ({
    series,
    lines: wrapped(series.label, width - 2 * PAD - GLYPH_ROOM),
  }));
  const footerTop =
    keyTop + (keyTitle.length + keyRows.reduce((n, row) => n + row.lines.length, 0)) * LINE;
  const footer = noteLines(said.footer);
  const height = footerTop + footer.length * LINE + LINE + PAD;

  const root = el('svg', {
    xmlns: SVG_NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': font,
  });
  root.append(
    el('title', {}, `${frame.title}: ${frame.subtitle}`),
    el('rect', { x: 0, y: 0, width, height, fill: background }),
    el(
      'text',
      { x: PAD, y: PAD + TITLE_SIZE, 'font-size': TITLE_SIZE, 'font-weight': 600, fill: color },
      frame.title,
    ),
    ...subtitle.map((line, i) =>
      el(
        'text',
        { x: PAD, y: PAD + TITLE_SIZE + 8 + 14 + i * LINE, 'font-size': TEXT_SIZE, fill: muted },
        line,
      ),
    ),
  );
  root.append(
    ...headline.map((line, i) =>
      el(
        'text',
        {
          x: PAD,
          y: headlineTop + 14 + i * LINE,
          'font-size': TEXT_SIZE,
          'font-weight': 600,
          fill: color,
        },
        line,
      ),
    ),
  );
  chart.setAttribute('x', '0');
  chart.setAttribute('y', String(top));
  chart.setAttribute('width', String(chartWidth));
  chart.setAttribute('height', String(chartHeight));
  root.append(chart);

  rows.forEach((row, r) => {
    const y = legendTop + r * LINE;
    if (r === 0)
      root.append(
        el('text', { x: PAD, y: y + 11, 'font-size': TEXT_SIZE, fill: muted }, frame.legendTitle),
      );
    for (const { entry, x } of row) {
      root.append(
        el('rect', { x, y: y + 1, width: 10, height: 10, rx: 2, fill: entry.color }),
        el('text', { x: x + 14, y: y + 11, 'font-size': TEXT_SIZE, fill: color }, entry.label),
      );
    }
  });
  const mutedLines = (lines: readonly string[], top: number) =>
    lines.forEach((line, i) =>
      root.append(
        el('text', { x: PAD, y: top + i * LINE + 11, 'font-size': TEXT_SIZE, fill: muted }, line),
      ),
    );
  mutedLines(note, noteTop);
  mutedLines(keyTitle, keyTop);
  let keyY = keyTop + keyTitle.length * LINE;
  for (const { series, lines } of keyRows) {
    const glyph = seriesGlyph(svg, series.key, PAD + GLYPH_ROOM / 2 - 2, keyY + 7);
    if (glyph) root.append(glyph);
    lines.forEach((line, i) =>
      root.append(
        el(
          'text',
          { x: PAD + GLYPH_ROOM, y: keyY + i * LINE + 11, 'font-size': TEXT_SIZE, fill: color },
          line,
        ),
      ),
    );
    keyY += lines.length * LINE;
  }
  mutedLines(footer, footerTop);
  root.append(
    el('text', { x: PAD, y: height - PAD, 'font-size': TEXT_SIZE - 1, fill: muted }, frame.credit),
  );

  const markup = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
  return { markup, width, height };
}
