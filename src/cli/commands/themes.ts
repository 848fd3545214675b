import type { Command } from 'commander';
import { createInterface } from 'node:readline';
import { ReboundError } from '../../core/errors.js';
import { findThemes, themeLabels, type ThemeReport } from '../../core/themes/index.js';
import { readText } from '../read-input.js';

type ThemesFlags = { json?: boolean; jsonl?: boolean };

/** The report as machines read it: the shape of `--json` and of each `--jsonl` line. */
export function plainReport(report: ThemeReport) {
  return {
    themes: report.themes.map(({ theme, confidence, evidence }) => ({
      theme,
      confidence,
      evidence,
    })),
    actions: report.actions,
  };
}

/** The report as people read it: each theme, the words that show it, then what to try. */
export function formatReport(report: ThemeReport): string {
  const [first] = report.themes;
  if (!first) return 'There was no feedback to read in this text.';
  if (report.themes.length === 1 && first.theme === 'other') {
    const lines = [
      'The feedback does not name a specific reason. Often that means a close call, not a flaw.',
    ];
    for (const action of report.actions) lines.push(`  - ${action.title}. ${action.detail}`);
    return lines.join('\n');
  }
  const lines = ['What the feedback points to:'];
  for (const finding of report.themes) {
    lines.push(
      '',
      `${themeLabels[finding.theme]} (${Math.round(finding.confidence * 100)}% sure)`,
      `  "${finding.evidence.text.replace(/\s+/g, ' ')}"`,
      '  What you can do:',
    );
    for (const action of report.actions.filter((a) => a.theme === finding.theme)) {
      lines.push(`  - ${action.title}. ${action.detail}`);
    }
  }
  return lines.join('\n');
}

function requireFeedback(text: string): string {
  if (text.trim() === '') {
    throw new ReboundError(
      'invalid_input',
      'The feedback is empty. Paste what the employer said into a file or standard input and try again.',
    );
  }
  return text;
}

async function themesBatch(): Promise<number> {
  let isAllRead = true;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      process.stdout.write(`${JSON.stringify({ error: 'This line is not valid JSON.' })}\n`);
      isAllRead = false;
      continue;
    }
    const item = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as {
      id?: unknown;
      text?: unknown;
    };
    const id = item.id ?? null;
    if (typeof item.text !== 'string') {
      process.stdout.write(
        `${JSON.stringify({ id, error: 'Each line needs a "text" with the feedback.' })}\n`,
      );
      isAllRead = false;
      continue;
    }
    process.stdout.write(`${JSON.stringify({ id, ...plainReport(findThemes(item.text)) })}\n`);
  }
  return isAllRead ? 0 : 1;
}

export function registerThemes(program: Command): void {
  program
    .command('themes')
    .description("find the themes in an employer's feedback, with what to do about each")
    .argument('[file]', 'the feedback text (default: standard input, also "-")')
    .option('--json', 'print JSON')
    .option('--jsonl', 'read JSON Lines {id, text} from standard input, one result line each')
    .action(async (file: string | undefined, flags: ThemesFlags) => {
      if (flags.jsonl) {
        process.exitCode = await themesBatch();
        return;
      }
      const report = findThemes(requireFeedback(await readText(file ?? '-')));
      if (flags.json) process.stdout.write(`${JSON.stringify(plainReport(report), null, 2)}\n`);
      else process.stdout.write(`${formatReport(report)}\n`);
    });
}
