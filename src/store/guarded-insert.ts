// INSERT statements that take effect only when a condition holds (for rows batched with the row they depend on).

/** A boolean SQL expression with `?` placeholders, bound to `params` in order. */
export type InsertGuard = { sql: string; params: unknown[] };

/**
 * `<verb> INTO table (columns) VALUES (...)`, or with a guard `<verb> INTO table (columns) SELECT ... WHERE guard`,
 * which inserts nothing when the guard is false (evaluated inside the statement, so inside its batch's transaction).
 */
export function buildInsert(
  db: D1Database,
  verb: 'INSERT' | 'INSERT OR IGNORE' | 'INSERT OR REPLACE',
  table: string,
  columns: string,
  values: unknown[],
  guard?: InsertGuard,
): D1PreparedStatement {
  const placeholders = values.map(() => '?').join(', ');
  if (!guard) return db.prepare(`${verb} INTO ${table} (${columns}) VALUES (${placeholders})`).bind(...values);
  return db
    .prepare(`${verb} INTO ${table} (${columns}) SELECT ${placeholders} WHERE ${guard.sql}`)
    .bind(...values, ...guard.params);
}

/** D1's limit on bound parameters per statement. */
export const maxBoundParameters = 100;

/**
 * The same for many rows of one table: multi-row statements (`VALUES (...), (...)`, or with a guard `SELECT * FROM
 * (VALUES ...) WHERE guard`), each with as many rows as `maxBoundParameters` allows, instead of one statement per
 * row. The values are bound as they are (types exactly as a one-row insert binds them); rows go in in order.
 */
export function buildInsertRows(
  db: D1Database,
  verb: 'INSERT' | 'INSERT OR IGNORE' | 'INSERT OR REPLACE',
  table: string,
  columns: string,
  rows: readonly unknown[][],
  guard?: InsertGuard,
): D1PreparedStatement[] {
  const width = rows[0]?.length ?? 1;
  const perStatement = Math.max(1, Math.floor((maxBoundParameters - (guard?.params.length ?? 0)) / width));
  const tuple = `(${Array.from({ length: width }, () => '?').join(', ')})`;
  const statements: D1PreparedStatement[] = [];
  for (let from = 0; from < rows.length; from += perStatement) {
    const chunk = rows.slice(from, from + perStatement);
    const tuples = chunk.map(() => tuple).join(', ');
    statements.push(
      guard
        ? db
            .prepare(`${verb} INTO ${table} (${columns}) SELECT * FROM (VALUES ${tuples}) WHERE ${guard.sql}`)
            .bind(...chunk.flat(), ...guard.params)
        : db.prepare(`${verb} INTO ${table} (${columns}) VALUES ${tuples}`).bind(...chunk.flat()),
    );
  }
  return statements;
}
