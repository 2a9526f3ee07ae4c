import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

export const DEFAULT_TIMEZONE = "America/Toronto";
/** docs/privacy.md: CMS forbids counts 1–10, so the smallest reportable cell is 11. */
export const DEFAULT_MIN_CELL_SIZE = 11;

@ObjectType({ description: "A clinic: the unit whose timezone buckets dates and whose caseload a supervisor reviews." })
@Entity()
export class Clinic {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => String)
  @Column("varchar", { length: 200 })
  name!: string;

  @Field(() => String, { description: "IANA timezone used for local dates and week buckets." })
  @Column("varchar", { length: 64, default: DEFAULT_TIMEZONE })
  timezone!: string;

  @Field(() => Int, { description: "Smallest group size reported in anonymised metrics." })
  @Column("integer", { default: DEFAULT_MIN_CELL_SIZE })
  minCellSize!: number;

  /**
   * Bumped by database triggers whenever the closed cases behind the clinic's expected-response curve change (a
   * closed client's session, or a client's status or baseline); the fitted curve is cached against it.
   */
  @Column("integer", { default: 0 })
  curveRevision!: number;

  /**
   * Where the clinic's clients can get help at once (crisis lines, emergency numbers), shown to a client whose
   * check-in meets a safety rule. Set by the clinic's admin; null until then (a built-in line is shown instead).
   */
  @Column("simple-json", { nullable: true })
  crisisResources!: CrisisResourceValue[] | null;
}

/** One crisis resource as stored; the GraphQL type is CrisisResource. */
export interface CrisisResourceValue {
  name: string;
  phone: string | null;
  text: string | null;
  url: string | null;
  hours: string | null;
  /** An example entry (the demo's), to be replaced with the clinic's own. */
  example: boolean;
}
