import type { Command } from 'commander';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ReboundError } from '../../core/errors.js';
// The import's own modules, not the tracker's index: `rebound import mbox` loads only what
// it runs (the index brings insights, goals and every model, tens of megabytes).
import type { MailImportReport } from '../../core/tracker/mail-import-report.js';
import {
  runMailImport,
  type MailImportRun,
  type MailSource,
  type ResumePoint,
} from '../../core/tracker/mail-import-run.js';
import { parseRawMessages } from '../../mail/mail-items.js';
import { parseMboxInWorker } from '../../mail/parse-mbox-in-worker.js';
import { readEml } from '../../mail/read-eml.js';
import { printData } from '../output.js';
import { withTracker, type GlobalOptions } from '../session.js';

export type MailKind = 'eml' | 'mbox';

export function isMailKind(value: string): value is MailKind {
  return value === 'eml' || value === 'mbox';
}

function describeMailReport(report: MailImportReport): string {
  if (report.alreadyFinishedAt) {
    return `This file was already imported in full on ${report.alreadyFinishedAt.slice(0, 10)} and has not changed since, so there is nothing new to read.`;
  }
  const labels = Object.entries(report.employerByLabel)
    .map(([label, n]) => `${n} ${label.replace('_', ' ')}`)
    .join(', ');
  const lines = [
    `Read ${report.read} emails${labels ? `: ${labels}` : ''}.`,
    `Applications created: ${report.applicationsCreated}; updated: ${report.applicationsUpdated}.`,
  ];
  if (report.resumedFromOffset !== undefined) {
    lines.unshift('Picked up where the interrupted import of this file stopped.');
  }
  if (report.needsReview > 0) lines.push(`${report.needsReview} need your review.`);
  if (report.alreadyImported > 0) lines.push(`${report.alreadyImported} were already imported.`);
  if (report.skipped > 0) lines.push(`${report.skipped} were not from employers and were skipped.`);
  const unparsable = report.unparsableCount ?? report.unparsable.length;
  if (unparsable > 0) {
    lines.push(`Could not read ${unparsable}:`);
    for (const item of report.unparsable) lines.push(`  ${item.source}: ${item.reason}`);
    const more = unparsable - report.unparsable.length;
    if (more > 0) lines.push(`  …and ${more} more.`);
  }
  return lines.join('\n');
}

const megabyte = 1024 * 1024;

/**
 * A one-line progress bar on stderr, only on a terminal; piped output stays quiet. For an
 * mbox it shows how far into the file reading has got.
 */
function progressBar(total: number | null) {
  const isShown = process.stderr.isTTY;
  let offset = 0;
  let read = 0;
  let lastDrawn = 0;
  const draw = (isFinal = false) => {
    const now = performance.now();
    if (!isShown || (!isFinal && now - lastDrawn < 100)) return;
    lastDrawn = now;
    if (total === null || total === 0) {
      process.stderr.write(`\rImporting… ${read} emails read`);
      return;
    }
    const share = Math.min(1, offset / total);
    const filled = Math.round(share * 30);
    process.stderr.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ` +
        `${(offset / megabyte).toFixed(1)}/${(total / megabyte).toFixed(1)} MB · ${read} emails`,
    );
  };
  return {
    /** Passes messages through, noting how far into the file they reach. */
    async *track<T extends { checkpoint?: number }>(messages: AsyncIterable<T>): AsyncGenerator<T> {
      for await (const message of messages) {
        if (message.checkpoint !== undefined) offset = message.checkpoint;
        yield message;
      }
    },
    update(report: MailImportReport) {
      read = report.read;
      draw();
    },
    end(report: MailImportRun) {
      read = report.read;
      if (isShown && report.read > 0) {
        draw(true);
        process.stderr.write('\n');
      }
    },
  };
}

/** An mbox is the same source while its path, size and modification time stay the same. */
async function mboxSource(path: string): Promise<{ source: MailSource; size: number | null }> {
  const absolute = resolve(path);
  try {
    const info = await stat(absolute);
    return {
      source: {
        kind: 'mbox',
        sourceKey: `${absolute}:${info.size}:${Math.trunc(info.mtimeMs)}`,
        isResumable: info.isFile(),
      },
      size: info.size,
    };
  } catch {
    // The reader reports the missing file as a problem in the import report.
    return { source: { kind: 'mbox', sourceKey: absolute, isResumable: false }, size: null };
  }
}

/** `rebound import eml PATH...` and `rebound import mbox FILE`. */
export async function importMail(
  program: Command,
  kind: MailKind,
  paths: string[],
  options: { json?: boolean },
): Promise<void> {
  const [first] = paths;
  if (first === undefined || (kind === 'mbox' && paths.length > 1)) {
    throw new ReboundError(
      'invalid_input',
      kind === 'eml'
        ? 'Name the .eml files or folders to import: rebound import eml PATH...'
        : 'Name one mbox file to import: rebound import mbox FILE',
    );
  }
  const { source, size } =
    kind === 'mbox'
      ? await mboxSource(first)
      : {
          source: {
            kind: 'eml' as const,
            sourceKey: paths.map((p) => resolve(p)).join('\n'),
            isResumable: false,
          },
          size: null,
        };
  const progress = progressBar(size);
  // An mbox is parsed and classified in a worker thread, beside the storing here.
  const open = (from: ResumePoint) =>
    progress.track(
      kind === 'eml'
        ? parseRawMessages(readEml(paths))
        : parseMboxInWorker(first, { fromOffset: from.offset, firstNumber: from.read }),
    );
  const report = await withTracker(program.opts<GlobalOptions>(), (ctx) =>
    runMailImport(ctx, source, open, {
      onProgress: (r) => {
        progress.update(r);
      },
    }),
  );
  progress.end(report);
  printData(report, options, () => describeMailReport(report));
}
