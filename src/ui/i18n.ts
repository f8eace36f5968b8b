// Interface language: each feature keeps its own en/zh messages; this picks the current language's.
import { useViewStore, type Lang } from '@/state/view-store';

export type Messages<K extends string> = Record<Lang, Record<K, string>>;

export function useLang(): Lang {
  return useViewStore((s) => s.lang);
}

export function useMessages<K extends string>(messages: Messages<K>): Record<K, string> {
  return messages[useLang()];
}

/** Fills `{name}` slots: fill('{n} of {m}', { n: 1, m: 2 }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    name in values ? String(values[name]) : slot,
  );
}
