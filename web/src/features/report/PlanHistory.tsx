import { oneDecimal, percent } from "../../charts/ChartFrame";
import { shortDate } from "../../charts/format";
import { getFragmentData, type FragmentType } from "../../graphql";
import type { PlanPanel_ProgressFragment } from "../../graphql/graphql";
import { PlanPanel_Fragment, tooEarlyInWords } from "../client/PlanPanel";
import { effectInWords } from "../client/revision-effect-words";

type Revision = PlanPanel_ProgressFragment["planRevisions"][number];
type Window = NonNullable<NonNullable<Revision["comparison"]>["before"]>;

const words = (value: string) => value.toLowerCase().replace(/_/g, " ");
const orNone = (items: string[]) => (items.length === 0 ? ["—"] : items);

/** A window's `to` is exclusive; on paper the last day it covers reads better. */
function lastDay(exclusiveEnd: string): string {
  return new Date(Date.parse(`${exclusiveEnd}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

function slope(value: number | null | undefined): string {
  if (value == null) return "—";
  return `${value > 0 ? "+" : ""}${oneDecimal(value)} points a week`;
}

function WindowColumn({ window, plainLanguage }: { window: Window | null; plainLanguage: boolean }) {
  if (!window) return <td colSpan={plainLanguage ? 3 : 4}>No earlier plan: set at intake.</td>;
  return (
    <>
      <td>
        {shortDate(window.from)} – {shortDate(lastDay(window.to))} ({window.days} days)
      </td>
      <td>
        {window.episodes} ({window.episodesPerWeek == null ? "—" : `${oneDecimal(window.episodesPerWeek)} a week`})
      </td>
      <td>
        {window.homeworkReviewed === 0
          ? "none reviewed"
          : `${percent(window.homeworkCompletionRate)} of ${window.homeworkReviewed}`}
      </td>
      {!plainLanguage && <td>{slope(window.orsSlopePerWeek)}</td>}
    </>
  );
}

/**
 * Every plan revision in order, with what it set out to do and how the weeks around it compare. A client's copy
 * keeps the episodes and homework and leaves out the score trend, the trend-adjusted effects and the rule names.
 */
export function PlanHistory({
  progress,
  plainLanguage = false,
}: {
  progress: FragmentType<typeof PlanPanel_Fragment>;
  plainLanguage?: boolean;
}) {
  // The plan panel's own fields, so the paper copy says what the screen says.
  const revisions = getFragmentData(PlanPanel_Fragment, progress).planRevisions;
  const columns = plainLanguage ? 4 : 5;
  return (
    <section className="report-section plan-history" aria-labelledby="plan-history-title" data-testid="plan-history">
      <h2 id="plan-history-title">Plan history</h2>
      {revisions.length === 0 && <p>No treatment plan recorded in this period.</p>}
      <ol className="revisions">
        {revisions.map((revision) => (
          <li key={revision.version} className="revision" data-testid="plan-revision" data-version={revision.version}>
            <h3>
              Version {revision.version}, effective {shortDate(revision.localDate)}
            </h3>
            <p className="rationale">
              <strong>Why: </strong>
              <span data-testid="plan-rationale" data-author="therapist">
                {revision.rationale}
              </span>
            </p>
            <dl className="plan-current">
              <dt>Goals</dt>
              <dd data-author="therapist">{orNone(revision.goals).join("; ")}</dd>
              <dt>Targets</dt>
              <dd data-author="therapist">{orNone(revision.targets).join("; ")}</dd>
              <dt>Planned techniques</dt>
              <dd>{orNone(revision.plannedTechniques.map(words)).join(", ")}</dd>
            </dl>
            {revision.comparison && (
              <table className="comparison">
                <caption>Before and after version {revision.version}: raw figures that describe each window</caption>
                <thead>
                  <tr>
                    <th scope="col">Window</th>
                    <th scope="col">Dates</th>
                    <th scope="col">Episodes</th>
                    <th scope="col">Homework completed</th>
                    {!plainLanguage && <th scope="col">ORS trend</th>}
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">Before</th>
                    <WindowColumn window={revision.comparison.before ?? null} plainLanguage={plainLanguage} />
                  </tr>
                  <tr>
                    <th scope="row">After</th>
                    {revision.comparison.tooEarly ? (
                      <td colSpan={columns - 1} data-testid="too-early">
                        {tooEarlyInWords(revision.comparison, revision === revisions.at(-1))}
                      </td>
                    ) : (
                      <WindowColumn window={revision.comparison.after} plainLanguage={plainLanguage} />
                    )}
                  </tr>
                </tbody>
                <tfoot>
                  <tr>
                    <td colSpan={columns}>
                      {plainLanguage ? (
                        <>
                          Up to {revision.comparison.windowRule.split("= ")[1]} weeks each side of the change, once
                          there are {revision.comparison.minimumRule.split("= ")[1]} days after it.
                        </>
                      ) : (
                        <>
                          Windows of up to {revision.comparison.windowRule.split("= ")[1]} weeks each side, never past
                          the neighbouring revision; compared once the window after holds{" "}
                          {revision.comparison.minimumRule.split("= ")[1]} days.
                        </>
                      )}
                    </td>
                  </tr>
                </tfoot>
              </table>
            )}
            {!plainLanguage && (revision.comparison?.episodeEffect || revision.comparison?.orsEffect) && (
              <p className="revision-effect" data-testid="revision-effect">
                <strong>Allowing for the trend before the change: </strong>
                {revision.comparison.episodeEffect && effectInWords(revision.comparison.episodeEffect, "episodes")}{" "}
                {revision.comparison.orsEffect && effectInWords(revision.comparison.orsEffect, "ORS")}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
