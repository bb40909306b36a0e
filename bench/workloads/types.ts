/**
 * What every workload returns; bench/report.ts turns these into bench/RESULTS.md, the SVG chart
 * and the console table.
 */
export interface BenchOptions {
  /** Latency the simulators add to every upstream request (BENCH_LATENCY_MS). */
  latencyMs: number;
  /** Repetitions whose median is reported (BENCH_RUNS). */
  runs: number;
  /** BENCH_QUICK=1: shorter windows and smaller counts, for a smoke run. */
  quick: boolean;
}

export interface Headline {
  /** Short label for the chart, e.g. "W1 upstream calls (cold)". */
  label: string;
  value: number;
  /** Baseline to compare with (drawn beside the value), e.g. the one-list-per-parent count. */
  baseline?: number;
  unit: string;
}

export interface WorkloadResult {
  id: string;
  title: string;
  /** What was measured and how, in one or two sentences. */
  description: string;
  columns: string[];
  rows: (string | number)[][];
  /** Further tables, each under a heading of its own, after the main one. */
  tables?: { title: string; columns: string[]; rows: (string | number)[][] }[];
  notes: string[];
  headlines: Headline[];
}
