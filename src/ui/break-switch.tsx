// A test-only switch that makes one region throw, so browser tests can prove the others survive.

/** The localStorage key browser tests set to a region's area name ("chart", "map", …). */
export const BREAK_REGION_KEY = 'crackdown-atlas:break-region';

/**
 * The area the switch names, or null. Storage can be blocked (sandboxed frames, strict privacy
 * settings) and then throws on access: the switch must never break a region by accident.
 */
export function brokenArea(): string | null {
  try {
    return window.localStorage.getItem(BREAK_REGION_KEY);
  } catch {
    return null;
  }
}

/**
 * Throws while the switch names this area; renders nothing otherwise. It ships in the production
 * build because the browser tests drive that build, and it is harmless there: it reads no URL, so a
 * link cannot flip it, and all it can do is show the region's own error message and Retry. It is
 * read on every render, so clearing the key and pressing Retry brings the region back.
 */
export function BreakSwitch({ area }: { area: string }): null {
  if (brokenArea() === area) throw new Error(`the ${area} region was broken on purpose for a test`);
  return null;
}
