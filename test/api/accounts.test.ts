import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NO_PASSWORD } from "../../server/auth/password.ts";
import { Role } from "../../server/auth/role.ts";
import type { User } from "../../server/auth/user.entity.ts";
import { createClient, createClinic, createPractice, createUser, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession, onlyError } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const START = new Date("2026-11-20T17:00:00.000Z");
const STRONG = "violet harbour lantern 93";
const STRONG_2 = "copper meadow signal 58";

const INVITE_STAFF = `mutation ($input: InviteStaffInput!) { inviteStaff(input: $input) { url expiresAt } }`;
const PREVIEW = `query ($t: String!) { invitationPreview(token: $t) { email displayName role expiresAt purpose } }`;
const ACCEPT = `mutation ($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { id email role } }`;
const INVITE_CLIENT = `mutation ($id: ID!) { inviteClient(clientId: $id) { url expiresAt } }`;
const STAFF = `{ staff { id email displayName role active invitationPending twoFactorEnabled activeClients } }`;
const DEACTIVATE = `mutation ($id: ID!) { deactivateStaff(userId: $id) { id active activeClients } }`;
const CHANGE = `mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const RESET = `mutation ($id: ID!) { resetPassword(userId: $id) { url expiresAt } }`;
const ME = `{ me { id email role } }`;

const tokenOf = (url: string) => url.split("/invite/")[1]!;

describe("accounts: invitations, staff and passwords", () => {
  let server: TestServer;
  let now = START;
  let practice: Awaited<ReturnType<typeof createPractice>>;
  let adminUser: User;
  let admin: GraphQLSession;

  const count = async (table: string) => Number((await server.query(`SELECT COUNT(*) AS n FROM "${table}"`))[0].n);
  const counts = async () => ({
    users: await count("user"),
    invitations: await count("invitation"),
    audit: await count("audit_event"),
  });
  const signedIn = async (email: string, password = TEST_PASSWORD) => {
    const session = new GraphQLSession(server.url);
    const login = await session.login(email, password);
    expect(login.errors, `login ${email}`).toBeUndefined();
    return session;
  };
  const inviteStaff = async (email: string, role = "THERAPIST", displayName = "Robin Vale") => {
    const response = await admin.request<{ inviteStaff: { url: string; expiresAt: string } }>(INVITE_STAFF, {
      input: { email, displayName, role },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.inviteStaff;
  };

  beforeAll(async () => {
    server = await startTestServer({ clock: () => now });
    practice = await createPractice(server.dataSource);
    adminUser = await createUser(server.dataSource, practice.clinic, Role.ADMIN);
    admin = await signedIn(adminUser.email);
  });
  afterAll(() => server.close());

  it("invites a staff member, who accepts, is signed in with a cookie and appears on the staff list", async () => {
    const invitation = await inviteStaff("Robin.Vale@Example.org");
    expect(invitation.url).toMatch(new RegExp(`^${server.url}/invite/[A-Za-z0-9_-]{40,}$`));
    expect(new Date(invitation.expiresAt).getTime()).toBe(now.getTime() + 72 * 3_600_000);
    const [stored] = await server.query(`SELECT password_hash AS hash FROM "user" WHERE email = ?`, [
      "robin.vale@example.org",
    ]);
    expect(stored.hash).toBe(NO_PASSWORD);
    // Only the token's hash is stored.
    const [row] = await server.query(`SELECT token_hash AS hash FROM invitation ORDER BY id DESC LIMIT 1`);
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.hash).not.toBe(tokenOf(invitation.url));

    const visitor = new GraphQLSession(server.url);
    const preview = await visitor.request<{ invitationPreview: Record<string, string> }>(PREVIEW, {
      t: tokenOf(invitation.url),
    });
    expect(preview.data?.invitationPreview).toEqual({
      email: "robin.vale@example.org",
      displayName: "Robin Vale",
      role: "THERAPIST",
      expiresAt: invitation.expiresAt,
      purpose: "INVITE",
    });
    const before = (await admin.request<{ staff: { email: string; invitationPending: boolean }[] }>(STAFF)).data!;
    expect(before.staff.find((m) => m.email === "robin.vale@example.org")?.invitationPending).toBe(true);

    const accepted = await visitor.request<{ acceptInvitation: { email: string; role: string } }>(ACCEPT, {
      t: tokenOf(invitation.url),
      p: STRONG,
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation).toMatchObject({ email: "robin.vale@example.org", role: "THERAPIST" });
    expect(accepted.setCookie).toMatch(/^fu_session=[A-Za-z0-9_-]{40,};.*HttpOnly/);
    const me = await visitor.request<{ me: { email: string } }>(ME);
    expect(me.data?.me.email).toBe("robin.vale@example.org");
    // The new password signs in.
    await signedIn("robin.vale@example.org", STRONG);

    const after = (await admin.request<{ staff: { email: string; invitationPending: boolean; role: string }[] }>(STAFF))
      .data!;
    expect(after.staff.find((m) => m.email === "robin.vale@example.org")?.invitationPending).toBe(false);
    // Clients are not staff.
    expect(after.staff.map((m) => m.role)).not.toContain("CLIENT");
    expect(after.staff.map((m) => m.email)).toEqual(
      expect.arrayContaining([practice.therapistA.email, practice.supervisor.email, adminUser.email]),
    );
  });

  it("refuses a duplicate email in any letter case, and bad input, writing nothing", async () => {
    const cases: [Record<string, string>, string][] = [
      [{ email: practice.therapistA.email.toUpperCase(), displayName: "Dup", role: "THERAPIST" }, "email"],
      [{ email: "not-an-email", displayName: "X", role: "THERAPIST" }, "email"],
      [{ email: "new.person@example.org", displayName: "x".repeat(121), role: "THERAPIST" }, "displayName"],
      [{ email: "new.person@example.org", displayName: "   ", role: "THERAPIST" }, "displayName"],
      [{ email: "new.person@example.org", displayName: "Client Person", role: "CLIENT" }, "role"],
    ];
    const before = await counts();
    for (const [input, field] of cases) {
      const error = onlyError(await admin.request(INVITE_STAFF, { input }));
      expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(await counts()).toEqual(before);
  });

  it("lets one of two simultaneous invitations of one email through, and refuses the other", async () => {
    const input = { email: "twice@example.org", displayName: "Twice", role: "THERAPIST" };
    const responses = await Promise.all([
      admin.request(INVITE_STAFF, { input }),
      admin.request(INVITE_STAFF, { input: { ...input, email: "TWICE@example.org" } }),
    ]);
    expect(responses.filter((r) => r.errors === undefined)).toHaveLength(1);
    const refused = responses.find((r) => r.errors !== undefined)!;
    expect(onlyError(refused).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "email" });
    expect(await server.query(`SELECT id FROM "user" WHERE email = ?`, ["twice@example.org"])).toHaveLength(1);
  });

  it("refuses short, common and personal passwords with the reason, and leaves the invitation usable", async () => {
    const invitation = await inviteStaff("quinn.harper@example.org", "SUPERVISOR", "Quinn Harper");
    const visitor = new GraphQLSession(server.url);
    const refusals: [string, RegExp][] = [
      ["short one", /at least 12 characters/],
      ["password1234", /lists of common passwords/],
      ["quinn.harper likes tea", /email address/],
      ["harper the great 1984", /your name/],
      ["aaaaaaaaaaaaaaaa", /repeats or sequences/],
    ];
    for (const [password, message] of refusals) {
      const error = onlyError(await visitor.request(ACCEPT, { t: tokenOf(invitation.url), p: password }));
      expect(error.extensions, password).toMatchObject({ code: "BAD_USER_INPUT", field: "password" });
      expect(error.message, password).toMatch(message);
    }
    expect(visitor.cookie).toBeNull();
    const accepted = await visitor.request(ACCEPT, { t: tokenOf(invitation.url), p: STRONG });
    expect(accepted.errors).toBeUndefined();
  });

  it("answers an expired, used, replaced or made-up token alike", async () => {
    const visitor = new GraphQLSession(server.url);
    const refused = async (token: string) => {
      for (const response of [
        await visitor.request(PREVIEW, { t: token }),
        await visitor.request(ACCEPT, { t: token, p: STRONG }),
      ]) {
        const error = onlyError(response);
        expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "token" });
        expect(error.message).toBe("This address does not work (any more). Ask for a new one.");
      }
    };
    // Used.
    const used = await inviteStaff("used.token@example.org");
    expect((await visitor.request(ACCEPT, { t: tokenOf(used.url), p: STRONG })).errors).toBeUndefined();
    await refused(tokenOf(used.url));
    // Made up.
    await refused("x".repeat(43));
    // Replaced: a reset address voids the unused invitation before it.
    const first = await inviteStaff("replaced.token@example.org");
    const [user] = await server.query(`SELECT id FROM "user" WHERE email = ?`, ["replaced.token@example.org"]);
    const second = await admin.request<{ resetPassword: { url: string } }>(RESET, { id: user.id });
    expect(second.errors).toBeUndefined();
    await refused(tokenOf(first.url));
    // Expired: 72 hours on, the second one stops working too.
    const usable = await visitor.request(PREVIEW, { t: tokenOf(second.data!.resetPassword.url) });
    expect(usable.errors).toBeUndefined();
    now = new Date(now.getTime() + 72 * 3_600_000);
    try {
      await refused(tokenOf(second.data!.resetPassword.url));
    } finally {
      now = START;
    }
    admin = await signedIn(adminUser.email);
  });

  it("lets a therapist invite their own client (a reset address once the client has a password), nobody else's", async () => {
    const therapistA = await signedIn(practice.therapistA.email);
    // A client with a password gets a reset address.
    const reset = await therapistA.request<{ inviteClient: { url: string } }>(INVITE_CLIENT, {
      id: practice.clientA.id,
    });
    expect(reset.errors).toBeUndefined();
    const visitor = new GraphQLSession(server.url);
    const preview = await visitor.request<{ invitationPreview: { purpose: string; role: string } }>(PREVIEW, {
      t: tokenOf(reset.data!.inviteClient.url),
    });
    expect(preview.data?.invitationPreview).toMatchObject({ purpose: "PASSWORD_RESET", role: "CLIENT" });
    // The old password keeps working until the new one is set.
    await signedIn(practice.clientUserA.email);

    // A client admitted with an email: their account has no password yet.
    const newUser = await createUser(server.dataSource, practice.clinic, Role.CLIENT, { passwordHash: NO_PASSWORD });
    const newClient = await createClient(server.dataSource, practice.therapistA, { userId: newUser.id });
    const invite = await therapistA.request<{ inviteClient: { url: string } }>(INVITE_CLIENT, { id: newClient.id });
    expect(invite.errors).toBeUndefined();
    const accepted = await visitor.request(ACCEPT, { t: tokenOf(invite.data!.inviteClient.url), p: STRONG });
    expect(accepted.errors).toBeUndefined();
    const me = await visitor.request<{ me: { email: string; role: string } }>(ME);
    expect(me.data?.me).toMatchObject({ email: newUser.email, role: "CLIENT" });

    // The invitation shows in the client's access log.
    const log = await therapistA.request<{ clientAccessLog: { edges: { node: { action: string } }[] } }>(
      `query ($id: ID!) { clientAccessLog(clientId: $id) { edges { node { action } } } }`,
      { id: newClient.id },
    );
    expect(log.data?.clientAccessLog.edges.map((e) => e.node.action)).toContain("CLIENT_INVITED");

    // No account, no email: nothing to send.
    const noEmail = await createClient(server.dataSource, practice.therapistA);
    const supervisor = await signedIn(practice.supervisor.email);
    const before = await counts();
    const error = onlyError(await therapistA.request(INVITE_CLIENT, { id: noEmail.id }));
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "email" });
    expect(error.message).toBe("Add the client's email first.");
    // Another therapist's client, a supervisor and an admin: refused.
    expect(onlyError(await therapistA.request(INVITE_CLIENT, { id: practice.clientB.id })).extensions?.code).toBe(
      "NOT_FOUND",
    );
    expect(onlyError(await supervisor.request(INVITE_CLIENT, { id: practice.clientA.id })).extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect(onlyError(await admin.request(INVITE_CLIENT, { id: practice.clientA.id })).extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect(await counts()).toEqual(before);
  });

  it("refuses to deactivate a therapist with active clients, then deactivates and signs them out", async () => {
    const therapist = await createUser(server.dataSource, practice.clinic, Role.THERAPIST);
    const clients = [
      await createClient(server.dataSource, therapist),
      await createClient(server.dataSource, therapist),
    ];
    const session = await signedIn(therapist.email);
    const before = await counts();
    const refused = onlyError(await admin.request(DEACTIVATE, { id: therapist.id }));
    expect(refused.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "userId" });
    expect(refused.message).toMatch(/2 active clients/);
    expect(refused.message).toMatch(/Move them to another therapist first/);
    expect(await counts()).toEqual(before);
    expect((await session.request<{ me: { email: string } }>(ME)).data?.me.email).toBe(therapist.email);

    // An address issued before the deactivation stops working with it.
    const pending = await admin.request<{ resetPassword: { url: string } }>(RESET, { id: therapist.id });
    expect(pending.errors).toBeUndefined();
    // The cases are closed (the course workflow's; done directly here).
    for (const client of clients) {
      await server.query(`UPDATE client SET status = 'DISCHARGED' WHERE id = ?`, [client.id]);
    }
    const done = await admin.request<{ deactivateStaff: { id: string; active: boolean } }>(DEACTIVATE, {
      id: therapist.id,
    });
    expect(done.errors).toBeUndefined();
    expect(done.data?.deactivateStaff).toEqual({ id: String(therapist.id), active: false, activeClients: 0 });
    // Their session stops working, and signing in gets the usual answer.
    expect((await session.request<{ me: unknown }>(ME)).data?.me).toBeNull();
    const login = await new GraphQLSession(server.url).login(therapist.email, TEST_PASSWORD);
    expect(onlyError(login)).toMatchObject({
      message: "Email or password is not right.",
      extensions: { code: "UNAUTHENTICATED" },
    });
    expect(
      onlyError(await new GraphQLSession(server.url).request(PREVIEW, { t: tokenOf(pending.data!.resetPassword.url) }))
        .extensions,
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "token" });
    // A new reset address is refused for them too.
    expect(onlyError(await admin.request(RESET, { id: therapist.id })).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "userId",
    });
  });

  it("refuses deactivating yourself, another clinic's account or a client, and non-admins", async () => {
    const other = await createClinic(server.dataSource);
    const foreign = await createUser(server.dataSource, other, Role.SUPERVISOR);
    const therapist = await signedIn(practice.therapistA.email);
    const before = await counts();
    expect(onlyError(await admin.request(DEACTIVATE, { id: adminUser.id })).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "userId",
    });
    for (const id of [foreign.id, practice.clientUserA.id, 999_999]) {
      expect(onlyError(await admin.request(DEACTIVATE, { id })).extensions?.code).toBe("NOT_FOUND");
      expect(onlyError(await admin.request(RESET, { id })).extensions?.code).toBe("NOT_FOUND");
    }
    for (const [query, variables] of [
      [DEACTIVATE, { id: practice.supervisor.id }],
      [RESET, { id: practice.supervisor.id }],
      [INVITE_STAFF, { input: { email: "z@example.org", displayName: "Z", role: "ADMIN" } }],
      [STAFF, {}],
    ] as const) {
      expect(onlyError(await therapist.request(query, variables)).extensions?.code).toBe("FORBIDDEN");
    }
    expect(await counts()).toEqual(before);
    const [{ at }] = await server.query(`SELECT deactivated_at AS at FROM "user" WHERE id = ?`, [
      practice.supervisor.id,
    ]);
    expect(at).toBeNull();
  });

  it("changes a password: wrong current refused, weak new refused, other sessions end, this one stays", async () => {
    const user = await createUser(server.dataSource, practice.clinic, Role.SUPERVISOR);
    const here = await signedIn(user.email);
    const elsewhere = await signedIn(user.email);
    const wrong = onlyError(await here.request(CHANGE, { c: "not the password", n: STRONG }));
    expect(wrong.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "currentPassword" });
    // The wrong guess counts against the sign-in throttle like a failed login.
    const [{ n: failures }] = await server.query(
      `SELECT COUNT(*) AS n FROM sign_in_attempt WHERE account = ? AND failed = ?`,
      [user.email, true],
    );
    expect(Number(failures)).toBe(1);
    const weak = onlyError(await here.request(CHANGE, { c: TEST_PASSWORD, n: "password1234" }));
    expect(weak.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "newPassword" });
    expect((await elsewhere.request<{ me: { email: string } }>(ME)).data?.me.email).toBe(user.email);

    const changed = await here.request<{ changePassword: boolean }>(CHANGE, { c: TEST_PASSWORD, n: STRONG_2 });
    expect(changed.errors).toBeUndefined();
    expect(changed.data?.changePassword).toBe(true);
    expect((await here.request<{ me: { email: string } }>(ME)).data?.me.email).toBe(user.email);
    expect((await elsewhere.request<{ me: unknown }>(ME)).data?.me).toBeNull();
    expect(onlyError(await new GraphQLSession(server.url).login(user.email, TEST_PASSWORD)).extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
    await signedIn(user.email, STRONG_2);
    const [{ n: audited }] = await server.query(
      `SELECT COUNT(*) AS n FROM audit_event WHERE actor_user_id = ? AND action = 'PASSWORD_CHANGED'`,
      [user.id],
    );
    expect(Number(audited)).toBe(1);
  });

  it("resets a staff password: the old one works until the new one is set", async () => {
    const user = await createUser(server.dataSource, practice.clinic, Role.THERAPIST);
    const session = await signedIn(user.email);
    const reset = await admin.request<{ resetPassword: { url: string } }>(RESET, { id: user.id });
    expect(reset.errors).toBeUndefined();
    await signedIn(user.email);
    const visitor = new GraphQLSession(server.url);
    const preview = await visitor.request<{ invitationPreview: { purpose: string } }>(PREVIEW, {
      t: tokenOf(reset.data!.resetPassword.url),
    });
    expect(preview.data?.invitationPreview.purpose).toBe("PASSWORD_RESET");
    expect((await visitor.request(ACCEPT, { t: tokenOf(reset.data!.resetPassword.url), p: STRONG })).errors).toBe(
      undefined,
    );
    // Setting the new password ends the sessions that were open.
    expect((await session.request<{ me: unknown }>(ME)).data?.me).toBeNull();
    expect(onlyError(await new GraphQLSession(server.url).login(user.email, TEST_PASSWORD)).extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
    await signedIn(user.email, STRONG);
  });
});
