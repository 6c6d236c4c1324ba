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
