/**
 * The arithmetic of a visual-analogue line (components/AnalogueScale.tsx), apart from React so that it can be tested
 * on its own: the ORS and the SRS are read off a 10 cm line to one decimal, 0.0 at the left end and 10.0 at the right.
 */

export const SCALE_MIN = 0;
export const SCALE_MAX = 10;
/** Where the first arrow key puts the mark on a line not marked yet: the middle, from where either way is one key. */
export const FIRST_KEY_VALUE = 5;

/** To one decimal, exactly: 6.4 and not 6.3999999, whatever the floating point did on the way. */
export const toTenth = (value: number) => Math.round(value * 10) / 10;

const clamp = (value: number) => Math.min(SCALE_MAX, Math.max(SCALE_MIN, value));

/**
 * The value of a mark `offset` pixels from the left end of a line `width` pixels long: the distance along the line
 * over its length, times 10, to one decimal. A mark beyond either end counts as that end (a finger overshoots).
 */
export function valueAt(offset: number, width: number): number {
  if (!(width > 0) || !Number.isFinite(offset)) return SCALE_MIN;
  return toTenth(clamp((offset / width) * SCALE_MAX));
}

/** Where a value sits along the line, as a percentage of its length from the left end (for drawing the mark). */
export const percentOf = (value: number) => (clamp(value) / SCALE_MAX) * 100;

/**
 * The value after a key press on the line, or undefined when the key is not the line's (Tab, letters): arrows move the
 * mark by 0.1 (left and down lower, right and up higher), Page Down and Page Up by 1, Home and End to the ends, as
 * the ARIA slider pattern has it. On a line not marked yet the first arrow or page key puts the mark in the middle.
 */
export function valueAfterKey(key: string, value: number | null): number | undefined {
  const step: Record<string, number> = {
    ArrowLeft: -0.1,
    ArrowDown: -0.1,
    ArrowRight: 0.1,
    ArrowUp: 0.1,
    PageDown: -1,
    PageUp: 1,
  };
  if (key === "Home") return SCALE_MIN;
  if (key === "End") return SCALE_MAX;
  if (!(key in step)) return undefined;
  if (value === null) return FIRST_KEY_VALUE;
  return toTenth(clamp(value + step[key]!));
}

/** What a screen reader says of the line: "6.4 out of 10", or that no mark has been made. */
export function valueText(value: number | null): string {
  return value === null ? "Not marked yet" : `${value.toFixed(1)} out of ${SCALE_MAX}`;
}
