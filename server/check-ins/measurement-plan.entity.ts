import { Field, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from "typeorm";
import { Client } from "../clients/client.entity.ts";
import { INSTANT_LENGTH, isoInstant } from "../db/columns.ts";
import { CheckInSchedule, PlanMeasure } from "./check-in.enums.ts";

/** Which measures a client reports themself, and when. One per client; setting it again replaces it. */
@ObjectType({ description: "Which measures the client reports themself, and when." })
@Entity()
export class MeasurementPlan {
  @PrimaryColumn("integer")
  clientId!: number;

  @OneToOne(() => Client, { onDelete: "CASCADE" })
  @JoinColumn({ name: "client_id" })
  client?: Client;

  @Field(() => [PlanMeasure], { description: "The measures, each once." })
  @Column("simple-json")
  measures!: PlanMeasure[];

  @Field(() => CheckInSchedule, { description: "When a check-in is due." })
  @Column("varchar", { length: 24 })
  schedule!: CheckInSchedule;

  /** The therapist who set it. */
  @Column("integer")
  updatedBy!: number;

  @Field(() => Date, { description: "When the plan was last set." })
  @Column("varchar", { length: INSTANT_LENGTH, transformer: isoInstant })
  updatedAt!: Date;
}
