// Human names for event types and origin countries in both interface languages, shared by every view.
import type { EventType } from '@/data/schema';
import type { Lang } from '@/state/view-store';
import { locale } from './format';

export const TYPE_LABELS: Record<Lang, Record<EventType, string>> = {
  en: {
    transfer: 'Transfer',
    raid: 'Raid',
    arrest: 'Arrest',
    warrant: 'Warrant',
    death: 'Death',
    prosecution: 'Prosecution',
    sentence: 'Sentence',
    diplomacy: 'Diplomacy',
    policy: 'Policy',
  },
  zh: {
    transfer: '移交',
    raid: '突袭',
    arrest: '逮捕',
    warrant: '通缉',
    death: '死亡',
    prosecution: '起诉',
    sentence: '判决',
    diplomacy: '外交',
    policy: '政策',
  },
};

/** Event types as a reader names a set of them in a title: "Laos · transfers · 2023–2024". */
export const TYPE_PLURALS: Record<Lang, Record<EventType, string>> = {
  en: {
    transfer: 'transfers',
    raid: 'raids',
    arrest: 'arrests',
    warrant: 'warrants',
    death: 'deaths',
    prosecution: 'prosecutions',
    sentence: 'sentences',
    diplomacy: 'diplomacy',
    policy: 'policy',
  },
  zh: TYPE_LABELS.zh,
};

const COUNTRY_NAMES: Record<Lang, Record<string, string>> = {
  en: { MM: 'Myanmar', LA: 'Laos', TH: 'Thailand', CN: 'China', KH: 'Cambodia' },
  zh: { MM: '缅甸', LA: '老挝', TH: '泰国', CN: '中国', KH: '柬埔寨' },
};

/** The country's name, or its ISO code when we have no name for it (never a guess). */
export function countryName(code: string, lang: Lang): string {
  return COUNTRY_NAMES[lang][code] ?? code;
}

const listFormats = new Map<Lang, Intl.ListFormat>();
/** "Laos", "Laos and Thailand": country codes as a list in words. */
export function countryList(codes: readonly string[], lang: Lang): string {
  let format = listFormats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(locale(lang), { type: 'conjunction' });
    listFormats.set(lang, format);
  }
  return format.format(codes.map((c) => countryName(c, lang)));
}
