import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAdminCommand } from "../../server/admin/admin-commands.ts";
import { GraphQLSession, onlyError } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const run = promisify(execFile);
const STRONG = "violet harbour lantern 93";
const ACCEPT = `mutation ($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { email role } }`;

describe("npm run admin", () => {
  let server: TestServer;

  const admin = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runAdminCommand(argv, {
      dataSource: server.dataSource,
      baseUrl: server.url,
      out: (line) => out.push(line),
      err: (line) => err.push(line),
    });
    return { code, out: out.join("\n"), err: err.join("\n") };
  };
  const counts = async () => {
    const result: Record<string, number> = {};
    for (const table of ["clinic", "user", "invitation", "audit_event"]) {
      result[table] = Number((await server.query(`SELECT COUNT(*) AS n FROM "${table}"`))[0].n);
    }
    return result;
  };
  const addressIn = (text: string) => {
    const match = new RegExp(`${server.url}/invite/([A-Za-z0-9_-]+)`).exec(text);
    expect(match, text).not.toBeNull();
    return match![1]!;
  };

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("creates the first clinic on an empty database; its admin accepts the printed address and signs in", async () => {
    expect(await counts()).toMatchObject({ clinic: 0, user: 0 });
    const created = await admin(
      "create-clinic",
      "--name",
      "Riverside Counselling",
      "--timezone",
      "Europe/London",
      "--admin-email",
      "Dana.Admin@Riverside.example",
      "--admin-name",
      "Dana Whitlock",
    );
    expect(created.err).toBe("");
    expect(created.code).toBe(0);
    const [clinic] = await server.query(`SELECT name, timezone, min_cell_size AS cell FROM clinic`);
    expect(clinic).toEqual({ name: "Riverside Counselling", timezone: "Europe/London", cell: 11 });
    const audited = await server.query(`SELECT action, actor_user_id AS actor FROM audit_event ORDER BY id`);
    expect(audited).toEqual([
      { action: "CLINIC_CREATED", actor: null },
      { action: "STAFF_INVITED", actor: null },
    ]);

    const browser = new GraphQLSession(server.url);
    const accepted = await browser.request<{ acceptInvitation: { email: string; role: string } }>(ACCEPT, {
      t: addressIn(created.out),
      p: STRONG,
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation).toEqual({ email: "dana.admin@riverside.example", role: "ADMIN" });
    const staff = await browser.request<{ staff: { email: string; role: string }[] }>(`{ staff { email role } }`);
    expect(staff.data?.staff).toEqual([{ email: "dana.admin@riverside.example", role: "ADMIN" }]);
  });

  it("invites staff to the only clinic, resets a password and lists the staff", async () => {
    const invited = await admin("invite", "--email", "theo@riverside.example", "--role", "therapist", "--name", "Theo");
    expect(invited.code).toBe(0);
    const browser = new GraphQLSession(server.url);
    expect((await browser.request(ACCEPT, { t: addressIn(invited.out), p: STRONG })).errors).toBeUndefined();

    const reset = await admin("reset-password", "--email", "THEO@riverside.example");
    expect(reset.code).toBe(0);
    // The old password still works until the new one is set.
    expect((await new GraphQLSession(server.url).login("theo@riverside.example", STRONG)).errors).toBeUndefined();
    const preview = await browser.request<{ invitationPreview: { purpose: string } }>(
      `query ($t: String!) { invitationPreview(token: $t) { purpose } }`,
      { t: addressIn(reset.out) },
    );
    expect(preview.data?.invitationPreview.purpose).toBe("PASSWORD_RESET");

    const listed = await admin("list-staff");
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(/ADMIN\tdana\.admin@riverside\.example\tDana Whitlock\tactive/);
    expect(listed.out).toMatch(/THERAPIST\ttheo@riverside\.example\tTheo\tactive\t0 clients/);
  });

  it("refuses bad input with exit code 2 and writes nothing", async () => {
    // A second clinic, so that a missing --clinic is ambiguous.
    await admin(
      "create-clinic",
      "--name",
      "Second",
      "--timezone",
      "UTC",
      "--admin-email",
      "second@x.example",
      "--admin-name",
      "S",
    );
    const before = await counts();
    const bad: string[][] = [
      [],
      ["frobnicate"],
      [
        "create-clinic",
        "--name",
        "X",
        "--timezone",
        "Mars/Olympus",
        "--admin-email",
        "a@b.example",
        "--admin-name",
        "A",
      ],
      ["create-clinic", "--name", "X", "--timezone", "UTC", "--admin-email", "not-an-email", "--admin-name", "A"],
      [
        "create-clinic",
        "--name",
        "X",
        "--timezone",
        "UTC",
        "--admin-email",
        "THEO@riverside.example",
        "--admin-name",
        "A",
      ],
      ["create-clinic", "--name", "X", "--timezone", "UTC", "--admin-email", "a@b.example"],
      ["invite", "--email", "new@x.example", "--role", "CLIENT", "--name", "N", "--clinic", "1"],
      ["invite", "--email", "new@x.example", "--role", "THERAPIST", "--name", "N"],
      ["invite", "--email", "new@x.example", "--role", "THERAPIST", "--name", "N", "--clinic", "99"],
      ["invite", "--email", "new@x.example", "--role", "THERAPIST", "--name", "N", "--clinic", "1", "--password", "x"],
      ["invite", "--email", "dana.admin@riverside.example", "--role", "ADMIN", "--name", "D", "--clinic", "1"],
      ["reset-password", "--email", "nobody@x.example"],
      ["reset-password"],
      ["list-staff", "--clinic", "abc"],
    ];
    for (const argv of bad) {
      const result = await admin(...argv);
      expect(result.code, argv.join(" ")).toBe(2);
      expect(result.err, argv.join(" ")).not.toBe("");
      expect(result.out, argv.join(" ")).toBe("");
    }
    expect(await counts()).toEqual(before);
  });

  it("exits 2 from the real command line on an unknown command, on a database file of its own", async () => {
    const directory = mkdtempSync(path.join(tmpdir(), "follow-up-admin-"));
    try {
      const failure = await run("npx", ["tsx", "server/admin/admin-cli.ts", "frobnicate"], {
        env: { ...process.env, DATABASE_PATH: path.join(directory, "cli.db"), DATABASE_URL: "" },
      }).then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      );
      expect(failure?.code).toBe(2);
      expect(failure?.stderr).toMatch(/Unknown command "frobnicate"/);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it("is refused over GraphQL for anyone but an admin", async () => {
    const anonymous = new GraphQLSession(server.url);
    expect(onlyError(await anonymous.request(`{ staff { email } }`)).extensions?.code).toBe("UNAUTHENTICATED");
  });
});
