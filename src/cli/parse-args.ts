import { CliError } from './cli-error.ts';

export type ParsedArgs = { positionals: string[]; flags: Map<string, string[]> };

/** What a command accepts: options taking a value, boolean options, and at most `positionals` arguments. */
export type ArgSpec = {
  command: string;
  values?: readonly string[];
  booleans?: readonly string[];
  positionals?: number;
};

/**
 * Parses `--name value`, `--name=value` and boolean `--name` against `spec`: an option the command does not
 * know (`--colour`, `-x`), a value missing, a value given to a boolean, or one positional too many is a CliError
 * (exit 2, one line naming `groundbrief <command> --help`). `--help` is handled before a command runs (cli.ts).
 */
export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const values = new Set(spec.values ?? []);
  const booleans = new Set(spec.booleans ?? []);
  const fail = (problem: string) =>
    new CliError(`${spec.command}: ${problem} (see groundbrief ${spec.command} --help)`);
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-' || !arg.startsWith('-')) {
      if (positionals.length >= (spec.positionals ?? 0)) throw fail(`unexpected argument ${arg}`);
      positionals.push(arg);
      continue;
    }
    if (!arg.startsWith('--')) throw fail(`unknown option ${arg}`);
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (!values.has(name) && !booleans.has(name)) throw fail(`unknown option --${name}`);
    let value: string;
    if (booleans.has(name)) {
      if (eq !== -1) throw fail(`--${name} takes no value`);
      value = 'true';
    } else if (eq !== -1) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw fail(`--${name} needs a value`);
      value = next;
      i++;
    }
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return { positionals, flags };
}

export function flag(args: ParsedArgs, name: string): string | undefined {
  return args.flags.get(name)?.at(-1);
}

export function flagIn<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[], fallback: T): T {
  const value = flag(args, name) ?? fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new CliError(`--${name} must be one of ${allowed.join(', ')} (got ${value})`);
  return value as T;
}

/** `groundbrief CMD --help` / `-h`: anywhere among the command's arguments. */
export const asksForHelp = (argv: readonly string[]) => argv.includes('--help') || argv.includes('-h');
