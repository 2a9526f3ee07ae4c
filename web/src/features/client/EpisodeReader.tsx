import { useEffect, useRef, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { ShowMore, usePaging } from "../../components/ShowMore";
import { FieldScope } from "../../components/FieldError";
import { dateTimeInWords } from "../../components/CopyText";
import { label } from "../../components/options";
import { getFragmentData, type FragmentType } from "../../graphql";
import { Empty, ErrorState, Loading } from "../../components/States";
import { draftKey } from "../../forms/drafts";
import { useViewerId } from "../../forms/useViewerId";
import { REFRESH_AFTER_WRITE } from "./client.graphql";
import { CorrectionHistory, instantForInput, ReasonField, reasonProblem } from "./CorrectionHistory";
import { CLIENT_EPISODES, CORRECT_EPISODE, EpisodeReader_Fragment, type EpisodeRecord } from "./EpisodeReader.graphql";
import { EpisodeForm, type EpisodeFormValues } from "./LogEpisodeForm";
import "./read-back.css";

const PHASES = [
  { name: "Before", thoughts: "thoughtsBefore", feelings: "feelingsBefore" },
  { name: "During", thoughts: "thoughtsDuring", feelings: "feelingsDuring" },
  { name: "After", thoughts: "thoughtsAfter", feelings: "feelingsAfter" },
] as const;

const written = (text: string | null | undefined) => text ?? <span className="muted">Not written.</span>;

function duration(minutes: number): string {
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours} hour${hours === 1 ? "" : "s"}${rest ? ` ${rest} minute${rest === 1 ? "" : "s"}` : ""}`;
}

/** The episode as the form holds it: what was written, for the therapist to change. */
function formValues(episode: EpisodeRecord): EpisodeFormValues {
  return {
    occurredAt: instantForInput(episode.occurredAt),
    symptom: episode.symptom,
    peakIntensity: String(episode.peakIntensity),
    durationMinutes: String(episode.durationMinutes),
    episodeType: episode.episodeType,
    triggerCategory: episode.triggerCategory,
    copingTechnique: episode.copingTechnique ?? "",
    texts: {
      situation: episode.situation ?? "",
      thoughtsBefore: episode.thoughtsBefore ?? "",
      feelingsBefore: episode.feelingsBefore ?? "",
      thoughtsDuring: episode.thoughtsDuring ?? "",
      feelingsDuring: episode.feelingsDuring ?? "",
      thoughtsAfter: episode.thoughtsAfter ?? "",
      feelingsAfter: episode.feelingsAfter ?? "",
      whatIDid: episode.whatIDid ?? "",
      wishIHadDone: episode.wishIHadDone ?? "",
    },
  };
}

/** The episode's form, filled in as it was written, with the reason the correction needs. */
function CorrectEpisode({ clientId, episode }: { clientId: string; episode: EpisodeRecord }) {
  const viewerId = useViewerId();
  const [defaults] = useState(() => formValues(episode));
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [correct] = useMutation(CORRECT_EPISODE, { refetchQueries: REFRESH_AFTER_WRITE, awaitRefetchQueries: true });
  return (
    <FieldScope.Provider value={`correct-episode-${episode.id}-`}>
      <EpisodeForm
        title="Correct this episode"
        testId="correct-episode-form"
        submitLabel="Save the correction"
        defaultValues={defaults}
        draftKey={viewerId ? draftKey(viewerId, clientId, `episode-correction-${episode.id}`) : null}
        extraFields={<ReasonField value={reason} onChange={setReason} problem={reasonError} />}
        onSubmit={async (input) => {
          setReasonError(null);
          try {
            await correct({ variables: { episodeId: episode.id, reason, input: { ...input, clientId } } });
          } catch (error) {
            setReasonError(reasonProblem(error));
            throw error;
          }
          setReason("");
          return "Correction saved; what the episode said before is kept in its history.";
        }}
      />
    </FieldScope.Provider>
  );
}

/** One episode as the client wrote it up: the facts, then the thought record before, during and after. */
function ThoughtRecord({
  clientId,
  episode: masked,
}: {
  clientId: string;
  episode: FragmentType<typeof EpisodeReader_Fragment>;
}) {
  const episode = getFragmentData(EpisodeReader_Fragment, masked);
  const [correcting, setCorrecting] = useState(false);
  return (
    <div className="thought-record" data-testid="thought-record">
      <dl className="record-facts">
        <div>
          <dt>Symptom</dt>
          <dd>{label(episode.symptom)}</dd>
        </div>
        <div>
          <dt>Intensity</dt>
          <dd>{episode.peakIntensity} of 10 at its peak</dd>
        </div>
        <div>
          <dt>Duration</dt>
          <dd>{duration(episode.durationMinutes)}</dd>
        </div>
        <div>
          <dt>Type</dt>
          <dd>{label(episode.episodeType)}</dd>
        </div>
        <div>
          <dt>Trigger</dt>
          <dd>{label(episode.triggerCategory)}</dd>
        </div>
        <div>
          <dt>Coping technique</dt>
          <dd>{episode.copingTechnique ? label(episode.copingTechnique) : "None named"}</dd>
        </div>
        <div>
          <dt>Logged by</dt>
          <dd>{episode.loggedBy === "CLIENT" ? "The client" : "The therapist"}</dd>
        </div>
        <div className="wide">
          <dt>Situation</dt>
          <dd className="notes">{written(episode.situation)}</dd>
        </div>
      </dl>
      <div className="phases">
        {PHASES.map((phase) => (
          <section key={phase.name} aria-label={`${phase.name} the episode`}>
            <h4>{phase.name}</h4>
            <dl>
              <dt>Thoughts</dt>
              <dd className="notes">{written(episode[phase.thoughts])}</dd>
              <dt>Feelings</dt>
              <dd className="notes">{written(episode[phase.feelings])}</dd>
            </dl>
          </section>
        ))}
      </div>
      <dl className="record-facts">
        <div className="wide">
          <dt>What the client did</dt>
          <dd className="notes">{written(episode.whatIDid)}</dd>
        </div>
        <div className="wide">
          <dt>What they wish they had done</dt>
          <dd className="notes">{written(episode.wishIHadDone)}</dd>
        </div>
      </dl>
      {episode.corrections.length > 0 && <CorrectionHistory corrections={episode.corrections} />}
      <p className="no-print">
        <button
          type="button"
          className="secondary"
          aria-expanded={correcting}
          onClick={() => setCorrecting(!correcting)}
        >
          Correct this episode
        </button>
      </p>
      {correcting && <CorrectEpisode clientId={clientId} episode={episode} />}
    </div>
  );
}

/** The therapist reads the client's recent episodes; opening one shows its thought record. */
export function EpisodeReader({ clientId, shownWith }: { clientId: string; shownWith: unknown }) {
  const query = useQuery(CLIENT_EPISODES, { variables: { clientId } });
  const [open, setOpen] = useState<string | null>(null);
  const firstRender = useRef(true);
  const { refetch } = query;
  // Read again when the progress is (after a write), so an episode just logged or corrected shows.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    void refetch().catch(() => null);
  }, [shownWith, refetch]);

  const connection = query.data?.clientEpisodes;
  const paging = usePaging(connection, query.networkStatus, (after) => query.fetchMore({ variables: { after } }));

  let body;
  if (query.loading && !query.data) body = <Loading what="episodes" />;
  else if (query.error && !query.data)
    body = <ErrorState message="Episodes could not be loaded." onRetry={() => void refetch()} />;
  else if (!connection || connection.edges.length === 0) body = <Empty>No episodes logged yet.</Empty>;
  else
    body = (
      <>
        <ul className="records" aria-label="Episodes, newest first">
          {connection.edges.map(({ node }) => {
            const episode = getFragmentData(EpisodeReader_Fragment, node);
            const expanded = open === episode.id;
            const regionId = `episode-${episode.id}`;
            return (
              <li key={episode.id} className="record" data-testid="episode-record">
                <h3>
                  <button
                    type="button"
                    className="record-toggle"
                    aria-expanded={expanded}
                    aria-controls={regionId}
                    onClick={() => setOpen(expanded ? null : episode.id)}
                  >
                    {dateTimeInWords(episode.occurredAt)}: {label(episode.symptom).toLowerCase()}, intensity{" "}
                    {episode.peakIntensity} of 10
                  </button>
                  {episode.corrections.length > 0 && <span className="badge corrected">Corrected</span>}
                </h3>
                {expanded && (
                  <div id={regionId}>
                    <ThoughtRecord clientId={clientId} episode={node} />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
        <ShowMore paging={paging} what="episodes" />
      </>
    );

  return (
    <section className="panel read-back" aria-labelledby="episode-reader-title" data-testid="episode-reader">
      <h2 id="episode-reader-title">Episodes and thought records</h2>
      {body}
    </section>
  );
}
