"use client";
// Bars of "% of items at level 3 and above", drawn in the browser only. Drawn on the server,
// their sizes would be inline style attributes, which the Content-Security-Policy refuses; in
// the browser React sets them through the DOM, which the policy allows. Every figure is also in
// the data table that goes with each chart, so a reader without the chart misses nothing.
import dynamic from "next/dynamic";
import type { Level3Row, Level3Series } from "./level3-bar-chart";

const Level3BarChart = dynamic(() => import("./level3-bar-chart"), { ssr: false });

export type { Level3Row, Level3Series };

export function Level3Chart({ heading, label, rows, series }: { heading: string; label: string; rows: Level3Row[]; series: Level3Series[] }) {
  return (
    <figure className="app-chart">
      <figcaption className="nhsuk-heading-s">{heading}</figcaption>
      <div role="img" aria-label={label} className="app-chart__drawing">
        <Level3BarChart rows={rows} series={series} />
      </div>
    </figure>
  );
}
