import type { DataSource, EntityManager } from "typeorm";
import { bulkInsert } from "../db/bulk-insert.ts";
import { hashPassword } from "../auth/password.ts";
import { User } from "../auth/user.entity.ts";
import { Client } from "../clients/client.entity.ts";
import { CheckIn } from "../check-ins/check-in.entity.ts";
import { MeasurementPlan } from "../check-ins/measurement-plan.entity.ts";
import { RiskAlert } from "../check-ins/risk-alert.entity.ts";
import { Clinic } from "../clinics/clinic.entity.ts";
import { localDateOf } from "../common/time.ts";
import { SymptomEpisode } from "../episodes/episode.entity.ts";
import { Homework } from "../homework/homework.entity.ts";
import type { ClinicalRules } from "../measures/rules.ts";
import { PlanRevision } from "../plans/plan-revision.entity.ts";
import { TreatmentPlan } from "../plans/treatment-plan.entity.ts";
import { TherapySession } from "../sessions/session.entity.ts";
import { generateDemo, type DemoData } from "./generator.ts";

export const DEMO_PASSWORD = "demo1234";
export const DEMO_SIGN_INS = [
  "therapist@demo.local",
  "therapist2@demo.local",
  "client@demo.local",
  "supervisor@demo.local",
  "admin@demo.local",
];
export const DEMO_TIMEZONE = "America/Toronto";

/**
 * Writes generated demo data in one transaction; ids are the generator's own. A load-test network passes one
 * `passwordHash` for all its demo accounts instead of hashing hundreds.
 */
export async function writeDemo(
  dataSource: DataSource,
  data: DemoData,
  options: { passwordHash?: string } = {},
): Promise<void> {
  const hashes = options.passwordHash
    ? data.users.map(() => options.passwordHash!)
    : await Promise.all(data.users.map(() => hashPassword(DEMO_PASSWORD)));
  await dataSource.transaction((manager) => writeDemoRows(manager, data, hashes));
}

/**
 * Writes one clinic's generated rows inside the caller's transaction, each user with its password hash; returns the
 * new clinic's id.
 */
export async function writeDemoRows(manager: EntityManager, data: DemoData, hashes: string[]): Promise<number> {
  const { identifiers } = await manager.insert(Clinic, {
    name: data.clinic.name,
    timezone: data.clinic.timezone,
    crisisResources: data.clinic.crisisResources,
  });
  const clinicId = Number(identifiers[0]!.id);
  await bulkInsert(
    manager,
    User,
    data.users.map((user, i) => ({ ...user, passwordHash: hashes[i]!, clinicId })),
  );
  await bulkInsert(
    manager,
    Client,
    data.clients.map(({ course: _course, planted: _planted, ...client }) => ({
      ...client,
      clinicId,
      baselineOrs: null,
      dataRevision: 0,
    })),
  );
  await bulkInsert(manager, TreatmentPlan, data.plans);
  await bulkInsert(manager, PlanRevision, data.revisions);
  await bulkInsert(manager, TherapySession, data.sessions);
  await bulkInsert(manager, Homework, data.homework);
  await bulkInsert(manager, SymptomEpisode, data.episodes);
  await bulkInsert(manager, MeasurementPlan, data.measurementPlans);
  await bulkInsert(manager, CheckIn, data.checkIns);
  await bulkInsert(manager, RiskAlert, data.riskAlerts);
  // Ids came from the generator: move PostgreSQL's sequences past them (SQLite's AUTOINCREMENT follows by itself).
  if (manager.connection.options.type === "postgres") {
    for (const table of [
      "clinic",
      "user",
      "client",
      "treatment_plan",
      "plan_revision",
      "therapy_session",
      "homework",
      "symptom_episode",
      "check_in",
      "risk_alert",
    ]) {
      await manager.query(
        `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), COALESCE((SELECT MAX(id) FROM "${table}"), 1))`,
      );
    }
  }
  // The same derived value the session service maintains: ORS of the first rated session.
  const [sql, parameters] = manager.connection.driver.escapeQueryWithParameters(
    `UPDATE client SET baseline_ors = (
       SELECT s.ors_total FROM therapy_session s
       WHERE s.client_id = client.id AND s.ors_total IS NOT NULL
       ORDER BY s.occurred_at, s.id LIMIT 1)
     WHERE clinic_id = :clinicId`,
    { clinicId },
  );
  await manager.query(sql, parameters);
  return clinicId;
}

export interface SeedResult {
  clients: number;
  milliseconds: number;
}

/** Seeds the demo clinic when the database has no clinic yet; returns null when there was data already. */
export async function seedDemoIfEmpty(
  dataSource: DataSource,
  options: { seed: number; rules: ClinicalRules; now?: Date },
): Promise<SeedResult | null> {
  const started = Date.now();
  if ((await dataSource.getRepository(Clinic).count()) > 0) return null;
  const today = localDateOf(options.now ?? new Date(), DEMO_TIMEZONE);
  const data = generateDemo({ seed: options.seed, today, rules: options.rules, timeZone: DEMO_TIMEZONE });
  await writeDemo(dataSource, data);
  return { clients: data.clients.length, milliseconds: Date.now() - started };
}
