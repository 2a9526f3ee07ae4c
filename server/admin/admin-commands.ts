import { parseArgs } from "node:util";
import type { DataSource, EntityManager } from "typeorm";
import { AccountService, normaliseEmail } from "../accounts/account.service.ts";
import { InvitationPurpose } from "../accounts/invitation.entity.ts";
import { AuditAction } from "../audit/audit-event.entity.ts";
import { AuditService } from "../audit/audit.service.ts";
import { AuthService } from "../auth/auth.service.ts";
import { Role } from "../auth/role.ts";
import { User } from "../auth/user.entity.ts";
import { Clinic } from "../clinics/clinic.entity.ts";
import { DomainError, ErrorCode } from "../common/errors.ts";

export const ADMIN_USAGE = `Usage: npm run admin -- <command> [options]
  create-clinic --name "<clinic name>" --timezone <IANA zone, e.g. Europe/London> --admin-email <email> --admin-name "<name>"
  invite --email <email> --role THERAPIST|SUPERVISOR|ADMIN --name "<name>" [--clinic <id>]
  reset-password --email <email>
  list-staff [--clinic <id>]
Each command prints a one-time address where needed; passwords are never given on the command line.`;

/** Exit codes: 0 done, 1 a failure while working, 2 nothing done (bad command line or refused input). */
export const EXIT_USAGE = 2;
export const EXIT_FAILURE = 1;

/** Stops a command before it writes anything. */
export class UsageError extends Error {
  override name = "UsageError";
}

export interface AdminIo {
  dataSource: DataSource;
  /** PUBLIC_URL, or http://localhost:PORT: the printed addresses start with it. */
  baseUrl: string;
  out: (line: string) => void;
  err: (line: string) => void;
  clock?: () => Date;
}

/** The operator is no signed-in person: audit events of these commands have no actor. */
const OPERATOR = null;
const CLINIC_NAME_MAX = 200;

function isTimeZone(value: string): boolean {
  return value === "UTC" || Intl.supportedValuesOf("timeZone").includes(value);
}

function required(values: Record<string, string | undefined>, flag: string): string {
  const value = values[flag]?.trim();
  if (!value) throw new UsageError(`--${flag} is required.`);
  return value;
}

function clinicIdFlag(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  if (!/^[1-9]\d{0,9}$/.test(raw)) throw new UsageError(`--clinic takes a clinic id; got "${raw}".`);
  return Number(raw);
}

/** The named clinic, or the only one. */
async function chooseClinic(manager: EntityManager, clinicId: number | null): Promise<Clinic> {
  if (clinicId !== null) {
    const clinic = await manager.findOneBy(Clinic, { id: clinicId });
    if (!clinic) throw new UsageError(`There is no clinic ${clinicId}.`);
    return clinic;
  }
  const clinics = await manager.find(Clinic, { order: { id: "ASC" }, take: 2 });
  if (clinics.length === 0) throw new UsageError("There is no clinic yet: create one with create-clinic.");
  if (clinics.length > 1) throw new UsageError("There is more than one clinic: name one with --clinic <id>.");
  return clinics[0]!;
}

const STAFF_ROLES = [Role.THERAPIST, Role.SUPERVISOR, Role.ADMIN] as const;

function staffRole(raw: string): Role {
  const role = raw.toUpperCase();
  if (!(STAFF_ROLES as readonly string[]).includes(role)) {
    throw new UsageError(`--role takes ${STAFF_ROLES.join(", ")}; got "${raw}".`);
  }
  return role as Role;
}

/**
 * The operator's commands on the configured database. Each runs in one transaction, so a refusal writes nothing;
 * each is audited with no actor (the operator). Returns the exit code.
 */
export async function runAdminCommand(argv: string[], io: AdminIo): Promise<number> {
  const clock = io.clock ?? (() => new Date());
  const audit = new AuditService(clock, io.dataSource);
  const accounts = new AccountService(io.dataSource, audit, new AuthService(io.dataSource, audit, clock), clock);
  const issuer = { userId: OPERATOR, sourceAddress: null, baseUrl: io.baseUrl };
  const [command, ...rest] = argv;
  const parse = (options: Record<string, { type: "string" }>) =>
    parseArgs({ args: rest, options, strict: true, allowPositionals: false }).values as Record<
      string,
      string | undefined
    >;
  try {
    switch (command) {
      case "create-clinic": {
        const values = parse({
          name: { type: "string" },
          timezone: { type: "string" },
          "admin-email": { type: "string" },
          "admin-name": { type: "string" },
        });
        const name = required(values, "name");
        if (name.length > CLINIC_NAME_MAX) throw new UsageError(`--name takes at most ${CLINIC_NAME_MAX} characters.`);
        const timezone = required(values, "timezone");
        if (!isTimeZone(timezone)) {
          throw new UsageError(`--timezone takes an IANA time zone such as Europe/London; got "${timezone}".`);
        }
        const email = normaliseEmail(required(values, "admin-email"), "admin-email");
        const adminName = required(values, "admin-name");
        await io.dataSource.transaction(async (manager) => {
          if (await manager.existsBy(User, { email })) {
            throw new UsageError(`--admin-email: an account with the email ${email} already exists.`);
          }
          const { identifiers } = await manager.insert(Clinic, { name, timezone });
          const clinicId = Number(identifiers[0]!.id);
          const admin = await accounts.createStaffAccount(manager, clinicId, {
            email,
            displayName: adminName,
            role: Role.ADMIN,
          });
          const invitation = await accounts.issueInvitation(manager, admin, InvitationPurpose.INVITE, issuer);
          await audit.record(manager, { actorUserId: OPERATOR, action: AuditAction.CLINIC_CREATED });
          await audit.record(manager, { actorUserId: OPERATOR, action: AuditAction.STAFF_INVITED });
          io.out(`Created clinic ${clinicId} "${name}" (${timezone}) with its admin ${admin.email}.`);
          io.out(`One-time address for ${admin.email}, valid until ${invitation.expiresAt.toISOString()}:`);
          io.out(invitation.url);
        });
        return 0;
      }
      case "invite": {
        const values = parse({
          email: { type: "string" },
          role: { type: "string" },
          name: { type: "string" },
          clinic: { type: "string" },
        });
        const email = required(values, "email");
        const role = staffRole(required(values, "role"));
        const displayName = required(values, "name");
        const clinicId = clinicIdFlag(values.clinic);
        await io.dataSource.transaction(async (manager) => {
          const clinic = await chooseClinic(manager, clinicId);
          const user = await accounts.createStaffAccount(manager, clinic.id, { email, displayName, role });
          const invitation = await accounts.issueInvitation(manager, user, InvitationPurpose.INVITE, issuer);
          await audit.record(manager, { actorUserId: OPERATOR, action: AuditAction.STAFF_INVITED });
          io.out(`Invited ${user.email} (${role}) to clinic ${clinic.id} "${clinic.name}".`);
          io.out(`One-time address, valid until ${invitation.expiresAt.toISOString()}:`);
          io.out(invitation.url);
        });
        return 0;
      }
      case "reset-password": {
        const values = parse({ email: { type: "string" } });
        const email = normaliseEmail(required(values, "email"));
        await io.dataSource.transaction(async (manager) => {
          const user = await manager.findOneBy(User, { email });
          if (!user) throw new UsageError(`There is no account with the email ${email}.`);
          if (user.role === Role.CLIENT) throw new UsageError("A client gets a new address from their therapist.");
          if (user.deactivatedAt) throw new UsageError(`The account ${email} is deactivated.`);
          const invitation = await accounts.issueInvitation(manager, user, InvitationPurpose.PASSWORD_RESET, issuer);
          await audit.record(manager, { actorUserId: OPERATOR, action: AuditAction.PASSWORD_RESET });
          io.out(`Password reset for ${user.email}; the old password works until a new one is set.`);
          io.out(`One-time address, valid until ${invitation.expiresAt.toISOString()}:`);
          io.out(invitation.url);
        });
        return 0;
      }
      case "list-staff": {
        const values = parse({ clinic: { type: "string" } });
        const clinicId = clinicIdFlag(values.clinic);
        await io.dataSource.transaction(async (manager) => {
          const clinic = await chooseClinic(manager, clinicId);
          const staff = await accounts.staffOf(manager, clinic.id);
          await audit.record(manager, { actorUserId: OPERATOR, action: AuditAction.STAFF_LISTED });
          io.out(`Clinic ${clinic.id} "${clinic.name}": ${staff.length} staff`);
          for (const member of staff) {
            const state = !member.active ? "deactivated" : member.invitationPending ? "invited" : "active";
            io.out(
              [member.id, member.role, member.email, member.displayName, state, `${member.activeClients} clients`].join(
                "\t",
              ),
            );
          }
        });
        return 0;
      }
      case "--help":
      case "help":
        io.out(ADMIN_USAGE);
        return 0;
      default:
        throw new UsageError(command ? `Unknown command "${command}".` : "Name a command.");
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      io.err(ADMIN_USAGE);
      return EXIT_USAGE;
    }
    // parseArgs: an unknown flag, or a flag without its value.
    if ((error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.err((error as Error).message);
      io.err(ADMIN_USAGE);
      return EXIT_USAGE;
    }
    if (error instanceof DomainError && error.code === ErrorCode.BAD_USER_INPUT) {
      io.err(`${error.field ? `${flagFor(error.field)}: ` : ""}${error.message}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

/** The command-line flag behind a service's input field name. */
function flagFor(field: string): string {
  return `--${field === "displayName" ? "name" : field}`;
}
