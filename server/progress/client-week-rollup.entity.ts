import { Column, Entity, PrimaryColumn } from "typeorm";
import { LOCAL_DATE_LENGTH } from "../db/columns.ts";

/**
 * Per client, per week (split at month boundaries, so both week and month totals are plain sums): episode and
 * homework counts. Database triggers keep it in step with `symptom_episode` and `homework` inside the writing
 * transaction, whoever writes (the API, imports, the demo generator), so clinic-wide metrics and caseload sparklines
 * read these few rows instead of scanning raw episodes. Never written by the application.
 */
@Entity()
export class ClientWeekRollup {
  @PrimaryColumn("integer")
  clientId!: number;

  /** Monday of the ISO week, in the clinic's timezone (episodes: when it happened; homework: when it was due). */
  @PrimaryColumn("varchar", { length: LOCAL_DATE_LENGTH })
  weekStart!: string;

  @PrimaryColumn("varchar", { length: LOCAL_DATE_LENGTH })
  monthStart!: string;

  @Column("integer", { default: 0 })
  episodes!: number;

  @Column("integer", { default: 0 })
  episodeIntensitySum!: number;

  @Column("integer", { default: 0 })
  episodeMinutes!: number;

  @Column("integer", { default: 0 })
  homeworkAssigned!: number;

  @Column("integer", { default: 0 })
  homeworkCompleted!: number;

  @Column("integer", { default: 0 })
  homeworkPartial!: number;

  @Column("integer", { default: 0 })
  homeworkNotDone!: number;

  @Column("integer", { default: 0 })
  homeworkOpen!: number;

  @Column("integer", { default: 0 })
  homeworkSelfAssigned!: number;
}
