import type { Command } from 'commander';
import { createInterface } from 'node:readline';
import { isDraftKind, type DraftKind } from '../../core/composer/index.js';
import { ReboundError } from '../../core/errors.js';
import { reviewDraft, type Finding, type Review } from '../../core/review/index.js';
import { loadSpellChecker } from '../../spelling/node-dictionaries.js';
import { readText } from '../read-input.js';

type ReviewFlags = {
  kind?: string;
  linkedinAccount?: string;
  json?: boolean;
  jsonl?: boolean;
  secondFollowup?: boolean;
};

function kindOf(value: unknown): DraftKind | undefined {
  if (value === undefined) return undefined;
  if (!isDraftKind(value)) {
    throw new ReboundError(
      'invalid_input',
      'Kind must be one of: reply, feedback-request, feedback-followup, reaffirm, linkedin, checkin, feedback-thanks.',
    );
  }
  return value;
}

function accountOf(value: string | undefined): 'free' | 'premium' {
  if (value === undefined || value === 'free' || value === 'premium') return value ?? 'free';
  throw new ReboundError('invalid_input', '--linkedin-account must be free or premium.');
}

const plain = (review: Review) => ({
  verdict: review.verdict,
  score: review.score,
  findings: review.findings.map(
    ({ rule, category, severity, message, start, end, excerpt, suggestion }) => ({
      rule,
      category,
      severity,
      message,
      start,
      end,
      excerpt,
      ...(suggestion ? { suggestion } : {}),
    }),
  ),
});

/** Like a linter: line:column, severity, the line with the span underlined, why and what instead. */
function formatFindings(text: string, review: Review): string {
  const verdicts = {
    ready: 'Ready to send',
    revise: 'Worth a second look',
    hold: 'Hold this one for now',
  };
  const out = [`${verdicts[review.verdict]} (score ${review.score}/100)`];
  for (const f of review.findings) out.push('', ...describe(text, f));
  return out.join('\n');
}

function describe(text: string, f: Finding): string[] {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  const lineEnd = text.indexOf('\n', f.start);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const lineNumber = text.slice(0, lineStart).split('\n').length;
  const column = f.start - lineStart;
  const width = Math.max(1, Math.min(f.end, lineStart + line.length) - f.start);
  return [
    `${lineNumber}:${column + 1}  ${f.severity}  ${f.category}`,
    `  ${line}`,
    `  ${' '.repeat(column)}${'^'.repeat(width)}`,
    `  Why: ${f.message}`,
    ...(f.suggestion ? [`  Instead: ${f.suggestion}`] : []),
  ];
}

async function reviewBatch(flags: ReviewFlags): Promise<number> {
  const spellChecker = await loadSpellChecker();
  let isAllReady = true;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    let item: { id?: unknown; text?: unknown; kind?: unknown };
    try {
      item = JSON.parse(line) as typeof item;
    } catch {
      process.stdout.write(
        `${JSON.stringify({ id: null, error: 'This line is not valid JSON.' })}\n`,
      );
      isAllReady = false;
      continue;
    }
    if (typeof item.text !== 'string' || (item.kind !== undefined && !isDraftKind(item.kind))) {
      process.stdout.write(
        `${JSON.stringify({ id: item.id ?? null, error: 'Each line needs "text" (and an optional valid "kind").' })}\n`,
      );
      isAllReady = false;
      continue;
    }
    const kind = item.kind ?? kindOf(flags.kind);
    const review = reviewDraft(item.text, {
      kind,
      linkedinAccount: accountOf(flags.linkedinAccount),
      spellChecker,
    });
    if (review.verdict !== 'ready') isAllReady = false;
    process.stdout.write(`${JSON.stringify({ id: item.id ?? null, ...plain(review) })}\n`);
  }
  return isAllReady ? 0 : 1;
}

export function registerReview(program: Command): void {
  program
    .command('review')
    .description(
      'read a draft the way a kind recruiter would: exit 0 when ready to send, 1 when not',
    )
    .argument('[file]', 'the draft (default: standard input, also "-")')
    .option(
      '--kind <kind>',
      'reply, feedback-request, feedback-followup, reaffirm, linkedin, checkin, feedback-thanks',
    )
    .option('--linkedin-account <account>', 'free (200 characters) or premium (300)')
    .option('--second-followup', 'this is a second follow-up on a feedback request')
    .option('--json', 'print JSON')
    .option(
      '--jsonl',
      'review JSON Lines {id, text, kind?} from standard input, one result line each',
    )
    .action(async (file: string | undefined, flags: ReviewFlags) => {
      if (flags.jsonl) {
        process.exitCode = await reviewBatch(flags);
        return;
      }
      const text = await readText(file ?? '-');
      const review = reviewDraft(text, {
        kind: kindOf(flags.kind),
        linkedinAccount: accountOf(flags.linkedinAccount),
        isSecondFollowup: flags.secondFollowup === true,
        spellChecker: await loadSpellChecker(),
      });
      if (flags.json) process.stdout.write(`${JSON.stringify(plain(review), null, 2)}\n`);
      else process.stdout.write(`${formatFindings(text, review)}\n`);
      process.exitCode = review.verdict === 'ready' ? 0 : 1;
    });
}
