import type { RatingSource } from "../graphql/graphql";
import { CHART_TEXT } from "./theme";

/**
 * Where a rating came from, in words: reported by the client on their own before the session (a check-in), or
 * recorded in the session. Charts mark the two with different shapes, never by colour alone, and their data tables
 * say it in these words.
 */
export const SOURCE_WORDS: Readonly<Record<RatingSource, string>> = {
  CLIENT: "Client, before the session",
  SESSION: "In the session",
};

/** The same, said to the client about their own ratings. */
export const PLAIN_SOURCE_WORDS: Readonly<Record<RatingSource, string>> = {
  CLIENT: "You, before the session",
  SESSION: "In the session",
};

/** The SRS is the other way round: a client who rates the session does so after it. */
export const SRS_SOURCE_WORDS: Readonly<Record<RatingSource, string>> = {
  CLIENT: "Client, after the session",
  SESSION: "In the session",
};

export function sourceWords(source: RatingSource | null | undefined, plainLanguage = false): string | null {
  if (!source) return null;
  return (plainLanguage ? PLAIN_SOURCE_WORDS : SOURCE_WORDS)[source];
}

/**
 * Where on a session-numbered axis a check-in not used in any session goes: half a step after the last session on or
 * before its day (it was made before the next one), or at 0.5 before the first.
 */
export function checkInX(localDate: string, sessions: readonly { number: number; localDate: string }[]): number {
  const before = sessions.filter((s) => s.localDate <= localDate).map((s) => s.number);
  return (before.length ? Math.max(...before) : 0) + 0.5;
}

/** The points of a chart line: a filled circle for "in the session", a hollow diamond for the client's own. */
const DIAMOND = (cx: number, cy: number, r: number) =>
  `M${cx},${cy - r} L${cx + r},${cy} L${cx},${cy + r} L${cx - r},${cy} Z`;

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  value?: unknown;
  payload?: { source?: RatingSource | null };
}

/**
 * A Line's `dot`: each point drawn by its source (the row's `source`), so a client-reported rating stands out by its
 * shape. Points without a value draw nothing.
 */
export function sourceDot(color: string, className: string, r = 4, source?: RatingSource) {
  function SourceDot(props: DotProps) {
    const { cx, cy, index, value, payload } = props;
    const key = `${className}-${index ?? 0}`;
    if (cx == null || cy == null || value == null || Number.isNaN(cx) || Number.isNaN(cy)) return <g key={key} />;
    if ((source ?? payload?.source) === "CLIENT") {
      return (
        <path
          key={key}
          d={DIAMOND(cx, cy, r + 2)}
          fill="#ffffff"
          stroke={color}
          strokeWidth={2}
          strokeDasharray="0"
          className={`${className} dot-client`}
          data-source="CLIENT"
        />
      );
    }
    return (
      <circle
        key={key}
        cx={cx}
        cy={cy}
        r={r}
        fill={color}
        stroke={color}
        strokeWidth={2}
        strokeDasharray="0"
        className={className}
        data-source="SESSION"
      />
    );
  }
  return SourceDot;
}

/** The key to the two shapes, under a chart that has points of both sources. */
export function SourceLegend({
  plainLanguage = false,
  words = plainLanguage ? PLAIN_SOURCE_WORDS : SOURCE_WORDS,
}: {
  plainLanguage?: boolean;
  words?: Readonly<Record<RatingSource, string>>;
}) {
  return (
    <ul className="source-legend" data-testid="source-legend" style={{ color: CHART_TEXT.legend }}>
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="4" fill={CHART_TEXT.legend} />
        </svg>{" "}
        {words.SESSION}
      </li>
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <path d={DIAMOND(7, 7, 6)} fill="#ffffff" stroke={CHART_TEXT.legend} strokeWidth={2} />
        </svg>{" "}
        {words.CLIENT}
      </li>
    </ul>
  );
}
