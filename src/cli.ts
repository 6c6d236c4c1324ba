#!/usr/bin/env node
/**
 * The Node composition root: `npm run -s cli -- <command>`. Each command lives in src/cli/commands/
 * and receives its argv; a CliError becomes one line on stderr and its exit code, anything else exit 1.
 */
import { CliError } from './cli/cli-error.ts';

type Command = { run: (argv: string[]) => Promise<number> };
const commands: Record<string, () => Promise<Command>> = {
  brief: () => import('./cli/commands/brief.ts'),
  check: () => import('./cli/commands/check.ts'),
  schema: () => import('./cli/commands/schema.ts'),
  metrics: () => import('./cli/commands/metrics.ts'),
  headlines: () => import('./cli/commands/headlines.ts'),
  collect: () => import('./cli/commands/collect.ts'),
  email: () => import('./cli/commands/email.ts'),
};

const usage = `usage: groundbrief <command> [options]
  brief     [--snapshot DIR|FILE] [--style daily-snapshot|sector-recap|weekly-update] [--writer template|llm] [--format md|json] [--date YYYY-MM-DD]
  check     --snapshot DIR|FILE BRIEF.md [--json] [--format text|json|html]
  metrics   [--snapshot DIR|FILE] [--json]
  headlines [--url URL ...] [--json]
  collect   --out DIR
  email     [--snapshot DIR|FILE]
  schema    snapshot`;

// A closed pipe (`... | head`) ends output quietly instead of with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    console.error(name ? `unknown command: ${name}\n${usage}` : usage);
    return 2;
  }
  return (await load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      console.error(`groundbrief: ${error.message}`);
      process.exitCode = error.exitCode;
    } else {
      console.error(`groundbrief: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
      if (process.env.GROUNDBRIEF_DEBUG) console.error(error);
      process.exitCode = 1;
    }
  },
);
