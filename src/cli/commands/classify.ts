import type { Command } from 'commander';
import { createInterface } from 'node:readline';
import { classifyEmail } from '../../core/classify/classify.js';
import { extractParties } from '../../core/classify/extract.js';
import { newestPart } from '../../core/classify/newest-part.js';
import { parseMessage } from '../../mail/parse-message.js';
import { readBytes } from '../read-input.js';

/** Label, stage, reapply and the parties of one message (raw RFC 822 or plain text). */
async function classifyRaw(raw: Uint8Array | string) {
  const message = await parseMessage(raw);
  const email = { subject: message.subject, from: message.from, body: message.text };
  const result = classifyEmail(email);
  const parties = extractParties({ ...email, body: newestPart(email.body) });
  return {
    label: result.label,
    confidence: result.confidence,
    stage: result.stage,
    reapplyInvited: result.reapplyInvited,
    ...parties,
    cues: result.cues,
  };
}

async function classifyLines(): Promise<void> {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    let item: { id?: unknown; text?: unknown };
    try {
      item = JSON.parse(line) as typeof item;
    } catch {
      process.stdout.write(
        `${JSON.stringify({ id: null, error: 'This line is not valid JSON.' })}\n`,
      );
      continue;
    }
    if (typeof item.text !== 'string') {
      process.stdout.write(
        `${JSON.stringify({ id: item.id ?? null, error: 'Each line needs "text".' })}\n`,
      );
      continue;
    }
    process.stdout.write(
      `${JSON.stringify({ id: item.id ?? null, ...(await classifyRaw(item.text)) })}\n`,
    );
  }
}

export function registerClassify(program: Command): void {
  program
    .command('classify')
    .description('what an employer email is: rejection (and after which stage), invite, offer, …')
    .argument('[files...]', 'raw .eml or plain-text files (default: standard input, also "-")')
    .option('--json', 'print JSON (one object per input)')
    .option('--jsonl', 'read JSON Lines {id, text} from standard input, one result line each')
    .action(async (files: string[], options: { json?: boolean; jsonl?: boolean }) => {
      if (options.jsonl) return classifyLines();
      for (const source of files.length > 0 ? files : ['-']) {
        const result = { source, ...(await classifyRaw(await readBytes(source))) };
        if (options.json) {
          process.stdout.write(`${JSON.stringify(result)}\n`);
        } else {
          const stage = result.stage ? `, ${result.stage.replace('_', ' ')}` : '';
          const reapply = result.reapplyInvited ? ', invites you to apply again' : '';
          const who = [result.company, result.role].filter(Boolean).join(' · ');
          process.stdout.write(
            `${source}: ${result.label.replace('_', ' ')}${stage}${reapply} (${Math.round(result.confidence * 100)}%)${who ? ` — ${who}` : ''}\n`,
          );
        }
      }
    });
}
