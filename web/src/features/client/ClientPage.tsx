import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { shortDate } from "../../charts/format";
import { Link } from "../../app/router";
import { urls } from "../../app/urls";
import { Empty, ErrorState, Loading } from "../../components/States";
import { RefreshNote } from "../../forms/FormNotes";
import { useOpenForm } from "../../forms/useOpenForm";
import type { Role } from "../../graphql/graphql";
import { AccessLogPanel } from "./AccessLogPanel";
import { CasePanel } from "./CasePanel";
import { CheckInsPanel } from "./CheckInsPanel";
import { CLIENT_PROGRESS } from "./client.graphql";
import { EpisodeReader } from "./EpisodeReader";
import { LogEpisodeForm } from "./LogEpisodeForm";
import { PlanPanel } from "./PlanPanel";
import { ProgressCharts, RangeControls, rangeStart, type RangeChoice } from "./ProgressCharts";
import { RecordSessionForm } from "./RecordSessionForm";
import { Refusal, isRefusal } from "./Refusal";
import { RevisePlanForm } from "./RevisePlanForm";
import { SafetyPanel } from "./SafetyPanel";
import { SessionHistory } from "./SessionHistory";
import { SummaryPanel } from "./SummaryPanel";
import { useClientHomework } from "./useClientHomework";
import { WhatWorksPanel } from "./WhatWorksPanel";

/** The therapist's view of one client: the heart of Follow-Up. */
export function ClientPage({ clientId, viewerRole }: { clientId: string; viewerRole: Role }) {
  const [range, setRange] = useState<RangeChoice>("ALL");
  const [bucket, setBucket] = useState<"WEEK" | "MONTH">("WEEK");
  const [entry, setEntry] = useOpenForm<"session" | "plan" | "episode">(clientId);
  // Fixed per choice of range: a new instant on every render would be a new query on every render.
  const from = useMemo(() => rangeStart(range), [range]);
  const query = useQuery(CLIENT_PROGRESS, { variables: { clientId, from, bucket } });
  const { loading, error, refetch } = query;
  // A refresh that fails (or a new range still loading) keeps the last answer on screen, and any open form with it.
  const data = query.data ?? query.previousData;
  // The session form reviews the open items among the latest due (the first page).
  const homework = useClientHomework(clientId, { skip: viewerRole !== "THERAPIST" });

  if (isRefusal(error)) return <Refusal />;
  if (loading && !data)
    return (
      <main>
        <Loading what="progress" />
      </main>
    );
  if (error && !data)
    return (
      <main>
        <ErrorState message="This client's progress could not be loaded." onRetry={() => void refetch()} />
      </main>
    );
  const progress = data!.clientProgress;
  const therapist = viewerRole === "THERAPIST";
  const openHomework = homework.items.filter((h) => h.status === "ASSIGNED");
  const current = progress.planRevisions.at(-1) ?? null;
  const noData = progress.sessions.length === 0 && progress.episodes.every((e) => e.count === 0);

  return (
    <main aria-labelledby="client-title" className="client-page">
      <h1 id="client-title">{progress.client.displayName}</h1>
      <p className="lead">
        In therapy since {shortDate(progress.client.intakeDate)} ·{" "}
        {progress.client.status.toLowerCase().replace("_", " ")} · showing {shortDate(progress.from)} to{" "}
        {shortDate(progress.to)}
      </p>
      <RangeControls range={range} bucket={bucket} onRange={setRange} onBucket={setBucket} />
      <p className="no-print">
        <Link href={urls.clientReport(clientId, { from })}>Print report</Link>
      </p>
      {error && !loading && <RefreshNote onRetry={() => void refetch().catch(() => undefined)} />}
      {loading && (
        <p className="state" role="status" aria-busy="true">
          Updating…
        </p>
      )}
      {therapist && <SafetyPanel clientId={clientId} />}
      <SummaryPanel progress={progress} />
      {therapist && <CasePanel clientId={clientId} />}
      {therapist && (
        <div className="entry-buttons no-print" role="group" aria-label="Record">
          <button
            type="button"
            aria-expanded={entry === "session"}
            onClick={() => setEntry(entry === "session" ? null : "session")}
          >
            Record a session
          </button>
          <button
            type="button"
            aria-expanded={entry === "plan"}
            onClick={() => setEntry(entry === "plan" ? null : "plan")}
          >
            Revise the plan
          </button>
          <button
            type="button"
            aria-expanded={entry === "episode"}
            onClick={() => setEntry(entry === "episode" ? null : "episode")}
          >
            Log an episode
          </button>
        </div>
      )}
      {therapist && entry === "session" && (
        <RecordSessionForm
          clientId={clientId}
          openHomework={openHomework}
          sessionDates={progress.sessions.map((s) => s.localDate)}
          checkIn={progress.client.pendingCheckIn}
          onSaved={() => undefined}
        />
      )}
      {therapist && entry === "plan" && (
        <RevisePlanForm clientId={clientId} current={current} onSaved={() => undefined} />
      )}
      {therapist && entry === "episode" && (
        <LogEpisodeForm clientId={clientId} asClient={false} onSaved={() => undefined} />
      )}
      {noData ? (
        <Empty>No sessions or episodes recorded yet. Record the first session to start the charts.</Empty>
      ) : (
        <ProgressCharts progress={progress} plainLanguage={false} />
      )}
      <PlanPanel progress={progress} />
      {therapist && <WhatWorksPanel clientId={clientId} />}
      {therapist && (
        <CheckInsPanel clientId={clientId} plan={progress.client.measurementPlan} sessions={progress.sessions} />
      )}
      {therapist && <SessionHistory clientId={clientId} shownWith={progress} />}
      {therapist && <EpisodeReader clientId={clientId} shownWith={progress} />}
      {therapist && <AccessLogPanel clientId={clientId} />}
    </main>
  );
}
