import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "../../server/app.ts";
import { createPractice, rowCounts, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const NOW = new Date("2026-11-20T17:00:00.000Z");

interface Attempt {
  name: string;
  body: string;
  headers?: Record<string, string>;
  method?: string;
  authenticated?: boolean;
  /** Signed in as the client (own record) or the clinic's supervisor rather than the client's therapist. */
  as?: "client" | "supervisor";
}

const json = (query: string, variables?: unknown) => JSON.stringify({ query, variables });
const RECORD = `mutation ($input: RecordSessionInput!) { recordSession(input: $input) { id } }`;
const EPISODE = `mutation ($input: LogEpisodeInput!) { logEpisode(input: $input) { id } }`;
const ASSIGN = `mutation ($input: AssignHomeworkInput!) { assignHomework(input: $input) { id } }`;
const REVISE = `mutation ($input: RevisePlanInput!) { revisePlan(input: $input) { id } }`;

const EXPORT = `query ($id: ID!) { clientFhirBundle(clientId: $id) }`;
const PROGRESS = `query ($id: ID!, $from: DateTimeISO, $to: DateTimeISO) { clientProgress(clientId: $id, from: $from, to: $to) { from } }`;
const METRICS = `query ($from: DateTimeISO, $to: DateTimeISO) { caseloadMetrics(from: $from, to: $to) { __typename } }`;
const AUDIT = `query ($fromMonth: String, $toMonth: String) { auditSummary(fromMonth: $fromMonth, toMonth: $toMonth) { month } }`;
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * Dates out of bounds, lists over their limits, aliased exports and persisted-query mismatches. The client came in
 * on 2026-09-01 (the factories' intake) and it is 2026-11-20 17:00 UTC.
 */
function dateAndSizeAttempts(clientId: number, otherClientId: number): Attempt[] {
  const attempts: Attempt[] = [];
  const add = (name: string, body: string, extra: Partial<Attempt> = {}) =>
    attempts.push({ name, body, authenticated: true, ...extra });
  const session = (input: Record<string, unknown>) => ({
    input: { clientId, occurredAt: "2026-11-19T10:00:00Z", attendance: "ATTENDED", ...input },
  });
  const episode = (input: Record<string, unknown>) => ({
    input: {
      clientId,
      occurredAt: "2026-11-19T10:00:00Z",
      symptom: "WORRY",
      peakIntensity: 3,
      durationMinutes: 5,
      episodeType: "ANTICIPATED",
      ...input,
    },
  });
  const plan = (input: Record<string, unknown>) => ({ input: { clientId, goals: ["g"], rationale: "r", ...input } });
  const homework = (dueDate: string) => ({ input: { clientId, type: "READING", description: "Handout", dueDate } });
  const instantFields: [string, (at: string) => string][] = [
    ["session occurredAt", (at) => json(RECORD, session({ occurredAt: at }))],
    ["episode occurredAt", (at) => json(EPISODE, episode({ occurredAt: at }))],
    ["plan effectiveFrom", (at) => json(REVISE, plan({ effectiveFrom: at }))],
  ];
  const dueDateFields: [string, (date: string) => string][] = [
    ["homework dueDate", (date) => json(ASSIGN, homework(date))],
    [
      "new homework dueDate",
      (date) => json(RECORD, session({ newHomework: [{ type: "READING", description: "d", dueDate: date }] })),
    ],
  ];

  // Instants before 1970, in every date argument and input, as variables and written into the query.
  const old = [
    "0001-01-01T00:00:00Z",
    "0000-01-01T00:00:00Z",
    "1000-06-15T12:00:00+14:00",
    "1900-01-01T00:00:00Z",
    "1969-07-20T20:17:40Z",
    "1969-12-31T23:59:59.999Z",
    "1970-01-01T00:30:00+01:00",
  ];
  for (const at of old) {
    for (const [field, body] of instantFields) add(`${field} ${at}`, body(at));
    add(`clientProgress from ${at}`, json(PROGRESS, { id: clientId, from: at }));
    add(`clientProgress to ${at}`, json(PROGRESS, { id: clientId, to: at }));
    add(`caseloadMetrics from ${at}`, json(METRICS, { from: at }), { as: "supervisor" });
    add(`caseloadMetrics to ${at}`, json(METRICS, { to: at }), { as: "supervisor" });
    add(`literal clientProgress to ${at}`, json(`{ clientProgress(clientId: "${clientId}", to: "${at}") { from } }`));
    add(`literal caseloadMetrics from ${at}`, json(`{ caseloadMetrics(from: "${at}") { __typename } }`), {
      as: "supervisor",
    });
    add(
      `literal episode occurredAt ${at}`,
      json(
        `mutation { logEpisode(input: { clientId: "${clientId}", occurredAt: "${at}", symptom: WORRY, peakIntensity: 3, durationMinutes: 5, episodeType: ANTICIPATED }) { id } }`,
      ),
    );
    add(
      `client's own episode at ${at}`,
      json(EPISODE, { input: { ...episode({ occurredAt: at }).input, clientId: undefined } }),
      { as: "client" },
    );
  }
  // Calendar dates and months before 1970, or not dates at all.
  for (const date of [
    "0001-01-01",
    "0000-12-31",
    "1900-01-01",
    "1969-12-31",
    "1970-00-01",
    "-2026-01-01",
    "2026-1-5",
  ]) {
    for (const [field, body] of dueDateFields) add(`${field} ${date}`, body(date));
    add(
      `client's own homework due ${date}`,
      json(ASSIGN, { input: { type: "READING", description: "Handout", dueDate: date } }),
      { as: "client" },
    );
  }
  for (const month of ["0001-01", "1969-12", "abcd", "", "2026-1", "-2026-01", "2026-13", "2026-00"]) {
    add(`auditSummary toMonth ${month}`, json(AUDIT, { toMonth: month }), { as: "supervisor" });
    add(`auditSummary fromMonth ${month}`, json(AUDIT, { fromMonth: month, toMonth: "2026-11" }), { as: "supervisor" });
  }
  // After 1970 but before the client's intake: the therapist's and the client's own writes.
  for (const at of [
    "1970-01-01T00:00:00Z",
    "2000-02-29T12:00:00Z",
    "2025-12-31T23:00:00Z",
    "2026-08-31T15:00:00Z",
    "2026-09-01T03:59:00Z",
  ]) {
    for (const [field, body] of instantFields) add(`${field} before intake ${at}`, body(at));
    add(
      `client's own episode before intake ${at}`,
      json(EPISODE, { input: { ...episode({ occurredAt: at }).input, clientId: undefined } }),
      { as: "client" },
    );
  }
  for (const date of ["1970-01-01", "2000-02-29", "2026-08-31"]) {
    for (const [field, body] of dueDateFields) add(`${field} before intake ${date}`, body(date));
    add(
      `client's own homework due before intake ${date}`,
      json(ASSIGN, { input: { type: "READING", description: "Handout", dueDate: date } }),
      { as: "client" },
    );
  }
  // Past events in the future (beyond the few minutes of clock skew allowed), homework due more than a year ahead.
  for (const at of [
    "2026-11-20T17:06:00Z",
    "2026-11-21T00:00:00Z",
    "2027-01-01T00:00:00Z",
    "2100-01-01T00:00:00Z",
    "9999-12-31T23:59:59Z",
  ]) {
    for (const [field, body] of instantFields) add(`${field} in the future ${at}`, body(at));
    add(
      `client's own episode in the future ${at}`,
      json(EPISODE, { input: { ...episode({ occurredAt: at }).input, clientId: undefined } }),
      { as: "client" },
    );
  }
  for (const date of ["2027-11-22", "2100-01-01", "9999-12-31"]) {
    for (const [field, body] of dueDateFields) add(`${field} far ahead ${date}`, body(date));
  }
  // Instants in shapes the scalar does not read.
  for (const at of [
    "+002026-11-19T10:00:00Z",
    "2026-11-19",
    "2026-11-19T25:00:00Z",
    "275760-09-13T00:00:00Z",
    "2026-11-19T10:00:00",
    "2026-11-19 10:00:00Z",
    "2026-W47-4T10:00:00Z",
    "１９７０-01-01T00:00:00Z",
  ]) {
    add(`episode occurredAt ${at}`, json(EPISODE, episode({ occurredAt: at })));
    add(`clientProgress to ${at}`, json(PROGRESS, { id: clientId, to: at }));
  }
  // Instants from 9999-01-01 on, where a date in some timezone, or the end of its week or month, needs five digits.
  for (const at of ["9999-01-01T00:00:00Z", "9998-12-31T23:59:59-14:00", "9999-12-31T23:59:59-14:00"]) {
    add(`clientProgress from and to ${at}`, json(PROGRESS, { id: clientId, from: at, to: at }));
    add(
      `literal clientProgress from and to ${at}`,
      json(`{ clientProgress(clientId: "${clientId}", from: "${at}", to: "${at}") { from to } }`),
    );
  }
  // Lists over their limits.
  const techniques = (n: number) =>
    Array.from({ length: n }, (_, i) => ["GROUNDING", "BREATHING", "EXPOSURE", "OTHER"][i % 4]);
  for (const n of [14, 50, 1000, 5000]) {
    add(`${n} planned techniques`, json(REVISE, plan({ plannedTechniques: techniques(n) })));
    add(`${n} techniques used`, json(RECORD, session({ techniquesUsed: techniques(n) })));
  }
  for (const n of [21, 500, 5000]) {
    add(`${n} goals of text`, json(REVISE, plan({ goals: Array.from({ length: n }, (_, i) => `goal ${i}`) })));
    add(`${n} targets`, json(REVISE, plan({ targets: Array(n).fill("t") })));
    add(
      `${n} homework reviews`,
      json(RECORD, session({ homeworkReviews: Array(n).fill({ homeworkId: "1", status: "COMPLETED" }) })),
    );
    add(
      `${n} new homework, each fine`,
      json(
        RECORD,
        session({ newHomework: Array(n).fill({ type: "READING", description: "d", dueDate: "2026-11-25" }) }),
      ),
    );
  }
  // Aliased exports: over the alias limit, or with one of them for a client out of scope (which empties the response).
  for (const n of [16, 40, 200, 1000]) {
    add(
      `${n} aliased exports`,
      json(
        `query ($id: ID!) { ${Array.from({ length: n }, (_, i) => `e${i}: clientFhirBundle(clientId: $id, full: true)`).join(" ")} }`,
        { id: clientId },
      ),
    );
  }
  for (let n = 2; n <= 15; n++) {
    const fields = Array.from(
      { length: n },
      (_, i) => `e${i}: clientFhirBundle(clientId: ${i === n - 1 ? "$other" : "$id"}, full: ${i % 2 === 0})`,
    );
    add(
      `${n} aliased exports, the last out of scope`,
      json(`query ($id: ID!, $other: ID!) { ${fields.join(" ")} }`, { id: clientId, other: otherClientId }),
    );
  }
  add(
    "aliased exports beside a failing clientProgress",
    json(
      `query ($id: ID!) { a: clientFhirBundle(clientId: $id) b: clientFhirBundle(clientId: $id) p: clientProgress(clientId: $id, to: "0001-01-01T00:00:00Z") { from } }`,
      { id: clientId },
    ),
  );
  add(
    "aliased exports of a missing client",
    json(`query { a: clientFhirBundle(clientId: "999999") b: clientFhirBundle(clientId: "999999") }`),
  );
  // Persisted queries whose hash does not match, of unknown versions, or unknown.
  const queries = [`{ me { id } }`, EXPORT, EPISODE];
  for (const query of queries) {
    const variables = query === EXPORT ? { id: clientId } : query === EPISODE ? episode({}) : {};
    for (const hash of ["0".repeat(64), "f".repeat(64), "abc", "", sha256(`${query} `), sha256(query).toUpperCase()]) {
      add(
        `persisted query ${query.slice(0, 20)} with hash ${hash.slice(0, 8) || "(empty)"}`,
        JSON.stringify({ query, variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
      );
    }
    for (const version of [0, 2, "1", -1, 1.5]) {
      add(
        `persisted query ${query.slice(0, 20)} of version ${version}`,
        JSON.stringify({ query, variables, extensions: { persistedQuery: { version, sha256Hash: sha256(query) } } }),
      );
    }
    add(
      `unknown persisted query ${query.slice(0, 20)}`,
      JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(`${query}#`) } } }),
    );
  }
  for (const persistedQuery of [
    "x",
    42,
    [],
    {},
    { version: 1 },
    { version: 1, sha256Hash: 42 },
    { version: 1, sha256Hash: { $ne: "" } },
  ]) {
    add(
      `persistedQuery ${JSON.stringify(persistedQuery)}`,
      JSON.stringify({ query: `{ me { id } }`, extensions: { persistedQuery } }),
    );
  }
  for (const extensions of ["x", 42, [], null]) {
    add(`extensions ${JSON.stringify(extensions)} without a query`, JSON.stringify({ extensions }));
  }
  return attempts;
}

/** At least 200 malformed or abusive requests, generated by kind. */
function hostileAttempts(clientId: number): Attempt[] {
  const attempts: Attempt[] = [];
  const add = (name: string, body: string, extra: Partial<Attempt> = {}) =>
    attempts.push({ name, body, authenticated: true, ...extra });

  // Deep nesting, through introspection's recursive types and through fragments.
  for (const depth of [15, 30, 60, 120, 400]) {
    add(
      `depth ${depth}`,
      json(
        `{ __schema { types { ${"fields { type { ofType { ".repeat(depth / 3)}name${" } } }".repeat(depth / 3)} } } }`,
      ),
    );
  }
  add("fragment cycle", json(`{ me { ...A } } fragment A on User { ...B } fragment B on User { ...A }`));
  // Alias floods.
  for (const n of [16, 100, 1000, 5000])
    add(`${n} aliases`, json(`{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(" ")} }`));
  // Directive and token floods.
  add("directive flood", json(`{ me ${"@skip(if: false) ".repeat(200)} { id } }`));
  add("token flood", json(`{ me { ${"id ".repeat(5000)} } }`));
  // Huge strings.
  for (const size of [10_000, 100_000, 240_000]) {
    add(
      `login email of ${size} characters`,
      json(`mutation ($e: String!) { login(email: $e, password: "x") { id } }`, { e: "a".repeat(size) }),
      { authenticated: false },
    );
    add(
      `episode text of ${size} characters`,
      json(EPISODE, {
        input: {
          occurredAt: "2026-11-19T10:00:00Z",
          symptom: "WORRY",
          peakIntensity: 3,
          durationMinutes: 5,
          episodeType: "ANTICIPATED",
          clientId,
          situation: "x".repeat(size),
        },
      }),
    );
  }
  // Oversize bodies.
  for (const size of [300_000, 2_000_000])
    add(`body of ${size} bytes`, json(`{ me { id } }`, { pad: "p".repeat(size) }));
  // Wrong types and hostile numbers in every numeric input.
  const badNumbers: unknown[] = [
    "ten",
    true,
    {},
    [],
    -1,
    -0.5,
    1e308,
    2 ** 53,
    -(2 ** 53),
    10.05,
    3.14159,
    "NaN",
    "Infinity",
  ];
  for (const value of badNumbers) {
    add(
      `ORS item ${JSON.stringify(value)}`,
      json(RECORD, {
        input: {
          clientId,
          occurredAt: "2026-11-19T10:00:00Z",
          attendance: "ATTENDED",
          ors: { individual: value, interpersonal: 5, social: 5, overall: 5 },
        },
      }),
    );
    add(
      `PHQ-9 item ${JSON.stringify(value)}`,
      json(RECORD, {
        input: {
          clientId,
          occurredAt: "2026-11-19T10:00:00Z",
          attendance: "ATTENDED",
          phq9: [value, 0, 0, 0, 0, 0, 0, 0, 0],
        },
      }),
    );
    add(
      `intensity ${JSON.stringify(value)}`,
      json(EPISODE, {
        input: {
          clientId,
          occurredAt: "2026-11-19T10:00:00Z",
          symptom: "WORRY",
          peakIntensity: value,
          durationMinutes: 5,
          episodeType: "ANTICIPATED",
        },
      }),
    );
    add(
      `duration ${JSON.stringify(value)}`,
      json(EPISODE, {
        input: {
          clientId,
          occurredAt: "2026-11-19T10:00:00Z",
          symptom: "WORRY",
          peakIntensity: 3,
          durationMinutes: value,
          episodeType: "ANTICIPATED",
        },
      }),
    );
    add(
      `week rating ${JSON.stringify(value)}`,
      json(RECORD, {
        input: { clientId, occurredAt: "2026-11-19T10:00:00Z", attendance: "ATTENDED", weekRating: value },
      }),
    );
    add(
      `client id ${JSON.stringify(value)}`,
      json(`query ($id: ID!) { clientProgress(clientId: $id) { from } }`, { id: value }),
    );
  }
  // Out of range for a rating, though fine as a number.
  for (const value of [11, 99, 10.5, 40]) {
    add(
      `ORS item ${value}`,
      json(RECORD, {
        input: {
          clientId,
          occurredAt: "2026-11-19T10:00:00Z",
          attendance: "ATTENDED",
          ors: { individual: value, interpersonal: 5, social: 5, overall: 5 },
        },
      }),
    );
    add(
      `intensity ${value}`,
      json(EPISODE, {
        input: {
          clientId,
          occurredAt: "2026-11-19T10:00:00Z",
          symptom: "WORRY",
          peakIntensity: value,
          durationMinutes: 5,
          episodeType: "ANTICIPATED",
        },
      }),
    );
    add(
      `week rating ${value}`,
      json(RECORD, {
        input: { clientId, occurredAt: "2026-11-19T10:00:00Z", attendance: "ATTENDED", weekRating: value },
      }),
    );
  }
  // NaN and Infinity as raw JSON tokens (not valid JSON at all).
  for (const token of ["NaN", "Infinity", "-Infinity", "1e999", "-1e999"]) {
    add(
      `raw ${token}`,
      `{"query":${JSON.stringify(EPISODE)},"variables":{"input":{"clientId":"${clientId}","occurredAt":"2026-11-19T10:00:00Z","symptom":"WORRY","peakIntensity":${token},"durationMinutes":5,"episodeType":"ANTICIPATED"}}}`,
    );
  }
  // Dates that are not dates, or are in the future.
  for (const date of [
    "yesterday",
    "2026-13-45T00:00:00Z",
    "0000-00-00",
    "",
    "2999-01-01T00:00:00Z",
    "1e10",
    "2026-11-19T10:00:00+99:00",
  ]) {
    add(
      `occurredAt ${date}`,
      json(EPISODE, {
        input: {
          clientId,
          occurredAt: date,
          symptom: "WORRY",
          peakIntensity: 3,
          durationMinutes: 5,
          episodeType: "ANTICIPATED",
        },
      }),
    );
    add(
      `dueDate ${date}`,
      json(ASSIGN, { input: { clientId, type: "READING", description: "Handout", dueDate: date } }),
    );
  }
  // Injection-shaped ids and text.
  for (const id of [
    "1 OR 1=1",
    "1; DROP TABLE client;--",
    "' OR ''='",
    "../../etc/passwd",
    "1e3",
    "0x1F",
    "-1",
    "0",
    "99999999999999999999",
    "１",
  ]) {
    add(`id ${id}`, json(`query ($id: ID!) { client(id: $id) { displayName } }`, { id }));
    add(
      `homework id ${id}`,
      json(`mutation ($i: UpdateHomeworkInput!) { updateHomework(input: $i) { id } }`, {
        i: { homeworkId: id, status: "COMPLETED" },
      }),
    );
  }
  // Very long lists.
  for (const n of [21, 1000, 100_000]) {
    add(
      `PHQ-9 of ${n} items`,
      json(RECORD, {
        input: { clientId, occurredAt: "2026-11-19T10:00:00Z", attendance: "ATTENDED", phq9: Array(n).fill(1) },
      }),
    );
    add(`${n} goals`, json(REVISE, { input: { clientId, goals: Array(n).fill("g"), rationale: "r" } }));
    add(
      `${n} new homework`,
      json(RECORD, {
        input: {
          clientId,
          occurredAt: "2026-11-19T10:00:00Z",
          attendance: "ATTENDED",
          newHomework: Array(n).fill({ type: "READING", description: "d", dueDate: "2026-11-25" }),
        },
      }),
    );
  }
  // Unknown enum values, unknown fields, unknown operations.
  for (const symptom of ["HICCUPS", "panic_attack", "", "PANIC_ATTACK; DROP", "__proto__"]) {
    add(
      `symptom ${symptom}`,
      json(EPISODE, {
        input: {
          clientId,
          occurredAt: "2026-11-19T10:00:00Z",
          symptom,
          peakIntensity: 3,
          durationMinutes: 5,
          episodeType: "ANTICIPATED",
        },
      }),
    );
  }
  for (const query of [
    "{ nope }",
    "{ me { passwordHash } }",
    "{ me { password } }",
    "mutation { dropEverything }",
    "{ client(id: 1) { privateNotes } }",
    "subscription { me { id } }",
    "{ me { id } me: caseload { status } }",
  ]) {
    add(`query ${query}`, json(query));
  }
  add(
    "extra input field",
    json(EPISODE, {
      input: {
        clientId,
        occurredAt: "2026-11-19T10:00:00Z",
        symptom: "WORRY",
        peakIntensity: 3,
        durationMinutes: 5,
        episodeType: "ANTICIPATED",
        admin: true,
      },
    }),
  );
  add(
    "__proto__ input",
    `{"query":${JSON.stringify(EPISODE)},"variables":{"input":{"__proto__":{"admin":true},"clientId":"${clientId}"}}}`,
  );
  // Malformed requests.
  for (const body of [
    "",
    "{",
    "null",
    "[]",
    '"query"',
    '{"query": 42}',
    '{"query": null}',
    '{"query": "{ me { id } }", "variables": "x"}',
    '{"query": "{ me { id } }", "operationName": "Nope"}',
    '{"query": "query A { me { id } } query B { me { id } }"}',
    "\u0000\u0001\u0002",
    '{"query":"{ me { id } "}',
  ]) {
    add(`body ${JSON.stringify(body).slice(0, 40)}`, body);
  }
  // Batches.
  for (const n of [2, 50, 500])
    add(`batch of ${n}`, JSON.stringify(Array.from({ length: n }, () => ({ query: "{ me { id } }" }))));
  // Content types and methods that CSRF prevention refuses.
  add("text/plain mutation", json(EPISODE, {}), { headers: { "content-type": "text/plain" } });
  add("form-encoded", "query=%7B%20me%20%7B%20id%20%7D%20%7D", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  add("GET mutation", "", { method: "GET" });
  // Forged and broken cookies.
  for (const cookie of [
    `${SESSION_COOKIE}=forged`,
    `${SESSION_COOKIE}=${"A".repeat(43)}`,
    `${SESSION_COOKIE}=${"B".repeat(5000)}`,
    `${SESSION_COOKIE}='; DROP TABLE auth_session;--`,
    `${SESSION_COOKIE}=%00%01`,
    `${SESSION_COOKIE}=a; ${SESSION_COOKIE}=b`,
    "garbage;;;=;",
    `${SESSION_COOKIE}`,
  ]) {
    add(
      `cookie ${cookie.slice(0, 30)}`,
      json(EPISODE, {
        input: {
          clientId,
          occurredAt: "2026-11-19T10:00:00Z",
          symptom: "WORRY",
          peakIntensity: 3,
          durationMinutes: 5,
          episodeType: "ANTICIPATED",
        },
      }),
      { authenticated: false, headers: { cookie } },
    );
  }
  // The same hostile writes without signing in.
  for (const attempt of attempts.slice(0, 40))
    attempts.push({ ...attempt, name: `${attempt.name}, signed out`, authenticated: false });
  return attempts;
}

describe("automatic persisted queries", () => {
  let server: TestServer;
  let session: GraphQLSession;
  const post = async (body: unknown) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: session.cookie! },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        data?: unknown;
        errors?: { message: string; extensions?: { code?: string } }[];
      },
    };
  };
  const persisted = (sha256Hash: string, version = 1) => ({ persistedQuery: { version, sha256Hash } });

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    const practice = await createPractice(server.dataSource);
    session = new GraphQLSession(server.url);
    await session.login(practice.therapistA.email, TEST_PASSWORD);
  });
  afterAll(() => server.close());

  it("answers a hash that does not match its query with BAD_REQUEST, not an internal error", async () => {
    const query = "{ me { id } }";
    for (const hash of ["0".repeat(64), createHash("sha256").update("{ me { role } }").digest("hex"), "not a hash"]) {
      const { status, body } = await post({ query, extensions: persisted(hash) });
      expect(status).toBe(400);
      expect(body.errors?.map((error) => error.extensions?.code)).toEqual(["BAD_REQUEST"]);
      expect(body.errors![0]!.message).toMatch(/sha.*does not match/);
    }
    const version = await post({ query, extensions: persisted(createHash("sha256").update(query).digest("hex"), 2) });
    expect(version.body.errors?.map((error) => error.extensions?.code)).toEqual(["BAD_REQUEST"]);
  });

  it("still serves persisted queries as Apollo defines them: unknown hash, registration, then the hash alone", async () => {
    const query = "{ me { displayName } }";
    const hash = createHash("sha256").update(query).digest("hex");
    const unknown = await post({ extensions: persisted(hash) });
    expect(unknown.body.errors?.map((error) => error.extensions?.code)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
    const registered = await post({ query, extensions: persisted(hash) });
    expect(registered.body.errors).toBeUndefined();
    const byHash = await post({ extensions: persisted(hash) });
    expect(byHash.body).toEqual(registered.body);
  });
});

describe("hostile input", () => {
  let server: TestServer;
  let session: GraphQLSession;
  let clientSession: GraphQLSession;
  let supervisorSession: GraphQLSession;
  let clientId: number;
  let otherClientId: number;
  /** Clinical rows, and the audit rows of exports: a refused request leaves no trace of either. */
  const written = async () => ({
    ...(await rowCounts(server.dataSource)),
    exports: Number((await server.query(`SELECT COUNT(*) AS n FROM audit_event WHERE action = 'EXPORT_FHIR'`))[0].n),
  });

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    const practice = await createPractice(server.dataSource);
    clientId = practice.clientA.id;
    otherClientId = practice.clientB.id;
    session = new GraphQLSession(server.url);
    await session.login(practice.therapistA.email, TEST_PASSWORD);
    clientSession = new GraphQLSession(server.url);
    await clientSession.login(practice.clientUserA.email, TEST_PASSWORD);
    supervisorSession = new GraphQLSession(server.url);
    await supervisorSession.login(practice.supervisor.email, TEST_PASSWORD);
  });
  afterAll(() => server.close());

  it("answers at least 500 malformed or abusive requests with a 4xx or a coded GraphQL error, never a 5xx or internals, and writes nothing", async () => {
    const attempts = [...hostileAttempts(clientId), ...dateAndSizeAttempts(clientId, otherClientId)];
    expect(attempts.length).toBeGreaterThanOrEqual(500);
    console.info(`hostile input: ${attempts.length} requests`);
    const signedIn = { therapist: session, client: clientSession, supervisor: supervisorSession };
    const before = await written();
    const failures: string[] = [];
    for (const attempt of attempts) {
      const response = await fetch(
        `${server.url}/graphql${attempt.method === "GET" ? "?query=mutation%20%7B%20logout%20%7D" : ""}`,
        {
          method: attempt.method ?? "POST",
          headers: {
            "content-type": "application/json",
            ...(attempt.authenticated ? { cookie: signedIn[attempt.as ?? "therapist"].cookie! } : {}),
            ...attempt.headers,
          },
          body: attempt.method === "GET" ? undefined : attempt.body,
          signal: AbortSignal.timeout(10_000),
        },
      );
      const text = await response.text();
      if (response.status >= 500) failures.push(`${attempt.name}: HTTP ${response.status}`);
      if (
        /stack|\bat [\w.]+ \(|node_modules|SQLITE|SqliteError|QueryFailedError|RangeError|Invalid time value|\.ts:\d+/i.test(
          text,
        )
      )
        failures.push(`${attempt.name}: internals in ${text.slice(0, 200)}`);
      // A GraphQL answer, whatever its status, names a code for every error, and never only "internal".
      const body = (response.headers.get("content-type") ?? "").includes("json")
        ? (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] })
        : null;
      if (response.status === 200 && !body?.errors?.length) failures.push(`${attempt.name}: accepted`);
      if (body?.errors?.some((e) => !e.extensions?.code || e.extensions.code === "INTERNAL_SERVER_ERROR"))
        failures.push(`${attempt.name}: ${text.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
    expect(await written()).toEqual(before);
    const normal = await session.request<{ me: { id: string } }>(`{ me { id } }`);
    expect(normal.data?.me?.id).toBeDefined();
  }, 120_000);
});
