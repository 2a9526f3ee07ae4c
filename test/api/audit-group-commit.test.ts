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
        .recordReads({ actorUserId: practice.therapistA.id, action: AuditAction.READ_PROGRESS, sourceAddress: `test-${i}` }, [practice.clientA.id])
        .then(async () => Number((await server.query(`SELECT COUNT(*) AS n FROM audit_event WHERE source_address = ?`, [`test-${i}`]))[0].n)),
    );
    // Each read, once answered, finds its own row stored.
    expect(await Promise.all(reads)).toEqual(Array.from({ length: 30 }, () => 1));
    const inserts = server.statements.log.filter((sql) => /^\s*INSERT INTO "audit_event"/i.test(sql));
    expect(inserts).toHaveLength(1);
    expect(Number((await server.query(`SELECT COUNT(*) AS n FROM audit_event`))[0].n)).toBe(before + 30);
  });

  it("records one event per clientProgress read over HTTP, however many arrive together", async () => {
    const therapist = new GraphQLSession(server.url);
    expect((await therapist.login(practice.therapistA.email, TEST_PASSWORD)).data?.login.role).toBe(Role.THERAPIST);
    const count = async () =>
      Number((await server.query(`SELECT COUNT(*) AS n FROM audit_event WHERE action = 'READ_PROGRESS' AND client_id = ?`, [practice.clientA.id]))[0].n);
    const before = await count();
    const responses = await Promise.all(
      Array.from({ length: 12 }, () => therapist.request(`query ($id: ID!) { clientProgress(clientId: $id) { summary { status } } }`, { id: practice.clientA.id })),
    );
    for (const response of responses) expect(response.errors).toBeUndefined();
    expect(await count()).toBe(before + 12);
  });
});
