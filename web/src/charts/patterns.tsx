/**
 * Fill patterns for bars, so stacked series differ by texture as well as colour (WCAG 1.4.1). Rendered inside a
 * chart's SVG; a series uses `fill={patternFill(kind, colour)}`.
 */
export type PatternKind = "solid" | "hatch" | "cross" | "dots" | "vertical" | "horizontal" | "grid";

export const PATTERN_ORDER: PatternKind[] = ["solid", "hatch", "dots", "cross", "vertical", "horizontal", "grid"];

const patternId = (kind: PatternKind, color: string) => `pattern-${kind}-${color.replace("#", "")}`;

export function patternFill(kind: PatternKind, color: string): string {
  return kind === "solid" ? color : `url(#${patternId(kind, color)})`;
}

export function Patterns({ series }: { series: { kind: PatternKind; color: string }[] }) {
  return (
    <defs>
      {series
        .filter((s) => s.kind !== "solid")
        .map(({ kind, color }) => (
          <pattern
            key={patternId(kind, color)}
            id={patternId(kind, color)}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
          >
            <rect width="6" height="6" fill={color} fillOpacity={0.35} />
            {kind === "hatch" && <path d="M0,6 L6,0" stroke={color} strokeWidth="2" />}
            {kind === "cross" && <path d="M0,6 L6,0 M0,0 L6,6" stroke={color} strokeWidth="1.5" />}
            {kind === "dots" && <circle cx="3" cy="3" r="1.6" fill={color} />}
            {kind === "vertical" && <path d="M3,0 L3,6" stroke={color} strokeWidth="2" />}
            {kind === "horizontal" && <path d="M0,3 L6,3" stroke={color} strokeWidth="2" />}
            {kind === "grid" && <path d="M3,0 L3,6 M0,3 L6,3" stroke={color} strokeWidth="1.2" />}
          </pattern>
        ))}
    </defs>
  );
}
