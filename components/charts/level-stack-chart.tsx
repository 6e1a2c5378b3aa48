"use client";
// The stacked level chart in its figure, with its legend as text (every level named, never
// colour alone). The figures are in the data table that goes with it (LevelDistribution).
import dynamic from "next/dynamic";
import type { LevelStackRow } from "./level-stack-bar-chart";

const LevelStackBarChart = dynamic(() => import("./level-stack-bar-chart"), { ssr: false });

export type { LevelStackRow };

export function LevelStackChart({
  heading,
  label,
  legend,
  rows,
}: {
  heading: string;
  label: string;
  /** The names of levels 0-5, then "not yet rated". */
  legend: { levels: readonly string[]; notRated: string };
  rows: LevelStackRow[];
}) {
  return (
    <figure className="app-chart app-chart--levels">
      <figcaption className="nhsuk-heading-s">{heading}</figcaption>
      <ul className="app-level-legend">
        {legend.levels.map((name, level) => (
          <li key={name} className="app-level-legend__item">
            <span className={`app-level-legend__swatch app-level-legend__swatch--${level}`} aria-hidden="true" />
            {name}
          </li>
        ))}
        <li className="app-level-legend__item">
          <span className="app-level-legend__swatch app-level-legend__swatch--none" aria-hidden="true" />
          {legend.notRated}
        </li>
      </ul>
      <div role="img" aria-label={label} className="app-chart__drawing">
        <LevelStackBarChart rows={rows} />
      </div>
    </figure>
  );
}
