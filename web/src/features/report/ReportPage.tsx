import { useEffect, useRef } from "react";
import { CombinedGraphQLErrors } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { Link } from "../../app/router";
import { shortDate } from "../../charts/format";
import { Empty, ErrorState, Loading } from "../../components/States";
import type { Role } from "../../graphql/graphql";
import { Refusal, isRefusal } from "../client/Refusal";
import { ProgressCharts } from "../client/ProgressCharts";
import { PlanHistory } from "./PlanHistory";
import { CLIENT_PROGRESS } from "../client/client.graphql";
import { CLIENT_WHAT_WORKS, MY_WHAT_WORKS } from "../client/WhatWorksPanel.graphql";
import { ReportSummary } from "./ReportSummary";
import { ReportMyWhatWorks, ReportWhatWorks } from "./ReportWhatWorks";
import { readPeriod } from "./period";
import { useChartsDrawn } from "./useChartsDrawn";
import "./report.css";

/** Today's date where the report is printed, as a calendar date. */
const today = () => new Date().toLocaleDateString("en-CA");

/**
 * The printable progress report: who and what period, the summary in words, every chart of the progress page and the
 * plan history, on A4 sheets. `data-report-ready` turns "true" once the data is in and every chart is drawn; the
 * report command prints only then.
 */
export function ReportPage({
  clientId,
  viewer,
  search,
  backHref,
  defaultHref,
}: {
  clientId: string;
  viewer: { role: Role; displayName: string };
  search: URLSearchParams;
  backHref: string;
  /** The same report for the default period: from intake to today. */
  defaultHref: string;
}) {
  const period = readPeriod(search, today());
  const { data, loading, error, refetch } = useQuery(CLIENT_PROGRESS, {
    variables: {
      clientId,
      from: period.problem === null ? period.from : null,
      to: period.problem === null ? period.to : null,
      bucket: "WEEK",
    },
    skip: period.problem !== null,
  });
  // What works covers the whole course, so it is read apart from the period's query; the client's copy asks for
  // their own version, without the plan review.
  const forClient = viewer.role === "CLIENT";
  const skipWhatWorks = period.problem !== null;
  const theirs = useQuery(CLIENT_WHAT_WORKS, { variables: { clientId }, skip: skipWhatWorks || forClient });
  const mine = useQuery(MY_WHAT_WORKS, { variables: { clientId }, skip: skipWhatWorks || !forClient });
  const whatWorksSettled = forClient ? !mine.loading : !theirs.loading;
  const sheet = useRef<HTMLElement>(null);
  const progress = data?.clientProgress;
  // The report is ready to print once the charts are drawn and the what-works section is in (or failed to load).
  const ready = useChartsDrawn(sheet, progress ?? null) && whatWorksSettled;

  useEffect(() => {
    if (!progress) return;
    // The title is what a browser proposes as the PDF's file name.
    const previous = document.title;
    document.title = `Progress report – ${progress.client.displayName} – ${progress.to}`;
    return () => void (document.title = previous);
  }, [progress]);

  if (period.problem !== null) return <BadPeriod problem={period.problem} defaultHref={defaultHref} />;
  if (isRefusal(error)) return <Refusal />;
  if (error && !data) {
    // A period the server still refuses gets the same way out; its wording is the server's, not the reader's.
    const refused =
      CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === "BAD_USER_INPUT");
    if (refused) return <BadPeriod problem="This period cannot be shown." defaultHref={defaultHref} />;
    return (
      <main>
        <h1>Progress report</h1>
        <ErrorState message="This report could not be loaded." onRetry={() => void refetch()} />
      </main>
    );
  }
  if (loading || !progress)
    return (
      <main>
        <Loading what="the report" />
      </main>
    );

  // On a client's own copy the wording is theirs, as on their progress page.
  const noData = progress.sessions.length === 0 && progress.episodes.every((e) => e.count === 0);
  return (
    <main ref={sheet} className="report" aria-labelledby="report-title" data-report-ready={ready ? "true" : "false"}>
      <div className="report-toolbar no-print">
        <Link href={backHref}>← Back to the progress page</Link>
        <button type="button" onClick={() => window.print()} disabled={!ready}>
          Print or save as PDF
        </button>
      </div>
      <header className="report-head">
        <h1 id="report-title">{forClient ? "My progress report" : "Progress report"}</h1>
        <dl className="report-facts">
          <dt>Client</dt>
          <dd data-testid="report-client">{progress.client.displayName}</dd>
          {/* A therapist sees only their own clients (auth/scope.ts), so the viewer is this client's therapist. */}
          {!forClient && (
            <>
              <dt>Therapist</dt>
              <dd data-testid="report-therapist">{viewer.displayName}</dd>
            </>
          )}
          <dt>Period</dt>
          <dd data-testid="report-period">
            {shortDate(progress.from)} to {shortDate(progress.to)}
          </dd>
          <dt>In therapy since</dt>
          <dd>{shortDate(progress.client.intakeDate)}</dd>
          <dt>Generated</dt>
          <dd>{shortDate(today())}</dd>
        </dl>
      </header>
      <ReportSummary progress={progress} forClient={forClient} />
      <section className="report-section report-charts" aria-labelledby="report-charts-title">
        <h2 id="report-charts-title">Charts</h2>
        {noData ? (
          <Empty>No sessions or episodes recorded in this period.</Empty>
        ) : (
          <ProgressCharts progress={progress} plainLanguage={forClient} />
        )}
      </section>
      <PlanHistory progress={progress} plainLanguage={forClient} />
      {forClient && mine.data && <ReportMyWhatWorks whatWorks={mine.data.clientProgress.whatWorks} />}
      {!forClient && theirs.data && (
        <ReportWhatWorks
          whatWorks={theirs.data.clientProgress.whatWorks}
          review={theirs.data.clientProgress.whatWorks.planReview}
        />
      )}
      <footer className="report-foot">
        Confidential: personal health information of {progress.client.displayName}. Follow-Up.
      </footer>
    </main>
  );
}

/** An address whose period cannot be shown: what is wrong, and the report of the default period instead. */
function BadPeriod({ problem, defaultHref }: { problem: string; defaultHref: string }) {
  return (
    <main>
      <h1>This period cannot be shown</h1>
      <div className="state state-error" role="alert">
        <p>{problem}</p>
      </div>
      <p>
        <Link href={defaultHref}>Show the report from intake to today</Link>
      </p>
    </main>
  );
}
