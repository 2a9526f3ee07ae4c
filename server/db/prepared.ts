import { createHash } from "node:crypto";
import type BetterSqlite3 from "better-sqlite3";
import type { Pool } from "pg";
import type { DataSource } from "typeorm";

/**
 * Hot statements run without the query builder: the text is written once, with `:name` parameters, and prepared once
 * per connection (better-sqlite3's `prepare`, kept per database; on PostgreSQL a named statement, which the pg
 * driver prepares on each pooled connection the first time it runs there). What is saved is the builder's work on
 * every call (building the SQL, mapping rows onto entities), which on the statements below cost more than the SQL.
 * Rows come back as the database gives them; the caller turns them into what it needs.
 *
 * PostgreSQL statements go to the primary: the hot statements read revisions that key caches and sessions just
 * signed in, and the primary is never behind a replica.
 */
export interface PreparedSql {
  /** The statement with `:name` parameters, which may repeat; no `::` casts or `?` in it. */
  text: string;
  /** The parameters in the order of their first use. */
  names: string[];
  sqlite: string;
  postgres: string;
  /** The PostgreSQL statement's name: a digest of its text, so two texts never share one. */
  postgresName: string;
}

const PARAMETER = /:([A-Za-z_]\w*)/g;

/** Compiles a statement with named parameters for both engines (`?` for SQLite, `$n` for PostgreSQL). */
export function preparedSql(text: string): PreparedSql {
  const names: string[] = [];
  const position = (name: string) => {
    const index = names.indexOf(name);
    if (index >= 0) return index + 1;
    names.push(name);
    return names.length;
  };
  const postgres = text.replace(PARAMETER, (_match, name: string) => `$${position(name)}`);
  // SQLite binds `:name` parameters itself, by name.
  const sqlite = text;
  const postgresName = `fu_${createHash("sha256").update(postgres).digest("hex").slice(0, 24)}`;
  return { text, names, sqlite, postgres, postgresName };
}

/** One statement text per distinct text: the scope predicates make a handful, not one per call. */
const compiled = new Map<string, PreparedSql>();
const MAX_COMPILED = 256;

function compile(text: string): PreparedSql {
  let sql = compiled.get(text);
  if (!sql) {
    sql = preparedSql(text);
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
    compiled.set(text, sql);
  }
  return sql;
}

/** Statements prepared on each SQLite database, by text. */
const sqliteStatements = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

function sqliteStatement(db: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let statements = sqliteStatements.get(db);
  if (!statements) sqliteStatements.set(db, (statements = new Map<string, BetterSqlite3.Statement>()));
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}

/** The SQLite database under a data source; null on PostgreSQL. */
export function sqliteDatabase(dataSource: DataSource): BetterSqlite3.Database | null {
  if (dataSource.options.type !== "better-sqlite3") return null;
  return (dataSource.driver as unknown as { databaseConnection: BetterSqlite3.Database }).databaseConnection;
}

function primaryPool(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}

/**
 * Runs `text` (named parameters) as a prepared statement and returns its rows. The values bound are numbers,
 * strings or null.
 */
export async function queryPrepared<T>(
  dataSource: DataSource,
  text: string,
  parameters: Record<string, string | number | null>,
): Promise<T[]> {
  const sql = compile(text);
  const values = sql.names.map((name) => {
    if (!(name in parameters)) throw new Error(`The statement's parameter :${name} has no value.`);
    return parameters[name]!;
  });
  const db = sqliteDatabase(dataSource);
  if (db) {
    const named = Object.fromEntries(sql.names.map((name, i) => [name, values[i]]));
    return sqliteStatement(db, sql.sqlite).all(named) as T[];
  }
  // Logged as TypeORM logs its own statements, so counts of statements stay whole.
  dataSource.logger.logQuery(sql.postgres, values);
  const result = await primaryPool(dataSource).query({ name: sql.postgresName, text: sql.postgres, values });
  return result.rows as T[];
}
