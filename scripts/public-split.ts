/**
 * How ../shared/datasets/public-job-emails.jsonl is split for cross-validation: by the
 * number in each id ("email-072"), fold = number mod k, so the split never changes as the
 * file is read. Each fold is scored by a model trained on our corpus and the other folds
 * only, so every public email is scored by a model that never saw it.
 *
 * With the default k = 2 the folds are the even and the odd ids. The even ids were read
 * while the rules were written (they were the documented development part); the odd ids
 * never were, so the odd fold is the one whose score no person tuned against.
 */
export const publicDataset = '../shared/datasets/public-job-emails.jsonl';

export const defaultFolds = 2;

export function publicFold(id: string, folds = defaultFolds): number {
  const number = Number(/\d+/.exec(id)?.[0] ?? '1');
  return number % folds;
}

/** The name a fold goes by in reports: "even ids" and "odd ids" for the default two. */
export function foldName(fold: number, folds = defaultFolds): string {
  if (folds === 2) return fold === 0 ? 'even ids' : 'odd ids';
  return `ids ≡ ${fold} mod ${folds}`;
}
