import { Field, Float, Int, ObjectType } from "type-graphql";
import { Client } from "../clients/client.entity.ts";
import { ProgressStatus } from "../progress/progress.enums.ts";
import { ProgressSummary } from "../progress/progress.types.ts";
import { LocalDate } from "../schema/local-date.ts";

@ObjectType({ description: "One client on the therapist's caseload, with what needs attention." })
export class CaseloadEntry {
  @Field(() => Client) client!: Client;
  @Field(() => ProgressStatus) status!: ProgressStatus;
  @Field(() => Int) alertCount!: number;
  @Field(() => ProgressSummary) summary!: ProgressSummary;
  @Field(() => Int) sessionsAttended!: number;
  @Field(() => LocalDate, { nullable: true }) lastSessionDate!: string | null;
  @Field(() => Float, { nullable: true }) latestOrs!: number | null;
  @Field(() => [Float], { description: "ORS of the last rated sessions, oldest first." }) orsSparkline!: number[];
  @Field(() => [Int], { description: "Episodes in each of the last complete weeks, oldest first." })
  episodesPerWeek!: number[];
}
