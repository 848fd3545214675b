/** A multinomial naive Bayes model over words and word pairs, trained on our corpus. */
export type BayesModel<L extends string = string> = {
  labels: L[];
  /** log P(label) */
  priors: number[];
  /** token → log P(token | label), one per label */
  likelihoods: Record<string, number[]>;
  /** log P(unseen token | label) */
  unseen: number[];
};

const stop = new Set(
  'the a an and or of to in for on at by with from is are was were be been it this that we you your our i us as have has will would can could'.split(
    ' ',
  ),
);

/** Lower-cased words (numbers and names' exact spelling don't generalise) and adjacent pairs. */
export function tokenize(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .replace(/https?:\/\/\S+|\S+@\S+/g, ' ')
      .match(/[\p{L}']+/gu) ?? [];
  const kept = words.map((w) => w.replace(/'/g, '')).filter((w) => w.length > 1);
  const pairs = kept.slice(1).map((w, i) => `${kept[i] ?? ''}_${w}`);
  return [...kept.filter((w) => !stop.has(w)), ...pairs];
}

export function trainBayes<L extends string>(
  examples: readonly { text: string; label: L }[],
  labels: readonly L[],
): BayesModel<L> {
  const counts = new Map<string, number[]>();
  const totals = labels.map(() => 0);
  const docs = labels.map(() => 0);
  for (const { text, label } of examples) {
    const index = labels.indexOf(label);
    docs[index] = (docs[index] ?? 0) + 1;
    for (const token of new Set(tokenize(text))) {
      const row = counts.get(token) ?? labels.map(() => 0);
      row[index] = (row[index] ?? 0) + 1;
      counts.set(token, row);
      totals[index] = (totals[index] ?? 0) + 1;
    }
  }
  // Keep tokens seen at least twice: rarer ones are names and noise.
  const vocabulary = [...counts].filter(([, row]) => row.reduce((a, b) => a + b, 0) >= 2);
  const size = vocabulary.length;
  const likelihoods: Record<string, number[]> = {};
  for (const [token, row] of vocabulary) {
    likelihoods[token] = row.map((c, i) =>
      Number(Math.log((c + 1) / ((totals[i] ?? 0) + size)).toFixed(4)),
    );
  }
  return {
    labels: [...labels],
    priors: docs.map((d) =>
      Number(Math.log((d + 1) / (examples.length + labels.length)).toFixed(4)),
    ),
    likelihoods,
    unseen: totals.map((t) => Number(Math.log(1 / (t + size)).toFixed(4))),
  };
}

/** Probabilities per label for a text. */
export function predictBayes<L extends string>(
  model: BayesModel<L>,
  text: string,
): { label: L; probability: number }[] {
  const scores = [...model.priors];
  for (const token of new Set(tokenize(text))) {
    const row = model.likelihoods[token];
    if (!row) continue;
    for (let i = 0; i < scores.length; i++) scores[i] = (scores[i] ?? 0) + (row[i] ?? 0);
  }
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return model.labels
    .map((label, i) => ({ label, probability: (exp[i] ?? 0) / sum }))
    .sort((a, b) => b.probability - a.probability);
}
