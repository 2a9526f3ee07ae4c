import { oneDecimal, percent } from "../../charts/ChartFrame";
import { shortDate } from "../../charts/format";
import { getFragmentData, graphql, type FragmentType } from "../../graphql";
import type { PlanPanel_ProgressFragment } from "../../graphql/graphql";
import { effectInWords } from "./revision-effect-words";

export const PlanPanel_Fragment = graphql(`
  fragment PlanPanel_progress on ClientProgress {
    planRevisions {
      version
      localDate
      goals
      targets
      plannedTechniques
      rationale
      comparison {
        windowRule
        tooEarly
        comparableFrom
        minimumRule
        before {
          from
          to
          days
          episodes
          episodesPerWeek
          homeworkReviewed
          homeworkCompletionRate
          orsSlopePerWeek
        }
        after {
          from
          to
          days
          episodes
          episodesPerWeek
          homeworkReviewed
          homeworkCompletionRate
          orsSlopePerWeek
        }
        episodeEffect {
          enough
          shortfall
          model
          weeksBefore
          weeksAfter
          pointsBefore
          pointsAfter
          minimumRule
          confidence
          dispersion
          trendBefore {
            estimate
            lower
            upper
          }
          levelChange {
            estimate
            lower
            upper
          }
          slopeChange {
            estimate
            lower
            upper
          }
        }
        orsEffect {
          enough
          shortfall
          model
          weeksBefore
          weeksAfter
          pointsBefore
          pointsAfter
          minimumRule
          confidence
          dispersion
          trendBefore {
            estimate
            lower
            upper
          }
          levelChange {
            estimate
            lower
            upper
          }
          slopeChange {
            estimate
            lower
            upper
          }
        }
      }
    }
  }
`);

type Comparison = NonNullable<PlanPanel_ProgressFragment["planRevisions"][number]["comparison"]>;
type Window = NonNullable<Comparison["before"]>;

const slope = (value: number | null | undefined) =>
  value == null ? "—" : `${value > 0 ? "+" : ""}${oneDecimal(value)} a week`;
const words = (value: string) => value.toLowerCase().replace(/_/g, " ");

/** "Too early to compare" in place of the figures after a revision, until its window reaches the minimum. */
export function tooEarlyInWords(comparison: { comparableFrom: string; minimumRule: string }, current: boolean): string {
  return current
    ? `Too early to compare: the weeks after this change are compared from ${shortDate(comparison.comparableFrom)}.`
    : `Too early to compare: the next change to the plan came within ${comparison.minimumRule.split("= ")[1]} days.`;
}

function WindowCells({ window }: { window: Window | null }) {
  if (!window) return <td colSpan={3}>—</td>;
  return (
    <>
      <td>{window.episodesPerWeek == null ? "—" : oneDecimal(window.episodesPerWeek)}</td>
      <td>{percent(window.homeworkCompletionRate) ?? "—"}</td>
      <td>{slope(window.orsSlopePerWeek)}</td>
    </>
  );
}

/** Each revision's trend-adjusted effects, one sentence per measure; nothing while it is too early to compare. */
export function RevisionEffects({ revisions }: { revisions: PlanPanel_ProgressFragment["planRevisions"] }) {
  const judged = revisions.filter((revision) => revision.comparison?.episodeEffect || revision.comparison?.orsEffect);
  if (judged.length === 0) return null;
  return (
    <div className="revision-effects">
      <h3>Change at each revision, allowing for the trend before it</h3>
      <ul>
        {judged.map((revision) => (
          <li key={revision.version} data-testid="revision-effect" data-version={revision.version}>
            <strong>
              v{revision.version}, {shortDate(revision.localDate)}:
            </strong>{" "}
            {revision.comparison?.episodeEffect && effectInWords(revision.comparison.episodeEffect, "episodes")}{" "}
            {revision.comparison?.orsEffect && effectInWords(revision.comparison.orsEffect, "ORS")}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function PlanPanel({ progress }: { progress: FragmentType<typeof PlanPanel_Fragment> }) {
  const revisions = getFragmentData(PlanPanel_Fragment, progress).planRevisions;
  const current = revisions.at(-1);
  return (
    <section className="panel plan" aria-labelledby="plan-title" data-testid="plan-panel">
      <h2 id="plan-title">Treatment plan</h2>
      {!current ? (
        <p>No plan recorded yet.</p>
      ) : (
        <>
          <p>
            Version {current.version}, since {shortDate(current.localDate)}: {current.rationale}
          </p>
          <dl className="plan-current">
            <dt>Goals</dt>
            <dd>{current.goals.join("; ")}</dd>
            <dt>Targets</dt>
            <dd>{current.targets.join("; ") || "—"}</dd>
            <dt>Planned techniques</dt>
            <dd>{current.plannedTechniques.map(words).join(", ") || "—"}</dd>
          </dl>
          <table>
            <caption>
              Revisions: the raw figures before and after (episodes a week, homework completed, ORS trend), which
              describe the windows and do not allow for a trend already under way
            </caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">From</th>
                <th scope="col">Why</th>
                <th scope="col">Episodes before</th>
                <th scope="col">Homework before</th>
                <th scope="col">ORS before</th>
                <th scope="col">Episodes after</th>
                <th scope="col">Homework after</th>
                <th scope="col">ORS after</th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((revision) => {
                return (
                  <tr key={revision.version}>
                    <td>v{revision.version}</td>
                    <td>{shortDate(revision.localDate)}</td>
                    <td>{revision.rationale}</td>
                    <WindowCells window={revision.comparison?.before ?? null} />
                    {revision.comparison?.tooEarly ? (
                      <td colSpan={3} data-testid="too-early">
                        {tooEarlyInWords(revision.comparison, revision === current)}
                      </td>
                    ) : (
                      <WindowCells window={revision.comparison?.after ?? null} />
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
          <RevisionEffects revisions={revisions} />
          <p className="muted">
            Windows: up to {revisions[0]?.comparison?.windowRule.split("= ")[1] ?? 8} weeks each side, never past the
            neighbouring revision; compared once the window after holds{" "}
            {revisions[0]?.comparison?.minimumRule.split("= ")[1] ?? 14} days.
          </p>
        </>
      )}
    </section>
  );
}
