import { shortDate } from "../../charts/format";
import { getFragmentData, type FragmentType } from "../../graphql";
import type { PlanReviewPanel_ReviewFragment } from "../../graphql/graphql";
import { PlanReviewPanel_Fragment } from "./WhatWorksPanel.graphql";
import { codesInWords } from "./what-works-words";
import "./what-works.css";

type Line = PlanReviewPanel_ReviewFragment["lines"][number];

const KIND_WORDS: Readonly<Record<string, string>> = {
  MOVED: "Moved",
  DID_NOT_MOVE: "Did not move",
  NOT_ENOUGH_DATA: "Not enough data",
};

/** One finding: the sentence, then the rule or method it rests on and its figures, in words, as the alerts show them. */
function ReviewLine({ line }: { line: Line }) {
  return (
    <li data-testid="review-line" data-kind={line.kind} data-direction={line.direction}>
      <span className="review-kind">{KIND_WORDS[line.kind] ?? "Finding"}:</span> {line.text}
      <span className="rule">
        Rule: {codesInWords(line.rule)}
        {line.numbers ? ` · ${codesInWords(line.numbers)}` : ""}
      </span>
    </li>
  );
}

function Evidence({ title, lines, testId }: { title: string; lines: readonly Line[]; testId: string }) {
  return (
    <div className="review-evidence" data-testid={testId}>
      <h3>{title}</h3>
      {lines.length === 0 ? (
        <p className="muted">Nothing so far.</p>
      ) : (
        <ul>
          {lines.map((line, i) => (
            <li key={i}>{line.text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The plan review: since the last revision, what moved and what did not, each line naming its rule and figures; then
 * the evidence for reworking the plan and against it. It gives no verdict: weighing the two is the therapist's call.
 */
export function PlanReviewPanel({ review: masked }: { review: FragmentType<typeof PlanReviewPanel_Fragment> }) {
  const review = getFragmentData(PlanReviewPanel_Fragment, masked);
  return (
    <section className="panel plan-review" aria-labelledby="plan-review-title" data-testid="plan-review">
      <h2 id="plan-review-title">Plan review</h2>
      <p className="lead">
        {review.version == null || !review.since
          ? "No plan recorded yet: what follows covers the whole course so far."
          : `Since version ${review.version} of the plan, from ${shortDate(review.since)}: what moved and what did not.`}
      </p>
      <ul className="review-lines">
        {review.lines.map((line, i) => (
          <ReviewLine key={i} line={line} />
        ))}
      </ul>
      <div className="review-sides">
        <Evidence title="For reworking the plan" lines={review.evidenceFor} testId="review-for" />
        <Evidence title="Against reworking" lines={review.evidenceAgainst} testId="review-against" />
      </div>
      <p className="muted">
        The review sets out the evidence each way and gives no verdict. Each finding is an association within this
        client, not proof of what caused it.
      </p>
    </section>
  );
}
