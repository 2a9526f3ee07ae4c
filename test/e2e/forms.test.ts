import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { User } from "../../server/auth/user.entity.ts";
import { Client } from "../../server/clients/client.entity.ts";
import { ClientStatus } from "../../server/clients/client.enums.ts";
import { DEMO_PASSWORD, seedDemoIfEmpty } from "../../server/demo/seed.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { launchBrowser } from "./browser.ts";
import { EntryForm, expectNoInternals } from "./pages/forms.ts";
import { ClientProgressPage, LoginPage } from "./pages/pages.ts";

const WAIT = { timeout: 20_000 };
const THERAPIST = "therapist@demo.local";

/** `<input type="datetime-local">` text for a time `days` from now, in the browser's (and this process's) zone. */
function localInput(days: number): string {
  const at = new Date(Date.now() + days * 86_400_000);
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

describe("entry forms in Chromium", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let clients: Client[];
  let nextClient = 0;

  beforeAll(async () => {
    server = await startTestServer();
    await seedDemoIfEmpty(server.dataSource, { seed: 20261126, rules: DEFAULT_RULES });
    const therapist = await server.dataSource.getRepository(User).findOneByOrFail({ email: THERAPIST });
    clients = await server.dataSource
      .getRepository(Client)
      .find({ where: { therapistId: therapist.id, status: ClientStatus.ACTIVE }, order: { id: "ASC" } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    // A phone's width: every form must work there.
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(WAIT.timeout);
  });
  afterEach(async () => {
    await page.close();
  });

  const signIn = async (email: string, path = "/") => {
    await new LoginPage(page, server.url).open(path);
    await new LoginPage(page, server.url).signIn(email, DEMO_PASSWORD);
  };

  /** A client of the therapist's that no other test here has written to. */
  const openFreshClient = async (): Promise<Client> => {
    const client = clients[nextClient++]!;
    await signIn(THERAPIST);
    await page.getByRole("heading", { name: "My caseload" }).waitFor();
    await page.goto(`${server.url}/clients/${client.id}`);
    await page.getByRole("heading", { level: 1, name: client.displayName }).waitFor();
    return client;
  };

  it("the session form shows every problem at once, in words, with the focus on the first", async () => {
    await openFreshClient();
    const form = new EntryForm(page, await new ClientProgressPage(page).openRecordSession());
    await form.fill({
      "Date and time": localInput(2),
      '"How was your week?" (0–10)': "12",
      "ORS Individually (personal well-being)": "11",
      "ORS Interpersonally (family, close relationships)": "5",
      "ORS Socially (work, school, friendships)": "",
      "ORS Overall (general sense of well-being)": "5",
      "Priority issue, in a few words": "x".repeat(501),
      Homework: "y".repeat(1001),
    });
    await form.submit("Save session");
    await form.summary().waitFor();

    expect(await form.invalidLabels()).toEqual([
      "Date and time",
      '"How was your week?" (0–10)',
      "ORS Individually (personal well-being)",
      "ORS Socially (work, school, friendships)",
      "Priority issue",
      "Priority issue, in a few words",
      "Homework",
    ]);
    expect(await form.messageOf("Date and time")).toBe("The date and time of the session cannot be in the future.");
    expect(await form.messageOf("ORS Socially (work, school, friendships)")).toBe(
      "Rate all four ORS items from 0 to 10 (one decimal at most), or leave the ORS empty.",
    );
    expect(await form.messageOf("Priority issue, in a few words")).toBe(
      "Describe the priority issue in at most 500 characters.",
    );
    expect(await form.messageOf("Homework")).toBe("Describe the new homework in at most 1000 characters.");
    await expect.poll(() => form.focusedLabel()).toBe("Date and time");
    expect(await form.summary().getAttribute("role")).toBe("alert");
    await expectNoInternals(page, form.form);
  });

  it("the session form says in words what only the server knows, beside its field", async () => {
    const client = await openFreshClient();
    const form = new EntryForm(page, await new ClientProgressPage(page).openRecordSession());
    // Before the intake: only the server knows the client's intake date.
    await form.fill({ "Date and time": "2001-01-01T10:00" });
    await form.submit("Save session");
    await form.summary().waitFor();
    expect(await form.messageOf("Date and time")).toBe(
      `Date and time (2001-01-01) is before the client's intake on ${client.intakeDate}.`,
    );
    await expect.poll(() => form.focusedLabel()).toBe("Date and time");
    await expectNoInternals(page, form.form);
  });
});
