import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Link } from "../../app/router";
import { urls } from "../../app/urls";
import { ErrorState, Loading } from "../../components/States";
import { ToDo } from "../check-in/ToDo";
import { CLIENT_PROGRESS } from "../client/client.graphql";
import { getFragmentData } from "../../graphql";
import { Refusal, isRefusal } from "../client/Refusal";
import { HomeworkList, SelfHomeworkForm } from "../client/HomeworkList";
import { LogEpisodeForm } from "../client/LogEpisodeForm";
import { ProgressCharts, RangeControls, rangeStart, type RangeChoice } from "../client/ProgressCharts";
import { SummaryPanel_Fragment } from "../client/SummaryPanel";
import { useClientHomework } from "../client/useClientHomework";
import { MyWhatWorks } from "../client/WhatWorksPanel";
import { summaryInPlainWords } from "./plain-language";

/**
 * The client's own view, in the order a phone shows it: what they have to do (a check-in, a session to rate), then
 * the same charts as their therapist's in plain language, then their diary and homework. Help is one tap away.
 */
export function MyProgressPage({ clientId }: { clientId: string }) {
  const [range, setRange] = useState<RangeChoice>("3M");
  const [bucket, setBucket] = useState<"WEEK" | "MONTH">("WEEK");
  // Fixed per choice of range: a new instant on every render would be a new query on every render.
  const from = useMemo(() => rangeStart(range), [range]);
  const { data, loading, error, refetch } = useQuery(CLIENT_PROGRESS, { variables: { clientId, from, bucket } });
  const homework = useClientHomework(clientId);

  if (isRefusal(error)) return <Refusal />;
  if (loading && !data)
    return (
      <main>
        <Loading what="your progress" />
      </main>
    );
  if (error && !data)
    return (
      <main>
        <ErrorState message="Your progress could not be loaded." onRetry={() => void refetch()} />
      </main>
    );
  const progress = data!.clientProgress;
  const thisWeek = progress.episodes.at(-1);

  return (
    <main aria-labelledby="mine-title">
      <h1 id="mine-title">My progress</h1>
      <ToDo />
      <p className="lead" data-testid="this-week">
        This week so far:{" "}
        {thisWeek ? `${thisWeek.count} episode${thisWeek.count === 1 ? "" : "s"} logged` : "nothing logged"}.
      </p>
      <RangeControls range={range} bucket={bucket} onRange={setRange} onBucket={setBucket} />
      <p className="no-print">
        <Link href={urls.myReport({ from })}>Print report</Link>
      </p>
      {progress.sessions.length === 0 ? (
        <section className="panel" aria-labelledby="welcome-title" data-testid="no-sessions-yet">
          <h2 id="welcome-title">Welcome</h2>
          <p>Your therapist will record your first session; your progress will show here.</p>
          <p className="muted">
            Meanwhile you can log an episode below whenever you have one: how strong it was, what happened, and what
            went through your mind. It helps you and your therapist see the pattern.
          </p>
          {progress.episodes.some((e) => e.count > 0) && <ProgressCharts progress={progress} plainLanguage />}
        </section>
      ) : (
        <>
          <section className="panel" aria-labelledby="mine-summary">
            <h2 id="mine-summary">In short</h2>
            <ul data-testid="in-short">
              {summaryInPlainWords(getFragmentData(SummaryPanel_Fragment, progress).summary).map((line) => (
                <li key={line.key}>{line.words}</li>
              ))}
            </ul>
          </section>
          <ProgressCharts progress={progress} plainLanguage />
          <MyWhatWorks clientId={clientId} />
        </>
      )}
      <section aria-labelledby="homework-title">
        <h2 id="homework-title">My homework</h2>
        {homework.loading ? (
          <Loading what="your homework" />
        ) : (
          <HomeworkList homework={homework.items} paging={homework.paging} />
        )}
        <SelfHomeworkForm onSaved={() => undefined} />
      </section>
      <LogEpisodeForm clientId={clientId} asClient onSaved={() => undefined} />
    </main>
  );
}
