"use client";
// Drawn only in the browser (see level3-chart.tsx for why): each row's items split by level, as
// stacked bars of per cent of all the row's items, with the items not yet rated as the row's
// white remainder. The legend is HTML beside the drawing (level-stack-chart.tsx).
import { useState } from "react";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { LEVEL_COLOURS, NOT_RATED_COLOUR, SEGMENT_OUTLINE } from "./level-colours";

/** One bar: a name on the axis, how many items at each level 0-5, how many not rated. */
export type LevelStackRow = { name: string; counts: readonly number[]; notRated: number };

const BAR_HEIGHT = 24;
const ROW_GAP = 16;
const KEYS = ["l0", "l1", "l2", "l3", "l4", "l5"] as const;

function nameWidth(chartWidth: number): number {
  return Math.round(Math.min(220, Math.max(96, chartWidth * 0.4)));
}

export default function LevelStackBarChart({ rows }: { rows: LevelStackRow[] }) {
  const [yAxisWidth, setYAxisWidth] = useState(150);
  // Exact fractions, not the rounded shares: the segments then fill each bar to exactly 100%.
  const data = rows.map((row) => {
    const items = row.counts.reduce((total, count) => total + count, 0) + row.notRated;
    const percent = (count: number) => (items === 0 ? 0 : (count / items) * 100);
    return { name: row.name, ...Object.fromEntries(KEYS.map((key, level) => [key, percent(row.counts[level] ?? 0)])), notRated: percent(row.notRated) };
  });
  const height = rows.length * (BAR_HEIGHT + ROW_GAP) + 40;
  return (
    <ResponsiveContainer width="100%" height={height} onResize={(width) => setYAxisWidth(nameWidth(width))}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke="#d8dde0" />
        <XAxis
          type="number"
          domain={[0, 100]}
          allowDataOverflow
          ticks={[0, 25, 50, 75, 100]}
          tickFormatter={(value: number) => `${value}%`}
          tick={{ fill: "#212b32", fontSize: 14 }}
        />
        <YAxis type="category" dataKey="name" width={yAxisWidth} tick={{ fill: "#212b32", fontSize: 14 }} interval={0} />
        {KEYS.map((key, level) => (
          <Bar key={key} dataKey={key} stackId="levels" fill={LEVEL_COLOURS[level]!.fill} stroke={SEGMENT_OUTLINE} strokeWidth={1} barSize={BAR_HEIGHT} isAnimationActive={false} />
        ))}
        <Bar dataKey="notRated" stackId="levels" fill={NOT_RATED_COLOUR.fill} stroke={SEGMENT_OUTLINE} strokeWidth={1} barSize={BAR_HEIGHT} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
