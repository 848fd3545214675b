import { useEffect, useRef, useState } from 'react';
import type { TopLevelSpec } from 'vega-lite';

type DrawState = 'drawing' | 'drawn' | 'failed';

/**
 * Draws a Vega-Lite spec as SVG. vega and vega-lite load only here, on first use, so the
 * rest of the app stays small. The figure around it carries the text alternative.
 */
export function VegaChart({ spec, name }: { spec: TopLevelSpec; name: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<DrawState>('drawing');

  useEffect(() => {
    let isCurrent = true;
    // A function, so each await re-reads whether this drawing is still wanted.
    const isWanted = () => isCurrent;
    let finalize: (() => void) | null = null;
    setState('drawing');
    const draw = async () => {
      const [{ compile }, { parse, View }] = await Promise.all([
        import('vega-lite'),
        import('vega'),
      ]);
      const container = ref.current;
      if (!isWanted() || !container) return;
      const view = new View(parse(compile(spec).spec), { renderer: 'svg', container });
      finalize = () => {
        view.finalize();
      };
      await view.runAsync();
      if (isWanted()) setState('drawn');
    };
    draw().catch(() => {
      if (isWanted()) setState('failed');
    });
    return () => {
      isCurrent = false;
      finalize?.();
    };
  }, [spec]);

  return (
    <div className="chart" data-chart={name} data-state={state}>
      {/* The SVG repeats what the caption and table say, so screen readers skip it. */}
      <div ref={ref} className="chart-canvas" aria-hidden="true" />
      {state === 'drawing' && <p className="quiet">Drawing the chart…</p>}
      {state === 'failed' && (
        <p className="quiet">
          The chart could not be drawn in this browser; the numbers are in the table below.
        </p>
      )}
    </div>
  );
}
