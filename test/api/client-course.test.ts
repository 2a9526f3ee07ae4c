import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { DEFAULT_SESSION_POLICY } from "../../server/auth/auth.service.ts";
import { hashPassword } from "../../server/auth/password.ts";
import { Role } from "../../server/auth/role.ts";
import { Clinic } from "../../server/clinics/clinic.entity.ts";
import { CaseClosing1765238400000 as PostgresCaseClosing } from "../../server/db/migrations/postgres/1765238400000-case-closing.ts";
import { CaseClosing1765238400000 as SqliteCaseClosing } from "../../server/db/migrations/sqlite/1765238400000-case-closing.ts";
import { DEMO_PASSWORD, seedDemoIfEmpty } from "../../server/demo/seed.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import { createServices } from "../../server/services.ts";
import { cellKeyOf, perturbationFor, perturbationTable, PERTURBATION } from "../../server/supervision/perturbation.ts";
import { createClinic, createPractice, createUser, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession, onlyError } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const NOW = new Date("2026-11-20T17:00:00.000Z");
/** NOW in the test clinics' timezone (America/Toronto). */
const TODAY = "2026-11-20";
/** A session date in the month after TODAY: judged by a curve of every case closed up to TODAY. */
const JUDGED_IN_DECEMBER = "2026-12-03";

const CLIENT_FIELDS = `id displayName therapistId intakeDate complaint ageBand status closedOn email hasAccount`;
const ADMIT = `mutation ($i: AdmitClientInput!) { admitClient(input: $i) { ${CLIENT_FIELDS} } }`;
const UPDATE = `mutation ($i: UpdateClientInput!) { updateClient(input: $i) { ${CLIENT_FIELDS} } }`;
const CLOSE = `mutation ($id: ID!, $outcome: CaseOutcome!, $date: LocalDate!) { closeCase(clientId: $id, outcome: $outcome, date: $date) { ${CLIENT_FIELDS} } }`;
const REOPEN = `mutation ($id: ID!) { reopenCase(clientId: $id) { ${CLIENT_FIELDS} } }`;
const TRANSFER = `mutation ($id: ID!, $to: ID!) { transferClient(clientId: $id, toTherapistId: $to) { id therapistId } }`;
const TRANSFER_CASELOAD = `mutation ($from: ID!, $to: ID!) { transferCaseload(fromTherapistId: $from, toTherapistId: $to) }`;
const READ = `query ($id: ID!) { client(id: $id) { ${CLIENT_FIELDS} } }`;
const RECORD_SESSION = `mutation ($i: RecordSessionInput!) { recordSession(input: $i) { id } }`;

interface ClientShape {
  id: string;
  displayName: string;
  therapistId: string;
  intakeDate: string;
  complaint: string;
  ageBand: string;
  status: string;
  closedOn: string | null;
  email: string | null;
  hasAccount: boolean;
}

/** Everything a refused write must leave as it was: every client and account row, and the audit log's length. */
async function snapshot(server: TestServer): Promise<string> {
  const clients = await server.query(
    `SELECT id, display_name, therapist_id, intake_date, complaint, age_band, status, closed_on, user_id, data_revision FROM client ORDER BY id`,
  );
  const users = await server.query(
    `SELECT id, email, display_name, role, password_hash, clinic_id FROM "user" ORDER BY id`,
  );
  const clinics = await server.query(`SELECT id, curve_revision FROM clinic ORDER BY id`);
  const [audit] = await server.query(`SELECT COUNT(*) AS n FROM audit_event`);
  const [sessions] = await server.query(`SELECT COUNT(*) AS n FROM therapy_session`);
  return JSON.stringify({ clients, users, clinics, audit: Number(audit.n), sessions: Number(sessions.n) });
}

async function auditActions(server: TestServer, clientId: number | string): Promise<string[]> {
  const rows = await server.query<{ action: string }>(
    `SELECT action FROM audit_event WHERE client_id = ? ORDER BY id`,
    [Number(clientId)],
  );
  return rows.map((row) => row.action);
}

describe("a client's course of treatment through the API", () => {
  let server: TestServer;
  let practice: Awaited<ReturnType<typeof createPractice>>;
  let therapistA: GraphQLSession;
  let therapistB: GraphQLSession;
  let admin: GraphQLSession;
  let otherClinicTherapist: { id: number };
  let deactivatedTherapist: { id: number };

  /** Runs a request that must be refused with this code and field, and checks that it wrote nothing. */
  async function refused(
    session: GraphQLSession,
    query: string,
    variables: Record<string, unknown>,
    code: string,
    field?: string,
  ) {
    const before = await snapshot(server);
    const response = await session.request(query, variables);
    const error = onlyError(response);
    expect(error.extensions?.code, error.message).toBe(code);
    if (field !== undefined) expect(error.extensions?.field).toBe(field);
    expect(error.message).not.toMatch(/\n\s+at /);
    expect(await snapshot(server)).toBe(before);
    return error;
  }

  async function admit(session: GraphQLSession, input: Record<string, unknown> = {}): Promise<ClientShape> {
    const response = await session.request<{ admitClient: ClientShape }>(ADMIT, {
      i: {
        displayName: "Robin Admitted",
        complaint: "PANIC",
        intakeDate: "2026-10-01",
        ageBand: "AGE_25_34",
        ...input,
      },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.admitClient;
  }

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    practice = await createPractice(server.dataSource);
    const otherClinic = await createClinic(server.dataSource);
    otherClinicTherapist = await createUser(server.dataSource, otherClinic, Role.THERAPIST);
    deactivatedTherapist = await createUser(server.dataSource, practice.clinic, Role.THERAPIST, {
      deactivatedAt: new Date("2026-11-01T00:00:00Z"),
    });
    const adminUser = await createUser(server.dataSource, practice.clinic, Role.ADMIN);
    therapistA = new GraphQLSession(server.url);
    therapistB = new GraphQLSession(server.url);
    admin = new GraphQLSession(server.url);
    expect((await therapistA.login(practice.therapistA.email, TEST_PASSWORD)).errors).toBeUndefined();
    expect((await therapistB.login(practice.therapistB.email, TEST_PASSWORD)).errors).toBeUndefined();
    expect((await admin.login(adminUser.email, TEST_PASSWORD)).errors).toBeUndefined();
  });
  afterAll(() => server.close());

  describe("admitClient", () => {
    it("admits a client without an email: on the viewer's caseload, no account, a record key drawn, audited", async () => {
      const client = await admit(therapistA, { displayName: "  Sam Without Email  " });
      expect(client).toMatchObject({
        displayName: "Sam Without Email",
        therapistId: String(practice.therapistA.id),
        intakeDate: "2026-10-01",
        complaint: "PANIC",
        ageBand: "AGE_25_34",
        status: "ACTIVE",
        closedOn: null,
        email: null,
        hasAccount: false,
      });
      const [row] = await server.query(`SELECT clinic_id, user_id, record_key FROM client WHERE id = ?`, [
        Number(client.id),
      ]);
      expect(Number(row.clinic_id)).toBe(practice.clinic.id);
      expect(row.user_id).toBeNull();
      expect(typeof Number(row.record_key)).toBe("number");
      expect(row.record_key).not.toBeNull();
      expect(Number(row.record_key)).toBeGreaterThanOrEqual(0);
      expect(Number(row.record_key)).toBeLessThan(2 ** 31);
      expect(await auditActions(server, client.id)).toEqual(["CLIENT_ADMITTED"]);
      const caseload = await therapistA.request<{ caseload: { client: { id: string } }[] }>(
        `{ caseload { client { id } } }`,
      );
      expect(caseload.data!.caseload.map((entry) => entry.client.id)).toContain(client.id);
    });

    it("draws a different record key for each client admitted", async () => {
      const first = await admit(therapistA);
      const second = await admit(therapistA);
      const keys = await server.query(`SELECT record_key FROM client WHERE id IN (?, ?)`, [
        Number(first.id),
        Number(second.id),
      ]);
      expect(keys.map((k) => k.record_key).every((key) => key != null)).toBe(true);
      expect(Number(keys[0].record_key)).not.toBe(Number(keys[1].record_key));
    });

    it("admits a client with an email: a CLIENT account with no password yet, linked to the record", async () => {
      const client = await admit(therapistA, { email: "  Kim.Admitted@Example.ORG " });
      expect(client.email).toBe("kim.admitted@example.org");
      expect(client.hasAccount).toBe(false);
      const [account] = await server.query(
        `SELECT u.id, u.role, u.password_hash, u.clinic_id, u.display_name FROM "user" u JOIN client c ON c.user_id = u.id WHERE c.id = ?`,
        [Number(client.id)],
      );
      expect(account).toMatchObject({ role: "CLIENT", password_hash: "", display_name: "Robin Admitted" });
      expect(Number(account.clinic_id)).toBe(practice.clinic.id);
      // Nobody can sign in with the account before a password is set.
      const attempt = await new GraphQLSession(server.url).login("kim.admitted@example.org", "");
      expect(attempt.data?.login ?? null).toBeNull();
      // Once the client has set a password, the account counts as theirs, and the client sees the same values.
      await server.query(`UPDATE "user" SET password_hash = ? WHERE id = ?`, [
        await hashPassword(TEST_PASSWORD),
        account.id,
      ]);
      const read = await therapistA.request<{ client: ClientShape }>(READ, { id: client.id });
      expect(read.data!.client).toMatchObject({ email: "kim.admitted@example.org", hasAccount: true });
      const self = new GraphQLSession(server.url);
      expect((await self.login("kim.admitted@example.org", TEST_PASSWORD)).errors).toBeUndefined();
      const own = await self.request<{ client: ClientShape }>(READ, { id: client.id });
      expect(own.errors).toBeUndefined();
      expect(own.data!.client).toEqual(read.data!.client);
    });

    it("refuses an email that another account uses, whatever its letter case, and writes nothing", async () => {
      const error = await refused(
        therapistA,
        ADMIT,
        {
          i: {
            displayName: "Duplicate",
            email: practice.therapistB.email.toUpperCase(),
            complaint: "PANIC",
            intakeDate: "2026-10-01",
            ageBand: "AGE_25_34",
          },
        },
        "BAD_USER_INPUT",
        "email",
      );
      expect(error.message).not.toContain(practice.therapistB.email);
    });

    it("refuses a malformed email, a future intake date and an empty name, writing nothing", async () => {
      const base = { displayName: "X", complaint: "PANIC", intakeDate: "2026-10-01", ageBand: "AGE_25_34" };
      await refused(therapistA, ADMIT, { i: { ...base, email: "not an email" } }, "BAD_USER_INPUT", "email");
      await refused(therapistA, ADMIT, { i: { ...base, intakeDate: "2026-11-21" } }, "BAD_USER_INPUT", "intakeDate");
      await refused(therapistA, ADMIT, { i: { ...base, intakeDate: "1969-12-31" } }, "BAD_USER_INPUT");
      await refused(therapistA, ADMIT, { i: { ...base, displayName: "   " } }, "BAD_USER_INPUT", "displayName");
    });

    it("takes today, in the clinic's timezone, as an intake date", async () => {
      expect((await admit(therapistA, { intakeDate: TODAY })).intakeDate).toBe(TODAY);
    });

    it("is for therapists only", async () => {
      const supervisor = new GraphQLSession(server.url);
      await supervisor.login(practice.supervisor.email, TEST_PASSWORD);
      const input = { displayName: "X", complaint: "PANIC", intakeDate: "2026-10-01", ageBand: "AGE_25_34" };
      await refused(supervisor, ADMIT, { i: input }, "FORBIDDEN");
      await refused(admin, ADMIT, { i: input }, "FORBIDDEN");
    });
  });

  it("reads the sign-ins of a whole caseload in one statement, whatever its size", async () => {
    const clinic = await createClinic(server.dataSource);
    const sessions: GraphQLSession[] = [];
    for (const size of [2, 12]) {
      const therapist = await createUser(server.dataSource, clinic, Role.THERAPIST);
      const session = new GraphQLSession(server.url);
      await session.login(therapist.email, TEST_PASSWORD);
      for (let i = 0; i < size; i++) await admit(session, { email: `${therapist.displayName}-${i}@example.org` });
      sessions.push(session);
    }
    const cost = async (session: GraphQLSession, fields: string) => {
      server.statements.reset();
      const response = await session.request<{ caseload: { client: ClientShape }[] }>(
        `{ caseload { client { ${fields} } } }`,
      );
      expect(response.errors).toBeUndefined();
      return { statements: server.statements.count, clients: response.data!.caseload.map((entry) => entry.client) };
    };
    const [small, large] = sessions as [GraphQLSession, GraphQLSession];
    // The clinic's expected curves are read once, by the first caseload, and each caseload's summaries are kept
    // after its first read: count warm reads only.
    await cost(small, "id");
    await cost(large, "id");
    const largeWith = await cost(large, "id email hasAccount");
    expect(largeWith.clients).toHaveLength(12);
    expect(largeWith.clients.every((client) => client.email?.endsWith("@example.org") && !client.hasAccount)).toBe(
      true,
    );
    expect(new Set(largeWith.clients.map((client) => client.email)).size).toBe(12);
    expect((await cost(small, "id email hasAccount")).statements).toBe(largeWith.statements);
    expect((await cost(large, "id")).statements).toBe(largeWith.statements - 1);
  });

  describe("updateClient", () => {
    it("changes details, makes an account for a new email, then changes its email; audited", async () => {
      const client = await admit(therapistA);
      const [{ data_revision: revisionBefore }] = await server.query(`SELECT data_revision FROM client WHERE id = ?`, [
        Number(client.id),
      ]);
      const updated = await therapistA.request<{ updateClient: ClientShape }>(UPDATE, {
        i: {
          clientId: client.id,
          displayName: "Robin Renamed",
          complaint: "DEPRESSION",
          ageBand: "AGE_35_44",
          intakeDate: "2026-09-15",
          email: "robin@example.org",
        },
      });
      expect(updated.errors).toBeUndefined();
      expect(updated.data!.updateClient).toMatchObject({
        displayName: "Robin Renamed",
        complaint: "DEPRESSION",
        ageBand: "AGE_35_44",
        intakeDate: "2026-09-15",
        email: "robin@example.org",
        hasAccount: false,
      });
      const [row] = await server.query(`SELECT user_id, data_revision FROM client WHERE id = ?`, [Number(client.id)]);
      expect(row.user_id).not.toBeNull();
      // The figures worked out from the client's details are keyed by this revision.
      expect(Number(row.data_revision)).toBeGreaterThan(Number(revisionBefore));
      const changed = await therapistA.request<{ updateClient: ClientShape }>(UPDATE, {
        i: { clientId: client.id, email: "Robin.New@Example.org" },
      });
      expect(changed.data!.updateClient.email).toBe("robin.new@example.org");
      const accounts = await server.query(`SELECT id, email, display_name FROM "user" WHERE id = ?`, [row.user_id]);
      expect(accounts).toHaveLength(1);
      expect(accounts[0]).toMatchObject({ email: "robin.new@example.org", display_name: "Robin Renamed" });
      expect(await server.query(`SELECT id FROM "user" WHERE email = 'robin@example.org'`)).toEqual([]);
      expect(await auditActions(server, client.id)).toEqual(["CLIENT_ADMITTED", "CLIENT_UPDATED", "CLIENT_UPDATED"]);
    });

    it("refuses a duplicate email, a future intake and an intake after the first session; writes nothing", async () => {
      const client = await admit(therapistA, { intakeDate: "2026-10-01" });
      const session = await therapistA.request(RECORD_SESSION, {
        i: { clientId: client.id, occurredAt: "2026-10-08T15:00:00Z", attendance: "ATTENDED" },
      });
      expect(session.errors).toBeUndefined();
      await refused(
        therapistA,
        UPDATE,
        { i: { clientId: client.id, email: practice.clientUserB.email } },
        "BAD_USER_INPUT",
        "email",
      );
      await refused(
        therapistA,
        UPDATE,
        { i: { clientId: client.id, intakeDate: "2026-11-21" } },
        "BAD_USER_INPUT",
        "intakeDate",
      );
      await refused(
        therapistA,
        UPDATE,
        { i: { clientId: client.id, intakeDate: "2026-10-09" } },
        "BAD_USER_INPUT",
        "intakeDate",
      );
      // On the day of the first session is fine.
      const moved = await therapistA.request<{ updateClient: ClientShape }>(UPDATE, {
        i: { clientId: client.id, intakeDate: "2026-10-08" },
      });
      expect(moved.data!.updateClient.intakeDate).toBe("2026-10-08");
    });

    it("answers NOT_FOUND for another therapist's client, writing nothing", async () => {
      await refused(
        therapistA,
        UPDATE,
        { i: { clientId: String(practice.clientB.id), displayName: "intruder" } },
        "NOT_FOUND",
      );
    });
  });

  describe("closeCase and reopenCase", () => {
    it("closes a case, refuses to close it twice, refuses new sessions, and reopens it", async () => {
      const client = await admit(therapistA, { intakeDate: "2026-10-01" });
      await therapistA.request(RECORD_SESSION, {
        i: {
          clientId: client.id,
          occurredAt: "2026-11-02T15:00:00Z",
          attendance: "ATTENDED",
          ors: { individual: 4, interpersonal: 5, social: 5, overall: 4 },
        },
      });
      const revisions = async () => {
        const [row] = await server.query(
          `SELECT c.data_revision AS data, k.curve_revision AS curve FROM client c JOIN clinic k ON k.id = c.clinic_id WHERE c.id = ?`,
          [Number(client.id)],
        );
        return { data: Number(row.data), curve: Number(row.curve) };
      };
      const open = await revisions();

      await refused(
        therapistA,
        CLOSE,
        { id: client.id, outcome: "DISCHARGED", date: "2026-11-01" },
        "BAD_USER_INPUT",
        "date",
      );
      await refused(
        therapistA,
        CLOSE,
        { id: client.id, outcome: "DISCHARGED", date: "2026-11-21" },
        "BAD_USER_INPUT",
        "date",
      );
      const closed = await therapistA.request<{ closeCase: ClientShape }>(CLOSE, {
        id: client.id,
        outcome: "DISCHARGED",
        date: "2026-11-02",
      });
      expect(closed.errors).toBeUndefined();
      expect(closed.data!.closeCase).toMatchObject({ status: "DISCHARGED", closedOn: "2026-11-02" });
      const afterClose = await revisions();
      expect(afterClose.data).toBeGreaterThan(open.data);
      expect(afterClose.curve).toBeGreaterThan(open.curve);

      const twice = await refused(
        therapistA,
        CLOSE,
        { id: client.id, outcome: "DROPPED_OUT", date: TODAY },
        "BAD_USER_INPUT",
        "clientId",
      );
      expect(twice.message).toBe("This case is already closed.");
      await refused(
        therapistA,
        RECORD_SESSION,
        { i: { clientId: client.id, occurredAt: "2026-11-19T15:00:00Z", attendance: "ATTENDED" } },
        "BAD_USER_INPUT",
        "clientId",
      );

      const reopened = await therapistA.request<{ reopenCase: ClientShape }>(REOPEN, { id: client.id });
      expect(reopened.errors).toBeUndefined();
      expect(reopened.data!.reopenCase).toMatchObject({ status: "ACTIVE", closedOn: null });
      const afterReopen = await revisions();
      expect(afterReopen.data).toBeGreaterThan(afterClose.data);
      expect(afterReopen.curve).toBeGreaterThan(afterClose.curve);
      await refused(therapistA, REOPEN, { id: client.id }, "BAD_USER_INPUT", "clientId");
      expect(await auditActions(server, client.id)).toEqual([
        "CLIENT_ADMITTED",
        "RECORD_SESSION",
        "CASE_CLOSED",
        "CASE_REOPENED",
      ]);
      // A reopened case takes sessions again.
      const again = await therapistA.request(RECORD_SESSION, {
        i: { clientId: client.id, occurredAt: "2026-11-19T15:00:00Z", attendance: "ATTENDED" },
      });
      expect(again.errors).toBeUndefined();
    });

    it("refuses a closing date before the intake, and another therapist's client", async () => {
      const client = await admit(therapistA, { intakeDate: "2026-10-01" });
      await refused(
        therapistA,
        CLOSE,
        { id: client.id, outcome: "DROPPED_OUT", date: "2026-09-30" },
        "BAD_USER_INPUT",
        "date",
      );
      await refused(
        therapistA,
        CLOSE,
        { id: String(practice.clientB.id), outcome: "DROPPED_OUT", date: TODAY },
        "NOT_FOUND",
      );
      await refused(therapistA, REOPEN, { id: String(practice.clientB.id) }, "NOT_FOUND");
    });
  });

  describe("transfers", () => {
    it("lists the other active therapists of the clinic as colleagues", async () => {
      const response = await therapistA.request<{ colleagues: { id: string; displayName: string }[] }>(
        `{ colleagues { id displayName } }`,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.colleagues).toEqual([
        { id: String(practice.therapistB.id), displayName: practice.therapistB.displayName },
      ]);
    });

    it("refuses another clinic's therapist, a supervisor, a deactivated therapist and an unknown id alike", async () => {
      const client = await admit(therapistA);
      const messages = new Set<string>();
      for (const to of [
        otherClinicTherapist.id,
        practice.supervisor.id,
        deactivatedTherapist.id,
        practice.clientUserA.id,
        999_999,
        practice.therapistA.id,
      ]) {
        const error = await refused(
          therapistA,
          TRANSFER,
          { id: client.id, to: String(to) },
          "BAD_USER_INPUT",
          "toTherapistId",
        );
        messages.add(error.message);
      }
      expect(messages.size).toBe(1);
    });

    it("hands the client over: the new therapist sees them, the old one gets NOT_FOUND; audited", async () => {
      const client = await admit(therapistA, { email: "moving@example.org" });
      const moved = await therapistA.request<{ transferClient: { therapistId: string } }>(TRANSFER, {
        id: client.id,
        to: String(practice.therapistB.id),
      });
      expect(moved.errors).toBeUndefined();
      expect(moved.data!.transferClient.therapistId).toBe(String(practice.therapistB.id));
      expect(onlyError(await therapistA.request(READ, { id: client.id })).extensions?.code).toBe("NOT_FOUND");
      const read = await therapistB.request<{ client: ClientShape }>(READ, { id: client.id });
      expect(read.data!.client).toMatchObject({ id: client.id, email: "moving@example.org" });
      const log = await therapistB.request<{ clientAccessLog: { edges: { node: { action: string } }[] } }>(
        `query ($id: ID!) { clientAccessLog(clientId: $id) { edges { node { action } } } }`,
        { id: client.id },
      );
      expect(log.data!.clientAccessLog.edges.map((edge) => edge.node.action)).toContain("CLIENT_TRANSFERRED");
    });

    it("lets an admin move a therapist's active clients, not the closed ones, audited per client", async () => {
      const clinic = await createClinic(server.dataSource);
      const from = await createUser(server.dataSource, clinic, Role.THERAPIST);
      const to = await createUser(server.dataSource, clinic, Role.THERAPIST);
      const clinicAdmin = await createUser(server.dataSource, clinic, Role.ADMIN);
      const fromSession = new GraphQLSession(server.url);
      await fromSession.login(from.email, TEST_PASSWORD);
      const active = [await admit(fromSession), await admit(fromSession), await admit(fromSession)];
      const closed = await admit(fromSession);
      expect(
        (await fromSession.request(CLOSE, { id: closed.id, outcome: "DROPPED_OUT", date: TODAY })).errors,
      ).toBeUndefined();

      await refused(fromSession, TRANSFER_CASELOAD, { from: String(from.id), to: String(to.id) }, "FORBIDDEN");
      const adminSession = new GraphQLSession(server.url);
      await adminSession.login(clinicAdmin.email, TEST_PASSWORD);
      // Another clinic's therapists are no more than unknown ids.
      await refused(
        adminSession,
        TRANSFER_CASELOAD,
        { from: String(practice.therapistA.id), to: String(to.id) },
        "BAD_USER_INPUT",
        "fromTherapistId",
      );
      await refused(
        adminSession,
        TRANSFER_CASELOAD,
        { from: String(from.id), to: String(practice.therapistB.id) },
        "BAD_USER_INPUT",
        "toTherapistId",
      );
      const response = await adminSession.request<{ transferCaseload: number }>(TRANSFER_CASELOAD, {
        from: String(from.id),
        to: String(to.id),
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.transferCaseload).toBe(3);
      const owners = await server.query<{ id: number; therapist_id: number }>(
        `SELECT id, therapist_id FROM client WHERE clinic_id = ? ORDER BY id`,
        [clinic.id],
      );
      expect(owners.map((row) => [String(row.id), Number(row.therapist_id)])).toEqual([
        ...active.map((client) => [client.id, to.id]),
        [closed.id, from.id],
      ]);
      for (const client of active) expect((await auditActions(server, client.id)).at(-1)).toBe("CLIENT_TRANSFERRED");
      expect((await auditActions(server, closed.id)).at(-1)).toBe("CASE_CLOSED");
      // Nothing left to move.
      const again = await adminSession.request<{ transferCaseload: number }>(TRANSFER_CASELOAD, {
        from: String(from.id),
        to: String(to.id),
      });
      expect(again.data!.transferCaseload).toBe(0);
    });
  });
});

/** The app again, with fresh services and caches, on the same database: a server started after the writes. */
async function coldServer(server: TestServer): Promise<{ url: string; close(): Promise<void> }> {
  const { app, stop } = await createApp({
    config: {
      nodeEnv: "test",
      rules: DEFAULT_RULES,
      sessionPolicy: DEFAULT_SESSION_POLICY,
      webRoot: path.resolve("web/dist"),
      trustProxy: false,
    },
    dataSource: server.dataSource,
    clock: () => NOW,
    log: () => {},
  });
  const listener = http.createServer(app);
  await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(listener.address() as AddressInfo).port}`,
    async close() {
      listener.closeAllConnections();
      await new Promise<void>((resolve) => listener.close(() => resolve()));
      await stop();
    },
  };
}

const COUNT = `{ value suppressed }`;
const METRICS = `query ($cohort: String, $groupBy: MetricsGroup!) { caseloadMetrics(cohort: $cohort, groupBy: $groupBy) {
  total { clients ${COUNT} active ${COUNT} discharged ${COUNT} droppedOut ${COUNT} flagged { numerator denominator rate suppressed }
          sessionsPerClient { median q1 q3 clients suppressed }
          outcomes { measure eligible ${COUNT} reliableImprovement { numerator denominator rate suppressed } } }
  rows { label clients ${COUNT} active ${COUNT} discharged ${COUNT} droppedOut ${COUNT} }
  typicalCourse { monthInTreatment ors { median q1 q3 suppressed } } } }`;

describe("closing cases keeps the supervisor's figures right", () => {
  let server: TestServer;
  let supervisor: GraphQLSession;
  let therapist: GraphQLSession;
  const YEAR = "2026";

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    await seedDemoIfEmpty(server.dataSource, { seed: 20261202, rules: DEFAULT_RULES, now: NOW });
    supervisor = new GraphQLSession(server.url);
    therapist = new GraphQLSession(server.url);
    await supervisor.login("supervisor@demo.local", DEMO_PASSWORD);
    await therapist.login("therapist@demo.local", DEMO_PASSWORD);
  }, 120_000);
  afterAll(() => server.close());

  /** The year cohort's true counts by status, and the sum of the record keys behind each, from the raw table. */
  async function rawStatusCells(clinicId: number) {
    const rows = await server.query<{ status: string; n: number; keys: number }>(
      `SELECT status, COUNT(*) AS n, SUM(record_key) AS keys FROM client
       WHERE clinic_id = ? AND intake_date >= ? AND intake_date < ? GROUP BY status`,
      [clinicId, `${YEAR}-01-01`, `${Number(YEAR) + 1}-01-01`],
    );
    return new Map(rows.map((row) => [row.status, { n: Number(row.n), keys: Number(row.keys) }]));
  }

  /**
   * The closed cases the expected-response model is fitted on for a session judged in December 2026 (closed before
   * 1 December, with an intake score and two attended ORS ratings from session 2 on), counted from the raw tables.
   */
  async function rawCurveCases(clinicId: number) {
    const [row] = await server.query<{ n: number }>(
      `SELECT COUNT(*) AS n FROM client c
       WHERE c.clinic_id = ? AND c.status <> 'ACTIVE' AND c.baseline_ors IS NOT NULL AND c.closed_on < ?
         AND (SELECT COUNT(*) FROM therapy_session s WHERE s.client_id = c.id AND s.ors_total IS NOT NULL
              AND s.number >= 2 AND s.attendance = 'ATTENDED') >= 2`,
      [clinicId, JUDGED_IN_DECEMBER.slice(0, 8) + "01"],
    );
    return Number(row!.n);
  }

  it("closing a case through the API changes its metrics exactly as a cold computation says it should", async () => {
    const [{ clinic_id: clinicValue }] = await server.query(
      `SELECT clinic_id FROM "user" WHERE email = 'supervisor@demo.local'`,
    );
    const clinicId = Number(clinicValue);
    const table = perturbationTable(PERTURBATION);
    const published = (cell: { n: number; keys: number } | undefined) =>
      cell ? cell.n + perturbationFor(table, cell.n, cellKeyOf(cell.keys)) : 0;
    const metricsOf = async (session: GraphQLSession) => {
      const response = await session.request<{ caseloadMetrics: any }>(METRICS, { cohort: YEAR, groupBy: "COMPLAINT" });
      expect(response.errors).toBeUndefined();
      return response.data!.caseloadMetrics;
    };
    const curvesOf = async (services: TestServer["services"]) => {
      const clinic = await server.dataSource.getRepository(Clinic).findOneByOrFail({ id: clinicId });
      const curves = await services.progress.curves(clinic);
      // One model for every intake score: any baseline gives the same basis.
      const { closedCases, curve, closedBefore } = curves.forClient(15, JUDGED_IN_DECEMBER);
      expect(curves.forClient(32, JUDGED_IN_DECEMBER)).toEqual({ closedCases, curve, closedBefore });
      return { closedCases, curve, closedBefore };
    };
    // The warm server has its caches filled before the closes.
    const before = await metricsOf(supervisor);
    const curvesBefore = await curvesOf(server.services);
    const statusBefore = await rawStatusCells(clinicId);
    const casesBefore = await rawCurveCases(clinicId);

    // Close several of the therapist's active cases of the year, with a first ORS rating, both ways.
    const closing = await server.query<{ id: number; last: string | null }>(
      `SELECT c.id, (SELECT MAX(s.local_date) FROM therapy_session s WHERE s.client_id = c.id) AS last
       FROM client c JOIN "user" u ON u.id = c.therapist_id
       WHERE u.email = 'therapist@demo.local' AND c.status = 'ACTIVE' AND c.baseline_ors IS NOT NULL
         AND c.intake_date >= ? ORDER BY c.id LIMIT 6`,
      [`${YEAR}-01-01`],
    );
    expect(closing).toHaveLength(6);
    const outcomes = ["DISCHARGED", "DROPPED_OUT", "DISCHARGED", "DISCHARGED", "DROPPED_OUT", "DISCHARGED"];
    for (const [i, row] of closing.entries()) {
      const response = await therapist.request<{ closeCase: ClientShape }>(CLOSE, {
        id: String(row.id),
        outcome: outcomes[i],
        date: row.last ?? TODAY,
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.closeCase.closedOn).toBe(row.last ?? TODAY);
    }

    const warm = await metricsOf(supervisor);
    const warmCurves = await curvesOf(server.services);
    const cold = await coldServer(server);
    try {
      const coldSupervisor = new GraphQLSession(cold.url);
      await coldSupervisor.login("supervisor@demo.local", DEMO_PASSWORD);
      expect(warm).toEqual(await metricsOf(coldSupervisor));
    } finally {
      await cold.close();
    }
    const fresh = createServices(server.dataSource, {
      rules: DEFAULT_RULES,
      sessionPolicy: DEFAULT_SESSION_POLICY,
      clock: () => NOW,
    });
    expect(warmCurves).toEqual(await curvesOf(fresh));

    // Independently, from the raw table: the true counts moved by exactly the closes, and what is shown is each
    // true count with its cell-key perturbation.
    const statusAfter = await rawStatusCells(clinicId);
    const discharged = outcomes.filter((o) => o === "DISCHARGED").length;
    const droppedOut = outcomes.length - discharged;
    expect(statusAfter.get("ACTIVE")!.n).toBe(statusBefore.get("ACTIVE")!.n - outcomes.length);
    expect(statusAfter.get("DISCHARGED")!.n).toBe((statusBefore.get("DISCHARGED")?.n ?? 0) + discharged);
    expect(statusAfter.get("DROPPED_OUT")!.n).toBe((statusBefore.get("DROPPED_OUT")?.n ?? 0) + droppedOut);
    for (const [field, status] of [
      ["active", "ACTIVE"],
      ["discharged", "DISCHARGED"],
      ["droppedOut", "DROPPED_OUT"],
    ] as const) {
      expect(before.total[field], `before: ${field}`).toEqual({
        value: published(statusBefore.get(status)),
        suppressed: false,
      });
      expect(warm.total[field], `after: ${field}`).toEqual({
        value: published(statusAfter.get(status)),
        suppressed: false,
      });
    }
    // The clinic total did not move: the same clients, closed or not.
    expect(warm.total.clients).toEqual(before.total.clients);

    // The expected-response model is fitted to the closed cases: it counts them as the raw tables do.
    const casesAfter = await rawCurveCases(clinicId);
    expect(warmCurves.closedCases).toBe(casesAfter);
    expect(curvesBefore.closedCases).toBe(casesBefore);
    expect(casesAfter).toBeGreaterThan(casesBefore);
    expect(warmCurves.closedBefore).toBe("2026-12-01");
    expect(warmCurves).not.toEqual(curvesBefore);
  });
});

describe("the closing date of cases closed before it was stored", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    await seedDemoIfEmpty(server.dataSource, { seed: 7, rules: DEFAULT_RULES, now: NOW });
  }, 120_000);
  afterAll(() => server.close());

  const closingDates = () =>
    server.query<{ id: number; status: string; closed_on: string | null; last: string | null }>(
      `SELECT c.id, c.status, c.closed_on, (SELECT MAX(s.local_date) FROM therapy_session s WHERE s.client_id = c.id) AS last
       FROM client c ORDER BY c.id`,
    );

  it("is the last session's date, in the demo as generated and as the migration fills it in", async () => {
    const before = await closingDates();
    const closed = before.filter((row) => row.status !== "ACTIVE");
    expect(closed.length).toBeGreaterThan(10);
    for (const row of closed) expect(row.closed_on, `client ${row.id}`).toBe(row.last);
    for (const row of before.filter((r) => r.status === "ACTIVE")) expect(row.closed_on).toBeNull();

    // Undo the migration and apply it again: the dates it fills in for the closed cases are the same.
    const migration = server.engine === "postgres" ? new PostgresCaseClosing() : new SqliteCaseClosing();
    const runner = server.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await closingDates()).toEqual(before);
  });

  it("is the last session's date for a closed case imported from FHIR", async () => {
    const therapist = new GraphQLSession(server.url);
    await therapist.login("therapist@demo.local", DEMO_PASSWORD);
    const [source] = await server.query<{ id: number; status: string; closed_on: string }>(
      `SELECT c.id, c.status, c.closed_on FROM client c JOIN "user" u ON u.id = c.therapist_id
       WHERE u.email = 'therapist@demo.local' AND c.status = 'DROPPED_OUT' ORDER BY c.id LIMIT 1`,
    );
    expect(source).toBeDefined();
    const exported = await therapist.request<{ clientFhirBundle: unknown }>(
      `query ($id: ID!) { clientFhirBundle(clientId: $id, full: true) }`,
      { id: String(source!.id) },
    );
    expect(exported.errors).toBeUndefined();
    const { clientId } = await server.services.fhirImport.importBundle(
      "therapist2@demo.local",
      exported.data!.clientFhirBundle,
    );
    const [imported] = await server.query(`SELECT status, closed_on FROM client WHERE id = ?`, [clientId]);
    expect(imported).toEqual({ status: source!.status, closed_on: source!.closed_on });
  });
});
