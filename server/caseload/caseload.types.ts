import { Field, Float, Int, ObjectType } from "type-graphql";
import { RatingSource } from "../check-ins/check-in.enums.ts";
import { RiskAlert } from "../check-ins/risk-alert.entity.ts";
import { Client } from "../clients/client.entity.ts";
import { ProgressStatus } from "../progress/progress.enums.ts";
import { ProgressSummary } from "../progress/progress.types.ts";
import { LocalDate } from "../schema/local-date.ts";

@ObjectType({ description: "One client on the therapist's caseload, with what needs attention." })
export class CaseloadEntry {
  @Field(() => Client, { description: "The client." }) client!: Client;
  @Field(() => ProgressStatus, { description: "The client's progress status; the same as summary.status." })
  status!: ProgressStatus;
  @Field(() => Int, { description: "How many alerts the summary holds." }) alertCount!: number;
  @Field(() => ProgressSummary, { description: "Status, alerts and outcomes, as on the client's progress page." })
  summary!: ProgressSummary;
  @Field(() => Int, { description: "Sessions the client has attended." }) sessionsAttended!: number;
  @Field(() => LocalDate, {
    nullable: true,
    description: "Local date of the last attended session; null before the first.",
  })
  lastSessionDate!: string | null;
  @Field(() => Float, {
    nullable: true,
    description:
      "The sparkline's last value: ORS total (0–40, higher is better) of the pending check-in when it has one, else of the last ORS-rated session; null before the first.",
  })
  latestOrs!: number | null;
  @Field(() => [Float], {
    description:
      "ORS totals (0–40) of the last ORS-rated sessions, oldest first, and at the end the ORS of the pending check-in: one sent after the client's latest attended session that no session adopted yet.",
  })
  orsSparkline!: number[];
  @Field(() => [RatingSource], {
    description:
      "Source of each orsSparkline value, same order: SESSION, or CLIENT for a session that adopted the client's check-in and for the pending check-in.",
  })
  orsSparklineSources!: RatingSource[];
  @Field(() => [RiskAlert], {
    description: "Open risk alerts and those acknowledged in the last 7 days, open first, then newest first.",
  })
  riskAlerts!: RiskAlert[];
  @Field(() => [Int], { description: "Symptom episodes in each of the last complete weeks, oldest first." })
  episodesPerWeek!: number[];
}
