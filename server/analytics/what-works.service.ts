/**
 * What works for one client: loads the client's rows once (what-works.queries.ts, one statement per table, under the
 * viewer's scope) and runs every analysis of server/analytics on them. The client has already been found visible,
 * and the read audited, by the clientProgress query this hangs from; the loaders still carry the scope predicate, so
 * nothing outside it is read even if that changed.
 */
import type { DataSource } from "typeorm";
import type { Actor } from "../auth/actor.ts";
import { clinicTimeZone, todayIn } from "../clinics/clinic-time.ts";
import type { Client } from "../clients/client.entity.ts";
import { addDays, weekStartOf } from "../common/time.ts";
import type { ClinicalRules } from "../measures/rules.ts";
import { loadUnadoptedCheckIns } from "../progress/progress.queries.ts";
import type { ClientProgress } from "../progress/progress.types.ts";
import { Attendance } from "../sessions/session.enums.ts";
import { copingComparison, plannedVsDelivered, practisedInSession } from "./coping.ts";
import { DAYS, episodeTimes, PERIODS } from "./episode-times.ts";
import { homeworkChange, type HomeworkChangeResult, type HomeworkOutcomeMeasure } from "./homework-change.ts";
import { planReview } from "./plan-review.ts";
import { targetProgress, type Target, type TargetProgress as PureTargetProgress } from "./targets.ts";
import { triggerShares, triggerTrends } from "./triggers.ts";
import { loadWhatWorksRows, type WhatWorksRows, type WhatWorksSession } from "./what-works.queries.ts";
import type { EpisodeTimes, PlanTarget, RevisionTriggerShares, TargetProgress, WhatWorks } from "./what-works.types.ts";

/** The outcome measures homework is set against, and the session column each is read from. */
const OUTCOME_MEASURES: ReadonlyArray<readonly [HomeworkOutcomeMeasure, "orsTotal" | "phq9Total" | "gad7Total"]> = [
  ["ORS", "orsTotal"],
  ["PHQ9", "phq9Total"],
  ["GAD7", "gad7Total"],
];

/**
 * Mondays of the complete weeks from the client's intake to the week before the current one: a week the client
 * joined part-way through, and the week still under way, would read as quiet weeks.
 */
export function completeWeeks(intakeDate: string, today: string): string[] {
  const intakeWeek = weekStartOf(intakeDate);
  const first = intakeWeek === intakeDate ? intakeDate : addDays(intakeWeek, 7);
  const current = weekStartOf(today);
  const weeks: string[] = [];
  for (let week = first; week < current; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}

function planTarget(target: Target): PlanTarget {
  const base = { text: target.text, kind: target.kind };
  switch (target.kind) {
    case "UNCHECKABLE":
      return { ...base, measure: null, symptom: null, comparator: null, value: null, problem: target.problem };
    case "MEASURE":
      return {
        ...base,
        measure: target.measure,
        symptom: null,
        comparator: target.comparator,
        value: target.value,
        problem: null,
      };
    case "EPISODES_PER_WEEK":
      return {
        ...base,
        measure: null,
        symptom: target.symptom,
        comparator: target.comparator,
        value: target.value,
        problem: null,
      };
    case "HOMEWORK_COMPLETION":
      return {
        ...base,
        measure: null,
        symptom: null,
        comparator: target.comparator,
        value: target.value,
        problem: null,
      };
  }
}

const targetOut = (progress: PureTargetProgress): TargetProgress => ({
  ...progress,
  target: planTarget(progress.target),
});

export class WhatWorksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rules: ClinicalRules,
    private readonly clock: () => Date,
  ) {}

  /** Every what-works analysis for the client of `progress`, with the plan review built on its summary. */
  async forProgress(
    actor: Pick<Actor, "scope">,
    progress: Pick<ClientProgress, "client" | "summary" | "planRevisions">,
  ): Promise<WhatWorks> {
    const client: Client = progress.client;
    const manager = this.dataSource.manager;
    const now = this.clock();
    const timeZone = await clinicTimeZone(manager, client.clinicId);
    const today = todayIn(timeZone, now);
    const rows = await loadWhatWorksRows(manager, actor.scope, client.id, today);
    const checkIns = await loadUnadoptedCheckIns(
      manager,
      actor.scope,
      { clientId: client.id },
      {
        range: { from: client.intakeDate < today ? client.intakeDate : today, to: today },
      },
    );
    const weeks = completeWeeks(client.intakeDate, today);
    const current = rows.revisions.at(-1) ?? null;

    const homework = this.homework(rows.sessions, rows.homework);
    const coping = copingComparison(rows.episodes);
    const triggers = triggerTrends(rows.episodes, weeks);
    const targets = current
      ? targetProgress(
          current.targets,
          {
            ratings: [
              ...rows.sessions.map((s) => ({ ...s, localDate: s.localDate, occurredAt: s.occurredAt })),
              ...checkIns.map((c) => ({
                localDate: c.localDate,
                occurredAt: c.submittedAt,
                orsTotal: c.ors,
                phq9Total: c.phq9,
                gad7Total: c.gad7,
                weekRating: c.weekRating,
              })),
            ],
            episodes: rows.episodes,
            homework: rows.homework,
          },
          current.localDate,
          weeks,
          this.rules,
        )
      : [];
    const latest = progress.planRevisions.at(-1) ?? null;
    const review = planReview({
      revision: latest ? { version: latest.version, localDate: latest.localDate, comparison: latest.comparison } : null,
      summary: progress.summary,
      targets,
      homework,
      coping,
      triggers,
    });
    return {
      today,
      homework,
      coping,
      practised: practisedInSession(rows.sessions, rows.episodes, { until: now }),
      plannedVsDelivered: plannedVsDelivered(rows.revisions, rows.sessions),
      triggerTrends: triggers,
      triggerShares: this.triggerSharesByRevision(rows.episodes, rows.revisions, client.intakeDate, today),
      episodeTimes: this.episodeTimes(rows.episodes, timeZone),
      targetProgress: targets.map(targetOut),
      planReview: review,
    };
  }

  /** Homework and change on each outcome measure the client was rated on in an attended session. */
  private homework(
    sessions: WhatWorksSession[],
    homework: Parameters<typeof homeworkChange>[0]["homework"],
  ): HomeworkChangeResult[] {
    const attended = sessions
      .filter((s) => s.attendance === Attendance.ATTENDED)
      .map((s) => ({
        localDate: s.localDate,
        number: s.number,
        ors: s.orsTotal,
        phq9: s.phq9Total,
        gad7: s.gad7Total,
      }));
    return OUTCOME_MEASURES.filter(([, column]) =>
      sessions.some((s) => s.attendance === Attendance.ATTENDED && s[column] != null),
    ).map(([measure]) => homeworkChange({ sessions: attended, homework, measure, rules: this.rules }));
  }

  /**
   * Trigger shares around every revision, oldest first. Each window is cut at the neighbouring revisions, at intake
   * and after today, as the plan comparison's windows are (docs/clinical.md, "Symptom episodes, homework and plan
   * revisions"), so no side mixes two plan versions.
   */
  private triggerSharesByRevision(
    episodes: WhatWorksRows["episodes"],
    revisions: WhatWorksRows["revisions"],
    intakeDate: string,
    today: string,
  ): RevisionTriggerShares[] {
    const tomorrow = addDays(today, 1);
    return revisions.map((revision, i) => {
      const next = revisions[i + 1]?.localDate ?? tomorrow;
      return {
        version: revision.version,
        revisionDate: revision.localDate,
        shares: triggerShares(episodes, revision.localDate, this.rules.PLAN_COMPARISON_WINDOW_WEEKS, {
          notBefore: revisions[i - 1]?.localDate ?? intakeDate,
          notAfter: next < tomorrow ? next : tomorrow,
        }),
      };
    });
  }

  private episodeTimes(episodes: { occurredAt: Date }[], timeZone: string): EpisodeTimes {
    const times = episodeTimes(episodes, timeZone);
    const { grid: _grid, ...rest } = times;
    return {
      ...rest,
      cells: times.grid.flatMap((row, d) => row.map((count, p) => ({ day: DAYS[d]!, period: PERIODS[p]!, count }))),
    };
  }
}
