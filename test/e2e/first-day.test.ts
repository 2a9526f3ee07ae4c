import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./browser.ts";
import { ClientProgressPage, LoginPage } from "./pages/pages.ts";
import { InvitationPage, TwoFactorSetup, expectNoSidewaysScroll } from "./pages/accounts.ts";

const run = promisify(execFile);
const WAIT = { timeout: 20_000 };
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

const CLINIC = "Riverside Therapy";
const ADMIN = {
  name: "Alex Morgan",
  email: "alex.morgan@riverside.example",
  password: "quiet-harbour-lantern-47",
  newPassword: "copper-meadow-pencil-58",
};
const THERAPIST = { name: "Taylor Reed", email: "taylor.reed@riverside.example", password: "amber-orchard-sketch-83" };
const CLIENT = { name: "Sam Patel", email: "sam.patel@mail.example", password: "velvet-compass-morning-19" };

/** The environment of a production install: no demo, two-factor sign-in required of staff by default. */
function productionEnv(databasePath: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATABASE_PATH: databasePath };
  for (const name of ["REQUIRE_MFA", "SEED_DEMO", "PUBLIC_URL", "DATABASE_URL", "TEST_DATABASE_URL"]) delete env[name];
  return env;
}

/** The real server in its own process on an empty SQLite file; resolves with its address once it listens. */
function startServer(databasePath: string, onChild: (child: ChildProcess) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
      env: { ...productionEnv(databasePath), PORT: "0", HOST: "127.0.0.1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    onChild(child);
    let output = "";
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${output}`)), 60_000);
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const port = /running: dashboard http:\/\/localhost:(\d+)\//.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${port}`);
      }
    });
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`the server exited with ${code}: ${output}`)));
  });
}

/** `…/invite/<token>` from what a person was given, opened on the server under test. */
function invitePath(text: string): string {
  const found = /\/invite\/[A-Za-z0-9_~.%-]+/.exec(text);
  expect(found, `an invitation address in: ${text}`).not.toBeNull();
  return found![0];
}

/** Today in the browser's timezone, as a date input shows it. */
async function todayIn(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date();
    return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  });
}

describe("the first day of a clinic, from an empty production database", () => {
  let directory: string;
  let server: ChildProcess | null = null;
  let url: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let adminInvitation: string;
  let adminRecoveryCodes: string[] = [];
  let adminFirst: Page;
  let adminAgain: Page;
  let therapistInvitation: string;
  let clientInvitation: string;
  let therapist: Page;
  let client: Page;

  const newPage = async (viewport: { width: number; height: number }) => {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT.timeout);
    return page;
  };

  beforeAll(async () => {
    directory = mkdtempSync(path.join(tmpdir(), "follow-up-first-day-"));
    const databasePath = path.join(directory, "clinic.db");
    url = await startServer(databasePath, (child) => (server = child));
    const { stdout } = await run(
      "npm",
      [
        "run",
        "--silent",
        "admin",
        "--",
        "create-clinic",
        "--name",
        CLINIC,
        "--timezone",
        "Europe/London",
        "--admin-email",
        ADMIN.email,
        "--admin-name",
        ADMIN.name,
      ],
      { env: { ...productionEnv(databasePath), PUBLIC_URL: url }, timeout: 60_000 },
    );
    expect(stdout).toContain(`${url}/invite/`);
    adminInvitation = invitePath(stdout);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    server?.kill("SIGTERM");
    if (server && server.exitCode === null) await new Promise((resolve) => server!.once("exit", resolve));
    rmSync(directory, { recursive: true, force: true });
  });

  it("the administrator opens the printed address, sets a password, sets up two-factor sign-in and invites a therapist", async () => {
    const page = (adminFirst = await newPage(PHONE));
    await page.goto(`${url}${adminInvitation}`);
    const invitation = new InvitationPage(page);
    expect(await invitation.shown()).toMatchObject({
      Name: ADMIN.name,
      Email: ADMIN.email,
      Role: "Administrator",
    });
    await page.getByText("At least 12 characters").waitFor();
    await expectNoSidewaysScroll(page, "invitation");

    // A common password is refused next to its field, with the server's reason in words.
    await invitation.setPassword("password1234");
    await page.locator("#error-password").waitFor();
    expect(await page.locator("#error-password").textContent()).toMatch(/common passwords/);
    expect(await page.getByLabel("New password").getAttribute("aria-invalid")).toBe("true");

    await invitation.setPassword(ADMIN.password);
    const setup = new TwoFactorSetup(page);
    await setup.heading.waitFor();
    await setup.qrCode.waitFor();
    expect(await setup.qrCode.getAttribute("src")).toMatch(/^data:image\/svg\+xml/);
    await expectNoSidewaysScroll(page, "two-factor set-up");
    const { recoveryCodes } = await setup.enrol();
    adminRecoveryCodes = recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    await expectNoSidewaysScroll(page, "recovery codes");
    await setup.savedThem();

    await page.getByRole("heading", { level: 1, name: "Staff" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/staff");
    const self = page.getByTestId("staff-member").filter({ hasText: ADMIN.email });
    await self.getByText("Two-factor on").waitFor();
    await expectNoSidewaysScroll(page, "staff");

    await page.getByLabel("Name").fill(THERAPIST.name);
    await page.getByLabel("Email").fill(THERAPIST.email);
    await page.getByLabel("Role").selectOption("THERAPIST");
    await page.getByRole("button", { name: "Invite", exact: true }).click();
    const link = page.getByTestId("invitation-url");
    await link.waitFor();
    therapistInvitation = invitePath(await link.inputValue());
    await page.getByTestId("invitation-link").getByText("it works once, until").waitFor();
    const invited = page.getByTestId("staff-member").filter({ hasText: THERAPIST.email });
    await invited.getByText("Invitation not yet accepted").waitFor();
    await invited.getByText("Therapist", { exact: true }).waitFor();
    await expectNoSidewaysScroll(page, "staff with an invitation");

    // The administrator's own account page, and no clinical page at all.
    await page.getByRole("link", { name: "Account" }).click();
    await page.getByRole("heading", { level: 1, name: "Account" }).waitFor();
    expect(await page.getByTestId("two-factor-status").textContent()).toMatch(/^On\./);
    await page.getByText("You are not signed in anywhere else.").waitFor();
    await expectNoSidewaysScroll(page, "account");
    await page.goto(`${url}/caseload`);
    await page.getByRole("heading", { level: 1, name: "Not found" }).waitFor();
  }, 90_000);

  it("the administrator signs in again: password, then a wrong code refused, then a recovery code", async () => {
    const page = (adminAgain = await newPage(PHONE));
    await new LoginPage(page, url).open("/");
    await new LoginPage(page, url).signIn(ADMIN.email, ADMIN.password);
    await page.getByRole("heading", { name: "Enter your code" }).waitFor();
    await expectNoSidewaysScroll(page, "second factor");
    // A code that is never an app's current one (the app's is six digits; this one is not even a number).
    await page.getByLabel("6-digit code").fill("abcdef");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.locator("#error-code").waitFor();
    expect(await page.getByLabel("6-digit code").getAttribute("aria-invalid")).toBe("true");

    await page.getByRole("button", { name: "Use a recovery code" }).click();
    await page.getByLabel("Recovery code").fill(adminRecoveryCodes[0]!);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { level: 1, name: "Staff" }).waitFor();
    await page.getByTestId("staff-member").filter({ hasText: THERAPIST.email }).waitFor();
  }, 60_000);

  it("the administrator signs out the other device, creates and revokes an access token, and changes the password", async () => {
    const page = adminAgain;
    await page.getByRole("link", { name: "Account" }).click();
    await page.getByRole("heading", { level: 1, name: "Account" }).waitFor();
    const others = page.getByTestId("other-sessions").locator("li");
    await expect.poll(() => others.count(), WAIT).toBe(1);
    await others
      .first()
      .getByRole("button", { name: /^Sign out/ })
      .click();
    await page.getByText("You are not signed in anywhere else.").waitFor();
    await adminFirst.reload();
    await adminFirst.getByRole("button", { name: "Sign in" }).waitFor();

    await page.getByLabel("Token name").fill("Monthly report");
    await page.getByLabel("Valid for (days)").fill("30");
    await page.getByRole("button", { name: "Create token" }).click();
    await page.getByTestId("new-token").getByText("it will not be shown again").waitFor();
    expect((await page.getByTestId("new-token-value").inputValue()).length).toBeGreaterThan(20);
    await expectNoSidewaysScroll(page, "account with a new token");
    const listed = page.getByTestId("access-tokens").locator("li").filter({ hasText: "Monthly report" });
    await listed.getByText("Valid until").waitFor();
    await listed.getByRole("button", { name: "Revoke Monthly report" }).click();
    await listed.getByText("Revoked").waitFor();
    expect(await listed.getByRole("button", { name: /Revoke/ }).count()).toBe(0);

    await page.getByLabel("Current password").fill(ADMIN.password);
    await page.getByLabel("New password").fill(ADMIN.newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByText("Your password has been changed. You have been signed out on your other devices.").waitFor();
    expect(await page.getByLabel("Current password").inputValue()).toBe("");
  }, 60_000);

  it("an invitation already used says so in plain words", async () => {
    const page = await newPage(PHONE);
    await page.goto(`${url}${adminInvitation}`);
    await new InvitationPage(page).refused.waitFor();
    expect(await new InvitationPage(page).refused.textContent()).toBe(
      "This invitation has expired or was already used; ask for a new one.",
    );
    await expectNoSidewaysScroll(page, "a used invitation");
  });

  it("the therapist accepts, sets up two-factor sign-in, admits a client with an email and invites them", async () => {
    therapist = await newPage(DESKTOP);
    await therapist.goto(`${url}${therapistInvitation}`);
    const invitation = new InvitationPage(therapist);
    expect(await invitation.shown()).toMatchObject({ Name: THERAPIST.name, Role: "Therapist" });
    await invitation.setPassword(THERAPIST.password);
    const setup = new TwoFactorSetup(therapist);
    await setup.heading.waitFor();
    expect((await setup.enrol()).recoveryCodes).toHaveLength(10);
    await setup.savedThem();

    await therapist.getByRole("heading", { level: 1, name: "My caseload" }).waitFor();
    await therapist.getByRole("heading", { name: "Admit your first client" }).waitFor();
    const form = therapist.getByTestId("admit-client-form");
    expect(await form.getByLabel("Date of intake").inputValue()).toBe(await todayIn(therapist));
    await form.getByLabel("Name").fill(CLIENT.name);
    await form.getByLabel("Email (optional, to invite them to the app)").fill(CLIENT.email);
    await form.getByLabel("Chief complaint").selectOption("PANIC");
    await form.getByLabel("Age band").selectOption("AGE_25_34");
    await form.getByRole("button", { name: "Admit client" }).click();

    await therapist.getByRole("heading", { level: 1, name: CLIENT.name }).waitFor();
    expect(new URL(therapist.url()).pathname).toMatch(/^\/clients\/[^/]+$/);
    const panel = therapist.getByTestId("case-panel");
    await panel.getByText("Panic attacks or panic disorder").waitFor();
    expect(await panel.getByTestId("client-account").textContent()).toBe("No account yet");
    await therapist.getByText("No sessions or episodes recorded yet.").waitFor();
    await panel.getByRole("button", { name: "Invite to the app" }).click();
    const link = panel.getByTestId("client-invitation-url");
    await link.waitFor();
    clientInvitation = invitePath(await link.inputValue());
    await panel.getByText(`Give ${CLIENT.name} this link`).waitFor();
  }, 90_000);

  it("the client accepts without a second factor and is told what will appear, rather than shown empty charts", async () => {
    client = await newPage(PHONE);
    await client.goto(`${url}${clientInvitation}`);
    const invitation = new InvitationPage(client);
    expect(await invitation.shown()).toMatchObject({ Name: CLIENT.name, Email: CLIENT.email, Role: "Client" });
    await invitation.setPassword(CLIENT.password);

    await client.getByRole("heading", { level: 1, name: "My progress" }).waitFor();
    expect(new URL(client.url()).pathname).toBe("/me");
    await client.getByText("Your therapist will record your first session; your progress will show here").waitFor();
    expect(await client.getByTestId("chart-outcome").count()).toBe(0);
    await expectNoSidewaysScroll(client, "a new client's progress");
  }, 60_000);

  it("the therapist records the first session, and the client sees its point on their chart after a reload", async () => {
    await therapist.reload();
    const panel = therapist.getByTestId("case-panel");
    expect(await panel.getByTestId("client-account").textContent()).toBe("Has an account");
    expect(await panel.getByRole("button", { name: "Invite to the app" }).count()).toBe(0);

    const progress = new ClientProgressPage(therapist);
    const form = await progress.openRecordSession();
    await form.getByLabel("ORS Individually (personal well-being)").fill("4");
    for (const label of ["ORS Interpersonally", "ORS Socially", "ORS Overall"])
      await form.getByLabel(label, { exact: false }).fill("5");
    await form.getByRole("button", { name: "Save session" }).click();
    await form.getByRole("status").filter({ hasText: "saved" }).waitFor();
    await expect.poll(() => progress.outcomeDots(), WAIT).toBe(1);

    await client.reload();
    await client.getByRole("heading", { level: 1, name: "My progress" }).waitFor();
    const mine = new ClientProgressPage(client);
    await mine.waitForCharts(["chart-outcome"]);
    await expect.poll(() => mine.outcomeDots(), WAIT).toBe(1);
    expect(await client.getByText("Your therapist will record your first session").count()).toBe(0);
  }, 60_000);

  it("the therapist closes the case and reopens it, with its closing date shown while closed", async () => {
    const panel = therapist.getByTestId("case-panel");
    await panel.getByRole("button", { name: "Close the case" }).click();
    await panel.getByLabel("Stopped attending").check();
    const today = await todayIn(therapist);
    expect(await panel.getByLabel("Closing date").inputValue()).toBe(today);
    await panel.getByRole("button", { name: "Close the case" }).last().click();
    await expect
      .poll(() => panel.getByTestId("case-status").textContent(), WAIT)
      .toMatch(/^Closed on .+ \(stopped attending\)$/);
    await panel.getByRole("button", { name: "Reopen the case" }).click();
    await expect.poll(() => panel.getByTestId("case-status").textContent(), WAIT).toBe("Open");
  }, 60_000);

  it("the administrator cannot deactivate a therapist with clients until they are moved to a colleague", async () => {
    const page = adminAgain;
    await page.getByRole("link", { name: "Staff" }).click();
    await page.getByRole("heading", { level: 1, name: "Staff" }).waitFor();
    await page.getByLabel("Name").fill("Jordan Lee");
    await page.getByLabel("Email").fill("jordan.lee@riverside.example");
    await page.getByRole("button", { name: "Invite", exact: true }).click();
    await page.getByTestId("invitation-url").waitFor();

    const taylor = page.getByTestId("staff-member").filter({ hasText: THERAPIST.email });
    await taylor.getByText("1 active client").waitFor();
    await taylor.getByRole("button", { name: `Deactivate ${THERAPIST.name}` }).click();
    await taylor.getByRole("button", { name: "Yes, deactivate" }).click();
    await taylor.getByTestId("move-clients").getByText("still has active clients").waitFor();
    await expectNoSidewaysScroll(page, "staff, moving clients");
    await taylor.getByLabel("Move their clients to…").selectOption({ label: "Jordan Lee (0 active)" });
    await taylor.getByRole("button", { name: "Move clients" }).click();
    await taylor.getByText("Moved 1 client to Jordan Lee.").waitFor();
    await taylor.getByRole("button", { name: "Yes, deactivate" }).click();
    await taylor.getByText("Deactivated").waitFor();
    await page
      .getByTestId("staff-member")
      .filter({ hasText: "jordan.lee@riverside.example" })
      .getByText("1 active client")
      .waitFor();
  }, 60_000);
});
