import { TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/auth/role.ts";
import { THROTTLE } from "../../server/auth/sign-in-throttle.ts";
import { createClinic, createPractice, createUser, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession, onlyError } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const START = new Date("2026-11-20T17:00:00.000Z");
const ME = `{ me { id twoFactorEnabled nextStep } }`;
const CASELOAD = `{ caseload { client { id } } }`;
const BEGIN = `mutation { beginTotpEnrollment { otpauthUri secret qrCodeSvg } }`;
const CONFIRM = `mutation ($code: String!) { confirmTotpEnrollment(code: $code) }`;
const VERIFY = `mutation ($code: String!) { verifySecondFactor(code: $code) { id nextStep } }`;

interface Me {
  me: { id: string; twoFactorEnabled: boolean; nextStep: string | null } | null;
}
interface Enrollment {
  beginTotpEnrollment: { otpauthUri: string; secret: string; qrCodeSvg: string };
}

/** The code an authenticator app shows for `secret` at `at`. */
const codeAt = (secret: string, at: Date) => TOTP.generate({ secret: TOTP_SECRET(secret), timestamp: at.getTime() });
const TOTP_SECRET = (base32: string) => new TOTP({ secret: base32 }).secret;

describe("two-factor sign-in", () => {
  let server: TestServer;
  let now = START;
  const later = (seconds: number) => (now = new Date(now.getTime() + seconds * 1000));

  beforeAll(async () => {
    server = await startTestServer({ clock: () => now });
  });
  afterAll(() => server.close());

  const count = async (sql: string, parameters: unknown[] = []) =>
    Number((await server.query<{ n: number | string }>(sql, parameters))[0]!.n);
  const audited = (userId: number, action: string) =>
    count(`SELECT COUNT(*) AS n FROM audit_event WHERE actor_user_id = ? AND action = ?`, [userId, action]);

  /** A therapist with two-factor sign-in set up; their secret and recovery codes. */
  async function enrolledTherapist() {
    const clinic = await createClinic(server.dataSource);
    const user = await createUser(server.dataSource, clinic, Role.THERAPIST);
    const browser = new GraphQLSession(server.url);
    await browser.login(user.email, TEST_PASSWORD);
    const { secret } = (await browser.request<Enrollment>(BEGIN)).data!.beginTotpEnrollment;
    const confirmed = await browser.request<{ confirmTotpEnrollment: string[] }>(CONFIRM, {
      code: codeAt(secret, now),
    });
    later(30);
    return { user, secret, recoveryCodes: confirmed.data!.confirmTotpEnrollment };
  }

  /** A new browser past the password, waiting for the second factor. */
  async function signedInHalfway(email: string) {
    const browser = new GraphQLSession(server.url);
    const login = await browser.request<{ login: { nextStep: string | null } }>(
      `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { id nextStep } }`,
      { e: email, p: TEST_PASSWORD },
    );
    expect(login.data?.login.nextStep).toBe("SECOND_FACTOR");
    return browser;
  }

  /** What a refused code must leave as it was: the session's step, the last step accepted, recovery codes used. */
  const state = async (userId: number) =>
    JSON.stringify({
      pending: await server.query(
        `SELECT pending_step FROM auth_session WHERE user_id = ? AND revoked_at IS NULL ORDER BY created_at`,
        [userId],
      ),
      credential: await server.query(`SELECT last_time_step, confirmed_at FROM totp_credential WHERE user_id = ?`, [
        userId,
      ]),
      used: await count(`SELECT COUNT(*) AS n FROM recovery_code WHERE user_id = ? AND used_at IS NOT NULL`, [userId]),
    });

  it("enrols with an authenticator app: a secret and an SVG QR code, a first code, ten recovery codes", async () => {
    const clinic = await createClinic(server.dataSource);
    const user = await createUser(server.dataSource, clinic, Role.THERAPIST);
    const browser = new GraphQLSession(server.url);
    await browser.login(user.email, TEST_PASSWORD);
    expect((await browser.request<Me>(ME)).data?.me).toEqual({
      id: String(user.id),
      twoFactorEnabled: false,
      nextStep: null,
    });

    const first = (await browser.request<Enrollment>(BEGIN)).data!.beginTotpEnrollment;
    const uri = new URL(first.otpauthUri);
    expect(decodeURIComponent(first.otpauthUri.split("?")[0]!)).toBe(`otpauth://totp/Follow-Up:${user.email}`);
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      issuer: "Follow-Up",
      secret: first.secret,
      algorithm: "SHA1",
      digits: "6",
      period: "30",
    });
    expect(first.qrCodeSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);

    // Starting again replaces the unconfirmed secret: a code from the first one no longer works.
    const second = (await browser.request<Enrollment>(BEGIN)).data!.beginTotpEnrollment;
    expect(second.secret).not.toBe(first.secret);
    const before = await state(user.id);
    for (const code of [codeAt(first.secret, now), "000000", "not a code"]) {
      const refused = onlyError(await browser.request(CONFIRM, { code }));
      expect(refused.extensions).toEqual({ code: "BAD_USER_INPUT", field: "code" });
    }
    expect(await state(user.id)).toBe(before);
    expect(await count(`SELECT COUNT(*) AS n FROM recovery_code WHERE user_id = ?`, [user.id])).toBe(0);

    const confirmed = await browser.request<{ confirmTotpEnrollment: string[] }>(CONFIRM, {
      code: codeAt(second.secret, now),
    });
    const codes = confirmed.data!.confirmTotpEnrollment;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    // Only hashes are kept.
    const stored = await server.query<{ code_hash: string }>(`SELECT code_hash FROM recovery_code WHERE user_id = ?`, [
      user.id,
    ]);
    expect(stored).toHaveLength(10);
    for (const { code_hash } of stored) expect(codes.join()).not.toContain(code_hash);
    expect((await browser.request<Me>(ME)).data?.me?.twoFactorEnabled).toBe(true);
    expect(await audited(user.id, "TWO_FACTOR_ENABLED")).toBe(1);

    // Once on, no new secret is handed out.
    expect(onlyError(await browser.request(BEGIN)).extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("holds a signed-in session at the second factor until a right code, refusing wrong, replayed and old codes", async () => {
    const { user, secret } = await enrolledTherapist();
    const browser = await signedInHalfway(user.email);
    const halfway = browser.cookie;
    expect((await browser.request<Me>(ME)).data?.me).toMatchObject({ nextStep: "SECOND_FACTOR" });
    expect(onlyError(await browser.request(CASELOAD)).extensions?.code).toBe("SECOND_FACTOR_REQUIRED");
    expect(
      onlyError(await browser.request(`mutation { createAccessToken(name: "x", expiresInDays: 5) { token } }`))
        .extensions?.code,
    ).toBe("SECOND_FACTOR_REQUIRED");

    const before = await state(user.id);
    const wrong = String((Number(codeAt(secret, now)) + 1) % 1_000_000).padStart(6, "0");
    const twoStepsOld = codeAt(secret, new Date(now.getTime() - 60_000));
    // The code of the step of enrolment, accepted then: a replay.
    const replayed = codeAt(secret, new Date(now.getTime() - 30_000));
    for (const code of [wrong, twoStepsOld, replayed]) {
      expect(onlyError(await browser.request(VERIFY, { code })).extensions).toEqual({
        code: "BAD_USER_INPUT",
        field: "code",
      });
    }
    expect(await state(user.id)).toBe(before);
    expect(await audited(user.id, "SECOND_FACTOR_FAILED")).toBe(3);
    expect(onlyError(await browser.request(CASELOAD)).extensions?.code).toBe("SECOND_FACTOR_REQUIRED");

    const verified = await browser.request<{ verifySecondFactor: { id: string; nextStep: string | null } }>(VERIFY, {
      code: codeAt(secret, now),
    });
    expect(verified.data?.verifySecondFactor).toEqual({ id: String(user.id), nextStep: null });
    expect(await audited(user.id, "TWO_FACTOR_USED")).toBe(1);
    // A new session token; the half-way one is over.
    expect(browser.cookie).not.toBe(halfway);
    const old = new GraphQLSession(server.url);
    old.cookie = halfway;
    expect((await old.request(ME)).data).toEqual({ me: null });
    expect((await browser.request(CASELOAD)).errors).toBeUndefined();
    expect((await browser.request<Me>(ME)).data?.me?.nextStep).toBeNull();

    // The same code again, in the same step, from another sign-in: refused as a replay.
    const again = await signedInHalfway(user.email);
    const replay = await state(user.id);
    expect(onlyError(await again.request(VERIFY, { code: codeAt(secret, now) })).extensions?.field).toBe("code");
    expect(await state(user.id)).toBe(replay);
    later(30);
    expect((await again.request(VERIFY, { code: codeAt(secret, now) })).errors).toBeUndefined();
    later(30);
  });

  it("lets one code through once when several sign-ins send it at the same moment", async () => {
    const { user, secret, recoveryCodes } = await enrolledTherapist();
    const browsers = await Promise.all([1, 2, 3, 4].map(() => signedInHalfway(user.email)));
    const code = codeAt(secret, now);
    const answers = await Promise.all(browsers.map((browser) => browser.request(VERIFY, { code })));
    expect(answers.filter((answer) => answer.errors === undefined)).toHaveLength(1);
    for (const refused of answers.filter((answer) => answer.errors !== undefined))
      expect(onlyError(refused).extensions?.field).toBe("code");
    later(30);

    const others = await Promise.all([1, 2, 3].map(() => signedInHalfway(user.email)));
    const recovery = await Promise.all(others.map((browser) => browser.request(VERIFY, { code: recoveryCodes[0] })));
    expect(recovery.filter((answer) => answer.errors === undefined)).toHaveLength(1);
    expect(
      await count(`SELECT COUNT(*) AS n FROM recovery_code WHERE user_id = ? AND used_at IS NOT NULL`, [user.id]),
    ).toBe(1);
  });

  it("accepts each recovery code once", async () => {
    const { user, recoveryCodes } = await enrolledTherapist();
    const first = await signedInHalfway(user.email);
    expect((await first.request(VERIFY, { code: recoveryCodes[0]!.toUpperCase() })).errors).toBeUndefined();
    expect((await first.request(CASELOAD)).errors).toBeUndefined();
    expect(await audited(user.id, "RECOVERY_CODE_USED")).toBe(1);

    const second = await signedInHalfway(user.email);
    const before = await state(user.id);
    const refused = onlyError(await second.request(VERIFY, { code: recoveryCodes[0] }));
    expect(refused.extensions).toEqual({ code: "BAD_USER_INPUT", field: "code" });
    expect(refused.message).toContain("used already");
    expect(await state(user.id)).toBe(before);
    expect(onlyError(await second.request(CASELOAD)).extensions?.code).toBe("SECOND_FACTOR_REQUIRED");
    expect((await second.request(VERIFY, { code: recoveryCodes[1] })).errors).toBeUndefined();
    expect(await audited(user.id, "RECOVERY_CODE_USED")).toBe(2);
  });

  it(`counts wrong codes against the sign-in throttle: after ${THROTTLE.perAccountAtAddress} even the right one waits`, async () => {
    const { user, secret } = await enrolledTherapist();
    const browser = await signedInHalfway(user.email);
    for (let i = 0; i < THROTTLE.perAccountAtAddress; i++) {
      expect(onlyError(await browser.request(VERIFY, { code: `00000${i}` })).message).not.toContain("Too many");
    }
    const throttled = onlyError(await browser.request(VERIFY, { code: codeAt(secret, now) }));
    expect(throttled.message).toContain("Too many attempts");
    expect(onlyError(await browser.request(CASELOAD)).extensions?.code).toBe("SECOND_FACTOR_REQUIRED");
    later(THROTTLE.windowMinutes * 60 + 30);
    // The session itself has gone idle meanwhile; a new sign-in goes through with a right code.
    const fresh = await signedInHalfway(user.email);
    expect((await fresh.request(VERIFY, { code: codeAt(secret, now) })).errors).toBeUndefined();
    later(30);
  });

  it("answers nothing but me, logout and the second-factor fields while the second factor is pending", async () => {
    const { user } = await enrolledTherapist();
    const browser = await signedInHalfway(user.email);
    for (const query of [
      CASELOAD,
      `{ accessTokens { id } }`,
      `{ mySessions { id } }`,
      `mutation { logoutEverywhere }`,
      `{ metricsCohorts { id } }`,
    ]) {
      expect(onlyError(await browser.request(query)).extensions?.code, query).toBe("SECOND_FACTOR_REQUIRED");
    }
    expect((await browser.request(`mutation { logout }`)).data).toEqual({ logout: true });
    expect((await browser.request(ME)).data).toEqual({ me: null });
  });
});

describe("two-factor sign-in required for staff (REQUIRE_MFA=staff)", () => {
  let server: TestServer;
  const now = START;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => now, requireMfa: "staff" });
  });
  afterAll(() => server.close());

  const login = async (email: string) => {
    const browser = new GraphQLSession(server.url);
    const response = await browser.request<{ login: { nextStep: string | null } }>(
      `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { nextStep } }`,
      { e: email, p: TEST_PASSWORD },
    );
    return { browser, nextStep: response.data?.login.nextStep };
  };

  it("makes a therapist enrol at sign-in before anything else works", async () => {
    const practice = await createPractice(server.dataSource);
    const { browser, nextStep } = await login(practice.therapistA.email);
    expect(nextStep).toBe("ENROL_SECOND_FACTOR");
    expect((await browser.request<Me>(ME)).data?.me?.nextStep).toBe("ENROL_SECOND_FACTOR");
    expect(onlyError(await browser.request(CASELOAD)).extensions?.code).toBe("SECOND_FACTOR_REQUIRED");
    const halfway = browser.cookie;

    const { secret } = (await browser.request<Enrollment>(BEGIN)).data!.beginTotpEnrollment;
    expect(onlyError(await browser.request(CASELOAD)).extensions?.code).toBe("SECOND_FACTOR_REQUIRED");
    expect((await browser.request(CONFIRM, { code: codeAt(secret, now) })).errors).toBeUndefined();
    expect(browser.cookie).not.toBe(halfway);
    expect((await browser.request<Me>(ME)).data?.me).toMatchObject({ twoFactorEnabled: true, nextStep: null });
    expect((await browser.request(CASELOAD)).errors).toBeUndefined();
  });

  it.each(["supervisor", "therapistB"] as const)("requires it of the %s as well", async (who) => {
    const practice = await createPractice(server.dataSource);
    expect((await login(practice[who].email)).nextStep).toBe("ENROL_SECOND_FACTOR");
  });

  it("does not require it of a client", async () => {
    const practice = await createPractice(server.dataSource);
    const { browser, nextStep } = await login(practice.clientUserA.email);
    expect(nextStep).toBeNull();
    const progress = await browser.request(`query ($id: ID!) { clientProgress(clientId: $id) { client { id } } }`, {
      id: practice.clientA.id,
    });
    expect(progress.errors).toBeUndefined();
  });
});
