import { useQuery } from "@apollo/client/react";
import { Link } from "../../app/router";
import { urls } from "../../app/urls";
import { Loading } from "../../components/States";
import { CHECK_INS_DUE } from "./check-in.graphql";
import { checkInTitle, deadlineInWords, ratingTitle } from "./due-words";
import "./check-in.css";

/** The top of the client's home: the check-in and the session ratings waiting for them, or that nothing is. */
export function ToDo() {
  const { data, loading, error, refetch } = useQuery(CHECK_INS_DUE);
  const items = data?.checkInsDue ?? [];
  return (
    <section className="panel to-do" aria-labelledby="to-do-title" data-testid="to-do">
      <h2 id="to-do-title">To do</h2>
      {loading && !data ? (
        <Loading what="your to-do list" />
      ) : error && !data ? (
        <p role="alert">
          Your to-do list could not be loaded.{" "}
          <button type="button" className="secondary" onClick={() => void refetch()}>
            Try again
          </button>
        </p>
      ) : items.length === 0 ? (
        <p className="muted">Nothing to do right now.</p>
      ) : (
        <ul>
          {items.map((item) =>
            item.kind === "CHECK_IN" ? (
              <li key={`check-in-${item.key}`}>
                <Link href={urls.checkIn()}>{checkInTitle(item.key)}</Link>
                <span className="when">A few questions about how things have been.</span>
              </li>
            ) : (
              <li key={`session-${item.key}`}>
                <Link href={urls.rateSession(item.sessionId ?? item.key)}>{ratingTitle(item.sessionDate ?? null)}</Link>
                {item.deadline && <span className="when">{deadlineInWords(item.deadline, new Date())}</span>}
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}
