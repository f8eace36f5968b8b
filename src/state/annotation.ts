// The note a story step pins to a date (a rule on the timeline and chart) or a place (a map callout).
import { create } from 'zustand';

interface ViewAnnotation {
  /** YYYY-MM-DD, or undefined when the note is pinned to a place. */
  date?: string;
  place?: string;
  /** Already in the interface language. */
  label: string;
}

export const useAnnotation = create<{ annotation: ViewAnnotation | null }>()(() => ({
  annotation: null,
}));
