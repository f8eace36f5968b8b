// The chart as the page shows it, read for a file: where its svg is, what its panel says beside it, and its styles written inline.

/** Where the chart feature draws its svg: by the region's class, since its label is translated. */
const CHART_SVG_SELECTOR = 'section.region-chart svg.chart-surface';

/** The chart on the page, or null when it is not drawn (table view, no transfers, not loaded yet). */
export function chartSvgOnPage(): SVGSVGElement | null {
  return document.querySelector<SVGSVGElement>(CHART_SVG_SELECTOR);
}

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
export function panelText(svg: SVGSVGElement): {
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

export function inlineStyles(
  source: Element,
  target: Element,
  parent: CSSStyleDeclaration | null,
): void {
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
