// Numbers, dates and names for display, through Intl so Chinese gets Chinese conventions.
import type { AtlasEvent, ContextFigure, Place, Qualifier, Tally } from '@/data/schema';
import { utcDay } from '@/domain/calendar';
import type { Lang } from '@/state/view-store';

export const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-GB');

const numberFormats = new Map<string, Intl.NumberFormat>();
/**
 * The number format for a language and options, made once: making an Intl.NumberFormat costs
 * about a hundred times what formatting with it does.
 */
export function numberFormat(lang: Lang, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = options ? `${lang} ${JSON.stringify(options)}` : lang;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale(lang), options);
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, lang: Lang): string {
  return numberFormat(lang).format(value);
}

function utc(iso: string): Date {
  return new Date(utcDay(iso));
}

const DATE_OPTIONS = {
  day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'short', year: 'numeric', timeZone: 'UTC' },
  monthName: { month: 'short', timeZone: 'UTC' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

// One formatter per language and kind: toLocaleDateString builds a new one on every call, and the
// chart, timeline and list format hundreds of dates per render.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, kind: keyof typeof DATE_OPTIONS): Intl.DateTimeFormat {
  const key = `${lang}:${kind}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale(lang), DATE_OPTIONS[kind]);
    dateFormats.set(key, format);
  }
  return format;
}

/** A calendar date (YYYY-MM-DD) as "18 Nov 2023" / "2023年11月18日". */
export function formatDate(iso: string, lang: Lang): string {
  return dateFormat(lang, 'day').format(utc(iso));
}

export function formatMonth(iso: string, lang: Lang): string {
  return dateFormat(lang, 'month').format(utc(iso));
}

/** The month's short name alone, "Apr" / "4月", of a UTC timestamp. */
export function formatMonthName(t: number, lang: Lang): string {
  return dateFormat(lang, 'monthName').format(new Date(t));
}

/** The event's date as precisely as it is known: a day, a span, a month, or "announced …". */
export function formatEventDate(event: AtlasEvent, lang: Lang): string {
  switch (event.datePrecision) {
    case 'month':
      return formatMonth(event.date, lang);
    case 'range':
      return event.dateEnd
        ? `${formatDate(event.date, lang)} – ${formatDate(event.dateEnd, lang)}`
        : formatDate(event.date, lang);
    case 'announced':
      return lang === 'zh'
        ? `${formatDate(event.date, lang)}公布`
        : `announced ${formatDate(event.date, lang)}`;
    default:
      return formatDate(event.date, lang);
  }
}

export function eventTitle(event: AtlasEvent, lang: Lang): string {
  return (lang === 'zh' && event.title_zh) || event.title;
}

export function eventSummary(event: AtlasEvent, lang: Lang): string {
  return (lang === 'zh' && event.summary_zh) || event.summary;
}

/** A tally's scope as the dataset words it, in Chinese when it gives `scope_zh`. */
export function tallyScope(tally: Pick<Tally, 'scope' | 'scope_zh'>, lang: Lang): string {
  return (lang === 'zh' && tally.scope_zh) || tally.scope;
}

export function contextLabel(figure: ContextFigure, lang: Lang): string {
  return (lang === 'zh' && figure.label_zh) || figure.label;
}

export function placeName(place: Place | undefined, lang: Lang): string {
  if (!place) return '';
  return (lang === 'zh' && place.name_zh) || place.name;
}

const QUALIFIERS: Record<Lang, Record<Qualifier, string>> = {
  en: { exact: '', about: 'about ', over: 'over ', 'at least': 'at least ' },
  zh: { exact: '', about: '约', over: '超过', 'at least': '至少' },
};

/** "about 48,000" / "约48,000". */
export function formatQualified(value: number, qualifier: Qualifier, lang: Lang): string {
  return `${QUALIFIERS[lang][qualifier]}${formatNumber(value, lang)}`;
}
