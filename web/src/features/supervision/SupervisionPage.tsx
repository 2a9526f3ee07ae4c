import { useState, type ReactNode } from "react";
import { useQuery } from "@apollo/client/react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  Tooltip,
  XAxis,
  YAxis,
  Area,
  type RenderableText,
} from "recharts";
import { ChartFrame, oneDecimal } from "../../charts/ChartFrame";
import { ErrorState, Loading } from "../../components/States";
import { getFragmentData, type FragmentType } from "../../graphql";
import type { MetricsGroup, MetricsRow_RowFragment } from "../../graphql/graphql";
import {
  AUDIT_SUMMARY,
  CASELOAD_METRICS,
  METRICS_COHORTS,
  MetricsRow_Fragment,
  WhatWorksGroup_Fragment,
} from "./supervision.graphql";

type Row = MetricsRow_RowFragment;
type MaskedRow = FragmentType<typeof MetricsRow_Fragment>;
type Cell = { value?: number | null; suppressed: boolean };
type RateCell = Row["flagged"];

/** A count, or "fewer than k" when suppression hid it. */
function CountText({ cell, k }: { cell: Cell; k: number }) {
  if (cell.suppressed)
    return (
      <span className="suppressed" title={`Hidden: fewer than ${k} clients, or could be worked out from other figures`}>
        fewer than {k}*
      </span>
    );
  return <>{cell.value ?? "—"}</>;
}

function RateText({ rate, k }: { rate: RateCell; k: number }) {
  if (rate.suppressed) return <span className="suppressed">fewer than {k}*</span>;
  if (rate.rate == null) return <span className="muted">—</span>;
  return (
    <>
      {Math.round(rate.rate * 100)}%{" "}
      <span className="muted">
        ({rate.numerator}/{rate.denominator})
      </span>
    </>
  );
}

const spread = (d: Row["sessionsPerClient"], k: number) =>
  d.suppressed ? (
    <span className="suppressed">fewer than {k}*</span>
  ) : d.median == null ? (
    "—"
  ) : (
    `${oneDecimal(d.median)} (${oneDecimal(d.q1)}–${oneDecimal(d.q3)})`
  );

/**
 * A table wider than the page scrolls inside its own region, which keyboard users can focus and scroll and screen
 * readers announce by the table's name.
 */
function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

function MetricsTable({
  rows,
  total,
  k,
  caption,
}: {
  rows: readonly MaskedRow[];
  total: MaskedRow | null;
  k: number;
  caption: string;
}) {
  const all = getFragmentData(MetricsRow_Fragment, total ? [...rows, total] : rows);
  return (
    <TableRegion label={caption}>
      <table className="metrics-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col">Clients</th>
            <th scope="col">Active</th>
            <th scope="col">Discharged</th>
            <th scope="col">Dropped out</th>
            <th scope="col">Sessions per client, median (IQR)</th>
            <th scope="col">Reliable recovery, PHQ-9 + GAD-7, finished courses</th>
            <th scope="col">Reliable improvement, ORS, finished courses</th>
            <th scope="col">Now not on track or at risk</th>
            <th scope="col">…plan revised within 3 weeks</th>
            <th scope="col">Homework completed</th>
          </tr>
        </thead>
        <tbody>
          {all.map((row) => (
            <tr key={row.label} className={row === total ? "total-row" : undefined}>
              <th scope="row">{row.label}</th>
              <td>
                <CountText cell={row.clients} k={k} />
              </td>
              <td>
                <CountText cell={row.active} k={k} />
              </td>
              <td>
                <CountText cell={row.discharged} k={k} />
              </td>
              <td>
                <CountText cell={row.droppedOut} k={k} />
              </td>
              <td>{spread(row.sessionsPerClient, k)}</td>
              <td>
                <RateText rate={row.outcomes.find((o) => o.measure === "NHS_PHQ9_GAD7")!.reliableRecovery} k={k} />
              </td>
              <td>
                <RateText rate={row.outcomes.find((o) => o.measure === "ORS")!.reliableImprovement} k={k} />
              </td>
              <td>
                <RateText rate={row.flagged} k={k} />
              </td>
              <td>
                <RateText rate={row.revisedWithinThreeWeeks} k={k} />
              </td>
              <td>
                <RateText rate={row.homeworkCompletion} k={k} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

type Outcomes = Row["outcomes"];

/**
 * One outcome table, on the NHS Talking Therapies paired PHQ-9 and GAD-7 definitions, for the listed groups and the
 * total: finished courses, or clients still in treatment.
 */
function OutcomeTable({
  rows,
  total,
  k,
  caption,
  explanation,
  pick,
  countLabel,
  count,
}: {
  rows: readonly MaskedRow[];
  total: MaskedRow;
  k: number;
  caption: string;
  explanation: string;
  pick: (row: Row) => Outcomes;
  countLabel: string;
  count: (row: Row) => Cell;
}) {
  const all = getFragmentData(MetricsRow_Fragment, [...rows, total]);
  const nhs = (row: Row) => pick(row).find((o) => o.measure === "NHS_PHQ9_GAD7")!;
  return (
    <>
      <TableRegion label={caption}>
        <table className="metrics-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">{countLabel}</th>
              <th scope="col">With PHQ-9 and GAD-7 at start and end</th>
              <th scope="col">At caseness at the start</th>
              <th scope="col">Recovery</th>
              <th scope="col">Reliable recovery</th>
              <th scope="col">Reliable improvement</th>
              <th scope="col">Reliable deterioration</th>
            </tr>
          </thead>
          <tbody>
            {all.map((row, i) => {
              const o = nhs(row);
              return (
                <tr key={row.label} className={i === all.length - 1 ? "total-row" : undefined}>
                  <th scope="row">{row.label}</th>
                  <td>
                    <CountText cell={count(row)} k={k} />
                  </td>
                  <td>
                    <CountText cell={o.eligible} k={k} />
                  </td>
                  <td>
                    <CountText cell={o.atCasenessAtStart} k={k} />
                  </td>
                  <td>
                    <RateText rate={o.recovery} k={k} />
                  </td>
                  <td>
                    <RateText rate={o.reliableRecovery} k={k} />
                  </td>
                  <td>
                    <RateText rate={o.reliableImprovement} k={k} />
                  </td>
                  <td>
                    <RateText rate={o.reliableDeterioration} k={k} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>
      <p className="muted">{explanation}</p>
    </>
  );
}

type MaskedWhatWorksGroup = FragmentType<typeof WhatWorksGroup_Fragment>;

/**
 * One what-works table: groups of finished courses, each with its reliable improvement on ORS and on the NHS paired
 * PHQ-9 and GAD-7 rules, explained in a line under it.
 */
function WhatWorksTable({
  groups,
  k,
  caption,
  groupLabel,
  explanation,
}: {
  groups: readonly MaskedWhatWorksGroup[];
  k: number;
  caption: string;
  groupLabel: string;
  explanation: string;
}) {
  const rows = getFragmentData(WhatWorksGroup_Fragment, groups);
  const improvement = (row: (typeof rows)[number], measure: string) =>
    row.outcomes.find((o) => o.measure === measure)!.reliableImprovement;
  return (
    <>
      <TableRegion label={caption}>
        <table className="metrics-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{groupLabel}</th>
              <th scope="col">Finished courses</th>
              <th scope="col">Reliable improvement, ORS</th>
              <th scope="col">Reliable improvement, PHQ-9 + GAD-7</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={4} className="muted">
                  No finished courses.
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td>
                    <CountText cell={row.courses} k={k} />
                  </td>
                  <td>
                    <RateText rate={improvement(row, "ORS")} k={k} />
                  </td>
                  <td>
                    <RateText rate={improvement(row, "NHS_PHQ9_GAD7")} k={k} />
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </TableRegion>
      <p className="muted">{explanation}</p>
    </>
  );
}

const GROUPING_LABELS: Record<MetricsGroup, string> = {
  COMPLAINT: "Chief complaint",
  INTAKE_QUARTER: "Quarter of intake",
  THERAPIST: "Therapist",
};

/** The supervisor's home: anonymised figures for the clinic, never a person. */
export function SupervisionPage() {
  const [groupBy, setGroupBy] = useState<MetricsGroup>("COMPLAINT");
  // No cohort chosen yet: the server's first view (the latest year half gone by).
  const [cohort, setCohort] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(CASELOAD_METRICS, { variables: { groupBy, cohort } });
  const cohorts = useQuery(METRICS_COHORTS);
  const audit = useQuery(AUDIT_SUMMARY);

  if (loading && !data)
    return (
      <main>
        <Loading what="clinic metrics" />
      </main>
    );
  if (error && !data)
    return (
      <main>
        <ErrorState message="The clinic metrics could not be loaded." onRetry={() => void refetch()} />
      </main>
    );
  const metrics = data!.caseloadMetrics;
  const k = metrics.minCellSize;
  // The headline reads the clinic's row as the tables do.
  const total = getFragmentData(MetricsRow_Fragment, metrics.total);

  const outcomeBars = total.outcomes.flatMap((o) =>
    (
      [
        ["Reliable improvement", o.reliableImprovement],
        ["Reliable deterioration", o.reliableDeterioration],
        ["Recovery", o.recovery],
        ["Reliable recovery", o.reliableRecovery],
      ] as const
    ).map(([name, rate]) => ({
      label: `${name} (${o.measure === "ORS" ? "ORS" : "PHQ-9+GAD-7"})`,
      percent: rate.rate == null ? null : Math.round(rate.rate * 1000) / 10,
      denominator: rate.denominator,
      suppressed: rate.suppressed,
      rate,
    })),
  );
  const course = metrics.typicalCourse.map((p) => ({
    month: p.monthInTreatment,
    ors: p.ors.median,
    orsBand: p.ors.q1 != null ? [p.ors.q1, p.ors.q3] : null,
    phq9: p.phq9.median,
    p,
  }));
  const shownCourse = course.filter((p) => p.ors != null || p.phq9 != null);

  return (
    <main aria-labelledby="supervision-title">
      <h1 id="supervision-title">Clinic overview</h1>
      <p className="lead">
        Clients whose therapy began in {metrics.cohort.kind === "YEAR" ? "the year" : "the quarter"}{" "}
        {metrics.cohort.label}. Anonymised: no names, notes or dates, and no group smaller than {k}.
      </p>
      <label className="no-print">
        Intake cohort{" "}
        <select
          value={metrics.cohort.id}
          onChange={(e) => {
            const next = cohorts.data?.metricsCohorts.find((c) => c.id === e.target.value);
            setCohort(e.target.value);
            if (next && !next.groupings.includes(groupBy)) setGroupBy("COMPLAINT");
          }}
        >
          {(cohorts.data?.metricsCohorts ?? [metrics.cohort]).map((c) => (
            <option key={c.id} value={c.id}>
              {c.kind === "QUARTER" ? `\u2003${c.label}` : c.label}
            </option>
          ))}
        </select>
      </label>
      <p className="notice" data-testid="suppression-note">
        * “Fewer than {k}”: {metrics.suppressionRule} {metrics.perturbationNote}
      </p>

      <section className="headline" aria-label="Headline figures">
        <div>
          <span className="big">
            <CountText cell={total.clients} k={k} />
          </span>{" "}
          clients
        </div>
        <div>
          <span className="big">
            <CountText cell={total.active} k={k} />
          </span>{" "}
          active
        </div>
        <div>
          <span className="big">
            <RateText rate={total.flagged} k={k} />
          </span>{" "}
          of active now not on track or at risk
        </div>
        <div>
          <span className="big">
            <RateText rate={total.outcomes.find((o) => o.measure === "NHS_PHQ9_GAD7")!.recovery} k={k} />
          </span>{" "}
          NHS recovery rate, finished courses
        </div>
        <div>
          <span className="big">{spread(total.sessionsPerClient, k)}</span> sessions per client
        </div>
      </section>

      <h2>Outcomes and the course of therapy</h2>
      <div className="charts">
        <ChartFrame
          title="Outcome rates, finished courses, whole clinic"
          summary={`Among ${total.outcomes.map((o) => `${o.eligible.suppressed ? `fewer than ${k}` : o.eligible.value} finished courses with two or more ${o.measure === "ORS" ? "ORS" : "PHQ-9 and GAD-7"} ratings`).join(" and ")}; each bar's denominator is in the table.`}
          testId="chart-outcome-rates"
          rows={outcomeBars}
          columns={[
            { label: "Outcome", value: (row) => row.label },
            {
              label: "Rate",
              value: (row) => (row.suppressed ? `fewer than ${k}*` : row.percent == null ? null : `${row.percent}%`),
            },
            { label: "Denominator", value: (row) => (row.suppressed ? `fewer than ${k}*` : row.denominator) },
          ]}
          height={300}
        >
          <BarChart data={outcomeBars} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 24 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" domain={[0, 100]} unit="%" />
            <YAxis type="category" dataKey="label" width={230} tick={{ fontSize: 12 }} />
            <Bar
              dataKey="percent"
              name="Rate (%)"
              fill="#1d4ed8"
              isAnimationActive={false}
              label={{
                position: "right",
                fontSize: 11,
                formatter: (value: RenderableText) => (value == null ? "" : `${value}%`),
              }}
            />
            <Tooltip />
          </BarChart>
        </ChartFrame>
        <ChartFrame
          title="Typical course: median scores by month in treatment"
          summary={
            shownCourse.length
              ? `Median ORS ${oneDecimal(shownCourse[0]!.ors) ?? "—"} in month ${shownCourse[0]!.month} and ${oneDecimal(shownCourse.at(-1)!.ors) ?? "—"} in month ${shownCourse.at(-1)!.month}; months with fewer than ${k} clients are left out.`
              : `No month has ${k} or more rated clients yet.`
          }
          testId="chart-typical-course"
          rows={course}
          columns={[
            { label: "Month in treatment", value: (row) => row.month },
            {
              label: "Median ORS (IQR)",
              value: (row) =>
                row.ors == null
                  ? row.p.ors.suppressed
                    ? `fewer than ${k}*`
                    : null
                  : `${oneDecimal(row.ors)} (${oneDecimal(row.p.ors.q1)}–${oneDecimal(row.p.ors.q3)})`,
            },
            {
              label: "Median PHQ-9 (IQR)",
              value: (row) =>
                row.phq9 == null
                  ? row.p.phq9.suppressed
                    ? `fewer than ${k}*`
                    : null
                  : `${oneDecimal(row.phq9)} (${oneDecimal(row.p.phq9.q1)}–${oneDecimal(row.p.phq9.q3)})`,
            },
          ]}
        >
          <ComposedChart data={shownCourse} margin={{ top: 16, right: 24, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="month"
              label={{ value: "Months since intake", position: "insideBottomRight", offset: -4 }}
            />
            <YAxis yAxisId="ors" domain={[0, 40]} />
            <YAxis yAxisId="phq9" orientation="right" domain={[0, 27]} />
            <Area
              yAxisId="ors"
              dataKey="orsBand"
              name="ORS interquartile range"
              fill="#93c5fd"
              stroke="none"
              fillOpacity={0.4}
              isAnimationActive={false}
            />
            <Line
              yAxisId="ors"
              dataKey="ors"
              name="Median ORS"
              stroke="#1d4ed8"
              strokeWidth={2}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
            <Line
              yAxisId="phq9"
              dataKey="phq9"
              name="Median PHQ-9"
              stroke="#b45309"
              strokeDasharray="6 3"
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
            <Tooltip />
            <Legend />
          </ComposedChart>
        </ChartFrame>
      </div>

      <section className="panel" aria-labelledby="nhs-title">
        <h2 id="nhs-title">NHS Talking Therapies outcomes</h2>
        <OutcomeTable
          rows={metrics.rows}
          total={metrics.total}
          k={k}
          caption="Finished courses — comparable with NHS published rates"
          explanation="Clients discharged or dropped out after at least two treatment sessions, first PHQ-9 and GAD-7 against the last: the courses NHS Talking Therapies counts."
          pick={(row) => row.outcomes}
          countLabel="Finished courses"
          count={(row) => row.finishedCourses}
        />
        <OutcomeTable
          rows={metrics.rows}
          total={metrics.total}
          k={k}
          caption="Clients still in treatment — not comparable with NHS published rates"
          explanation="Clients still in treatment, first scores against their latest: their courses are not over, so these rates will change."
          pick={(row) => row.inTreatmentOutcomes}
          countLabel="Still in treatment"
          count={(row) => row.active}
        />
      </section>

      <section className="panel" aria-labelledby="what-works-title" data-testid="what-works">
        <h2 id="what-works-title">What works, across the caseload</h2>
        <p className="muted">
          Finished courses of the whole cohort. These are associations, not proof that one thing caused another: clients
          who do more homework, or whose plans name a technique, may differ in other ways.
        </p>
        <WhatWorksTable
          groups={metrics.total.whatWorks.homeworkBands}
          k={k}
          caption="Reliable improvement by homework completed"
          groupLabel="Homework completed over the course"
          explanation="Each course is placed by the share of its reviewed homework that was completed; partly done counts as not done."
        />
        <WhatWorksTable
          groups={metrics.total.whatWorks.plannedTechniques}
          k={k}
          caption="Reliable improvement by technique in the plan"
          groupLabel="Technique in the plan"
          explanation="A course counts under every technique its plan named at any time, so one course can appear in several rows."
        />
        <p data-testid="revision-after-flag">
          Of the finished courses flagged not on track or at risk at some point (
          <CountText cell={metrics.total.whatWorks.revisionAfterFlag.flaggedCourses} k={k} />
          ), <RateText rate={metrics.total.whatWorks.revisionAfterFlag.revisedInTime} k={k} /> had their plan revised
          within {Math.round(metrics.total.whatWorks.revisionAfterFlag.responseDays / 7)} weeks of the first flag.
        </p>
        <WhatWorksTable
          groups={metrics.total.whatWorks.revisionAfterFlag.groups}
          k={k}
          caption="Reliable improvement after an off-track flag, by plan revision"
          groupLabel="After the first flag"
          explanation="Flagged finished courses, by whether the plan was revised within three weeks of the first flag, against their outcome at the end."
        />
      </section>

      <section className="panel" aria-labelledby="groups-title">
        <h2 id="groups-title">By group</h2>
        <label className="no-print">
          Group clients by{" "}
          <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as MetricsGroup)}>
            {metrics.cohort.groupings.map((g) => (
              <option key={g} value={g}>
                {GROUPING_LABELS[g]}
              </option>
            ))}
          </select>
        </label>
        <MetricsTable
          rows={metrics.rows}
          total={metrics.total}
          k={k}
          caption={`Clients by ${GROUPING_LABELS[metrics.groupBy].toLowerCase()}`}
        />
        <p className="muted">
          Groups with fewer than {k} clients, and others that would let them be worked out, are left out.
        </p>
      </section>

      {metrics.cohort.kind === "YEAR" && (
        <section className="panel" aria-labelledby="therapists-title">
          <h2 id="therapists-title">Therapists</h2>
          <p className="muted">For supervision: therapists are named; their clients are not. Whole years only.</p>
          <MetricsTable rows={metrics.therapists} total={null} k={k} caption="Caseload figures per therapist" />
        </section>
      )}

      <section className="panel" aria-labelledby="audit-title">
        <h2 id="audit-title">Access to health information</h2>
        <p className="muted">
          From the append-only audit log, by month. All clients reading their own records are counted together, and only
          when at least {k} of them did.
        </p>
        {audit.data && (
          <TableRegion label="Reads and changes, last 12 months">
            <table>
              <caption>Reads and changes, last 12 months</caption>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col">Who</th>
                  <th scope="col">Action</th>
                  <th scope="col">Count</th>
                </tr>
              </thead>
              <tbody>
                {audit.data.auditSummary.slice(0, 40).map((row, i) => (
                  <tr key={i}>
                    <td>{row.month}</td>
                    <td>
                      {row.actor} <span className="muted">({row.actorRole.toLowerCase()})</span>
                    </td>
                    <td>{row.action.toLowerCase().replace(/_/g, " ")}</td>
                    <td>{row.suppressed ? <span className="suppressed">fewer than {k} clients*</span> : row.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </section>
    </main>
  );
}
