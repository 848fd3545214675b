/**
 * The documented split of ../shared/datasets/public-job-emails.jsonl: items with an even
 * number in their id ("email-072") are the part we may read and train on; odd ones are
 * held out and only measured. The split is by id so it never changes as the file is read.
 */
export const publicDataset = '../shared/datasets/public-job-emails.jsonl';

export function publicPart(id: string): 'train' | 'test' {
  const number = Number(/\d+/.exec(id)?.[0] ?? '1');
  return number % 2 === 0 ? 'train' : 'test';
}
