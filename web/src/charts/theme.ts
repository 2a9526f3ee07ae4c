/**
 * Colours of the text drawn inside charts (legends, axes, reference-line labels), kept apart from the series colours:
 * a pale series colour is fine for a line but not for the words naming it (WCAG 1.4.3 asks 4.5:1 for text).
 */
export const CHART_BACKGROUND = "#ffffff";
export const CHART_TEXT = {
  /** Legend entries and axis titles. */
  legend: "#1f2933",
  /** Tick numbers and dates. */
  axis: "#3e4c59",
  /** Cut-off labels. */
  cutoff: "#b91c1c",
  /** Plan revision labels. */
  revision: "#0f766e",
} as const;

/** Relative luminance of an sRGB colour written `#rrggbb` (WCAG 2.x definition). */
export function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two colours, from 1:1 to 21:1. */
export function contrastRatio(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Axis ticks in the chart text colour rather than Recharts' grey. */
export const AXIS_TICK = { fill: CHART_TEXT.axis, fontSize: 12 };

/** Tooltip entries in the text colour too (Recharts writes them in the series colour). */
export const TOOLTIP_ITEM = { color: CHART_TEXT.legend };
