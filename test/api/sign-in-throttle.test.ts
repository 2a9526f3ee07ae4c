import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword, SCRYPT_PARAMETERS } from "../../server/auth/password.ts";
import { Role } from "../../server/auth/role.ts";
import { createClinic, createUser, TEST_PASSWORD } from "../helpers/factories.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const NOW = new Date("2026-11-20T17:00:00.000Z");
const WRONG = "Email or password is not right.";
const THROTTLED = /^Too many sign-in attempts/;

interface Answer {
  userId: string | null;
  message: string | null;
}

/**
 * Sign-ins presented from many source addresses over real HTTP: the server trusts the loopback proxy, so each request
 * says where it comes from with X-Forwarded-For, as a reverse proxy would.
 */
describe("sign-in throttling under concurrency", () => {
  let server: TestServer;
  let now = NOW;
  let addressSequence = 0;
  /** A fresh documentation address (TEST-NET-3) for each caller, so tests never share an address's count. */
  const newAddress = () => `203.0.113.${++addressSequence}`;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => now, trustProxy: "loopback" });
  });
  afterAll(() => server.close());

  async function signIn(address: string, email: string, password: string): Promise<Answer> {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address },
      body: JSON.stringify({
        query: `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`,
        variables: { email, password },
      }),
    });
    const body = (await response.json()) as { data?: { login: { id: string } } | null; errors?: { message: string }[] };
    return { userId: body.data?.login.id ?? null, message: body.errors?.[0]?.message ?? null };
  }

  /** Passwords checked for sign-ins from `address`: every check, and only a check, ends in one of these audit rows. */
  async function passwordChecksFrom(address: string): Promise<number> {
    const [row] = await server.query<{ n: number | string }>(
      `SELECT count(*) AS n FROM audit_event WHERE source_address = ? AND action IN ('SIGN_IN', 'SIGN_IN_FAILED')`,
      [address],
    );
    return Number(row!.n);
  }

  const throttled = (answers: Answer[]) => answers.filter((answer) => THROTTLED.test(answer.message ?? "")).length;

  async function newTherapist() {
    return createUser(server.dataSource, await createClinic(server.dataSource), Role.THERAPIST);
  }

  /**
   * For the tests that need a hundred checks: a password stored with scrypt at 1/8 of the cost (16 MiB), which
   * verifies with the same code, so the run takes seconds rather than minutes on a small machine.
   */
  async function newTherapistWithCheaperHash() {
    const passwordHash = await hashPassword(TEST_PASSWORD, { ...SCRYPT_PARAMETERS, N: SCRYPT_PARAMETERS.N / 8 });
    return createUser(server.dataSource, await createClinic(server.dataSource), Role.THERAPIST, { passwordHash });
  }

  it("checks at most 5 passwords of a burst of 30 for one account from one address, and the right one in it is refused", async () => {
    const owner = await newTherapist();
    const attacker = newAddress();
    const passwords = [...Array.from({ length: 29 }, (_, i) => `guess ${i}`), TEST_PASSWORD];
    const answers = await Promise.all(passwords.map((password) => signIn(attacker, owner.email, password)));

    expect(await passwordChecksFrom(attacker)).toBe(5);
    expect(answers.filter((answer) => answer.message === WRONG)).toHaveLength(5);
    expect(throttled(answers)).toBe(25);
    expect(answers.at(-1)).toEqual({ userId: null, message: expect.stringMatching(THROTTLED) });
  });

  it("lets the owner in from another address during and after such an attack", async () => {
    const owner = await newTherapist();
    const attacker = newAddress();
    const home = newAddress();
    const attack = Promise.all(Array.from({ length: 30 }, (_, i) => signIn(attacker, owner.email, `guess ${i}`)));
    const duringAttack = await signIn(home, owner.email, TEST_PASSWORD);
    const attackAnswers = await attack;

    expect(duringAttack).toEqual({ userId: String(owner.id), message: null });
    expect(throttled(attackAnswers)).toBe(25);
    expect(await signIn(home, owner.email, TEST_PASSWORD)).toEqual({ userId: String(owner.id), message: null });
    // At the attacking address that account stays throttled, whoever types the password.
    expect((await signIn(attacker, owner.email, TEST_PASSWORD)).message).toMatch(THROTTLED);
  });

  it("checks at most 20 of 40 parallel unknown-email attempts from one address, then throttles that address for everyone", async () => {
    const attacker = newAddress();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signIn(attacker, `nobody-${addressSequence}-${i}@test.local`, "guess")),
    );

    expect(await passwordChecksFrom(attacker)).toBe(20);
    expect(answers.filter((answer) => answer.message === WRONG)).toHaveLength(20);
    expect(throttled(answers)).toBe(20);
    const someone = await newTherapist();
    expect((await signIn(attacker, someone.email, TEST_PASSWORD)).message).toMatch(THROTTLED);
    expect(await signIn(newAddress(), someone.email, TEST_PASSWORD)).toEqual({
      userId: String(someone.id),
      message: null,
    });
  }, 120_000);

  it("runs at most 2 password hashes at once under 40 parallel attempts from 40 addresses, and checks every one", async () => {
    const owner = await newTherapistWithCheaperHash();
    let running = 0;
    let mostRunning = 0;
    let started = 0;
    server.services.auth.passwordChecks.monitor = {
      checkStarted: () => {
        started++;
        mostRunning = Math.max(mostRunning, ++running);
      },
      checkEnded: () => {
        running--;
      },
    };
    try {
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, i) => signIn(newAddress(), owner.email, `guess ${i}`)),
      );
      expect(answers.filter((answer) => answer.message === WRONG)).toHaveLength(40);
    } finally {
      server.services.auth.passwordChecks.monitor = null;
    }
    expect(started).toBe(40);
    expect(running).toBe(0);
    expect(mostRunning).toBe(2);
  }, 120_000);

  it("counts the addresses of one IPv6 /64 network as one address", async () => {
    const owner = await newTherapist();
    const network = "2001:db8:4:7";
    const answers: Answer[] = [];
    for (let host = 1; host <= 6; host++)
      answers.push(await signIn(`${network}::${host.toString(16)}`, owner.email, `guess ${host}`));

    expect(answers.slice(0, 5).map((answer) => answer.message)).toEqual(Array(5).fill(WRONG));
    expect(answers[5]!.message).toMatch(THROTTLED);
    expect(await signIn("2001:db8:4:8::1", owner.email, TEST_PASSWORD)).toEqual({
      userId: String(owner.id),
      message: null,
    });
  });

  it("refuses an account everywhere after 100 failures within an hour from many addresses, until the hour has passed", async () => {
    const owner = await newTherapistWithCheaperHash();
    // 20 addresses, 5 guesses each: every one within its own limits, together the account's ceiling.
    const addresses = Array.from({ length: 20 }, newAddress);
    for (const address of addresses) {
      const answers = await Promise.all(
        Array.from({ length: 5 }, (_, i) => signIn(address, owner.email, `guess ${i}`)),
      );
      expect(answers.map((answer) => answer.message)).toEqual(Array(5).fill(WRONG));
    }
    const elsewhere = newAddress();
    expect((await signIn(elsewhere, owner.email, TEST_PASSWORD)).message).toMatch(THROTTLED);
    expect(await passwordChecksFrom(elsewhere)).toBe(0);

    now = new Date(now.getTime() + 61 * 60_000);
    expect(await signIn(elsewhere, owner.email, TEST_PASSWORD)).toEqual({ userId: String(owner.id), message: null });
  }, 120_000);
});
