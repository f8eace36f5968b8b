// An event's figures as a definition list: the same counts in the details sheet and the present caption.
import { COUNT_KEYS, type AtlasEvent, type CountKey } from '@/data/schema';
import type { Lang } from '@/state/view-store';
import { formatNumber, numberFormat } from '@/ui/format';
import { useLang, useMessages } from '@/ui/i18n';
import { DETAILS_MESSAGES } from './details-messages';

/** The counts an event gives, in COUNT_KEYS order. */
export function eventCounts(event: AtlasEvent): { key: CountKey; value: number }[] {
  return COUNT_KEYS.flatMap((key) => {
    const value = event.counts[key];
    return value === undefined ? [] : [{ key, value }];
  });
}

/** The counts as `<dl>`, one `<div>` a count; the caller says what shows when there are none. */
export function CountList(props: {
  counts: readonly { key: CountKey; value: number }[];
  className: string;
  itemClassName?: string;
}) {
  const m = useMessages(DETAILS_MESSAGES);
  const lang = useLang();
  return (
    <dl className={props.className}>
      {props.counts.map(({ key, value }) => (
        <div key={key} className={props.itemClassName}>
          <dt>{m[`count_${key}`]}</dt>
          <dd>{formatCount(key, value, lang)}</dd>
        </div>
      ))}
    </dl>
  );
}

function formatCount(key: CountKey, value: number, lang: Lang): string {
  if (key !== 'amountCny') return formatNumber(value, lang);
  return numberFormat(lang, {
    style: 'currency',
    currency: 'CNY',
    maximumFractionDigits: 0,
  }).format(value);
}
