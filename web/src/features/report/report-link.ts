/**
 * The printable report of what a progress page shows: the same client and, when the page shows a recent period
 * rather than everything since intake, the same start (as a calendar date).
 */
export function reportHref(base: string, from: string | null): string {
  return from ? `${base}?from=${from.slice(0, 10)}` : base;
}
