// One colour per event type and per origin country, shared by timeline, chart, map and legends.
import type { EventType } from '@/data/schema';

// Okabe–Ito based: distinguishable with the common colour-vision deficiencies, legible on both themes.
export const TYPE_COLORS: Record<EventType, string> = {
  transfer: '#0072B2',
  raid: '#D55E00',
  arrest: '#E69F00',
  warrant: '#CC79A7',
  death: '#7a7a7a',
  prosecution: '#009E73',
  sentence: '#8a5a00',
  diplomacy: '#6a51a3',
  policy: '#56B4E9',
};

const ORIGIN_COLORS: Record<string, string> = {
  MM: '#0072B2',
  LA: '#D55E00',
  TH: '#009E73',
  KH: '#CC79A7',
  CN: '#E69F00',
};

const OTHER_ORIGIN_COLOR = '#7a7a7a';

export function originColor(code: string): string {
  return ORIGIN_COLORS[code] ?? OTHER_ORIGIN_COLOR;
}
