import type { DataSource } from "typeorm";
import { hashPassword } from "../../server/auth/password.ts";
import { Role } from "../../server/auth/role.ts";
import { User } from "../../server/auth/user.entity.ts";
import { Client } from "../../server/clients/client.entity.ts";
import { AgeBand, ClientStatus, ComplaintCategory } from "../../server/clients/client.enums.ts";
import { Clinic } from "../../server/clinics/clinic.entity.ts";

export const TEST_PASSWORD = "a long test passphrase";
let passwordHash: Promise<string> | undefined;
/** One real scrypt hash per test file: users differ, the hashing cost is paid once. */
const testPasswordHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

let sequence = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++sequence}`;

export async function createClinic(dataSource: DataSource, fields: Partial<Clinic> = {}): Promise<Clinic> {
  const repository = dataSource.getRepository(Clinic);
  return repository.save(repository.create({ name: unique("Clinic"), timezone: "America/Toronto", ...fields }));
}

export async function createUser(
  dataSource: DataSource,
  clinic: Clinic,
  role: Role,
  fields: Partial<User> = {},
): Promise<User> {
  const repository = dataSource.getRepository(User);
  const name = unique(role.toLowerCase());
  return repository.save(
    repository.create({
      email: `${name}@test.local`,
      displayName: name,
      role,
      passwordHash: await testPasswordHash(),
      clinicId: clinic.id,
      ...fields,
    }),
  );
}

export async function createClient(
  dataSource: DataSource,
  therapist: User,
  fields: Partial<Client> = {},
): Promise<Client> {
  const repository = dataSource.getRepository(Client);
  return repository.save(
    repository.create({
      displayName: unique("Client"),
      therapistId: therapist.id,
      clinicId: therapist.clinicId,
      intakeDate: "2026-09-01",
      complaint: ComplaintCategory.PANIC,
      ageBand: AgeBand.AGE_25_34,
      status: ClientStatus.ACTIVE,
      userId: null,
      baselineOrs: null,
      ...fields,
    }),
  );
}

/** A clinic with two therapists, a client login for each, and a supervisor. */
export async function createPractice(dataSource: DataSource) {
  const clinic = await createClinic(dataSource);
  const therapistA = await createUser(dataSource, clinic, Role.THERAPIST);
  const therapistB = await createUser(dataSource, clinic, Role.THERAPIST);
  const supervisor = await createUser(dataSource, clinic, Role.SUPERVISOR);
  const clientUserA = await createUser(dataSource, clinic, Role.CLIENT);
  const clientUserB = await createUser(dataSource, clinic, Role.CLIENT);
  const clientA = await createClient(dataSource, therapistA, { userId: clientUserA.id });
  const clientB = await createClient(dataSource, therapistB, { userId: clientUserB.id });
  return { clinic, therapistA, therapistB, supervisor, clientUserA, clientUserB, clientA, clientB };
}

/** Row counts of every table that holds clinical data. */
const COUNTED_TABLES = [
  "therapy_session",
  "homework",
  "symptom_episode",
  "plan_revision",
  "treatment_plan",
  "client",
  "measurement_plan",
  "check_in",
  "risk_alert",
] as const;

export async function rowCounts(dataSource: DataSource): Promise<Record<(typeof COUNTED_TABLES)[number], number>> {
  const counts = Object.fromEntries(COUNTED_TABLES.map((table) => [table, 0])) as Record<
    (typeof COUNTED_TABLES)[number],
    number
  >;
  for (const table of COUNTED_TABLES) {
    const [row] = await dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
    counts[table] = Number(row.n);
  }
  return counts;
}
