import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, createPractice, TEST_PASSWORD } from "../helpers/factories.ts";
import { GraphQLSession } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { launchBrowser } from "./browser.ts";
import { expectNoSidewaysScroll } from "./pages/accounts.ts";
import { LoginPage } from "./pages/pages.ts";

const WAIT = { timeout: 20_000 };
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

const NOTE = "Talked through the supermarket panic; she wants to try the queue again on Saturday.";
const SESSION = {
  occurredAt: "2026-11-10T15:00:00.000Z",
  attendance: "ATTENDED",
  weekRating: 5,
  ors: { individual: 5, interpersonal: 6, social: 4, overall: 5 },
  priorityIssue: { category: "PANIC", text: "Panic in queues" },
  techniquesUsed: ["BREATHING", "COGNITIVE_RESTRUCTURING"],
  privateNotes: NOTE,
};
const EPISODE = {
  occurredAt: "2026-11-12T16:30:00.000Z",
  symptom: "PANIC_ATTACK",
  peakIntensity: 8,
  durationMinutes: 15,
  episodeType: "SITUATIONAL",
  triggerCategory: "PLACE_OR_CROWD",
  situation: "Long queue at the pharmacy after work",
  thoughtsBefore: "It will be crowded again",
  feelingsBefore: "Tense",
  thoughtsDuring: "I am going to faint in front of everyone",
  feelingsDuring: "Terrified, dizzy",
  thoughtsAfter: "I got through it",
  feelingsAfter: "Tired but relieved",
  copingTechnique: "BREATHING",
};

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** axe-core's WCAG A and AA violations inside the parts of the page this test reads, as "rule: target". */
async function accessibilityProblems(page: Page, testIds: string[]): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (ids) => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const result = await axe.run(
      { include: ids.map((id) => [`[data-testid="${id}"]`]) },
      { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa"] } },
    );
    return result.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(" ")}`));
  }, testIds);
}

/** Words a person should never meet on a page: the API's own language. */
const INTERNALS = [/\binput\./, /Variable "\$/, /BAD_USER_INPUT|NOT_FOUND|FORBIDDEN/, /\b(weekRating|ors\.social)\b/];

describe("reading back what was written, in Chromium", () => {
  let server: TestServer;
  let browser: Browser;
  let practice: Awaited<ReturnType<typeof createPractice>>;

  beforeAll(async () => {
    server = await startTestServer();
    practice = await createPractice(server.dataSource);
    const therapist = new GraphQLSession(server.url);
    await therapist.login(practice.therapistA.email, TEST_PASSWORD);
    const clientId = String(practice.clientA.id);
    const recorded = await therapist.request<{ recordSession: { id: string } }>(
      `mutation ($i: RecordSessionInput!) { recordSession(input: $i) { id } }`,
      { i: { clientId, ...SESSION } },
    );
    expect(recorded.errors).toBeUndefined();
    const corrected = await therapist.request(
      `mutation ($id: ID!, $i: RecordSessionInput!) { correctSession(sessionId: $id, reason: "She rated the week 7, not 5.", input: $i) { id } }`,
      { id: recorded.data!.recordSession.id, i: { clientId, ...SESSION, weekRating: 7 } },
    );
    expect(corrected.errors).toBeUndefined();
    const owner = new GraphQLSession(server.url);
    await owner.login(practice.clientUserA.email, TEST_PASSWORD);
    const logged = await owner.request(`mutation ($i: LogEpisodeInput!) { logEpisode(input: $i) { id } }`, {
      i: EPISODE,
    });
    expect(logged.errors).toBeUndefined();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openClient(viewport: typeof PHONE): Promise<Page> {
    // The page's Content-Security-Policy refuses injected scripts; the accessibility check injects axe-core.
    const page = await browser.newPage({ viewport, bypassCSP: true });
    page.setDefaultTimeout(WAIT.timeout);
    const login = new LoginPage(page, server.url);
    await login.open("/");
    await login.signIn(practice.therapistA.email, TEST_PASSWORD);
    await page.getByRole("heading", { level: 1, name: "My caseload" }).waitFor();
    await page.getByRole("link", { name: practice.clientA.displayName }).click();
    await page.getByRole("heading", { level: 1, name: practice.clientA.displayName }).waitFor();
    return page;
  }

  it.each([
    ["a phone", PHONE],
    ["a desktop", DESKTOP],
  ] as const)(
    "on %s, the therapist reads a past session's notes and corrections, and an episode's thought record",
    async (_, viewport) => {
      const page = await openClient(viewport);
      try {
        const history = page.getByRole("region", { name: "Past sessions" });
        const session = history.getByTestId("session-record");
        await session.first().waitFor();
        expect(await session.count()).toBe(1);
        const text = (await session.textContent()) ?? "";
        expect(text).toContain(NOTE);
        expect(text).toContain("Attended");
        expect(text).toContain("ORS 20");
        expect(text).toContain("week rated 7 of 10");
        expect(text).toContain("Panic: Panic in queues");
        expect(text).toContain("Breathing, Cognitive restructuring");
        expect(text).toContain("Corrected");

        // The correction: when, who, why, and the value kept as it was, in words.
        await session.getByText("Corrected once: show what changed").click();
        const change = session.locator(".changes li");
        await change.first().waitFor();
        expect(await change.count()).toBe(1);
        expect(await change.textContent()).toMatch(/^Week rating \(0–10\): /);
        expect(await change.locator("del").textContent()).toBe("5");
        expect(await change.locator("ins").textContent()).toBe("7");
        expect(await session.locator(".corrections").textContent()).toContain("She rated the week 7, not 5.");
        expect(await session.locator(".corrections").textContent()).toContain(practice.therapistA.displayName);

        const episodes = page.getByRole("region", { name: "Episodes and thought records" });
        const toggle = episodes.getByRole("button", { name: /panic attack, intensity 8 of 10/ });
        expect(await toggle.getAttribute("aria-expanded")).toBe("false");
        await toggle.click();
        expect(await toggle.getAttribute("aria-expanded")).toBe("true");
        const record = episodes.getByTestId("thought-record");
        await record.waitFor();
        for (const [phase, thoughts, feelings] of [
          ["Before", EPISODE.thoughtsBefore, EPISODE.feelingsBefore],
          ["During", EPISODE.thoughtsDuring, EPISODE.feelingsDuring],
          ["After", EPISODE.thoughtsAfter, EPISODE.feelingsAfter],
        ]) {
          const part = record.getByRole("region", { name: `${phase} the episode` });
          expect(await part.getByRole("heading", { name: phase }).count()).toBe(1);
          const partText = (await part.textContent()) ?? "";
          expect(partText).toContain(thoughts);
          expect(partText).toContain(feelings);
        }
        const recordText = (await record.textContent()) ?? "";
        for (const expected of [
          EPISODE.situation,
          "Place or crowd",
          "Situational",
          "8 of 10 at its peak",
          "15 minutes",
          "Breathing",
          "The client",
        ])
          expect(recordText).toContain(expected);

        const log = page.getByRole("region", { name: "Who has seen or changed this record" });
        await log.getByRole("cell", { name: "Recorded a session" }).first().waitFor();
        const logText = (await log.textContent()) ?? "";
        expect(logText).toContain("Corrected a session");
        expect(logText).toContain("Logged an episode");
        expect(logText).toContain(practice.therapistA.displayName);

        const pageText = await page.locator("main").innerText();
        for (const internal of INTERNALS) expect(pageText).not.toMatch(internal);
        await expectNoSidewaysScroll(page, `the client page on ${viewport.width} px`);
        expect(await accessibilityProblems(page, ["session-history", "episode-reader", "access-log-panel"])).toEqual(
          [],
        );
      } finally {
        await page.close();
      }
    },
  );

  it("on a phone, the therapist corrects a session with a reason, and the history keeps the original value", async () => {
    const page = await openClient(PHONE);
    try {
      const session = page.getByRole("region", { name: "Past sessions" }).getByTestId("session-record");
      await session.first().waitFor();
      const open = session.getByRole("button", { name: "Correct this session" });
      await open.click();
      expect(await open.getAttribute("aria-expanded")).toBe("true");
      const form = session.getByTestId("correct-session-form");
      // The form starts from the session as it reads now.
      const week = form.getByLabel('"How was your week?" (0–10)');
      expect(await week.inputValue()).toBe("7");
      expect(await form.getByLabel("Private notes (therapist only)").inputValue()).toBe(NOTE);
      // A correction changes the session itself, so it offers no new homework; and with "Record a session" open
      // beside it, no control on the page shares an id with another.
      expect(await form.getByRole("group", { name: "New homework" }).count()).toBe(0);
      await page.getByRole("button", { name: "Record a session" }).click();
      await page.getByTestId("record-session-form").getByRole("group", { name: "New homework" }).waitFor();
      const repeated = await page.evaluate(() => {
        const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
        return ids.filter((id, i) => ids.indexOf(id) !== i);
      });
      expect(repeated).toEqual([]);
      await page.getByRole("button", { name: "Record a session" }).click();

      // Without a reason the server refuses, and says so beside the reason; nothing is kept.
      await week.fill("9");
      await form.getByRole("button", { name: "Save the correction" }).click();
      const reason = form.getByLabel("Reason for the correction");
      await expect.poll(() => reason.getAttribute("aria-invalid"), WAIT).toBe("true");
      const [{ n }] = await server.query(`SELECT COUNT(*) AS n FROM record_correction WHERE client_id = ?`, [
        practice.clientA.id,
      ]);
      expect(Number(n)).toBe(1);

      await reason.fill("Read back to her: the week was a 9.");
      await form.getByRole("button", { name: "Save the correction" }).click();
      await form.getByRole("status").filter({ hasText: "Correction saved" }).waitFor();
      await session.getByText("Corrected 2 times: show what changed").click();
      const latest = session.locator(".corrections > ol > li").nth(1);
      await latest.waitFor();
      expect(await latest.textContent()).toContain("Read back to her: the week was a 9.");
      expect(await latest.locator(".changes del").allTextContents()).toEqual(["7"]);
      expect(await latest.locator(".changes ins").allTextContents()).toEqual(["9"]);
      expect(await session.locator("h3").first().textContent()).toContain("Corrected");
      expect(await session.textContent()).toContain("week rated 9 of 10");

      const kept = await server.query(
        `SELECT reason, "before", "after" FROM record_correction WHERE client_id = ? ORDER BY id`,
        [practice.clientA.id],
      );
      expect(kept.map((row: { reason: string }) => row.reason)).toEqual([
        "She rated the week 7, not 5.",
        "Read back to her: the week was a 9.",
      ]);
      const last = kept[1] as { before: string; after: string };
      expect([JSON.parse(last.before).weekRating, JSON.parse(last.after).weekRating]).toEqual(["7", "9"]);
      expect(JSON.parse(last.after).privateNotes).toBe(NOTE);

      const pageText = await page.locator("main").innerText();
      for (const internal of INTERNALS) expect(pageText).not.toMatch(internal);
      await expectNoSidewaysScroll(page, "the correction form on a phone");
      expect(await accessibilityProblems(page, ["session-history"])).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("on a desktop, the therapist corrects an episode's intensity, and its history keeps the client's own rating", async () => {
    const page = await openClient(DESKTOP);
    try {
      const episodes = page.getByRole("region", { name: "Episodes and thought records" });
      await episodes.getByRole("button", { name: /panic attack, intensity 8 of 10/ }).click();
      await episodes.getByRole("button", { name: "Correct this episode" }).click();
      const form = episodes.getByTestId("correct-episode-form");
      const intensity = form.getByLabel("How strong at its peak (0–10)");
      expect(await intensity.inputValue()).toBe("8");
      await intensity.fill("6");
      await form.getByLabel("Reason for the correction").fill("She re-rated it as a 6 when we went over it.");
      await form.getByRole("button", { name: "Save the correction" }).click();
      await form.getByRole("status").filter({ hasText: "Correction saved" }).waitFor();
      const record = episodes.getByTestId("thought-record");
      await record.getByText("Corrected once: show what changed").click();
      const change = record.locator(".changes li");
      expect(await change.count()).toBe(1);
      expect(await change.textContent()).toMatch(/^Peak intensity \(0–10\): /);
      expect(await change.locator("del").textContent()).toBe("8");
      expect(await change.locator("ins").textContent()).toBe("6");
      expect(await record.locator(".corrections").textContent()).toContain(
        "She re-rated it as a 6 when we went over it.",
      );
      const [row] = await server.query(`SELECT peak_intensity, logged_by FROM symptom_episode WHERE client_id = ?`, [
        practice.clientA.id,
      ]);
      expect([Number(row.peak_intensity), row.logged_by]).toEqual([6, "CLIENT"]);
      expect(await accessibilityProblems(page, ["episode-reader"])).toEqual([]);
    } finally {
      await page.close();
    }
  });
  it("shows ten past sessions first, and the rest with Show more", async () => {
    const many = await createClient(server.dataSource, practice.therapistA, {
      displayName: "Maya Twelve-Sessions",
      intakeDate: "2026-08-01",
    });
    const therapist = new GraphQLSession(server.url);
    await therapist.login(practice.therapistA.email, TEST_PASSWORD);
    for (let week = 0; week < 12; week++) {
      const day = new Date(Date.UTC(2026, 7, 3 + 7 * week, 15)).toISOString();
      const recorded = await therapist.request(
        `mutation ($i: RecordSessionInput!) { recordSession(input: $i) { id } }`,
        {
          i: { clientId: String(many.id), occurredAt: day, attendance: "ATTENDED", weekRating: week % 11 },
        },
      );
      expect(recorded.errors).toBeUndefined();
    }
    const page = await browser.newPage({ viewport: PHONE });
    page.setDefaultTimeout(WAIT.timeout);
    try {
      const login = new LoginPage(page, server.url);
      await login.open("/");
      await login.signIn(practice.therapistA.email, TEST_PASSWORD);
      await page.getByRole("heading", { level: 1, name: "My caseload" }).waitFor();
      await page.goto(`${server.url}/clients/${many.id}`);
      const history = page.getByRole("region", { name: "Past sessions" });
      await history.getByTestId("session-record").first().waitFor();
      expect(await history.getByTestId("session-record").count()).toBe(10);
      expect(await history.getByRole("status").textContent()).toBe("10 of 12 shown");
      await history.getByRole("button", { name: "Show more" }).click();
      await expect.poll(() => history.getByTestId("session-record").count(), WAIT).toBe(12);
      expect(await history.getByRole("status").textContent()).toBe("12 of 12 shown");
      expect(await history.getByRole("button", { name: "Show more" }).count()).toBe(0);
      // Newest first across both pages: the oldest session, 3 August, comes last.
      expect(await history.getByTestId("session-record").last().locator("h3").textContent()).toContain("3 Aug");
    } finally {
      await page.close();
    }
  });
});
