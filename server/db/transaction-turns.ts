import { AsyncLocalStorage } from "node:async_hooks";
import type { DataSource } from "typeorm";

/**
 * Makes the transactions of a SQLite data source take turns, in the order they were begun. SQLite is one
 * connection, and TypeORM's better-sqlite3 driver hands every caller the same query runner on it, so two
 * transactions begun together (root fields of one request resolve concurrently) would both send BEGIN on it: the
 * second fails, and its rollback ends the first one's transaction, whose remaining statements then commit one by
 * one. Here each `transaction()` (of the data source and of its manager) waits until the one before it has ended.
 * A transaction begun inside another one through the data source, rather than through the manager it was handed,
 * joins it as a savepoint, as TypeORM would, instead of waiting for itself. PostgreSQL gives every transaction a
 * connection of its own from the pool and needs none of this.
 */
export function serialiseTransactions(dataSource: DataSource): void {
  const manager = dataSource.manager;
  const begin = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  // The transaction whose turn it is, visible to the code it runs (and to nothing after it has ended).
  const current = new AsyncLocalStorage<{ open: boolean }>();
  let previous: Promise<unknown> = Promise.resolve();
  manager.transaction = (...args: unknown[]) => {
    if (current.getStore()?.open) return begin(...args);
    const turn = previous.then(() => {
      const holder = { open: true };
      return current.run(holder, () => begin(...args)).finally(() => (holder.open = false));
    });
    previous = turn.catch(() => undefined);
    return turn;
  };
}
