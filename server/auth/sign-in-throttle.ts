import { isIPv4, isIPv6 } from "node:net";
import type { DataSource, EntityManager } from "typeorm";
import { SignInAttempt } from "./sign-in-attempt.entity.ts";

/**
 * Password checks allowed, counted from the moment each is reserved (before the hash) until it leaves its window; a
 * successful sign-in stops counting. One address may try one account 5 times in 15 minutes and 20 times over all
 * accounts (several people may share an address); one account takes at most 100 checks an hour from all addresses
 * together, a ceiling one address (20 an hour on that account) can never reach on its own. SECURITY.md says why.
 */
export const THROTTLE = {
  windowMinutes: 15,
  perAccountAtAddress: 5,
  perAddress: 20,
  accountWindowMinutes: 60,
  perAccount: 100,
} as const;

/**
 * What one caller is counted by: the address, or for IPv6 its /64 network, which is what one subscriber is usually
 * given (RFC 6177); counting single IPv6 addresses would hand each caller 2^64 fresh counts. IPv4-mapped IPv6
 * addresses count as the IPv4 address.
 */
export function throttleAddress(sourceAddress: string | null): string {
  if (!sourceAddress) return "unknown";
  const address = sourceAddress.split("%")[0]!.toLowerCase();
  const mapped = /^::ffff:([\d.]+)$/.exec(address);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  if (!isIPv6(address)) return sourceAddress.slice(0, 64);
  const groups = (part: string) =>
    part === ""
      ? []
      : part.split(":").flatMap((group) => {
          if (!group.includes(".")) return [parseInt(group, 16)];
          const [a, b, c, d] = group.split(".").map(Number) as [number, number, number, number];
          return [a * 256 + b, c * 256 + d];
        });
  const [head = "", tail] = address.split("::");
  const headGroups = groups(head);
  const tailGroups = tail === undefined ? [] : groups(tail);
  const all = [...headGroups, ...Array<number>(8 - headGroups.length - tailGroups.length).fill(0), ...tailGroups];
  return `${all
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(":")}::/64`;
}

const minutesBefore = (now: Date, minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();

/**
 * Counting and reserving in one statement: on SQLite, where the server holds the one connection, a statement runs
 * whole, so no other reservation can come between the counts and the insert. (The casts give PostgreSQL one type for
 * each parameter.)
 */
const RESERVE = `
  INSERT INTO sign_in_attempt (account, address, at)
  SELECT CAST(:account AS varchar), CAST(:address AS varchar), CAST(:at AS varchar)
  WHERE (SELECT count(*) FROM sign_in_attempt WHERE address = :address AND at >= :windowStart) < :perAddress
    AND (SELECT count(*) FROM sign_in_attempt WHERE account = :account AND address = :address AND at >= :windowStart) < :perAccountAtAddress
    AND (SELECT count(*) FROM sign_in_attempt WHERE account = :account AND at >= :accountWindowStart) < :perAccount
  RETURNING id`;

/** Sign-in attempts for throttling, per account at an address, per address and per account (`THROTTLE`). */
export class SignInThrottle {
  constructor(private readonly dataSource: DataSource) {}

  /** Reserves one password check, or answers null when a limit has been reached. */
  async reserve(account: string, address: string, now: Date): Promise<number | null> {
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(RESERVE, {
      account,
      address,
      at: now.toISOString(),
      windowStart: minutesBefore(now, THROTTLE.windowMinutes),
      accountWindowStart: minutesBefore(now, THROTTLE.accountWindowMinutes),
      perAddress: THROTTLE.perAddress,
      perAccountAtAddress: THROTTLE.perAccountAtAddress,
      perAccount: THROTTLE.perAccount,
    });
    const rows: { id: number }[] =
      this.dataSource.options.type === "postgres"
        ? await this.underAdvisoryLocks([`sign-in account ${account}`, `sign-in address ${address}`], (manager) =>
            manager.query(sql, parameters),
          )
        : await this.dataSource.query(sql, parameters);
    return rows[0] ? Number(rows[0].id) : null;
  }

  /**
   * Several server processes may share PostgreSQL: a reservation first takes transaction-scoped advisory locks on its
   * account and its address, so reservations for either wait for each other, and each counts the rows the ones before
   * it committed. The keys are always taken in the same order, so two reservations never wait on each other crosswise.
   */
  private underAdvisoryLocks<T>(keys: string[], work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      for (const key of keys) await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [key]);
      return work(manager);
    });
  }

  /** A reservation whose password was never checked (the check queue was full) does not count. */
  async release(attemptId: number): Promise<void> {
    await this.dataSource.getRepository(SignInAttempt).delete({ id: attemptId });
  }

  /** A wrong password: the attempt keeps counting until it leaves its windows. Older attempts are removed here. */
  async recordFailure(manager: EntityManager, attemptId: number, now: Date): Promise<void> {
    await manager.update(SignInAttempt, { id: attemptId }, { failed: true });
    await manager
      .createQueryBuilder()
      .delete()
      .from(SignInAttempt)
      .where("at < :cutoff", {
        cutoff: minutesBefore(now, Math.max(THROTTLE.windowMinutes, THROTTLE.accountWindowMinutes)),
      })
      .execute();
  }

  /**
   * A successful sign-in: neither it nor the earlier failures for this account at this address count any more, so
   * the owner's own typing mistakes do not add up. Checks still under way are left to count.
   */
  async recordSuccess(manager: EntityManager, attemptId: number, account: string, address: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .delete()
      .from(SignInAttempt)
      .where("id = :attemptId OR (account = :account AND address = :address AND failed = :failed)", {
        attemptId,
        account,
        address,
        failed: true,
      })
      .execute();
  }
}
