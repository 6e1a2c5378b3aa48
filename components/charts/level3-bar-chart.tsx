"use client";
// Drawn only in the browser (see level3-chart.tsx): its sizes are measured from the page.
import { useState } from "react";
import { CHART_COLOURS } from "./chart-colours";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from "recharts";

/** One row of bars: a name on the axis, one value per series (null: no bar). */
export type Level3Row = { name: string; values: (number | null)[]; highlight?: boolean };
export type Level3Series = { label: string; colour: string };

const BAR_HEIGHT = 24;
const ROW_GAP = 28;

/** Room for the names: four tenths of the width, within reason, so a 320 px screen keeps its bars. */
function nameWidth(chartWidth: number): number {
  return Math.round(Math.min(220, Math.max(96, chartWidth * 0.4)));
}

export default function Level3BarChart({ rows, series }: { rows: Level3Row[]; series: Level3Series[] }) {
  const [yAxisWidth, setYAxisWidth] = useState(150);
  const data = rows.map((row) => ({ name: row.name, highlight: row.highlight === true, ...Object.fromEntries(row.values.map((value, index) => [`s${index}`, value])) }));
  const legend = series.length > 1;
  const height = rows.length * (series.length * BAR_HEIGHT + ROW_GAP) + 40 + (legend ? 32 : 0);
  return (
    <ResponsiveContainer width="100%" height={height} onResize={(width) => setYAxisWidth(nameWidth(width))}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 56, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke="#d8dde0" />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          tickFormatter={(value: number) => `${value}%`}
          tick={{ fill: "#212b32", fontSize: 14 }}
        />
        <YAxis type="category" dataKey="name" width={yAxisWidth} tick={{ fill: "#212b32", fontSize: 14 }} interval={0} />
        {legend && <Legend verticalAlign="top" wrapperStyle={{ color: "#212b32", fontSize: 14 }} />}
        {series.map((entry, index) => (
          <Bar key={entry.label} dataKey={`s${index}`} name={entry.label} fill={entry.colour} barSize={BAR_HEIGHT} isAnimationActive={false}>
            {data.map((row) => (
              <Cell key={row.name} fill={row.highlight ? CHART_COLOURS.highlight : entry.colour} />
            ))}
            <LabelList
              dataKey={`s${index}`}
              position="right"
              fill="#212b32"
              fontSize={14}
              formatter={(value) => (value === null || value === undefined ? "" : `${Number(value).toFixed(1)}%`)}
            />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
