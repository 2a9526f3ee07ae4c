import { describe, expect, it } from "vitest";
import { CHART_BACKGROUND, CHART_TEXT, contrastRatio } from "../../../web/src/charts/theme.ts";

/** WCAG 2.x contrast, written out here from the definition rather than taken from the dashboard's helper. */
function wcagContrast(a: string, b: string): number {
  const linear = (hex: string, offset: number) => {
    const srgb = Number.parseInt(hex.substring(offset, offset + 2), 16) / 255;
    return srgb <= 0.04045 ? srgb / 12.92 : Math.pow((srgb + 0.055) / 1.055, 2.4);
  };
  const relative = (hex: string) => 0.2126 * linear(hex, 1) + 0.7152 * linear(hex, 3) + 0.0722 * linear(hex, 5);
  const [la, lb] = [relative(a), relative(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

describe("chart text contrast", () => {
  it("computes contrast as WCAG defines it", () => {
    expect(wcagContrast("#000000", "#ffffff")).toBeCloseTo(21, 6);
    // Known pairs: #777777 on white is just under 4.5:1, #767676 just over.
    expect(wcagContrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(wcagContrast("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    for (const [a, b] of [
      ["#1f2933", "#ffffff"],
      ["#94a3b8", "#f5f7fa"],
    ])
      expect(contrastRatio(a!, b!)).toBeCloseTo(wcagContrast(a!, b!), 10);
  });

  it.each(Object.entries(CHART_TEXT))("draws %s text at 4.5:1 or more against the chart background", (_, colour) => {
    expect(wcagContrast(colour, CHART_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
  });

  it("would have caught the old legend colours, which were the series colours", () => {
    for (const pale of ["#94a3b8", "#ca8a04"]) expect(wcagContrast(pale, CHART_BACKGROUND)).toBeLessThan(3);
  });
});
