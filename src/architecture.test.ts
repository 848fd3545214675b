import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The same rule ESLint enforces, checked again so it holds even if lint is skipped:
// the core runs in the browser too, so it may not import anything that does IO.
const forbidden =
  /^(node:|fs$|fs\/|path$|os$|child_process$|net$|http$|https$|pg$|@electric-sql\/|drizzle-orm|hono|@hono\/|react|commander$|csv-parse|imapflow$|mailparser$|nodemailer$)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('src/core', () => {
  const coreDir = join(import.meta.dirname, 'core');

  it('imports nothing that does IO', () => {
    const offenders = sourceFiles(coreDir).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(/(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/g)]
        .map((match) => match[1] ?? '')
        .filter((specifier) => forbidden.test(specifier))
        .map((specifier) => `${relative(coreDir, file)} imports ${specifier}`);
    });
    expect(offenders).toEqual([]);
  });

  it('never reads the clock or the environment itself', () => {
    const offenders = sourceFiles(coreDir)
      .filter((file) => !file.endsWith('.test.ts'))
      .filter((file) => /Date\.now\(\)|process\.env|new Date\(\)/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(coreDir, file));
    expect(offenders).toEqual([]);
  });
});
