/**
 * A grouped bar chart of percentages (ECharts, only the parts it needs). `reference` draws a
 * horizontal line per series value (the 100% of document No. 5's targets).
 */
import { BarChart as EBarChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

echarts.use([EBarChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export interface PercentSeries {
  readonly name: string;
  /** One value per category, in percent (28.2); null where there is no rate. */
  readonly values: readonly (number | null)[];
  readonly color?: string;
  /** A target line across the chart, in percent. */
  readonly reference?: { readonly label: string; readonly value: number };
}

export interface PercentBarChartProps {
  readonly categories: readonly string[];
  readonly series: readonly PercentSeries[];
  readonly height?: number;
  /** Text for screen readers; the table next to the chart carries the same figures. */
  readonly ariaLabel: string;
  /** Top of the value axis, in percent (100 unless a value passes it). */
  readonly max?: number;
}

export function PercentBarChart({ categories, series, height = 340, ariaLabel, max = 100 }: PercentBarChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: "canvas" });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        tooltip: {
          trigger: "axis",
          valueFormatter: (value: unknown) => (typeof value === "number" ? `${value.toFixed(1)}%` : "—"),
        },
        legend: { top: 0 },
        grid: { left: 48, right: 16, top: 40, bottom: 32 },
        xAxis: { type: "category", data: [...categories], axisLabel: { interval: 0 } },
        yAxis: { type: "value", min: 0, max, axisLabel: { formatter: "{value}%" } },
        series: series.map((s) => ({
          name: s.name,
          type: "bar",
          data: [...s.values],
          ...(s.color ? { itemStyle: { color: s.color } } : {}),
          ...(s.reference
            ? {
                markLine: {
                  symbol: "none",
                  label: { formatter: s.reference.label, position: "insideEndTop" },
                  data: [{ yAxis: s.reference.value }],
                },
              }
            : {}),
        })),
      },
      { notMerge: true },
    );
  }, [categories, series, max]);

  return <div ref={element} role="img" aria-label={ariaLabel} style={{ width: "100%", height }} />;
}
