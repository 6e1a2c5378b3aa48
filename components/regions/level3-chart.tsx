"use client";
// The chart is drawn in the browser only. Drawn on the server, its sizes would be inline style
// attributes, which the Content-Security-Policy refuses; in the browser React sets them through
// the DOM, which the policy allows. Its figures are all in the table beside it, so a reader
// without the chart misses nothing.
import dynamic from "next/dynamic";
import type { Level3Bar } from "./level3-bar-chart";

const Level3BarChart = dynamic(() => import("./level3-bar-chart"), { ssr: false });

export function Level3Chart({ heading, label, bars }: { heading: string; label: string; bars: Level3Bar[] }) {
  return (
    <figure className="app-chart">
      <figcaption className="nhsuk-heading-s">{heading}</figcaption>
      <div role="img" aria-label={label} className="app-chart__drawing">
        <Level3BarChart bars={bars} />
      </div>
    </figure>
  );
}
