import { useEffect, useState } from 'react';
import type { SankeyData } from '../../../../src/core/insights/sankey.js';

/**
 * The search as flows, drawn by the same renderer the server and the CLI use. It loads
 * with d3-sankey only on this page. The SVG is built from escaped text, never from HTML.
 */
export function SankeyChart({ data }: { data: SankeyData }) {
  const [svg, setSvg] = useState<string | null>(null);
  const [isFailed, setIsFailed] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    import('../../../../src/core/insights/sankey-svg.js')
      .then(({ renderSankeySvg }) => {
        if (isCurrent) setSvg(renderSankeySvg(data, { width: 760, height: 380 }));
      })
      .catch(() => {
        if (isCurrent) setIsFailed(true);
      });
    return () => {
      isCurrent = false;
    };
  }, [data]);

  return (
    <div className="chart" data-chart="sankey" data-state={svg ? 'drawn' : 'drawing'}>
      {svg ? (
        <div
          className="chart-canvas"
          aria-hidden="true"
          // The renderer escapes every label it writes (sankey-svg.ts).
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      ) : (
        <p className="quiet">
          {isFailed
            ? 'The diagram could not be drawn in this browser; the flows are in the table below.'
            : 'Drawing the diagram…'}
        </p>
      )}
    </div>
  );
}
