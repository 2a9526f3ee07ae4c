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

const primaryViews = new WeakMap<DataSource, DataSource>();

/**
 * The data source as services that must never read behind a write see it: every read goes to the primary, as
 * writes and transactions always do. Credentials, sessions, access tokens and the sign-in counts are read so,
 * because another server process may have just changed them; so are the revisions that key the caches, with the
 * rows cached under them. Without replicas this is the data source itself.
 *
 * The view shares the data source's connections, entities and driver (it inherits them); only its choice of
 * connection for a read and its own entity manager differ.
 */
export function readingPrimary(dataSource: DataSource): DataSource {
  if (!("replication" in dataSource.options && dataSource.options.replication)) return dataSource;
  let view = primaryViews.get(dataSource);
  if (!view) {
    const primary = Object.create(dataSource) as DataSource;
    Object.defineProperty(primary, "defaultReplicationModeForReads", { value: () => "master" });
    Object.defineProperty(primary, "manager", { value: primary.createEntityManager() });
    primaryViews.set(dataSource, primary);
    view = primary;
  }
  return view;
}
