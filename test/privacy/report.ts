/**
 * `npm run privacy`: the figures of docs/privacy.md, from one run on the demo clinic as it stands on a fixed day.
 * It plays the supervisor-attacker of test/api/privacy-attack.test.ts, measures how much of the supervisor's first
 * view and of the last full year is shown, and how far shown counts are from the truth, and rewrites the figures
 * section of docs/privacy.md.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Role } from "../../server/auth/role.ts";
import { User } from "../../server/auth/user.entity.ts";
import { DEMO_PASSWORD, seedDemoIfEmpty } from "../../server/demo/seed.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import { parseCohort } from "../../server/supervision/cohorts.ts";
import { MetricsGroup } from "../../server/supervision/metrics.types.ts";
import {
  expectedAbsolutePerturbation,
  PERTURBATION,
  perturbationTable,
} from "../../server/supervision/perturbation.ts";
import { GraphQLSession } from "../helpers/graphql-client.ts";
import { attackAsSupervisor, differenceOverTime, METRICS_QUERY } from "../helpers/privacy-attack.ts";
import { startTestServer } from "../helpers/test-server.ts";

/** The day the previous method's share was measured (docs/privacy.md, "Utility"). */
const DAY = new Date(process.env.PRIVACY_DATE ?? "2026-12-01T17:00:00.000Z");
const DOC = path.resolve("docs/privacy.md");
const START = "<!-- figures:start (written by npm run privacy) -->";
const END = "<!-- figures:end -->";

/** The ten figures per group that the page's table shows, and whether each is shown. */
function shownCells(row: any): boolean[] {
  const outcome = (measure: string) => row.outcomes.find((o: any) => o.measure === measure);
  return [
    row.clients,
    row.active,
    row.discharged,
    row.droppedOut,
    row.sessionsPerClient,
    outcome("NHS_PHQ9_GAD7").reliableRecovery,
    outcome("ORS").reliableImprovement,
    row.flagged,
    row.revisedWithinThreeWeeks,
    row.homeworkCompletion,
  ].map((cell) => !cell.suppressed);
}

/** The what-works tables' figures of a row that the page shows: each group's courses and two improvement rates. */
function whatWorksCells(row: any): boolean[] {
  const works = row.whatWorks;
  return [...works.homeworkBands, ...works.plannedTechniques, ...works.revisionAfterFlag.groups]
    .flatMap((group: any) => [group.courses, ...group.outcomes.map((o: any) => o.reliableImprovement)])
    .concat([works.revisionAfterFlag.revisedInTime])
    .map((cell: any) => !cell.suppressed);
}

const server = await startTestServer({ clock: () => DAY });
try {
  await seedDemoIfEmpty(server.dataSource, { seed: 20261126, rules: DEFAULT_RULES, now: DAY });
  const supervisor = new GraphQLSession(server.url);
  await supervisor.login("supervisor@demo.local", DEMO_PASSWORD);
  const user = await server.dataSource.getRepository(User).findOneByOrFail({ email: "supervisor@demo.local" });
  const viewer = {
    userId: user.id,
    role: Role.SUPERVISOR,
    clinicId: user.clinicId,
    displayName: user.displayName,
    clientId: null,
    sessionTokenHash: "",
  };
  const { tables, labels, clinic } = await server.services.metrics.clinicTables(viewer);

  const views: { name: string; cohort: string | null }[] = [
    { name: "First view (the page's default)", cohort: null },
    { name: `Last full year (${DAY.getUTCFullYear() - 1})`, cohort: String(DAY.getUTCFullYear() - 1) },
  ];
  const lines: string[] = [];
  const whatWorksLines: string[] = [];
  let absolute = 0;
  let shownCounts = 0;
  for (const view of views) {
    const response = await supervisor.request<any>(METRICS_QUERY, { cohort: view.cohort, groupBy: "COMPLAINT" });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    const metrics = response.data.caseloadMetrics;
    const cohort = parseCohort(metrics.cohort.id);
    const share = (table: any[], groupBy: MetricsGroup) => {
      const groups = tables
        .layout(cohort, groupBy, labels, true)
        .rows.filter((row) => (tables.figure(row.id, "clients")?.value ?? 0) > 0).length;
      const shown = table.flatMap(shownCells).filter(Boolean).length;
      return {
        shown,
        cells: groups * 10,
        text: `${shown} of ${groups * 10} (${groups ? Math.round((100 * shown) / (groups * 10)) : 0}%)`,
      };
    };
    const complaint = share(metrics.rows, MetricsGroup.COMPLAINT);
    const therapist = share(metrics.therapists, MetricsGroup.THERAPIST);
    // How far each shown count of the view is from its true value.
    const layout = tables.layout(cohort, MetricsGroup.COMPLAINT, labels);
    const therapistLayout = tables.layout(cohort, MetricsGroup.THERAPIST, labels);
    const pairs: [any, string][] = [
      [metrics.total, layout.total],
      ...metrics.rows.map((row: any, i: number) => [row, layout.rows[i]!.id] as [any, string]),
      ...metrics.therapists.map((row: any, i: number) => [row, therapistLayout.rows[i]!.id] as [any, string]),
    ];
    let viewAbsolute = 0;
    let viewCounts = 0;
    for (const [row, id] of pairs) {
      for (const field of ["clients", "active", "discharged", "droppedOut"]) {
        if (row[field].suppressed) continue;
        viewAbsolute += Math.abs(row[field].value - tables.figure(id, field)!.value);
        viewCounts++;
      }
    }
    const works = whatWorksCells(metrics.total);
    whatWorksLines.push(
      `| ${view.name}: ${metrics.cohort.label} | ${works.filter(Boolean).length} of ${works.length} (${Math.round((100 * works.filter(Boolean).length) / Math.max(1, works.length))}%) |`,
    );
    absolute += viewAbsolute;
    shownCounts += viewCounts;
    lines.push(
      `| ${view.name}: ${metrics.cohort.label}, ${metrics.total.clients.value ?? "fewer than " + clinic.minCellSize} clients | ${complaint.text} | ${therapist.text} | ${(viewAbsolute / Math.max(1, viewCounts)).toFixed(2)} over ${viewCounts} counts |`,
    );
  }

  const attack = await attackAsSupervisor(supervisor, { tables, labels, minCellSize: clinic.minCellSize });

  // Over time: the active client with the most attended treatment sessions with paired PHQ-9 and GAD-7 finishes the
  // course, moving from the clients-in-treatment table to the finished-course table; then the attack again.
  const [moving] = await server.query(
    `SELECT c.id AS id, c.therapist_id AS therapist FROM client c JOIN therapy_session s ON s.client_id = c.id
     WHERE c.status = 'ACTIVE' AND s.attendance = 'ATTENDED' AND s.kind <> 'INTAKE'
       AND s.phq9_total IS NOT NULL AND s.gad7_total IS NOT NULL
     GROUP BY c.id, c.therapist_id ORDER BY COUNT(*) DESC, c.id LIMIT 1`,
  );
  const therapist = await server.dataSource.getRepository(User).findOneByOrFail({ id: Number(moving.therapist) });
  const therapistSession = new GraphQLSession(server.url);
  await therapistSession.login(therapist.email, DEMO_PASSWORD);
  const closed = await therapistSession.request(
    `mutation ($id: ID!, $date: LocalDate!) { closeCase(clientId: $id, outcome: DISCHARGED, date: $date) { id } }`,
    { id: String(moving.id), date: DAY.toISOString().slice(0, 10) },
  );
  if (closed.errors) throw new Error(JSON.stringify(closed.errors));
  const after = await server.services.metrics.clinicTables(viewer);
  const later = await attackAsSupervisor(supervisor, {
    tables: after.tables,
    labels: after.labels,
    minCellSize: clinic.minCellSize,
  });
  const overTime = differenceOverTime(attack, later, clinic.minCellSize);
  const table = perturbationTable(PERTURBATION);
  const figures = [
    START,
    "",
    `Measured by \`npm run privacy\` on the demo clinic as generated for ${DAY.toISOString().slice(0, 10)} (seed 20261126, ${clinic.minCellSize} as the minimum cell size).`,
    "",
    "**Utility: figures shown, counting the ten figures per group that the page's tables show**",
    "",
    "| view | by complaint | by therapist | mean absolute perturbation of shown client counts |",
    "|---|---|---|---|",
    ...lines,
    "",
    `The perturbation table's expected absolute perturbation is ${expectedAbsolutePerturbation(table).toFixed(3)}; over both views, ${shownCounts} shown counts were off by ${(absolute / Math.max(1, shownCounts)).toFixed(2)} on average.`,
    "",
    "**Utility of the what-works tables** (the whole cohort's: each group's finished courses, its ORS and NHS reliable improvement, and the share revised in time)",
    "",
    "| view | figures shown |",
    "|---|---|",
    ...whatWorksLines,
    "",
    "**The attack** (`test/api/privacy-attack.test.ts` makes the same one and asserts its zeros)",
    "",
    "| | figure |",
    "|---|---|",
    `| requests (every cohort under every grouping, each twice, and the list of cohorts) | ${attack.requests} |`,
    `| repeated requests and repeated counts that differed | ${attack.consistent ? 0 : "some"} |`,
    `| subtractions made (overlapping cohorts, totals against their rows) | ${attack.derivations}, over ${attack.cellsCompared} figures |`,
    `| subtractions whose true value is a count from 1 to ${clinic.minCellSize - 1} | ${attack.smallTargets} |`,
    `| counts from 1 to ${clinic.minCellSize - 1} recovered exactly | **${attack.exactRecoveries}** |`,
    `| clients singled out (a subtraction giving exactly one client) | **${attack.singledOut}** |`,
    `| the same subtractions on unprotected figures: counts from 1 to ${clinic.minCellSize - 1} recovered | ${attack.unprotected.exactRecoveries} |`,
    `| the same on figures with perturbation alone: exact by chance | ${attack.perturbationOnly.exactRecoveries} of ${attack.perturbationOnly.smallTargets} |`,
    `| of those, on the what-works tables: subtractions; true values from 1 to ${clinic.minCellSize - 1}; recovered exactly | ${attack.whatWorks.derivations}; ${attack.whatWorks.smallTargets}; **${attack.whatWorks.exactRecoveries}** (with perturbation alone: ${attack.whatWorks.perturbationOnly.exactRecoveries} of ${attack.whatWorks.perturbationOnly.smallTargets} exact by chance) |`,
    `| within a group's row, hidden parts estimated as total minus shown parts | ${attack.withinRow.estimates} estimates, ${attack.withinRow.smallTargets} of them small counts, ${attack.withinRow.exactByChance} right by chance |`,
    `| across a row's two outcome tables, ended courses that were not finished (discharged + dropped out − finished courses) | ${attack.crossTable.estimates} estimates, ${attack.crossTable.smallTargets} of them small counts, ${attack.crossTable.exactByChance} right by chance |`,
    `| over time, one client finishing a course: figures shown both before and after | ${overTime.compared}; ${overTime.compared - overTime.changed} unchanged in truth, ${overTime.unchangedShownSame ? "all" : "not all"} shown the same |`,
    `| over time: later minus earlier where the truth changed by 1 to ${clinic.minCellSize - 1} | ${overTime.smallTargets}, ${overTime.exactByChance} right by chance |`,
    "",
    END,
  ].join("\n");
  const doc = readFileSync(DOC, "utf8");
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`${DOC} has no figures section to rewrite.`);
  writeFileSync(DOC, doc.slice(0, start) + figures + doc.slice(end + END.length));
  console.log(figures);
} finally {
  await server.close();
}
