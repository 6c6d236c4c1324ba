#!/usr/bin/env node
/**
 * The Node composition root: `npm run -s cli -- <command>`. Each command lives in src/cli/commands/
 * and receives its argv; a CliError becomes one line on stderr and its exit code, anything else exit 1.
 */
import { CliError } from './cli/cli-error.ts';
import { asksForHelp } from './cli/parse-args.ts';

type Command = { run: (argv: string[]) => Promise<number>; help: string };
const commands: Record<string, () => Promise<Command>> = {
  brief: () => import('./cli/commands/brief.ts'),
  check: () => import('./cli/commands/check.ts'),
  schema: () => import('./cli/commands/schema.ts'),
  metrics: () => import('./cli/commands/metrics.ts'),
  headlines: () => import('./cli/commands/headlines.ts'),
  collect: () => import('./cli/commands/collect.ts'),
  email: () => import('./cli/commands/email.ts'),
};

const usage = `usage: groundbrief <command> [options]     (groundbrief <command> --help for its options)
  brief      write a brief from a snapshot and fact-check it   [--snapshot] [--style] [--writer] [--format] [--date]
  check      fact-check any Markdown brief against a snapshot  --snapshot DIR|FILE BRIEF.md [--format text|json|html]
  metrics    the facts sheet of a snapshot                      [--snapshot] [--json]
  headlines  fetch news sources now, print clusters             [--url URL ...] [--json] [--limit N]
  collect    record a live collection into a directory          --out DIR [--sources FILE]
  email      the morning email as MIME, offline                 [--snapshot] [--to] [--base-url] [--part]
  schema     JSON Schema of the snapshot format                 snapshot
Exit codes: 0 ok/verified, 1 needs review or check failed or nothing collected, 2 bad input.`;

// A closed pipe (`... | head`) ends output quietly instead of with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' && rest[0] ? commands[rest[0]] : undefined;
    console.log(topic ? (await topic()).help : usage);
    return 0;
  }
  const load = name ? commands[name] : undefined;
  if (!load) {
    if (!name) console.error(usage);
    else
      console.error(
        `groundbrief: unknown command ${name} (commands: ${Object.keys(commands).join(', ')}; see groundbrief --help)`,
      );
    return 2;
  }
  const command = await load();
  if (asksForHelp(rest)) {
    console.log(command.help);
    return 0;
  }
  return command.run(rest);
}

/**
 * Ends the process as soon as stdout and stderr have taken everything written (each write's callback runs after the
 * writes before it), instead of letting Node wind down on its own: a command has awaited all its work when main
 * settles, and exiting here skips a last garbage collection and the heap's teardown (~15 ms CPU of `npm start`).
 */
function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit()));
}

main(process.argv.slice(2)).then(exitWhenFlushed, (error: unknown) => {
  if (error instanceof CliError) {
    console.error(`groundbrief: ${error.message}`);
    exitWhenFlushed(error.exitCode);
  } else {
    console.error(`groundbrief: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.GROUNDBRIEF_DEBUG) console.error(error);
    exitWhenFlushed(1);
  }
});
