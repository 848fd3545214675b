import { isReboundError, type ReboundErrorCode } from '../core/errors.js';

/** Exit codes a script can rely on. */
export const exitCodes = {
  ok: 0,
  unexpected: 1,
  invalidInput: 2,
  notFound: 3,
  needsConfirmation: 4,
  dataDirInUse: 5,
} as const;

const exitCodeByError: Record<ReboundErrorCode, number> = {
  invalid_input: exitCodes.invalidInput,
  invalid_backup: exitCodes.invalidInput,
  not_found: exitCodes.notFound,
  confirmation_required: exitCodes.needsConfirmation,
  conflict: exitCodes.needsConfirmation,
  data_dir_in_use: exitCodes.dataDirInUse,
  step_blocked: exitCodes.needsConfirmation,
};

/** Data goes to stdout: JSON for machines, or the given lines for people. */
export function printData(data: unknown, options: { json?: boolean }, asText: () => string): void {
  process.stdout.write(options.json ? `${JSON.stringify(data, null, 2)}\n` : `${asText()}\n`);
}

/** Messages for people go to stderr so piped data stays clean. */
export function say(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** The one place errors become stderr lines and an exit code. */
export function reportError(error: unknown): number {
  if (isReboundError(error)) {
    say(`rebound: ${error.message}`);
    return exitCodeByError[error.code];
  }
  say('rebound: Sorry, something went wrong on our side. Your data is safe. Details follow:');
  say(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return exitCodes.unexpected;
}

/** A plain table for terminals: columns padded to the widest cell. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
