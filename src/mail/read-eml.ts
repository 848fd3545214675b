import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RawMessage } from './mail-items.js';

async function* walk(folder: string): AsyncGenerator<string> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && /\.eml$/i.test(entry.name)) yield path;
  }
}

function describeProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? 'there is no such file or folder'
    : `it can't be read (${code ?? String(error)})`;
}

/** Every .eml file among the paths: files as given, folders searched recursively in name order. */
export async function* readEml(paths: string[]): AsyncGenerator<RawMessage> {
  for (const path of paths) {
    let files: AsyncIterable<string> | string[];
    try {
      files = (await stat(path)).isDirectory() ? walk(path) : [path];
    } catch (error) {
      yield { source: path, problem: describeProblem(error) };
      continue;
    }
    for await (const file of files) {
      try {
        yield { source: file, raw: await readFile(file) };
      } catch (error) {
        yield { source: file, problem: describeProblem(error) };
      }
    }
  }
}
