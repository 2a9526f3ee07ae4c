import { shortDate } from "../../charts/format";
import { getFragmentData, type FragmentType } from "../../graphql";
import { myWhatWorksLines, whatWorksLines } from "../client/WhatWorksPanel";
import { PlanReviewPanel_Fragment, WhatWorksPanel_Fragment } from "../client/WhatWorksPanel.graphql";

type MaskedWhatWorks = FragmentType<typeof WhatWorksPanel_Fragment>;
type MaskedReview = FragmentType<typeof PlanReviewPanel_Fragment>;

function Lines({ lines, testId, empty }: { lines: readonly string[]; testId: string; empty: string }) {
  if (lines.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul data-testid={testId}>
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

/**
 * The therapist's copy: the plan review's evidence for and against reworking (no verdict, as on the client page),
 * then one sentence per analysis. The analyses cover the whole course up to today, whatever the report's period.
 */
export function ReportWhatWorks({
  whatWorks: masked,
  review: maskedReview,
}: {
  whatWorks: MaskedWhatWorks;
  review: MaskedReview;
}) {
  const whatWorks = getFragmentData(WhatWorksPanel_Fragment, masked);
  const review = getFragmentData(PlanReviewPanel_Fragment, maskedReview);
  return (
    <section className="report-section" aria-labelledby="report-what-works-title" data-testid="report-what-works">
      <h2 id="report-what-works-title">What works</h2>
      <p className="muted">
        Over the whole course up to {shortDate(whatWorks.today)}. Associations within this client, not proof of cause.
      </p>
      <h3>Plan review</h3>
      <p>
        {review.version == null || !review.since
          ? "No plan recorded yet: the review covers the whole course so far."
          : `Since version ${review.version} of the plan, from ${shortDate(review.since)}.`}
      </p>
      <h4>For reworking the plan</h4>
      <Lines lines={review.evidenceFor.map((l) => l.text)} testId="report-review-for" empty="Nothing so far." />
      <h4>Against reworking</h4>
      <Lines lines={review.evidenceAgainst.map((l) => l.text)} testId="report-review-against" empty="Nothing so far." />
      <h3>Each analysis</h3>
      <Lines lines={whatWorksLines(whatWorks)} testId="report-what-works-lines" empty="Nothing to report yet." />
    </section>
  );
}

/** The client's own copy: the same plain sentences as their progress page. */
export function ReportMyWhatWorks({ whatWorks: masked }: { whatWorks: MaskedWhatWorks }) {
  const lines = myWhatWorksLines(getFragmentData(WhatWorksPanel_Fragment, masked));
  return (
    <section className="report-section" aria-labelledby="report-what-works-title" data-testid="report-what-works">
      <h2 id="report-what-works-title">What seems to help</h2>
      <Lines
        lines={lines}
        testId="report-what-works-lines"
        empty="Too early to tell what helps: keep logging your episodes and your homework."
      />
      <p className="muted">These are patterns in your own records, to talk through with your therapist.</p>
    </section>
  );
}
