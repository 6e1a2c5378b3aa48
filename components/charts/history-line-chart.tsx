"use client";
// Drawn only in the browser (see history-chart.tsx): each ICB's overall figure at each of its
// submissions, one line per ICB, over time.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from "recharts";

export type HistoryLine = { name: string; points: { at: number; value: number }[] };

/**
 * Design system colours, each over 3:1 against white (WCAG 1.4.11), with a different dot shape
 * for every colour's second use; the table beside the chart holds every figure in words.
 */
const LINE_COLOURS = ["#005eb8", "#007f3b", "#7c2855", "#330072", "#d5281b", "#425563", "#006747", "#ae2573"];
const DOTS = ["circle", "square", "diamond", "triangle"] as const;

const dateLabel = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "Europe/London" });

export default function HistoryLineChart({ lines }: { lines: HistoryLine[] }) {
  const times = lines.flatMap((line) => line.points.map((point) => point.at));
  const [first, last] = [Math.min(...times), Math.max(...times)];
  // A single date still needs a span to draw on.
  const pad = first === last ? 30 * 24 * 3600 * 1000 : (last - first) * 0.05;
  return (
    <ResponsiveContainer width="100%" height={280}>
      <LineChart margin={{ top: 8, right: 24, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#d8dde0" />
        <XAxis
          type="number"
          dataKey="at"
          domain={[first - pad, last + pad]}
          scale="time"
          tickFormatter={(value: number) => dateLabel.format(new Date(value))}
          tick={{ fill: "#212b32", fontSize: 14 }}
          allowDuplicatedCategory={false}
        />
        <YAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(value: number) => `${value}%`} tick={{ fill: "#212b32", fontSize: 14 }} width={48} />
        <Legend wrapperStyle={{ color: "#212b32", fontSize: 14 }} />
        {lines.map((line, index) => {
          const colour = LINE_COLOURS[index % LINE_COLOURS.length]!;
          return (
            <Line
              key={line.name}
              data={line.points}
              dataKey="value"
              name={line.name}
              stroke={colour}
              strokeWidth={2}
              dot={{ r: 4, fill: colour, strokeWidth: 0 }}
              legendType={DOTS[Math.floor(index / LINE_COLOURS.length) % DOTS.length]}
              isAnimationActive={false}
            />
          );
        })}
      </LineChart>
    </ResponsiveContainer>
  );
}
