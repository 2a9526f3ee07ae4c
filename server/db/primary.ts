import type { DataSource, EntityManager } from "typeorm";

/**
 * Runs `work` on the primary database. Reads that fill a cache keyed by a revision go there: a revision read from
 * an up-to-date replica beside data read from a lagging one would keep old figures under a new key, while the
 * primary is never behind any replica, so what it returns is at least as new as the key. (SQLite has one connection.)
 */
export async function onPrimary<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner("master");
  try {
    return await work(runner.manager);
  } finally {
    await runner.release();
  }
}
