import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newRouter } from '../router.js';

const packages = { 'en-us': 'dictionary-en', 'en-gb': 'dictionary-en-gb' } as const;

/**
 * The spelling dictionaries, so the browser can run the same reviewer as the server.
 * They ship inside npm packages; nothing is fetched from outside.
 */
export function dictionaryRoutes() {
  return newRouter().get('/:language/:file{index\\.(aff|dic)}', async (c) => {
    const language = c.req.param('language');
    if (language !== 'en-us' && language !== 'en-gb') return c.notFound();
    const folder = dirname(fileURLToPath(import.meta.resolve(packages[language])));
    const text = await readFile(join(folder, c.req.param('file')), 'utf8');
    c.header('cache-control', 'public, max-age=86400');
    return c.text(text);
  });
}
