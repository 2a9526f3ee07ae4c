import { Field, Float, Int, ObjectType } from "type-graphql";
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
    description: "ORS total of the last ORS-rated session, 0–40 (higher is better); null before the first.",
  })
  latestOrs!: number | null;
  @Field(() => [Float], { description: "ORS totals (0–40) of the last ORS-rated sessions, oldest first." })
  orsSparkline!: number[];
  @Field(() => [Int], { description: "Symptom episodes in each of the last complete weeks, oldest first." })
  episodesPerWeek!: number[];
}
