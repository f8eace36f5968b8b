// The cumulative chart as a standalone SVG (styles inlined, title, legend, background) and as a PNG.
import { textWidth, type FontWeight } from '@/ui/text-width';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Where the chart feature draws its recharts surface: by the region's class, since its label is translated. */
export const CHART_SVG_SELECTOR = 'section.region-chart svg.recharts-surface';

/** One official series as the image's key names it: the key its markers carry, and its scope. */
interface SeriesKey {
  key: string;
  label: string;
}

/**
 * What the chart panel says beside its svg, for an image that travels alone: the like-with-like
 * headline, each tally series' scope (the panel's HTML legend is not in the svg), and a footer
 * naming the publishers of the figures.
 */
function panelText(svg: SVGSVGElement): {
  headline: string | null;
  seriesTitle: string;
  series: SeriesKey[];
  footer: string[];
} {
  const panel = svg.closest<HTMLElement>('.chart-panel');
  const footer = panel?.dataset.exportFooter;
  return {
    headline: panel?.dataset.exportHeadline || null,
    seriesTitle: panel?.dataset.exportSeriesTitle ?? '',
    series: parseSeries(panel?.dataset.exportSeries),
    footer: footer ? footer.split('\n') : [],
  };
}

function parseSeries(json: string | undefined): SeriesKey[] {
  if (!json) return [];
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed)
    ? parsed.filter(
        (s): s is SeriesKey =>
          typeof s === 'object' &&
          s !== null &&
          typeof (s as SeriesKey).key === 'string' &&
          typeof (s as SeriesKey).label === 'string',
      )
    : [];
}

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

/** The chart on the page, or null when it is not drawn (table view, no transfers, not loaded yet). */
export function chartSvgOnPage(): SVGSVGElement | null {
  return document.querySelector<SVGSVGElement>(CHART_SVG_SELECTOR);
}

/**
 * The styles that decide how an SVG element looks. The page sets many through classes and CSS
 * variables, which a standalone file does not have: their computed values are written inline,
 * each only where it differs from the parent's, so the file stays small.
 */
const INHERITED_PROPS = [
  'visibility',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;

/** Attributes that only serve the page: interaction and accessibility of the live chart. */
const PAGE_ONLY_ATTRS = ['tabindex', 'role', 'aria-label', 'aria-hidden', 'data-selected'];

function inlineStyles(source: Element, target: Element, parent: CSSStyleDeclaration | null): void {
  const computed = getComputedStyle(source);
  const declarations = INHERITED_PROPS.flatMap((prop) => {
    const value = computed.getPropertyValue(prop);
    return parent?.getPropertyValue(prop) === value ? [] : [`${prop}:${value}`];
  });
  if (computed.display === 'none') declarations.push('display:none');
  if (computed.opacity !== '1') declarations.push(`opacity:${computed.opacity}`);
  if (declarations.length) target.setAttribute('style', declarations.join(';'));
  else target.removeAttribute('style');
  // A presentation attribute naming a CSS variable means nothing in a file; the style above holds its value.
  for (const attr of [...target.attributes])
    if (attr.value.includes('var(') || PAGE_ONLY_ATTRS.includes(attr.name))
      target.removeAttribute(attr.name);
  [...source.children].forEach((child, i) => {
    const copy = target.children[i];
    if (copy) inlineStyles(child, copy, computed);
  });
}

export interface LegendEntry {
  label: string;
  color: string;
}

export interface ChartFrame {
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

/** Draws the SVG on a canvas at `scale` (2: sharp on high-density screens and in slides). */
export async function pngFromSvg(image: ChartImage, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.markup], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The chart SVG could not be drawn.'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No canvas to draw the chart on.');
    context.scale(scale, scale);
    context.drawImage(img, 0, 0, image.width, image.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
