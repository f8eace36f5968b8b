// Types for the plain-JS helper shared by the Playwright config and the install check.
export function findChromium(): string | null;
