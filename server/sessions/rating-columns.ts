import { Field, Float, Int, ObjectType } from "type-graphql";
import { Column } from "typeorm";
import { oneDecimal } from "../db/columns.ts";

@ObjectType({ description: "Outcome Rating Scale items, 0–10 each (higher is better)." })
export class OrsItems {
  @Field(() => Float, { description: "Individually: personal well-being, 0–10." }) individual!: number;
  @Field(() => Float, { description: "Interpersonally: family and close relationships, 0–10." }) interpersonal!: number;
  @Field(() => Float, { description: "Socially: work, school and friendships, 0–10." }) social!: number;
  @Field(() => Float, { description: "Overall: general sense of well-being, 0–10." }) overall!: number;
}

const PHQ9_ITEMS = 9;
const GAD7_ITEMS = 7;

/**
 * The ratings a session and a client's check-in both hold, as the same columns, so that a session can take a
 * check-in's ratings as they are: the week rating, and the ORS, PHQ-9 and GAD-7, each block all-or-nothing with its
 * total stored beside its items at write time. Items are columns, not JSON, so SQL can read PHQ-9 item 9 directly.
 */
@ObjectType({ description: "The ratings a session and a check-in share." })
export abstract class RatingColumns {
  @Field(() => Int, { nullable: true, description: '"How was your week?" 0–10; null when not given.' })
  @Column("integer", { nullable: true })
  weekRating!: number | null;

  @Column("real", { nullable: true, transformer: oneDecimal }) orsIndividual!: number | null;
  @Column("real", { nullable: true, transformer: oneDecimal }) orsInterpersonal!: number | null;
  @Column("real", { nullable: true, transformer: oneDecimal }) orsSocial!: number | null;
  @Column("real", { nullable: true, transformer: oneDecimal }) orsOverall!: number | null;
  @Field(() => Float, { nullable: true, description: "ORS total, 0–40, higher is better; null when not given." })
  @Column("real", { nullable: true, transformer: oneDecimal })
  orsTotal!: number | null;

  @Column("smallint", { nullable: true }) phq9Q1!: number | null;
  @Column("smallint", { nullable: true }) phq9Q2!: number | null;
  @Column("smallint", { nullable: true }) phq9Q3!: number | null;
  @Column("smallint", { nullable: true }) phq9Q4!: number | null;
  @Column("smallint", { nullable: true }) phq9Q5!: number | null;
  @Column("smallint", { nullable: true }) phq9Q6!: number | null;
  @Column("smallint", { nullable: true }) phq9Q7!: number | null;
  @Column("smallint", { nullable: true }) phq9Q8!: number | null;
  @Column("smallint", { nullable: true }) phq9Q9!: number | null;
  @Field(() => Int, { nullable: true, description: "PHQ-9 total, 0–27, lower is better; null when not given." })
  @Column("smallint", { nullable: true })
  phq9Total!: number | null;

  @Column("smallint", { nullable: true }) gad7Q1!: number | null;
  @Column("smallint", { nullable: true }) gad7Q2!: number | null;
  @Column("smallint", { nullable: true }) gad7Q3!: number | null;
  @Column("smallint", { nullable: true }) gad7Q4!: number | null;
  @Column("smallint", { nullable: true }) gad7Q5!: number | null;
  @Column("smallint", { nullable: true }) gad7Q6!: number | null;
  @Column("smallint", { nullable: true }) gad7Q7!: number | null;
  @Field(() => Int, { nullable: true, description: "GAD-7 total, 0–21, lower is better; null when not given." })
  @Column("smallint", { nullable: true })
  gad7Total!: number | null;

  @Field(() => OrsItems, { nullable: true, description: "ORS items; null when not given." })
  get ors(): OrsItems | null {
    if (this.orsTotal == null) return null;
    return {
      individual: this.orsIndividual!,
      interpersonal: this.orsInterpersonal!,
      social: this.orsSocial!,
      overall: this.orsOverall!,
    };
  }

  @Field(() => [Int], { nullable: true, description: "PHQ-9 items 1–9, each 0–3; null when not given." })
  get phq9Items(): number[] | null {
    if (this.phq9Total == null) return null;
    return Array.from({ length: PHQ9_ITEMS }, (_, i) => this[`phq9Q${i + 1}` as keyof this] as number);
  }

  @Field(() => [Int], { nullable: true, description: "GAD-7 items 1–7, each 0–3; null when not given." })
  get gad7Items(): number[] | null {
    if (this.gad7Total == null) return null;
    return Array.from({ length: GAD7_ITEMS }, (_, i) => this[`gad7Q${i + 1}` as keyof this] as number);
  }
}
