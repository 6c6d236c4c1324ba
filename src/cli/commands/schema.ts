// `schema snapshot`: the JSON Schema of the MarketSnapshot format, generated from the zod schema.
import * as z from 'zod';
import { marketSnapshotSchema } from '../../domain/market-snapshot.ts';
import { CliError } from '../cli-error.ts';
import { parseArgs } from '../parse-args.ts';

const schemas = { snapshot: marketSnapshotSchema } as const;

/** Prints the JSON Schema (draft 2020-12) of the named format to stdout. */
export const help = `usage: groundbrief schema snapshot
Prints the JSON Schema (draft 2020-12) of the snapshot format (a snapshot JSON file for --snapshot FILE).`;

export async function run(argv: string[]): Promise<number> {
  const [name] = parseArgs(argv, { command: 'schema', positionals: 1 }).positionals;
  if (!name || !(name in schemas)) throw new CliError(`schema needs one of: ${Object.keys(schemas).join(', ')}`);
  const schema = z.toJSONSchema(schemas[name as keyof typeof schemas], { io: 'input' });
  console.log(JSON.stringify({ ...schema, title: 'groundbrief MarketSnapshot' }, null, 2));
  return 0;
}
