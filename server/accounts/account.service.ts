import { randomBytes } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { AuditAction } from "../audit/audit-event.entity.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import { hashToken, type AuthService, type SignedIn } from "../auth/auth.service.ts";
import { hashPassword, NO_PASSWORD } from "../auth/password.ts";
import { assertAcceptablePassword } from "../auth/password-policy.ts";
import { Role } from "../auth/role.ts";
import { findVisibleClient } from "../auth/scope.ts";
import { throttleAddress } from "../auth/sign-in-throttle.ts";
import { AuthSession } from "../auth/auth-session.entity.ts";
import { revokeAllCredentials } from "../auth/revoke-credentials.ts";
import { TotpCredential } from "../auth/totp-credential.entity.ts";
import { User } from "../auth/user.entity.ts";
import { Client } from "../clients/client.entity.ts";
import { ClientStatus } from "../clients/client.enums.ts";
import { badInput, notFound } from "../common/errors.ts";
import { requiredText } from "../common/validation.ts";
import type { RawBigint } from "../db/columns.ts";
import type { Invitation, InvitationPreview, StaffMember } from "./accounts.types.ts";
import { InvitationPurpose, InvitationToken } from "./invitation.entity.ts";

/** How long an invitation or reset address works. */
export const INVITATION_HOURS = 72;
/** One answer for an expired, used, voided or made-up token, so the answer tells nothing about which. */
const INVALID_TOKEN = "This address does not work (any more). Ask for a new one.";
const invalidToken = () => badInput("token", INVALID_TOKEN);
/** A plausible address: something@domain.tld, no spaces; the invitation itself proves it reaches its owner. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const EMAIL_MAX = 254;
const NAME_MAX = 120;
const STAFF_ROLES: readonly Role[] = [Role.THERAPIST, Role.SUPERVISOR, Role.ADMIN];

export interface NewStaff {
  email: string;
  displayName: string;
  role: Role;
}

/** Who issues an invitation: a signed-in admin or therapist, or the operator (null) on the command line. */
interface Issuer {
  userId: number | null;
  sourceAddress: string | null;
  /** PUBLIC_URL or the request's origin: the invitation address starts with it. */
  baseUrl: string;
}

interface StaffRow {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  deactivatedAt: string | null;
  activeClients: RawBigint;
  twoFactorEnabled: RawBigint;
}

/** A sign-in email as stored: trimmed and lower-case; its shape checked. */
export function normaliseEmail(value: string, field = "email"): string {
  const email = value.trim().toLowerCase();
  if (email.length > EMAIL_MAX || !EMAIL_PATTERN.test(email)) {
    throw badInput(field, "Enter an email address such as name@example.org.");
  }
  return email;
}

/** Staff accounts, invitations, password resets and deactivation: the admin's work, and the operator's. */
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly clock: () => Date,
  ) {}

  /** A new staff account of `clinicId`, without a password; refused when the email is taken (any letter case). */
  async createStaffAccount(manager: EntityManager, clinicId: number, input: NewStaff): Promise<User> {
    const email = normaliseEmail(input.email);
    const displayName = requiredText(input.displayName, "displayName", NAME_MAX);
    if (!STAFF_ROLES.includes(input.role)) {
      throw badInput("role", "Staff are therapists, supervisors or admins; a client is invited by their therapist.");
    }
    const taken = () => badInput("email", "An account with this email already exists.");
    if (await manager.existsBy(User, { email })) throw taken();
    // Two invitations of one email at once: the unique index lets one through, the other gets the same answer.
    const { identifiers } = await manager
      .insert(User, { email, displayName, role: input.role, passwordHash: NO_PASSWORD, clinicId, deactivatedAt: null })
      .catch((error: unknown) => {
        throw /unique|duplicate key/i.test(String((error as Error).message)) ? taken() : error;
      });
    return manager.findOneByOrFail(User, { id: Number(identifiers[0]!.id) });
  }

  /**
   * A new one-time address for `user`; the earlier unused ones void. Only the token's hash is stored: the address
   * returned here is the one copy.
   */
  async issueInvitation(
    manager: EntityManager,
    user: User,
    purpose: InvitationPurpose,
    issuer: Issuer,
  ): Promise<Invitation> {
    const now = this.clock();
    await manager
      .createQueryBuilder()
      .update(InvitationToken)
      .set({ voidedAt: now })
      .where("userId = :userId AND usedAt IS NULL AND voidedAt IS NULL", { userId: user.id })
      .execute();
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(now.getTime() + INVITATION_HOURS * 3_600_000);
    await manager.insert(InvitationToken, {
      tokenHash: hashToken(token),
      userId: user.id,
      purpose,
      issuedByUserId: issuer.userId,
      createdAt: now,
      expiresAt,
      usedAt: null,
      voidedAt: null,
    });
    return { url: `${issuer.baseUrl}/invite/${token}`, expiresAt };
  }

  /** ADMIN: a new staff account in the admin's clinic, and its invitation. */
  inviteStaff(actor: Actor, input: NewStaff, baseUrl: string): Promise<Invitation> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.createStaffAccount(manager, actor.viewer.clinicId, input);
      const invitation = await this.issueInvitation(manager, user, InvitationPurpose.INVITE, {
        userId: actor.viewer.userId,
        sourceAddress: actor.sourceAddress,
        baseUrl,
      });
      await this.audit.record(manager, {
        actorUserId: actor.viewer.userId,
        action: AuditAction.STAFF_INVITED,
        sourceAddress: actor.sourceAddress,
      });
      return invitation;
    });
  }

  /**
   * The client's therapist: the address for the client to set their password. A client who already has one gets a
   * reset address (their old password works until they set the new one).
   */
  inviteClient(actor: Actor, clientId: number, baseUrl: string): Promise<Invitation> {
    return this.dataSource.transaction(async (manager) => {
      const client = await findVisibleClient(manager, actor, clientId);
      const user = client.userId == null ? null : await manager.findOneBy(User, { id: client.userId });
      if (!user) throw badInput("email", "Add the client's email first.");
      if (user.deactivatedAt) throw badInput("clientId", "This client's account is deactivated.");
      const purpose = user.passwordHash === NO_PASSWORD ? InvitationPurpose.INVITE : InvitationPurpose.PASSWORD_RESET;
      const invitation = await this.issueInvitation(manager, user, purpose, {
        userId: actor.viewer.userId,
        sourceAddress: actor.sourceAddress,
        baseUrl,
      });
      await this.audit.record(manager, {
        actorUserId: actor.viewer.userId,
        action: AuditAction.CLIENT_INVITED,
        clientId: client.id,
        sourceAddress: actor.sourceAddress,
      });
      return invitation;
    });
  }

  /** The invitation behind `token` while it works, with its account; otherwise the one BAD_USER_INPUT answer. */
  private async usableInvitation(
    manager: EntityManager,
    token: string,
  ): Promise<{ invitation: InvitationToken; user: User }> {
    if (typeof token !== "string" || token.length === 0 || token.length > 100) throw invalidToken();
    const invitation = await manager.findOne(InvitationToken, {
      where: { tokenHash: hashToken(token) },
      relations: { user: true },
    });
    const user = invitation?.user;
    if (
      !invitation ||
      !user ||
      invitation.usedAt ||
      invitation.voidedAt ||
      invitation.expiresAt.getTime() <= this.clock().getTime() ||
      user.deactivatedAt
    ) {
      throw invalidToken();
    }
    return { invitation, user };
  }

  /** Public: whose account an address is for, so the page can greet them before they choose a password. */
  async preview(token: string): Promise<InvitationPreview> {
    const { invitation, user } = await this.usableInvitation(this.dataSource.manager, token);
    return {
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      expiresAt: invitation.expiresAt,
      purpose: invitation.purpose,
    };
  }

  /**
   * Public: sets the password (policy in password-policy.ts), uses up the address, ends every other session of the
   * account and signs its owner in the way `login` does (AuthService.startSession).
   */
  async accept(
    token: string,
    password: string,
    sourceAddress: string | null,
    previousSessionToken?: string,
  ): Promise<SignedIn> {
    const { invitation, user } = await this.usableInvitation(this.dataSource.manager, token);
    assertAcceptablePassword(password, user, "password");
    const passwordHash = await this.auth.passwordChecks.run(throttleAddress(sourceAddress), () =>
      hashPassword(password),
    );
    const signedIn = await this.auth.startSession(user, sourceAddress, async (manager) => {
      const now = this.clock();
      // Used up only if still usable now: two accepts of one address cannot both pass.
      const used = await manager
        .createQueryBuilder()
        .update(InvitationToken)
        .set({ usedAt: now })
        .where("id = :id AND usedAt IS NULL AND voidedAt IS NULL AND expiresAt > :now", {
          id: invitation.id,
          now: now.toISOString(),
        })
        .execute();
      if (used.affected !== 1) throw invalidToken();
      const updated = await manager
        .createQueryBuilder()
        .update(User)
        .set({ passwordHash })
        .where("id = :id AND deactivatedAt IS NULL", { id: user.id })
        .execute();
      if (updated.affected !== 1) throw invalidToken();
      await revokeAllCredentials(manager, user.id, now);
      if (previousSessionToken) {
        await manager.update(AuthSession, { tokenHash: hashToken(previousSessionToken) }, { revokedAt: now });
      }
      await this.audit.record(manager, {
        actorUserId: user.id,
        action: AuditAction.INVITATION_ACCEPTED,
        sourceAddress,
      });
    });
    return signedIn;
  }

  /** The staff accounts (everyone but clients) of a clinic, by name. */
  async staffOf(manager: EntityManager, clinicId: number): Promise<StaffMember[]> {
    const rows = await manager
      .createQueryBuilder(User, "u")
      .select("u.id", "id")
      .addSelect("u.email", "email")
      .addSelect("u.displayName", "displayName")
      .addSelect("u.role", "role")
      .addSelect("u.passwordHash", "passwordHash")
      .addSelect("u.deactivatedAt", "deactivatedAt")
      .addSelect(
        (sub) =>
          sub
            .select("COUNT(*)")
            .from(Client, "c")
            .where("c.therapist_id = u.id AND c.status = :active", { active: ClientStatus.ACTIVE }),
        "activeClients",
      )
      .addSelect(
        (sub) =>
          sub.select("COUNT(*)").from(TotpCredential, "t").where("t.user_id = u.id AND t.confirmed_at IS NOT NULL"),
        "twoFactorEnabled",
      )
      .where("u.clinicId = :clinicId AND u.role <> :client", { clinicId, client: Role.CLIENT })
      .orderBy("u.displayName")
      .addOrderBy("u.id")
      .getRawMany<StaffRow>();
    return rows.map((row) => this.member(row));
  }

  private member(row: StaffRow): StaffMember {
    return {
      id: Number(row.id),
      email: row.email,
      displayName: row.displayName,
      role: row.role,
      active: row.deactivatedAt == null,
      invitationPending: row.passwordHash === NO_PASSWORD,
      twoFactorEnabled: Number(row.twoFactorEnabled) > 0,
      activeClients: Number(row.activeClients),
    };
  }

  /** ADMIN: their clinic's staff. */
  staff(actor: Actor): Promise<StaffMember[]> {
    return this.staffOf(this.dataSource.manager, actor.viewer.clinicId);
  }

  /** A staff account of the admin's clinic; clients, other clinics' accounts and unknown ids are all NOT_FOUND. */
  private async staffAccount(manager: EntityManager, actor: Actor, userId: number): Promise<User> {
    const user = await manager.findOneBy(User, { id: userId });
    if (!user || user.clinicId !== actor.viewer.clinicId || user.role === Role.CLIENT) {
      throw notFound("No staff member of your clinic has this id.", "userId");
    }
    return user;
  }

  /**
   * ADMIN: the account can no longer sign in, and everything that signed in as it stops working. Refused while
   * the person still has active clients: an admin moves them first, so no client is left without a therapist.
   */
  deactivate(actor: Actor, userId: number): Promise<StaffMember> {
    return this.dataSource.transaction(async (manager) => {
      if (userId === actor.viewer.userId) {
        throw badInput("userId", "You cannot deactivate your own account; ask another admin.");
      }
      const user = await this.staffAccount(manager, actor, userId);
      const activeClients = await manager.countBy(Client, { therapistId: user.id, status: ClientStatus.ACTIVE });
      if (activeClients > 0) {
        throw badInput(
          "userId",
          `${user.displayName} still has ${activeClients} active client${activeClients === 1 ? "" : "s"}. ` +
            "Move them to another therapist first, then deactivate the account.",
        );
      }
      if (!user.deactivatedAt) {
        const now = this.clock();
        await manager.update(User, { id: user.id }, { deactivatedAt: now });
        await revokeAllCredentials(manager, user.id, now);
        await manager
          .createQueryBuilder()
          .update(InvitationToken)
          .set({ voidedAt: now })
          .where("userId = :userId AND usedAt IS NULL AND voidedAt IS NULL", { userId: user.id })
          .execute();
        await this.audit.record(manager, {
          actorUserId: actor.viewer.userId,
          action: AuditAction.STAFF_DEACTIVATED,
          sourceAddress: actor.sourceAddress,
        });
      }
      const [member] = (await this.staffOf(manager, actor.viewer.clinicId)).filter((m) => m.id === user.id);
      return member!;
    });
  }

  /**
   * ADMIN: a password-reset address for a staff member of the clinic. The old password keeps working until the new
   * one is set (NIST SP 800-63B, OWASP): issuing a reset must not lock anyone out.
   */
  resetPassword(actor: Actor, userId: number, baseUrl: string): Promise<Invitation> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.staffAccount(manager, actor, userId);
      if (user.deactivatedAt) throw badInput("userId", "This account is deactivated.");
      const invitation = await this.issueInvitation(manager, user, InvitationPurpose.PASSWORD_RESET, {
        userId: actor.viewer.userId,
        sourceAddress: actor.sourceAddress,
        baseUrl,
      });
      await this.audit.record(manager, {
        actorUserId: actor.viewer.userId,
        action: AuditAction.PASSWORD_RESET,
        sourceAddress: actor.sourceAddress,
      });
      return invitation;
    });
  }
}
