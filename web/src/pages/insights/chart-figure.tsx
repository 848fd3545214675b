import { useId, type ReactNode } from 'react';

type Props = {
  title: string;
  /** The picture in one or two sentences: what a screen reader hears instead. */
  summary: ReactNode;
  chart: ReactNode;
  /** The numbers behind the picture, as a table. */
  table: ReactNode;
  name: string;
};

/** A chart with its caption and the numbers behind it, readable without the picture. */
export function ChartFigure({ title, summary, chart, table, name }: Props) {
  const titleId = useId();
  return (
    <figure className="panel chart-figure" aria-labelledby={titleId} data-figure={name}>
      <figcaption>
        <h3 id={titleId}>{title}</h3>
        <p className="chart-summary">{summary}</p>
      </figcaption>
      {chart}
      <details className="chart-numbers">
        <summary>Show the numbers</summary>
        {table}
      </details>
    </figure>
  );
}
