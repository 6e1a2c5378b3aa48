"use client";
// The line chart drawn in the browser only, for the same reason as level3-chart.tsx: sizes set
// on the server would be inline styles, which the Content-Security-Policy refuses.
import dynamic from "next/dynamic";
import type { HistoryLine } from "./history-line-chart";

const HistoryLineChart = dynamic(() => import("./history-line-chart"), { ssr: false });

export type { HistoryLine };

export function HistoryChart({ heading, label, lines }: { heading: string; label: string; lines: HistoryLine[] }) {
  return (
    <figure className="app-chart app-chart--small">
      <figcaption className="nhsuk-heading-s">{heading}</figcaption>
      <div role="img" aria-label={label} className="app-chart__drawing">
        <HistoryLineChart lines={lines} />
      </div>
    </figure>
  );
}
