import { ReferenceLine } from "recharts";
import { shortDate } from "./format";
import { CHART_TEXT } from "./theme";

export interface RevisionMark {
  version: number;
  localDate: string;
  rationale: string;
  /** Position on the session axis. */
  x: number;
}

/**
 * Where a revision falls on the session axis: after the last session on or before its date, so a plan revised at
 * the end of a session is drawn after that session, half-way to the next.
 */
export function revisionPosition(localDate: string, sessions: { number: number | null; localDate: string }[]): number {
  const before = sessions.filter((s) => s.number != null && s.localDate <= localDate);
  return (before.at(-1)?.number ?? 0) + 0.5;
}

export function revisionMarks(
  revisions: { version: number; localDate: string; rationale: string }[],
  sessions: { number: number | null; localDate: string }[],
): RevisionMark[] {
  return revisions
    .filter((r) => r.version > 1)
    .map((r) => ({
      version: r.version,
      localDate: r.localDate,
      rationale: r.rationale,
      x: revisionPosition(r.localDate, sessions),
    }));
}

/** The session axis from the first session to the last, widened to show a revision made after the last one. */
export function sessionDomain(numbers: number[], revisions: RevisionMark[]): [number, number] {
  const xs = [...numbers, ...revisions.map((r) => r.x)];
  return xs.length === 0 ? [0, 1] : [Math.min(...xs), Math.max(...xs)];
}

/**
 * One vertical line per revision, its label focusable and read out with the reason for the change. The client's
 * view says only that the plan changed: the reason is the therapist's note, in the therapist's terms, and their
 * plan is on their report in full.
 */
export function revisionLines(revisions: RevisionMark[], yAxisId: string, labelled = true, plainLanguage = false) {
  return revisions.map((revision) => (
    <ReferenceLine
      key={revision.version}
      yAxisId={yAxisId}
      x={revision.x}
      stroke={CHART_TEXT.revision}
      strokeWidth={2}
      className="plan-revision-marker"
      label={
        labelled
          ? (props: { viewBox?: { x?: number; y?: number } }) => (
              <g
                className="plan-revision-label"
                tabIndex={0}
                role="note"
                aria-label={
                  plainLanguage
                    ? `Your plan changed here (version ${revision.version}, ${shortDate(revision.localDate)})`
                    : `Plan version ${revision.version}: ${revision.rationale}`
                }
              >
                <title>
                  {plainLanguage
                    ? `Your plan changed on ${shortDate(revision.localDate)}`
                    : `Plan v${revision.version} (${revision.localDate}): ${revision.rationale}`}
                </title>
                <text
                  x={(props.viewBox?.x ?? 0) + 4}
                  y={(props.viewBox?.y ?? 0) + 12}
                  fontSize={11}
                  fill={CHART_TEXT.revision}
                >
                  {`Plan v${revision.version}`}
                </text>
              </g>
            )
          : undefined
      }
    />
  ));
}
