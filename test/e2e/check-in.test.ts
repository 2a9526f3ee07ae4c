import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/auth/role.ts";
import type { User } from "../../server/auth/user.entity.ts";
import type { Client } from "../../server/clients/client.entity.ts";
import { ANSWER_WORDS, MOOD_QUESTIONS, WORRY_QUESTIONS } from "../../web/src/features/check-in/questions.ts";
import { jargonIn } from "../../web/src/features/my-progress/plain-language.ts";
import { TEST_PASSWORD, createClient, createPractice, createUser } from "../helpers/factories.ts";
import { GraphQLSession } from "../helpers/graphql-client.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { launchBrowser } from "./browser.ts";
import { answer, PHONE, phoneOf as signedInPhone, reading, tapLine } from "./pages/check-in.ts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A calendar date as the to-do list writes it: `2026-12-03` → `3 Dec`. */
const dayAndMonth = (localDate: string) =>
  `${Number(localDate.slice(8, 10))} ${MONTHS[Number(localDate.slice(5, 7)) - 1]}`;

describe("a client's check-ins on a phone (390 × 844)", () => {
  let server: TestServer;
  let browser: Browser;
  let practice: Awaited<ReturnType<typeof createPractice>>;
  let admin: User;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    practice = await createPractice(server.dataSource);
    admin = await createUser(server.dataSource, practice.clinic, Role.ADMIN);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  /** Signed in through the API, for arranging and reading back what the browser does. */
  const apiAs = async (user: User) => {
    const session = new GraphQLSession(server.url);
    const login = await session.login(user.email, TEST_PASSWORD);
    expect(login.errors).toBeUndefined();
    return async <T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      const response = await session.request<T>(query, variables);
      expect(response.errors, query).toBeUndefined();
      return response.data!;
    };
  };

  /** A phone that takes touches, with the client signed in on their home page. */
  const phoneOf = (user: User) => signedInPhone(browser, server, contexts, user, "My progress");

  const setPlan = async (therapist: User, client: Client, measures: string[], schedule: string) => {
    const api = await apiAs(therapist);
    await api(
      `mutation ($clientId: ID!, $input: MeasurementPlanInput!) {
        setMeasurementPlan(clientId: $clientId, input: $input) { measures schedule }
      }`,
      { clientId: String(client.id), input: { measures, schedule } },
    );
  };

  const pendingCheckIn = async (therapist: User, client: Client) => {
    const api = await apiAs(therapist);
    const data = await api<{ client: { pendingCheckIn: Record<string, any> | null } }>(
      `query ($id: ID!) {
        client(id: $id) {
          pendingCheckIn {
            ors { individual interpersonal social overall }
            orsTotal weekRating weekWords phq9Items phq9Total gad7Items gad7Total notSafeNow safetyConcern
          }
        }
      }`,
      { id: String(client.id) },
    );
    return data.client.pendingCheckIn;
  };

  const readable = (page: Page) => page.evaluate(() => document.body.innerText);

  it("completes a check-in, marking the lines by touch, by pointer and by keyboard, then rates the session from the to-do list", async () => {
    const { therapistA: therapist, clientA: client, clientUserA: user } = practice;
    await setPlan(therapist, client, ["ORS", "WEEK_RATING", "PHQ9", "GAD7", "SRS"], "BEFORE_EACH_SESSION");
    const api = await apiAs(therapist);
    const recorded = await api<{ recordSession: { id: string; localDate: string } }>(
      `mutation ($input: RecordSessionInput!) { recordSession(input: $input) { id localDate } }`,
      {
        input: {
          clientId: String(client.id),
          occurredAt: new Date(Date.now() - 60 * 60_000).toISOString(),
          attendance: "ATTENDED",
          weekRating: 4,
          ors: { individual: 4, interpersonal: 5, social: 5, overall: 4.5 },
        },
      },
    );
    const session = recorded.recordSession;

    const page = await phoneOf(user);
    // The home on a phone: what there is to do first, then the charts, then the homework and diary.
    const toDo = page.getByTestId("to-do");
    await toDo.getByRole("heading", { level: 2, name: "To do" }).waitFor();
    const checkInLink = toDo.getByRole("link", { name: "Check-in before your next session" });
    const rateLink = toDo.getByRole("link", { name: `Rate your session on ${dayAndMonth(session.localDate)}` });
    await checkInLink.waitFor();
    await rateLink.waitFor();
    await page.getByTestId("chart-outcome").locator("svg.recharts-surface").first().waitFor();
    const top = async (locator: Locator) => (await locator.boundingBox())!.y;
    const order = [
      await top(toDo),
      await top(page.getByTestId("chart-outcome")),
      await top(page.getByRole("heading", { level: 2, name: "My homework" })),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(await page.getByRole("link", { name: "Need help now?" }).getAttribute("href")).toBe("/help");

    await checkInLink.click();
    await page.getByRole("heading", { level: 1, name: "Check-in" }).waitFor();
    const line = (name: string) => page.getByRole("slider", { name, exact: true });
    const names = ["Me personally", "Family and close relationships", "Work, school and friendships", "Overall"];
    for (const name of names) {
      // No mark, and no value, until the person makes one.
      expect(await line(name).getAttribute("aria-valuetext"), name).toBe("Not marked yet");
      expect(await line(name).getAttribute("aria-valuemin")).toBe("0");
      expect(await line(name).getAttribute("aria-valuemax")).toBe("10");
      // Big enough for a thumb.
      expect((await line(name).boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    await expect.poll(() => page.getByText("Not well", { exact: true }).count()).toBe(4);
    await expect.poll(() => page.getByText("Very well", { exact: true }).count()).toBe(4);

    // Sent with nothing answered: every question asked for, in words, and the focus on the first line.
    await page.getByRole("button", { name: "Send my check-in" }).click();
    const summary = page.getByTestId("problem-summary");
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Mark the line "Me personally"');
    expect(await summary.innerText()).toContain("Choose whether you feel safe right now.");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-name")))
      .toBe("ors.individual");

    // By touch: a tap marks the line; a second tap moves the mark.
    await tapLine(page, line("Me personally"), 0.3);
    const individual = await tapLine(page, line("Me personally"), 0.64);
    expect(await line("Me personally").getAttribute("aria-valuetext")).toBe(`${individual.toFixed(1)} out of 10`);
    // By a pointer dragged along the line, straying off it on the way: where it is let go counts.
    const family = line("Family and close relationships");
    await family.scrollIntoViewIfNeeded();
    const box = (await family.boundingBox())!;
    const release = Math.round(box.x + box.width * 0.75);
    await page.mouse.move(Math.round(box.x + box.width * 0.2), box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(Math.round(box.x + box.width * 0.9), box.y + box.height * 2, { steps: 4 });
    await page.mouse.move(release, box.y + box.height * 2, { steps: 4 });
    await page.mouse.up();
    const interpersonal = reading(release - box.x, box.width);
    expect(await family.getAttribute("aria-valuetext")).toBe(`${interpersonal.toFixed(1)} out of 10`);
    // By keyboard: Tab to the next line; the first arrow marks the middle, Page Up adds 1, each arrow a tenth.
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowRight");
    expect(await line("Work, school and friendships").getAttribute("aria-valuetext")).toBe("5.0 out of 10");
    await page.keyboard.press("PageUp");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowLeft");
    expect(await line("Work, school and friendships").getAttribute("aria-valuetext")).toBe("5.7 out of 10");
    await page.keyboard.press("Tab");
    await page.keyboard.press("End");
    await page.keyboard.press("PageDown");
    await page.keyboard.press("ArrowDown");
    expect(await line("Overall").getAttribute("aria-valuetext")).toBe("8.9 out of 10");

    await answer(page, "How was your week?", "7");
    await page.getByLabel("In your own words (optional)").fill("A calmer week; slept better.");
    const mood = [1, 1, 0, 0, 2, 0, 0, 0, 0];
    const worry = [2, 1, 0, 0, 0, 1, 0];
    for (const [i, question] of MOOD_QUESTIONS.entries()) {
      await answer(page, `${i + 1}. ${question}`, ANSWER_WORDS[mood[i]!]!);
    }
    for (const [i, question] of WORRY_QUESTIONS.entries()) {
      await answer(page, `${i + 1}. ${question}`, ANSWER_WORDS[worry[i]!]!);
    }
    await answer(page, "Right now, do you feel safe?", "I am safe");
    // In the client's words only, and nothing wider than the phone.
    expect(jargonIn(await readable(page))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    await page.getByRole("button", { name: "Send my check-in" }).click();
    await page.getByRole("heading", { level: 1, name: "Thank you" }).waitFor();

    // What the therapist will see is what was marked and chosen.
    const sent = await pendingCheckIn(therapist, client);
    expect(sent).toMatchObject({
      ors: { individual, interpersonal, social: 5.7, overall: 8.9 },
      weekRating: 7,
      weekWords: "A calmer week; slept better.",
      phq9Items: mood,
      phq9Total: 4,
      gad7Items: worry,
      gad7Total: 4,
      notSafeNow: false,
      safetyConcern: false,
    });
    expect(sent!.orsTotal).toBeCloseTo(individual + interpersonal + 5.7 + 8.9, 6);

    // Back home the check-in is done; the session is still to rate, until when is said.
    await page.getByRole("link", { name: "Back to my progress" }).click();
    await rateLink.waitFor();
    // The week chart: the session's answer and the check-in's, each with its own mark, and the client's words.
    const weekChart = page.getByTestId("chart-week");
    await weekChart.locator(".dot-week-client").waitFor();
    expect(await weekChart.locator(".dot-week-client").count()).toBe(1);
    expect(await weekChart.locator(".dot-week-session").count()).toBe(1);
    await page.getByTestId("week-words").getByText("“A calmer week; slept better.”", { exact: false }).waitFor();
    await expect.poll(() => checkInLink.count()).toBe(0);
    expect(await toDo.innerText()).toMatch(/You can rate it until \w+ \d+ \w+ at \d\d:\d\d/);
    await rateLink.click();
    await page.getByRole("heading", { level: 1, name: "Rate your session" }).waitFor();
    const srs: Record<string, number> = {};
    for (const [key, name, fraction] of [
      ["relationship", "Feeling heard and respected", 0.9],
      ["goalsAndTopics", "What we worked on", 0.8],
      ["approachOrMethod", "The way we worked", 0.72],
      ["overall", "Overall", 0.85],
    ] as const) {
      expect(await line(name).getAttribute("aria-valuetext")).toBe("Not marked yet");
      srs[key] = await tapLine(page, line(name), fraction);
    }
    await page.getByText("I felt heard", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Send my rating" }).click();
    await page.getByRole("heading", { level: 1, name: "Thank you" }).waitFor();

    const rated = await api<{
      clientSessions: { edges: { node: { id: string; srs: Record<string, number>; srsSource: string } }[] };
    }>(
      `query ($clientId: ID!) {
        clientSessions(clientId: $clientId, first: 5) {
          edges { node { id srs { relationship goalsAndTopics approachOrMethod overall } srsSource } }
        }
      }`,
      { clientId: String(client.id) },
    );
    const node = rated.clientSessions.edges.find((edge) => edge.node.id === session.id)!.node;
    expect(node.srs).toEqual(srs);
    expect(node.srsSource).toBe("CLIENT");

    // Rated once: nothing left to do, and the address of the rating says so in words.
    await page.getByRole("link", { name: "Back to my progress" }).click();
    await toDo.getByText("Nothing to do right now").waitFor();
    await page.goto(`${server.url}/rate-session/${session.id}`);
    await page.getByRole("heading", { level: 1, name: "Rate your session" }).waitFor();
    await page.getByText("There is no rating to give for this session now.").waitFor();
  });

  it("shows help at once to a client who answers that they are not safe right now", async () => {
    const { therapistA: therapist } = practice;
    const user = await createUser(server.dataSource, practice.clinic, Role.CLIENT);
    const client = await createClient(server.dataSource, therapist, { userId: user.id });
    await setPlan(therapist, client, ["WEEK_RATING"], "WEEKLY");

    const page = await phoneOf(user);
    await page.getByTestId("to-do").getByRole("link", { name: "Weekly check-in" }).click();
    await page.getByRole("heading", { level: 1, name: "Check-in" }).waitFor();
    await answer(page, "How was your week?", "2");
    await answer(page, "Right now, do you feel safe?", "I am not safe right now");
    await page.getByRole("button", { name: "Send my check-in" }).click();

    // No resources set by this clinic yet: the built-in entry, which is not an example.
    await page.getByRole("heading", { level: 1, name: "Help is available now" }).waitFor();
    const resources = page.getByTestId("crisis-resources");
    await resources.getByRole("heading", { name: "Emergency services" }).waitFor();
    expect(await resources.getByText("Example", { exact: true }).count()).toBe(0);
    expect(await pendingCheckIn(therapist, client)).toMatchObject({
      weekRating: 2,
      notSafeNow: true,
      safetyConcern: true,
    });
  });

  it("shows the clinic's help at once to a client whose answers meet a safety rule", async () => {
    const { therapistB: therapist, clientB: client, clientUserB: user } = practice;
    const asAdmin = await apiAs(admin);
    await asAdmin(
      `mutation ($resources: [CrisisResourceInput!]!) { setCrisisResources(resources: $resources) { name } }`,
      {
        resources: [
          {
            name: "Example Crisis Line",
            phone: "555-0100",
            text: "Text HOME to 555-0101",
            hours: "Every day, around the clock",
            example: true,
          },
          { name: "Riverside Distress Centre", phone: "+1 416 555 0199", url: "https://example.org/distress" },
        ],
      },
    );
    await setPlan(therapist, client, ["PHQ9"], "WEEKLY");

    const page = await phoneOf(user);
    await page.getByTestId("to-do").getByRole("link", { name: "Weekly check-in" }).click();
    await page.getByRole("heading", { level: 1, name: "Check-in" }).waitFor();
    await page.getByRole("radiogroup", { name: `1. ${MOOD_QUESTIONS[0]}`, exact: true }).waitFor();
    // Only what the plan asks: no lines, no week question, and the safety question always.
    expect(await page.getByRole("slider").count()).toBe(0);
    expect(await page.getByRole("radiogroup", { name: "How was your week?" }).count()).toBe(0);
    for (const [i, question] of MOOD_QUESTIONS.entries()) {
      await answer(page, `${i + 1}. ${question}`, i === 8 ? "Several days" : "Not at all");
    }
    await answer(page, "Right now, do you feel safe?", "I am safe");
    await page.getByRole("button", { name: "Send my check-in" }).click();

    await page.getByRole("heading", { level: 1, name: "Help is available now" }).waitFor();
    const resources = page
      .getByTestId("crisis-resources")
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading") });
    expect(await resources.count()).toBe(2);
    const example = resources.filter({ hasText: "Example Crisis Line" });
    await example.getByText("Example", { exact: true }).waitFor();
    expect(await example.getByRole("link", { name: "555-0100" }).getAttribute("href")).toBe("tel:5550100");
    await example.getByText("Text HOME to 555-0101").waitFor();
    await example.getByText("Every day, around the clock").waitFor();
    const centre = resources.filter({ hasText: "Riverside Distress Centre" });
    expect(await centre.getByRole("link", { name: "+1 416 555 0199" }).getAttribute("href")).toBe("tel:+14165550199");
    expect(await centre.getByRole("link", { name: "https://example.org/distress" }).getAttribute("href")).toBe(
      "https://example.org/distress",
    );
    expect(await centre.getByText("Example", { exact: true }).count()).toBe(0);
    const words = await readable(page);
    expect(words).toContain("your therapist will see your answers");
    expect(words).toContain("not watched around the clock");
    expect(jargonIn(words)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    const sent = await pendingCheckIn(therapist, client);
    expect(sent).toMatchObject({ phq9Items: [0, 0, 0, 0, 0, 0, 0, 0, 1], phq9Total: 1, safetyConcern: true });

    // The same help is one tap from the client's home, whenever they need it.
    await page.getByRole("link", { name: "Back to my progress" }).click();
    await page.getByRole("link", { name: "Need help now?" }).click();
    await page.getByRole("heading", { level: 1, name: "Help now" }).waitFor();
    await page.getByTestId("crisis-resources").getByText("Riverside Distress Centre").waitFor();
  });
});
