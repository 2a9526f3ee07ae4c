import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AuthSession } from "../../server/auth/auth-session.entity.ts";
import { User } from "../../server/auth/user.entity.ts";
import { Client } from "../../server/clients/client.entity.ts";
import { ClientStatus } from "../../server/clients/client.enums.ts";
import { DEMO_PASSWORD, seedDemoIfEmpty } from "../../server/demo/seed.ts";
import { DEFAULT_RULES } from "../../server/measures/rules.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { launchBrowser } from "./browser.ts";
import { EntryForm, expectNoInternals } from "./pages/forms.ts";
import { ClientProgressPage, LoginPage } from "./pages/pages.ts";
import { shortDate } from "../../web/src/charts/format.ts";

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
    expect(await form.overflows()).toBe(false);
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
  it("keeps the session being written across an expired sign-in and brings it back on the same page", async () => {
    const client = await openFreshClient();
    const form = new EntryForm(page, await new ClientProgressPage(page).openRecordSession());
    await form.fill({
      "ORS Individually (personal well-being)": "6.5",
      "ORS Interpersonally (family, close relationships)": "6",
      "ORS Socially (work, school, friendships)": "6",
      "ORS Overall (general sense of well-being)": "6",
      "Private notes (therapist only)": "Talked about the move; kept across a sign-in",
    });
    // The draft is written a moment after typing stops.
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("follow-up:draft:"))))
      .toContainEqual(expect.stringMatching(/:session$/));

    // Idle longer than the server allows (30 minutes).
    const therapist = await server.dataSource.getRepository(User).findOneByOrFail({ email: THERAPIST });
    await server.dataSource
      .getRepository(AuthSession)
      .update({ userId: therapist.id }, { lastSeenAt: new Date(Date.now() - 31 * 60_000) });
    await form.submit("Save session");

    await page.getByRole("button", { name: "Sign in" }).waitFor();
    await page.getByText("Your session has expired. Please sign in again.").waitFor();
    const login = new URL(page.url());
    expect(login.pathname).toBe("/login");
    expect(login.searchParams.get("next")).toBe(`/clients/${client.id}`);

    await new LoginPage(page, server.url).signIn(THERAPIST, DEMO_PASSWORD);
    await page.getByRole("heading", { level: 1, name: client.displayName }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/clients/${client.id}`);
    const again = new EntryForm(page, page.getByTestId("record-session-form"));
    await again.draftNote().waitFor();
    expect(await again.draftNote().textContent()).toMatch(/^Draft restored from .+\. ?Discard draft$/);
    expect(await again.field("ORS Individually (personal well-being)").inputValue()).toBe("6.5");
    expect(await again.field("Private notes (therapist only)").inputValue()).toBe(
      "Talked about the move; kept across a sign-in",
    );

    // Saved at last: the draft goes, and the form is empty again.
    await again.submit("Save session");
    await again.form.getByRole("status").filter({ hasText: "saved" }).waitFor();
    expect(await again.field("ORS Individually (personal well-being)").inputValue()).toBe("");
    expect(await again.field("Private notes (therapist only)").inputValue()).toBe("");
    expect(await again.draftNote().count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith(":session"))))
      .toEqual([]);
  });

  it("keeps the page and the session being written when a refresh fails", async () => {
    await openFreshClient();
    const form = new EntryForm(page, await new ClientProgressPage(page).openRecordSession());
    await form.fill({
      "ORS Individually (personal well-being)": "4",
      "Private notes (therapist only)": "Still here after a failed refresh",
    });
    let refused = 0;
    await page.route("**/graphql", async (route) => {
      if (route.request().postDataJSON()?.operationName !== "ClientProgress") return route.continue();
      refused++;
      await route.fulfill({
        status: 200,
        contentType: "application/json",
        body: JSON.stringify({
          errors: [{ message: "Unexpected error.", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
        }),
      });
    });
    await page.getByRole("group", { name: "Group by" }).getByLabel("Month").check();
    await page.getByTestId("refresh-failed").waitFor();
    expect(refused).toBeGreaterThan(0);
    expect(await form.field("ORS Individually (personal well-being)").inputValue()).toBe("4");
    expect(await form.field("Private notes (therapist only)").inputValue()).toBe("Still here after a failed refresh");
    expect(await page.getByText("This client's progress could not be loaded.").count()).toBe(0);
    await expectNoInternals(page, form.form);

    await page.unroute("**/graphql");
    await page.getByTestId("refresh-failed").getByRole("button", { name: "Retry" }).click();
    await page.getByTestId("refresh-failed").waitFor({ state: "detached" });
    expect(await form.field("Private notes (therapist only)").inputValue()).toBe("Still here after a failed refresh");
  });

  it("asks before recording a second session on the same day", async () => {
    await openFreshClient();
    const form = new EntryForm(page, await new ClientProgressPage(page).openRecordSession());
    const rateAll = async (score: string) => {
      for (const label of [
        "ORS Individually (personal well-being)",
        "ORS Interpersonally (family, close relationships)",
        "ORS Socially (work, school, friendships)",
        "ORS Overall (general sense of well-being)",
      ])
        await form.field(label).fill(score);
    };
    await rateAll("5");
    await form.submit("Save session");
    await form.form.getByRole("status").filter({ hasText: "saved" }).waitFor();
    expect(await form.form.getByRole("alertdialog").count()).toBe(0);

    await rateAll("6");
    await form.submit("Save session");
    const question = form.form.getByRole("alertdialog");
    await question.waitFor();
    const today = localInput(0).slice(0, 10);
    expect(await question.textContent()).toContain(
      `There is already a session on ${shortDate(today)}. Record a second session on that day?`,
    );
    // Not saved until confirmed: the values are still there.
    expect(await form.field("ORS Overall (general sense of well-being)").inputValue()).toBe("6");
    await question.getByRole("button", { name: "Save a second session" }).click();
    await form.form.getByRole("status").filter({ hasText: "saved" }).waitFor();
    expect(await form.field("ORS Overall (general sense of well-being)").inputValue()).toBe("");
  });
  it("the episode form shows every problem at once, for a therapist and for a client", async () => {
    await openFreshClient();
    await page.getByRole("button", { name: "Log an episode" }).click();
    const form = new EntryForm(page, page.getByTestId("log-episode-form"));
    await form.fill({
      When: localInput(3),
      "How strong at its peak (0–10)": "",
      "How long (minutes)": "1441",
      "Situation: where, with whom, what was happening": "z".repeat(2001),
    });
    await form.submit("Save episode");
    await form.summary().waitFor();
    expect(await form.invalidLabels()).toEqual([
      "When",
      "How strong at its peak (0–10)",
      "How long (minutes)",
      "Situation: where, with whom, what was happening",
    ]);
    expect(await form.messageOf("When")).toBe("When it happened cannot be in the future.");
    expect(await form.messageOf("How strong at its peak (0–10)")).toBe(
      "Peak intensity is needed: a whole number from 0 (none) to 10 (the worst imaginable).",
    );
    expect(await form.messageOf("How long (minutes)")).toBe(
      "How long it lasted is needed: whole minutes from 0 to 1440 (a day).",
    );
    expect(await form.messageOf("Situation: where, with whom, what was happening")).toBe(
      "Situation: at most 2000 characters.",
    );
    await expect.poll(() => form.focusedLabel()).toBe("When");
    expect(await form.overflows()).toBe(false);
    await expectNoInternals(page, form.form);

    // Signing out forgets every draft of the person, and which form was open.
    const drafts = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("follow-up:draft:")));
    await expect.poll(drafts).toContainEqual(expect.stringMatching(/:episode$/));
    expect(await drafts()).toContainEqual(expect.stringMatching(/:open$/));
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("button", { name: "Sign in" }).waitFor();
    expect(await drafts()).toEqual([]);

    // The client's own form: the same checks, and a failed save keeps what was typed.
    await signIn("client@demo.local");
    const own = new EntryForm(page, page.getByTestId("log-episode-form"));
    await own.fill({ "How strong at its peak (0–10)": "-1", "Thoughts during": "I have to get out" });
    await own.submit("Save episode");
    await own.summary().waitFor();
    expect(await own.invalidLabels()).toEqual(["How strong at its peak (0–10)"]);
    await expect.poll(() => own.focusedLabel()).toBe("How strong at its peak (0–10)");
    expect(await own.field("Thoughts during").inputValue()).toBe("I have to get out");
    await expectNoInternals(page, own.form);
  });

  it("the plan form shows every problem at once and keeps a draft", async () => {
    await openFreshClient();
    const form = new EntryForm(page, (await new ClientProgressPage(page).openRevisePlan()).form);
    await form.fill({
      "Goals (one a line)": ["Sleep by eleven", "g".repeat(301)].join("\n"),
      "Targets (one a line)": Array.from({ length: 21 }, (_, i) => `Target ${i + 1}`).join("\n"),
      "Why the plan changes": "",
    });
    await form.submit("Save revision");
    await form.summary().waitFor();
    expect(await form.invalidLabels()).toEqual(["Goals (one a line)", "Targets (one a line)", "Why the plan changes"]);
    expect(await form.messageOf("Goals (one a line)")).toBe("Goals: each line at most 300 characters.");
    expect(await form.messageOf("Targets (one a line)")).toBe("Targets: at most 20 lines.");
    expect(await form.messageOf("Why the plan changes")).toBe("Say why the plan changes.");
    await expect.poll(() => form.focusedLabel()).toBe("Goals (one a line)");
    await expectNoInternals(page, form.form);

    // Closed and opened again: the draft comes back, and can be discarded.
    await form.field("Why the plan changes").fill("Sleep is the first thing to fix");
    await page.waitForTimeout(1000);
    await page.getByRole("button", { name: "Revise the plan" }).click();
    await form.form.waitFor({ state: "detached" });
    await page.getByRole("button", { name: "Revise the plan" }).click();
    await form.draftNote().waitFor();
    expect(await form.field("Why the plan changes").inputValue()).toBe("Sleep is the first thing to fix");
    await form.draftNote().getByRole("button", { name: "Discard draft" }).click();
    expect(await form.field("Why the plan changes").inputValue()).toBe("");
    expect(await form.draftNote().count()).toBe(0);
  });

  it("the admit and edit-details forms share their fields and show every problem at once", async () => {
    await signIn(THERAPIST);
    await page.getByRole("heading", { name: "My caseload" }).waitFor();
    await page.getByRole("button", { name: "Admit a client" }).click();
    const admit = new EntryForm(page, page.getByTestId("admit-client-form"));
    await admit.fill({
      Name: "",
      "Email (optional, to invite them to the app)": `${"a".repeat(250)}@example.org`,
      "Date of intake": localInput(2).slice(0, 10),
    });
    await admit.submit("Admit client");
    await admit.summary().waitFor();
    expect(await admit.invalidLabels()).toEqual([
      "Name",
      "Email (optional, to invite them to the app)",
      "Chief complaint",
      "Date of intake",
      "Age band",
    ]);
    expect(await admit.messageOf("Name")).toBe("Enter the client's name.");
    expect(await admit.messageOf("Email (optional, to invite them to the app)")).toBe(
      "An email address can be at most 254 characters.",
    );
    expect(await admit.messageOf("Date of intake")).toBe("The date of intake cannot be in the future.");
    await expect.poll(() => admit.focusedLabel()).toBe("Name");
    await expectNoInternals(page, admit.form);

    const client = clients[nextClient++]!;
    await page.goto(`${server.url}/clients/${client.id}`);
    await page.getByRole("button", { name: "Edit details" }).click();
    const edit = new EntryForm(page, page.getByRole("form", { name: "Edit details" }));
    await edit.fill({ Name: "", Email: "not an address", "Date of intake": localInput(2).slice(0, 10) });
    await edit.submit("Save details");
    await edit.summary().waitFor();
    expect(await edit.invalidLabels()).toEqual(["Name", "Email", "Date of intake"]);
    expect(await edit.messageOf("Email")).toBe("Enter an email address like name@example.org, or leave it empty.");
    await expect.poll(() => edit.focusedLabel()).toBe("Name");
    await expectNoInternals(page, edit.form);
    await edit.form.getByRole("button", { name: "Cancel" }).click();

    const panel = page.getByTestId("case-panel");
    await panel.getByRole("button", { name: "Close the case" }).click();
    const close = new EntryForm(page, page.getByRole("form", { name: "Close the case" }));
    await close.fill({ "Closing date": localInput(2).slice(0, 10) });
    await close.submit("Close the case");
    await close.summary().waitFor();
    expect(await close.invalidLabels()).toEqual(["Closing date"]);
    expect(await close.messageOf("Closing date")).toBe("The closing date cannot be in the future.");
    await expect.poll(() => close.focusedLabel()).toBe("Closing date");
    expect(await page.getByTestId("case-status").textContent()).toBe("Open");
  });

  it("the client's homework forms check before sending", async () => {
    await signIn("client@demo.local");
    const add = new EntryForm(page, page.getByTestId("self-homework-form"));
    await add.fill({ "What I will do": "", By: "" });
    await add.submit("Add homework");
    await add.summary().waitFor();
    expect(await add.invalidLabels()).toEqual(["What I will do", "By"]);
    expect(await add.messageOf("What I will do")).toBe("Say what you will do.");
    await expect.poll(() => add.focusedLabel()).toBe("What I will do");
    await expectNoInternals(page, add.form);

    const list = page.getByTestId("homework-list");
    const helpful = list.getByRole("spinbutton").first();
    await helpful.fill("11");
    await list.getByRole("button", { name: "Save" }).first().click();
    await expect.poll(() => helpful.getAttribute("aria-invalid")).toBe("true");
    const message = page.locator(`[id="${await helpful.getAttribute("aria-describedby")}"]`);
    expect(await message.textContent()).toBe(
      "How helpful: a whole number from 0 (not at all) to 10 (very), or leave it empty.",
    );
    await expectNoInternals(page, list);
  });
  it("keeps the sign-in alive while a form is typed in: one light request per few minutes, not per keystroke", async () => {
    await page.clock.install();
    const asked: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/graphql")) asked.push(request.postDataJSON()?.operationName ?? "");
    });
    await openFreshClient();
    const form = new EntryForm(page, await new ClientProgressPage(page).openRecordSession());
    const notes = form.field("Private notes (therapist only)");
    const pings = () => asked.filter((name) => name === "Me").length;
    const atStart = pings();

    await notes.pressSequentially("First thoughts");
    expect(pings()).toBe(atStart);

    await page.clock.fastForward("05:00");
    await notes.pressSequentially(", and more after a pause");
    await expect.poll(pings).toBe(atStart + 1);
    await notes.pressSequentially(" and still more");
    await page.waitForTimeout(500);
    expect(pings()).toBe(atStart + 1);
  });
  it("the account forms check before sending", async () => {
    await signIn(THERAPIST);
    await page.getByRole("heading", { name: "My caseload" }).waitFor();
    await page.getByRole("link", { name: "Account" }).click();
    const password = new EntryForm(page, page.getByRole("region", { name: "Change password" }).locator("form"));
    await password.fill({ "New password": "too short" });
    await password.submit("Change password");
    await password.summary().waitFor();
    expect(await password.invalidLabels()).toEqual(["Current password", "New password"]);
    expect(await password.messageOf("Current password")).toBe("Enter your current password.");
    expect(await password.messageOf("New password")).toBe("Choose a new password of at least 12 characters.");
    await expect.poll(() => password.focusedLabel()).toBe("Current password");
    await expectNoInternals(page, password.form);

    const token = new EntryForm(page, page.getByRole("form", { name: "New access token" }));
    await token.fill({ "Token name": "", "Valid for (days)": "366" });
    await token.submit("Create token");
    await token.summary().waitFor();
    expect(await token.invalidLabels()).toEqual(["Token name", "Valid for (days)"]);
    expect(await token.messageOf("Valid for (days)")).toBe("Valid for a whole number of days from 1 to 365.");
    await expect.poll(() => token.focusedLabel()).toBe("Token name");
    await expectNoInternals(page, token.form);
  });

  it("the sign-in form says what is missing, and a wrong password in words", async () => {
    await new LoginPage(page, server.url).open("/");
    const form = new EntryForm(page, page.locator("form"));
    await form.submit("Sign in");
    await form.summary().waitFor({ state: "detached" });
    expect(await form.invalidLabels()).toEqual(["Email", "Password"]);
    expect(await form.messageOf("Email")).toBe("Enter your email address.");
    expect(await form.messageOf("Password")).toBe("Enter your password.");
    await expect.poll(() => form.focusedLabel()).toBe("Email");

    await form.fill({ Email: THERAPIST, Password: "not the password" });
    await form.submit("Sign in");
    await form.summary().waitFor();
    expect(await form.summary().textContent()).toBe("Not signed in. Email or password is not right.");
    await expectNoInternals(page, form.form);
  });
});
