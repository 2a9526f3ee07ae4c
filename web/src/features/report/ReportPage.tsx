import { useEffect, useRef } from "react";
import { CombinedGraphQLErrors } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { Link } from "../../app/router";
import { shortDate } from "../../charts/format";
import { Empty, ErrorState, Loading } from "../../components/States";
import type { Role } from "../../graphql/graphql";
import { Refusal, isRefusal } from "../client/ClientPage";
import { ProgressCharts } from "../client/ProgressCharts";
import { PlanHistory } from "./PlanHistory";
import { CLIENT_PROGRESS } from "../client/client.graphql";
import { ReportSummary } from "./ReportSummary";
import { useChartsDrawn } from "./useChartsDrawn";
import "./report.css";

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `?from=YYYY-MM-DD` → the instant the server turns back into that local date. Noon UTC falls on the same calendar
 * day in every timezone from UTC−11 to UTC+11, which covers the clinics Follow-Up serves.
 */
export function periodBound(value: string | null): { instant: string | null; valid: boolean } {
  if (value == null || value === "") return { instant: null, valid: true };
  const instant = `${value}T12:00:00.000Z`;
  // 2026-13-45 has the shape but no instant (toISOString would throw); 2026-02-30 has one, in March.
  const time = Date.parse(instant);
  const valid = LOCAL_DATE.test(value) && !Number.isNaN(time) && new Date(time).toISOString() === instant;
  return { instant: valid ? instant : null, valid };
}

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
}: {
  clientId: string;
  viewer: { role: Role; displayName: string };
  search: URLSearchParams;
  backHref: string;
}) {
  const from = periodBound(search.get("from"));
  const to = periodBound(search.get("to"));
  const valid = from.valid && to.valid;
  const { data, loading, error, refetch } = useQuery(CLIENT_PROGRESS, {
    variables: { clientId, from: from.instant, to: to.instant, bucket: "WEEK" },
    skip: !valid,
  });
  const sheet = useRef<HTMLElement>(null);
  const progress = data?.clientProgress;
  const ready = useChartsDrawn(sheet, progress ?? null);

  useEffect(() => {
    if (!progress) return;
    // The title is what a browser proposes as the PDF's file name.
    const previous = document.title;
    document.title = `Progress report – ${progress.client.displayName} – ${progress.to}`;
    return () => void (document.title = previous);
  }, [progress]);

  if (!valid)
    return (
      <main>
        <ErrorState message="The period in the address must be dates written YYYY-MM-DD, e.g. ?from=2026-09-01&to=2026-11-30." />
      </main>
    );
  if (isRefusal(error)) return <Refusal />;
  if (error && !data) {
    // A period the server refuses (e.g. from after to) is said as the server words it; anything else is generic.
    const refused = CombinedGraphQLErrors.is(error)
      ? error.errors.find((e) => e.extensions?.code === "BAD_USER_INPUT")
      : undefined;
    const message = refused ? `This period cannot be shown: ${refused.message}` : "This report could not be loaded.";
    return (
      <main>
        <ErrorState message={message} onRetry={() => void refetch()} />
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
  const forClient = viewer.role === "CLIENT";
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
      <footer className="report-foot">
        Confidential: personal health information of {progress.client.displayName}. Follow-Up.
      </footer>
    </main>
  );
}
