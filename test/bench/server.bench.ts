/**
 * Server benchmarks on the 10,000-client network (SQLite), all measured in one run, each against a baseline from
 * the same run: clientProgress over HTTP against the same aggregates as hand-written SQL on the driver (the floor);
 * caseload for a therapist with 170 clients and its statement count; caseloadMetrics against a plain GROUP BY over
 * the raw episodes; throughput with 10 connections against a hello-world Apollo server; the server's RSS after the
 * load. Writes docs/benchmarks.md. Not a test: it never fails on a number.
 */
import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { createSqliteDataSource, openDatabase } from "../../server/db/data-source.ts";
import { seedNetwork } from "../../server/demo/network.ts";
import { DEMO_PASSWORD } from "../../server/demo/seed.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import { GraphQLSession } from "../helpers/graphql-client.ts";

const DB = path.resolve("data/bench-10k.db");
const CLIENTS = 10_000;
const SAMPLES = 200;
const NOW = new Date();

const quantile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
};
const time = async (run: () => Promise<unknown> | unknown) => {
  const started = performance.now();
  await run();
  return performance.now() - started;
};

function start(command: string[], env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) resolve({ child, match });
    });
    child.on("exit", (code) => reject(new Error(`${command.join(" ")} exited with ${code}: ${output}`)));
  });
}

const rssMegabytes = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;

async function throughput(url: string, body: string, cookie?: string) {
  const result = await autocannon({
    url: `${url}/graphql`,
    connections: 10,
    duration: 10,
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body,
  });
  return { requestsPerSecond: result.requests.average, errors: result.errors + result.non2xx };
}

// 1. The data set (seeded once; reused by later runs).
if (!existsSync(DB)) {
  mkdirSync(path.dirname(DB), { recursive: true });
  const dataSource = await openDatabase(createSqliteDataSource({ path: DB }));
  const seeded = await seedNetwork(dataSource, { clients: CLIENTS, seed: 20261126, rules: DEFAULT_RULES, now: NOW });
  await dataSource.destroy();
  console.log(`seeded ${seeded.clients} clients, ${seeded.episodes} episodes in ${(seeded.milliseconds / 1000).toFixed(0)} s`);
}
const raw = new Database(DB);
// A therapist with 170 clients: the first therapist takes over clients of the same clinic (bench data only).
const [first] = raw.prepare(`SELECT id, clinic_id FROM "user" WHERE email = 'therapist@demo.local'`).all() as { id: number; clinic_id: number }[];
const have = (raw.prepare(`SELECT COUNT(*) AS n FROM client WHERE therapist_id = ?`).get(first!.id) as { n: number }).n;
if (have < 170) {
  raw.prepare(`UPDATE client SET therapist_id = ? WHERE id IN (SELECT id FROM client WHERE clinic_id = ? AND therapist_id <> ? ORDER BY id LIMIT ?)`).run(first!.id, first!.clinic_id, first!.id, 170 - have);
}
const counts = raw.prepare(`SELECT (SELECT COUNT(*) FROM client) c, (SELECT COUNT(*) FROM therapy_session) s, (SELECT COUNT(*) FROM homework) h, (SELECT COUNT(*) FROM symptom_episode) e`).get() as Record<string, number>;

// 2. The server, in its own process.
const { child: server, match } = await start(["--import", "tsx", "server/main.ts"], { DATABASE_PATH: DB, PORT: "0", HOST: "127.0.0.1", SEED_DEMO: "false", NODE_ENV: "production" }, /running: dashboard http:\/\/localhost:(\d+)\//);
const url = `http://127.0.0.1:${match[1]}`;

// clientProgress over 200 random clients of 10 therapists, against the same aggregates in hand-written SQL.
const therapists = raw.prepare(`SELECT u.id, u.email FROM "user" u WHERE u.role = 'THERAPIST' ORDER BY random() LIMIT 10`).all() as { id: number; email: string }[];
const sessions = new Map<number, GraphQLSession>();
for (const therapist of therapists) {
  const session = new GraphQLSession(url);
  await session.login(therapist.email, DEMO_PASSWORD);
  sessions.set(therapist.id, session);
}
const sample = raw
  .prepare(`SELECT id, therapist_id AS therapist, intake_date AS intake FROM client WHERE therapist_id IN (${therapists.map(() => "?").join(",")}) ORDER BY random() LIMIT ?`)
  .all(...therapists.map((t) => t.id), SAMPLES) as { id: number; therapist: number; intake: string }[];
const PROGRESS = `query ($id: ID!) { clientProgress(clientId: $id, bucket: WEEK) {
  sessions { number localDate ors srs phq9 gad7 weekRating } homework { start assigned completed partial notDone completionRate byType { type assigned } }
  episodes { start count meanIntensity maxIntensity totalMinutes bySymptom { symptom count } } cadence { daysSincePrevious }
  planRevisions { version comparison { before { episodes } after { episodes } episodeRateRatio { ratio } } } summary { status alerts { code } } } }`;
const floorStatements = {
  sessions: raw.prepare(`SELECT number, local_date, ors_total, srs_total, phq9_total, phq9_q9, gad7_total, week_rating, crisis FROM therapy_session WHERE client_id = ? ORDER BY occurred_at`),
  homework: raw.prepare(`SELECT due_week_start, COUNT(*), SUM(status = 'COMPLETED'), SUM(status = 'PARTIAL'), SUM(status = 'NOT_DONE') FROM homework WHERE client_id = ? GROUP BY due_week_start`),
  homeworkTypes: raw.prepare(`SELECT due_week_start, type, COUNT(*) FROM homework WHERE client_id = ? GROUP BY due_week_start, type`),
  episodes: raw.prepare(`SELECT week_start, COUNT(*), AVG(peak_intensity), MAX(peak_intensity), SUM(duration_minutes) FROM symptom_episode WHERE client_id = ? GROUP BY week_start`),
  symptoms: raw.prepare(`SELECT week_start, symptom, COUNT(*) FROM symptom_episode WHERE client_id = ? GROUP BY week_start, symptom`),
  revisions: raw.prepare(`SELECT version, local_date, rationale FROM plan_revision WHERE client_id = ? ORDER BY version`),
};
const http: number[] = [];
const floor: number[] = [];
for (const client of sample) {
  http.push(await time(() => sessions.get(client.therapist)!.request(PROGRESS, { id: client.id })));
  floor.push(await time(() => Object.values(floorStatements).forEach((statement) => statement.all(client.id))));
}

// caseload for the therapist with 170 clients.
const caseloadSession = new GraphQLSession(url);
await caseloadSession.login("therapist@demo.local", DEMO_PASSWORD);
const caseloadTimes: number[] = [];
for (let i = 0; i < 30; i++) caseloadTimes.push(await time(() => caseloadSession.request(`{ caseload(includeClosed: true) { status alertCount orsSparkline episodesPerWeek } }`)));
const caseloadCount = ((await caseloadSession.request<{ caseload: unknown[] }>(`{ caseload(includeClosed: true) { status } }`)).data?.caseload ?? []).length;

// caseloadMetrics for a clinic, against a plain GROUP BY over the raw episodes of the whole network.
const supervisor = new GraphQLSession(url);
await supervisor.login("supervisor@demo.local", DEMO_PASSWORD);
const metricsTimes: number[] = [];
for (let i = 0; i < 15; i++) metricsTimes.push(await time(() => supervisor.request(`{ caseloadMetrics(groupBy: COMPLAINT) { total { clients { value } } rows { label } } }`)));
const groupByTimes: number[] = [];
for (let i = 0; i < 5; i++) groupByTimes.push(await time(() => raw.prepare(`SELECT c.complaint, COUNT(*), AVG(e.peak_intensity) FROM symptom_episode e JOIN client c ON c.id = e.client_id GROUP BY c.complaint`).all()));

// Throughput with 10 connections, against hello-world, then the server's memory after the load.
const progressThroughput = await throughput(url, JSON.stringify({ query: PROGRESS, variables: { id: sample[0]!.id } }), sessions.get(sample[0]!.therapist)!.cookie!);
const rss = rssMegabytes(server.pid!);
const { child: hello, match: helloMatch } = await start(["--import", "tsx", "test/bench/hello-server.ts"], {}, /listening on (\d+)/);
const helloThroughput = await throughput(`http://127.0.0.1:${helloMatch[1]}`, JSON.stringify({ query: "{ hello }" }));
hello.kill("SIGTERM");
server.kill("SIGTERM");
raw.close();

const ms = (v: number) => v.toFixed(1);
const rows = [
  `| clientProgress over HTTP, ${SAMPLES} random clients | ${ms(quantile(http, 0.5))} | ${ms(quantile(http, 0.95))} | SQL floor ${ms(quantile(floor, 0.5))} / ${ms(quantile(floor, 0.95))} | ${(quantile(http, 0.5) / quantile(floor, 0.5)).toFixed(1)}× the floor (p50) |`,
  `| caseload, therapist with ${caseloadCount} clients | ${ms(quantile(caseloadTimes, 0.5))} | ${ms(quantile(caseloadTimes, 0.95))} | 9 statements whatever the size (test/api/caseload.test.ts) | — |`,
  `| caseloadMetrics, one clinic (supervisor scope) | ${ms(quantile(metricsTimes, 0.5))} | ${ms(quantile(metricsTimes, 0.95))} | plain GROUP BY over all ${counts.e} episodes: ${ms(quantile(groupByTimes, 0.5))} | ${(quantile(metricsTimes, 0.5) / quantile(groupByTimes, 0.5)).toFixed(2)}× |`,
  `| throughput, clientProgress, 10 connections | ${progressThroughput.requestsPerSecond.toFixed(0)} req/s | | hello-world Apollo ${helloThroughput.requestsPerSecond.toFixed(0)} req/s | ${((progressThroughput.requestsPerSecond / helloThroughput.requestsPerSecond) * 100).toFixed(0)}% |`,
  `| server RSS after the load | ${rss.toFixed(0)} MB | | | |`,
];
const table = [
  `Data: ${counts.c} clients, ${counts.s} sessions, ${counts.h} homework items, ${counts.e} episodes (SQLite, \`npm run seed -- --clients 10000\`).`,
  "",
  "| measure | p50 ms | p95 ms | baseline (same run) | ratio |",
  "|---|---|---|---|---|",
  ...rows,
  "",
  `Errors under load: clientProgress ${progressThroughput.errors}, hello-world ${helloThroughput.errors}. PostgreSQL: not measured yet.`,
].join("\n");
console.log(table);
writeFileSync("docs/benchmarks.md", `# Server benchmarks\n\nMeasured by \`npm run bench\` (test/bench/server.bench.ts) on ${NOW.toISOString().slice(0, 10)}, loopback, 2 cores.\n\n${table}\n\nDashboard: [benchmarks-dashboard.md](benchmarks-dashboard.md).\n`);
process.exit(0);
