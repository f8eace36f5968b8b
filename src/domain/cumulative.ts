// Calendar dates as the UTC timestamps the chart's time axis uses, and back.

const DAY_MS = 86_400_000;

/** A YYYY-MM-DD calendar date as the UTC midnight timestamp the chart's time axis uses. */
export function utcDay(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** The calendar date (YYYY-MM-DD) of a UTC timestamp. */
export function isoDay(t: number): string {
  return new Date(Math.floor(t / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}
