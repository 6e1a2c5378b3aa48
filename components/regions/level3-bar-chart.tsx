"use client";
// Drawn only in the browser (see level3-chart.tsx): its sizes are measured from the page.
import { useState } from "react";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";

export type Level3Bar = { name: string; value: number; region: boolean };

// NHS blue for the ICBs, NHS dark grey for the region taken as one: both over 3:1 against white.
const ICB_FILL = "#005eb8";
const REGION_FILL = "#425563";
const ROW_HEIGHT = 60;

/** Room for the ICB names: four tenths of the width, within reason, so a 320 px screen keeps its bars. */
function nameWidth(chartWidth: number): number {
  return Math.round(Math.min(220, Math.max(96, chartWidth * 0.4)));
}

export default function Level3BarChart({ bars }: { bars: Level3Bar[] }) {
  const [yAxisWidth, setYAxisWidth] = useState(150);
  return (
    <ResponsiveContainer width="100%" height={bars.length * ROW_HEIGHT + 40} onResize={(width) => setYAxisWidth(nameWidth(width))}>
      <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 56, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke="#d8dde0" />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          tickFormatter={(value: number) => `${value}%`}
          tick={{ fill: "#212b32", fontSize: 14 }}
        />
        <YAxis type="category" dataKey="name" width={yAxisWidth} tick={{ fill: "#212b32", fontSize: 14 }} interval={0} />
        <Bar dataKey="value" isAnimationActive={false}>
          {bars.map((bar) => (
            <Cell key={bar.name} fill={bar.region ? REGION_FILL : ICB_FILL} />
          ))}
          <LabelList dataKey="value" position="right" fill="#212b32" fontSize={14} formatter={(value) => `${Number(value).toFixed(1)}%`} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
