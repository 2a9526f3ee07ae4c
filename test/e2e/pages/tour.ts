import type { Browser, BrowserContext, Page } from "playwright-core";
import { Not } from "typeorm";
import { Role } from "../../../server/auth/role.ts";
import { User } from "../../../server/auth/user.entity.ts";
import { InvitationPurpose } from "../../../server/accounts/invitation.entity.ts";
import { Client } from "../../../server/clients/client.entity.ts";
import { Clinic } from "../../../server/clinics/clinic.entity.ts";
import { DEMO_PASSWORD } from "../../../server/demo/seed.ts";
import { createUser } from "../../helpers/factories.ts";
import type { TestServer } from "../../helpers/test-server.ts";
import { LoginPage } from "./pages.ts";

/** Who opens a page: a demo account, or nobody signed in. */
export type Visitor = "therapist" | "client" | "supervisor" | "admin" | "signed out";

export interface Stop {
  visitor: Visitor;
  /** The address opened. */
  path: string;
  /** Where the page ends up (a redirect), when not `path`. */
  landsOn?: string;
  heading: string;
  /** Waits for what the page loads after its heading: rows, drawn charts. */
  ready?: (page: Page) => Promise<void>;
}

const chartsDrawn = async (page: Page) => {
  await page.locator("figure.chart svg.recharts-surface").first().waitFor();
};

/**
 * Every page of the dashboard as each role reaches it, on the demo practice: the therapist's pages for one of their
 * clients, the client's own, the supervisor's, the administrator's, and the two pages of a signed-out
 * visitor (sign-in and an invitation).
 */
export async function everyPage(server: TestServer): Promise<Stop[]> {
  const users = server.dataSource.getRepository(User);
  const therapist = await users.findOneByOrFail({ email: "therapist@demo.local" });
  const clientUser = await users.findOneByOrFail({ email: "client@demo.local" });
  const admin = await users.findOneByOrFail({ email: "admin@demo.local" });
  const clients = server.dataSource.getRepository(Client);
  const own = await clients.findOneByOrFail({ userId: clientUser.id });
  // Another of the therapist's clients than the one who signs in here, so that each page is seen once.
  const [theirs] = await clients.find({ where: { therapistId: therapist.id, id: Not(own.id) }, order: { id: "ASC" } });
  const theirsName = theirs!.displayName;

  const clinic = await server.dataSource.getRepository(Clinic).findOneByOrFail({ id: admin.clinicId });
  const invited = await createUser(server.dataSource, clinic, Role.THERAPIST, { displayName: "Jordan Invited" });
  const invitation = await server.dataSource.transaction((manager) =>
    server.services.accounts.issueInvitation(manager, invited, InvitationPurpose.INVITE, {
      userId: admin.id,
      sourceAddress: "127.0.0.1",
      baseUrl: server.url,
    }),
  );

  const report = async (page: Page) => {
    await page.locator('main.report[data-report-ready="true"]').waitFor();
  };
  return [
    {
      visitor: "therapist",
      path: "/caseload",
      heading: "My caseload",
      ready: (page) => page.getByTestId("caseload-row").first().waitFor(),
    },
    { visitor: "therapist", path: `/clients/${theirs!.id}`, heading: theirsName, ready: chartsDrawn },
    { visitor: "therapist", path: `/clients/${theirs!.id}/report`, heading: "Progress report", ready: report },
    { visitor: "therapist", path: "/account", heading: "Account" },
    { visitor: "client", path: "/me", heading: "My progress", ready: chartsDrawn },
    { visitor: "client", path: "/me/report", heading: "My progress report", ready: report },
    { visitor: "client", path: `/clients/${own.id}`, landsOn: "/me", heading: "My progress", ready: chartsDrawn },
    { visitor: "client", path: "/account", heading: "Account" },
    { visitor: "client", path: "/check-in", heading: "Check-in" },
    { visitor: "client", path: "/help", heading: "Help now" },
    { visitor: "supervisor", path: "/supervision", heading: "Clinic overview", ready: chartsDrawn },
    { visitor: "supervisor", path: "/account", heading: "Account" },
    { visitor: "admin", path: "/staff", heading: "Staff", ready: (page) => page.getByTestId("staff-list").waitFor() },
    { visitor: "admin", path: "/account", heading: "Account" },
    { visitor: "signed out", path: "/login", heading: "Follow-Up" },
    {
      visitor: "signed out",
      path: new URL(invitation.url).pathname,
      heading: "Welcome to Follow-Up",
      ready: (page) => page.getByTestId("invitation").waitFor(),
    },
  ];
}

const EMAIL: Record<Exclude<Visitor, "signed out">, string> = {
  therapist: "therapist@demo.local",
  client: "client@demo.local",
  supervisor: "supervisor@demo.local",
  admin: "admin@demo.local",
};

/**
 * A browser context of its own for `visitor`, signed in unless they are signed out. `bypassCSP` lets a test inject
 * a checker (axe-core) into pages whose Content-Security-Policy allows only the app's own scripts.
 */
export async function contextFor(
  browser: Browser,
  server: TestServer,
  visitor: Visitor,
  viewport: { width: number; height: number },
  options: { bypassCSP?: boolean } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, ...options });
  context.setDefaultTimeout(20_000);
  if (visitor === "signed out") return context;
  const page = await context.newPage();
  const login = new LoginPage(page, server.url);
  await login.open("/login");
  await login.signIn(EMAIL[visitor], DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign out" }).waitFor();
  await page.close();
  return context;
}

/** Opens the stop's address and waits until its page is drawn where it should land. */
export async function visit(page: Page, server: TestServer, stop: Stop): Promise<void> {
  await page.goto(`${server.url}${stop.path}`);
  await page.getByRole("heading", { level: 1, name: stop.heading, exact: true }).waitFor();
  await page.waitForURL((url) => url.pathname === (stop.landsOn ?? stop.path));
  await stop.ready?.(page);
}

export const describeStop = (stop: Stop) => `${stop.visitor} at ${stop.path}`;
