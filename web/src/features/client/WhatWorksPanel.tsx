import { useQuery } from "@apollo/client/react";
import { EpisodeTimesChart } from "../../charts/EpisodeTimesChart";
import { shortDate } from "../../charts/format";
import { HomeworkChangeChart } from "../../charts/HomeworkChangeChart";
import { TriggerTrendChart } from "../../charts/TriggerTrendChart";
import { ErrorState, Loading } from "../../components/States";
import { getFragmentData, type FragmentType } from "../../graphql";
import type { WhatWorksPanel_WhatWorksFragment } from "../../graphql/graphql";
import { PlanReviewPanel } from "./PlanReviewPanel";
import { CLIENT_WHAT_WORKS, MY_WHAT_WORKS, WhatWorksPanel_Fragment } from "./WhatWorksPanel.graphql";
import {
  copingForClient,
  copingInWords,
  copingMethodInWords,
  episodeTimesInWords,
  homeworkInWords,
  homeworkLinesForClient,
  methodInWords,
  plannedInWords,
  practisedInWords,
  symptomPlural,
  targetCheckInWords,
  targetForClient,
  targetInWords,
  triggerLinesForClient,
  triggerShareInWords,
  triggerTrendInWords,
} from "./what-works-words";
import "./what-works.css";

type WhatWorks = WhatWorksPanel_WhatWorksFragment;

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const STATE_WORDS: Readonly<Record<string, string>> = { MET: "Met", NOT_MET: "Not met", NOT_MEASURABLE: "—" };

function HomeworkSection({ whatWorks }: { whatWorks: WhatWorks }) {
  // A chart only where there is an interval to plot; a measure with none gets its sentence alone.
  const plotted = whatWorks.homework.filter((h) => h.completion.points.length > 0);
  const unplotted = whatWorks.homework.filter((h) => h.completion.points.length === 0);
  return (
    <section aria-labelledby="ww-homework" data-testid="ww-homework">
      <h3 id="ww-homework">Homework and change</h3>
      {whatWorks.homework.length === 0 ? (
        <p>No outcome measure has been rated at two sessions yet.</p>
      ) : (
        <>
          {plotted.length > 0 && (
            <div className="charts">
              {plotted.map((h) => (
                <HomeworkChangeChart key={h.measure} association={h.completion} />
              ))}
            </div>
          )}
          <ul data-testid="homework-lines">
            {unplotted.map((h) => (
              <li key={`${h.measure}-completion`}>{homeworkInWords(h.completion)}</li>
            ))}
            {whatWorks.homework.map((h) => (
              <li key={`${h.measure}-helpfulness`}>{homeworkInWords(h.helpfulness)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function CopingSection({ whatWorks }: { whatWorks: WhatWorks }) {
  const { coping, practised, plannedVsDelivered } = whatWorks;
  return (
    <section aria-labelledby="ww-coping" data-testid="ww-coping">
      <h3 id="ww-coping">Coping techniques</h3>
      {coping.techniques.length === 0 ? (
        <p>No coping technique has been logged with an episode yet.</p>
      ) : (
        <>
          <p>
            {capitalised(symptomPlural(coping.symptom))} (the most frequent symptom), with each technique against none.{" "}
            {copingMethodInWords(coping)}
          </p>
          <ul data-testid="coping-lines">
            {coping.techniques.map((t) => (
              <li key={t.technique}>{copingInWords(t, coping)}</li>
            ))}
          </ul>
        </>
      )}
      <h4>Practised in session, and the week after</h4>
      {practised.techniques.length === 0 ? (
        <p>No technique has been recorded in an attended session yet.</p>
      ) : (
        <ul data-testid="practised-lines">
          {practised.techniques.map((t) => (
            <li key={t.technique}>{practisedInWords(t, practised.intervalConfidence)}</li>
          ))}
        </ul>
      )}
      <h4>Planned against delivered</h4>
      {plannedVsDelivered.techniques.length === 0 ? (
        <p>No technique planned or used in sessions under the current plan.</p>
      ) : (
        <ul data-testid="planned-lines">
          {plannedVsDelivered.techniques.map((t) => (
            <li key={t.technique}>{plannedInWords(t)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function TriggerSection({ whatWorks }: { whatWorks: WhatWorks }) {
  const revisions = [...whatWorks.triggerShares].reverse();
  return (
    <section aria-labelledby="ww-triggers" data-testid="ww-triggers">
      <h3 id="ww-triggers">Triggers</h3>
      <TriggerTrendChart trends={whatWorks.triggerTrends} />
      {revisions.map(({ version, revisionDate, shares }) => (
        <div key={version} data-testid="share-revision">
          <h4>
            Share of episodes by trigger around version {version} of the plan ({shortDate(revisionDate)}):{" "}
            {methodInWords(shares.method)}, described and not tested
          </h4>
          {!shares.enough ? (
            <p>{shares.reason}</p>
          ) : (
            <ul data-testid="share-lines">
              {shares.triggers.map((t) => (
                <li key={t.trigger}>{triggerShareInWords(t)}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}

function TargetSection({ whatWorks }: { whatWorks: WhatWorks }) {
  const targets = whatWorks.targetProgress;
  const checked = targets.filter((t) => t.target.kind !== "UNCHECKABLE");
  const weeks = checked[0]?.weeks.map((w) => w.weekStart) ?? [];
  return (
    <section aria-labelledby="ww-targets" data-testid="ww-targets">
      <h3 id="ww-targets">Targets since the last revision</h3>
      {targets.length === 0 ? (
        <p>The current plan has no targets.</p>
      ) : (
        <>
          <ul data-testid="target-lines">
            {targets.map((t, i) => (
              <li key={i}>{targetInWords(t)}</li>
            ))}
          </ul>
          {checked.length > 0 && weeks.length > 0 && (
            <div className="table-scroll" role="region" aria-label="Targets week by week" tabIndex={0}>
              <table className="target-weeks">
                <caption>
                  Targets week by week ({methodInWords("WEEKLY_TARGET_CHECK")}: a week is met, not met, or not
                  measurable, shown —)
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Week of</th>
                    {checked.map((t, i) => (
                      <th key={i} scope="col">
                        {targetCheckInWords(t.target)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {weeks.map((week, w) => (
                    <tr key={week}>
                      <td>{shortDate(week)}</td>
                      {checked.map((t, i) => (
                        <td key={i} data-state={t.weeks[w]?.state}>
                          {STATE_WORDS[t.weeks[w]?.state ?? "NOT_MEASURABLE"] ?? "—"}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** The analyses as the therapist reads them: each with its method, its interval, or why there is not enough yet. */
export function WhatWorksSections({ whatWorks: masked }: { whatWorks: FragmentType<typeof WhatWorksPanel_Fragment> }) {
  const whatWorks = getFragmentData(WhatWorksPanel_Fragment, masked);
  return (
    <section className="panel what-works" aria-labelledby="what-works-title" data-testid="what-works">
      <h2 id="what-works-title">What works</h2>
      <p className="muted">
        Over the whole course up to {shortDate(whatWorks.today)}. Associations within this client, not proof of cause;
        an estimate is shown only with its interval, and only once there are enough data for it.
      </p>
      <TargetSection whatWorks={whatWorks} />
      <HomeworkSection whatWorks={whatWorks} />
      <CopingSection whatWorks={whatWorks} />
      <TriggerSection whatWorks={whatWorks} />
      <section aria-labelledby="ww-times" data-testid="ww-times">
        <h3 id="ww-times">When episodes happen</h3>
        <EpisodeTimesChart times={whatWorks.episodeTimes} />
      </section>
    </section>
  );
}

/** The therapist's plan review and what-works panels, loaded on their own so the charts above do not wait for them. */
export function WhatWorksPanel({ clientId }: { clientId: string }) {
  const { data, loading, error, refetch } = useQuery(CLIENT_WHAT_WORKS, { variables: { clientId } });
  if (loading && !data) return <Loading what="the plan review" />;
  if (error && !data)
    return <ErrorState message="The plan review could not be loaded." onRetry={() => void refetch()} />;
  const whatWorks = data!.clientProgress.whatWorks;
  return (
    <>
      <PlanReviewPanel review={whatWorks.planReview} />
      <WhatWorksSections whatWorks={whatWorks} />
    </>
  );
}

function sharesLines(shares: WhatWorks["triggerShares"][number]["shares"] | undefined): string[] {
  if (!shares) return [];
  if (!shares.enough) return shares.reason ? [shares.reason] : [];
  return shares.triggers.map((t) => triggerShareInWords(t));
}

/** The client's own sentences, shared by their progress page and their printed report. */
export function myWhatWorksLines(whatWorks: WhatWorks): string[] {
  return [
    ...copingForClient(whatWorks.coping),
    ...homeworkLinesForClient(whatWorks.homework.map((h) => h.completion)),
    ...triggerLinesForClient(whatWorks.triggerTrends.triggers),
    ...whatWorks.targetProgress.flatMap((t) => targetForClient(t) ?? []),
  ];
}

/**
 * One sentence per finding, as the therapist's panel words them, for the printed report: targets, homework, coping,
 * practised and planned techniques, trigger trends, trigger shares around the latest revision, and timing.
 */
export function whatWorksLines(whatWorks: WhatWorks): string[] {
  const { coping, practised, plannedVsDelivered, triggerTrends } = whatWorks;
  const latestShares = whatWorks.triggerShares.at(-1)?.shares;
  return [
    ...whatWorks.targetProgress.map((t) => targetInWords(t)),
    ...whatWorks.homework.flatMap((h) => [homeworkInWords(h.completion), homeworkInWords(h.helpfulness)]),
    ...coping.techniques.map((t) => copingInWords(t, coping)),
    ...practised.techniques.map((t) => practisedInWords(t, practised.intervalConfidence)),
    ...plannedVsDelivered.techniques.map((t) => plannedInWords(t)),
    ...triggerTrends.triggers.map((t) => triggerTrendInWords(t, triggerTrends.intervalConfidence)),
    ...sharesLines(latestShares),
    episodeTimesInWords(whatWorks.episodeTimes),
  ];
}

/**
 * The client's own version, in plain words: only clear results are said as findings, anything else is "too early to
 * tell". No rule, method or questionnaire names (see CLIENT_JARGON).
 */
export function MyWhatWorks({ clientId }: { clientId: string }) {
  const { data, loading, error } = useQuery(MY_WHAT_WORKS, { variables: { clientId } });
  if (loading && !data) return <Loading what="what seems to help" />;
  if (error && !data) return null;
  const whatWorks = getFragmentData(WhatWorksPanel_Fragment, data!.clientProgress.whatWorks);
  const lines = myWhatWorksLines(whatWorks);
  return (
    <section className="panel what-works" aria-labelledby="my-what-works-title" data-testid="my-what-works">
      <h2 id="my-what-works-title">What seems to help</h2>
      {lines.length === 0 ? (
        <p>Too early to tell what helps: keep logging your episodes and your homework, and it will show here.</p>
      ) : (
        <ul data-testid="my-what-works-lines">
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      <p className="muted">These are patterns in your own records, to talk through with your therapist.</p>
      {whatWorks.episodeTimes.total > 0 && <EpisodeTimesChart times={whatWorks.episodeTimes} plainLanguage />}
    </section>
  );
}
