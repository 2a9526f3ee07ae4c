import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The first schema: every table with its foreign keys and the `(client_id, bucket)` indexes the progress queries
 * group by. The statements are what TypeORM's schema builder produces for the entities (a test checks that the
 * migrated schema and the entities agree), plus triggers that make the audit log append-only.
 */
export class Initial1764115200000 implements MigrationInterface {
  name = "Initial1764115200000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "actor_user_id" integer, "action" varchar(32) NOT NULL, "client_id" integer, "at" varchar(24) NOT NULL, "source_address" varchar(64))`,
    );
    await queryRunner.query(
      `CREATE TABLE "clinic" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "timezone" varchar(64) NOT NULL DEFAULT ('America/Toronto'), "min_cell_size" integer NOT NULL DEFAULT (11))`,
    );
    await queryRunner.query(
      `CREATE TABLE "user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "email" varchar(254) NOT NULL, "display_name" varchar(120) NOT NULL, "role" varchar(16) NOT NULL, "password_hash" varchar(255) NOT NULL, "clinic_id" integer NOT NULL, CONSTRAINT "FK_89ef5c4a4d2f7959c9368610ed2" FOREIGN KEY ("clinic_id") REFERENCES "clinic" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `CREATE TABLE "auth_session" ("token_hash" varchar(64) PRIMARY KEY NOT NULL, "user_id" integer NOT NULL, "created_at" varchar(24) NOT NULL, "last_seen_at" varchar(24) NOT NULL, "expires_at" varchar(24) NOT NULL, "revoked_at" varchar(24), "source_address" varchar(64), CONSTRAINT "FK_b8783d517fab10672700a39cb49" FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `CREATE TABLE "client" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "display_name" varchar(120) NOT NULL, "therapist_id" integer NOT NULL, "clinic_id" integer NOT NULL, "intake_date" varchar(10) NOT NULL, "complaint" varchar(24) NOT NULL, "age_band" varchar(16) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('ACTIVE'), "user_id" integer, "baseline_ors" real, CONSTRAINT "FK_0cce49ba5772ee583cc44c370fd" FOREIGN KEY ("therapist_id") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_abdc393f77aec461466d487b0e7" FOREIGN KEY ("clinic_id") REFERENCES "clinic" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_f18a6fabea7b2a90ab6bf10a650" FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `CREATE TABLE "symptom_episode" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "client_id" integer NOT NULL, "occurred_at" varchar(24) NOT NULL, "local_date" varchar(10) NOT NULL, "week_start" varchar(10) NOT NULL, "month_start" varchar(10) NOT NULL, "symptom" varchar(24) NOT NULL, "peak_intensity" smallint NOT NULL, "duration_minutes" integer NOT NULL, "episode_type" varchar(16) NOT NULL, "trigger_category" varchar(24) NOT NULL, "situation" varchar(2000), "thoughts_before" varchar(2000), "feelings_before" varchar(2000), "thoughts_during" varchar(2000), "feelings_during" varchar(2000), "thoughts_after" varchar(2000), "feelings_after" varchar(2000), "what_i_did" varchar(2000), "wish_i_had_done" varchar(2000), "coping_technique" varchar(32), "logged_by" varchar(16) NOT NULL, "logged_by_user_id" integer NOT NULL, "created_at" varchar(24) NOT NULL, CONSTRAINT "FK_92e3f71f67d6a1badc704da3696" FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `CREATE TABLE "therapy_session" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "client_id" integer NOT NULL, "therapist_id" integer NOT NULL, "number" integer, "occurred_at" varchar(24) NOT NULL, "local_date" varchar(10) NOT NULL, "week_start" varchar(10) NOT NULL, "month_start" varchar(10) NOT NULL, "attendance" varchar(16) NOT NULL, "kind" varchar(16) NOT NULL, "week_rating" integer, "ors_individual" real, "ors_interpersonal" real, "ors_social" real, "ors_overall" real, "ors_total" real, "srs_relationship" real, "srs_goals_and_topics" real, "srs_approach_or_method" real, "srs_overall" real, "srs_total" real, "phq9_q1" smallint, "phq9_q2" smallint, "phq9_q3" smallint, "phq9_q4" smallint, "phq9_q5" smallint, "phq9_q6" smallint, "phq9_q7" smallint, "phq9_q8" smallint, "phq9_q9" smallint, "phq9_total" smallint, "gad7_q1" smallint, "gad7_q2" smallint, "gad7_q3" smallint, "gad7_q4" smallint, "gad7_q5" smallint, "gad7_q6" smallint, "gad7_q7" smallint, "gad7_total" smallint, "priority_issue_category" varchar(24), "priority_issue_text" varchar(500), "techniques_used" text NOT NULL, "crisis" boolean NOT NULL DEFAULT (0), "private_notes" text, "created_at" varchar(24) NOT NULL, CONSTRAINT "FK_0c94e449eaba37bed31ae4d778d" FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_111a8cfc31f5d0b90398d458fbc" FOREIGN KEY ("therapist_id") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `CREATE TABLE "homework" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "client_id" integer NOT NULL, "assigned_in_session_id" integer, "assigned_at" varchar(24) NOT NULL, "due_date" varchar(10) NOT NULL, "due_week_start" varchar(10) NOT NULL, "due_month_start" varchar(10) NOT NULL, "type" varchar(32) NOT NULL, "description" varchar(1000) NOT NULL, "assigned_by" varchar(16) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('ASSIGNED'), "reviewed_in_session_id" integer, "helpfulness" smallint, "updated_at" varchar(24) NOT NULL, CONSTRAINT "FK_89fd3c3ca089b31fe14e04b1a57" FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_9c17aa17a8f54bd01d3e435a4bf" FOREIGN KEY ("assigned_in_session_id") REFERENCES "therapy_session" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_0c186ee9b6015b836ec064bf178" FOREIGN KEY ("reviewed_in_session_id") REFERENCES "therapy_session" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `CREATE TABLE "treatment_plan" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "client_id" integer NOT NULL, "current_version" integer NOT NULL DEFAULT (0), "created_at" varchar(24) NOT NULL, CONSTRAINT "FK_19a80479e3e5718643b95605972" FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_revision" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "plan_id" integer NOT NULL, "client_id" integer NOT NULL, "version" integer NOT NULL, "effective_from" varchar(24) NOT NULL, "local_date" varchar(10) NOT NULL, "week_start" varchar(10) NOT NULL, "goals" text NOT NULL, "targets" text NOT NULL, "planned_techniques" text NOT NULL, "rationale" text NOT NULL, "author_id" integer NOT NULL, "created_at" varchar(24) NOT NULL, CONSTRAINT "FK_1fc36928d5aa4b467d762e62cba" FOREIGN KEY ("plan_id") REFERENCES "treatment_plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_1e8aeaff80faf1e6de31509fd8c" FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_20e7b2a06ebce8b30825fc226af" FOREIGN KEY ("author_id") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7a2d6b21c108b71bb75a793a2f" ON "audit_event" ("actor_user_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_c7ff341a3a709511d793ff0156" ON "audit_event" ("client_id", "at")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e12875dfb3b1d92d7d7c5377e2" ON "user" ("email")`);
    await queryRunner.query(`CREATE INDEX "IDX_89ef5c4a4d2f7959c9368610ed" ON "user" ("clinic_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_b8783d517fab10672700a39cb4" ON "auth_session" ("user_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_abdc393f77aec461466d487b0e" ON "client" ("clinic_id")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_37d7bc65878a941800c79abac7" ON "client" ("user_id") WHERE user_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f506814f04c2d9d3e052b5e577" ON "client" ("therapist_id", "status")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_848930603843343ab7abd99f24" ON "symptom_episode" ("client_id", "month_start")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_594baf9ffe1cda5ba73c4bd31d" ON "symptom_episode" ("client_id", "week_start")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d6bf3fe8abc1813f41eaea5b2b" ON "symptom_episode" ("client_id", "occurred_at")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_111a8cfc31f5d0b90398d458fb" ON "therapy_session" ("therapist_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_da88b250ee195069a905e5fb8e" ON "therapy_session" ("client_id", "month_start")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_789c7467980cbf23a2ad34fb73" ON "therapy_session" ("client_id", "week_start")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3610974d555a56bc6b5b4ac008" ON "therapy_session" ("client_id", "occurred_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e47750e8f03ac3e00318e61143" ON "homework" ("client_id", "due_month_start")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_87cdf08d0cd059e058ac324174" ON "homework" ("client_id", "due_week_start")`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_19a80479e3e5718643b9560597" ON "treatment_plan" ("client_id")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_4f35775a8f1e81d1c100394e51" ON "plan_revision" ("client_id", "version")`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_event_no_update" BEFORE UPDATE ON "audit_event" BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_event_no_delete" BEFORE DELETE ON "audit_event" BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_event_no_delete"`);
    await queryRunner.query(`DROP TRIGGER "audit_event_no_update"`);
    await queryRunner.query(`DROP TABLE "plan_revision"`);
    await queryRunner.query(`DROP TABLE "treatment_plan"`);
    await queryRunner.query(`DROP TABLE "homework"`);
    await queryRunner.query(`DROP TABLE "therapy_session"`);
    await queryRunner.query(`DROP TABLE "symptom_episode"`);
    await queryRunner.query(`DROP TABLE "client"`);
    await queryRunner.query(`DROP TABLE "auth_session"`);
    await queryRunner.query(`DROP TABLE "user"`);
    await queryRunner.query(`DROP TABLE "clinic"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
