import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditAction } from "../../server/audit/audit-event.entity.ts";
import { Role } from "../../server/auth/role.ts";
import { createPractice, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

describe("audit rows for reads, written with group commit", () => {
  let server: TestServer;
  let practice: Awaited<ReturnType<typeof createPractice>>;

  beforeAll(async () => {
    server = await startTestServer();
    practice = await createPractice(server.dataSource);
  });
  afterAll(() => server.close());

  it("appends every read of one moment in one INSERT, and answers only after it is stored", async () => {
    const before = Number((await server.query(`SELECT COUNT(*) AS n FROM audit_event`))[0].n);
    server.statements.reset();
    const reads = Array.from({ length: 30 }, (_, i) =>
      server.services.audit
        .recordReads(
          { actorUserId: practice.therapistA.id, action: AuditAction.READ_PROGRESS, sourceAddress: `test-${i}` },
          [practice.clientA.id],
        )
        .then(async () =>
          Number(
            (await server.query(`SELECT COUNT(*) AS n FROM audit_event WHERE source_address = ?`, [`test-${i}`]))[0].n,
          ),
        ),
    );
    // Each read, once answered, finds its own row stored.
    expect(await Promise.all(reads)).toEqual(Array.from({ length: 30 }, () => 1));
    const inserts = server.statements.log.filter((sql) => /^\s*INSERT INTO "?audit_event"?/i.test(sql));
    expect(inserts).toHaveLength(1);
    expect(Number((await server.query(`SELECT COUNT(*) AS n FROM audit_event`))[0].n)).toBe(before + 30);
  });

  it("fails only the read whose row is refused, not the others batched with it", async () => {
    const before = Number((await server.query(`SELECT COUNT(*) AS n FROM audit_event`))[0].n);
    const entry = (i: number) => ({
      actorUserId: practice.therapistA.id,
      action: AuditAction.READ_PROGRESS,
      sourceAddress: `isolated-${i}`,
    });
    const outcomes = await Promise.allSettled([
      server.services.audit.recordReads(entry(0), [practice.clientA.id]),
      // action is NOT NULL on both engines: this row cannot be stored.
      server.services.audit.recordReads({ ...entry(1), action: null as unknown as AuditAction }, [practice.clientA.id]),
      server.services.audit.recordReads(entry(2), [practice.clientA.id]),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    const stored = await server.query(
      `SELECT source_address AS address FROM audit_event WHERE source_address LIKE 'isolated-%' ORDER BY source_address`,
    );
    expect(stored.map((row: { address: string }) => row.address)).toEqual(["isolated-0", "isolated-2"]);
    expect(Number((await server.query(`SELECT COUNT(*) AS n FROM audit_event`))[0].n)).toBe(before + 2);
    // And the next batch commits as usual.
    await server.services.audit.recordReads(entry(3), [practice.clientA.id]);
    expect(Number((await server.query(`SELECT COUNT(*) AS n FROM audit_event`))[0].n)).toBe(before + 3);
  });

  it("records one event per clientProgress read over HTTP, however many arrive together", async () => {
    const therapist = new GraphQLSession(server.url);
    expect((await therapist.login(practice.therapistA.email, TEST_PASSWORD)).data?.login.role).toBe(Role.THERAPIST);
    const count = async () =>
      Number(
        (
          await server.query(`SELECT COUNT(*) AS n FROM audit_event WHERE action = 'READ_PROGRESS' AND client_id = ?`, [
            practice.clientA.id,
          ])
        )[0].n,
      );
    const before = await count();
    const responses = await Promise.all(
      Array.from({ length: 12 }, () =>
        therapist.request(`query ($id: ID!) { clientProgress(clientId: $id) { summary { status } } }`, {
          id: practice.clientA.id,
        }),
      ),
    );
    for (const response of responses) expect(response.errors).toBeUndefined();
    expect(await count()).toBe(before + 12);
  });
});
