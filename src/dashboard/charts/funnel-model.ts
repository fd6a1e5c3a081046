// The funnel's shape: one step per stage in journey order, its width by prospects reached, the
// passage rate to the next stage, and where prospects get stuck. Pure.
import { STAGES, type Stage } from '../../domain/model';

/** What the log gives per stage (the data layer's funnel rows have this shape). */
export interface FunnelCounts {
  stage: Stage;
  /** Prospects who reached this stage or a later one. */
  reached: number;
  medianDaysInStage: number | null;
}

export interface FunnelStep {
  stage: Stage;
  reached: number;
  /** reached / the most reached of any stage: 1 for the widest bar, 0 for none. */
  width: number;
  /** Of those who reached this stage, the share who reached the next; null for the last stage or when none reached this one. */
  passage: number | null;
  medianDays: number | null;
  /** This stage's passage is the lowest: prospects get stuck here. */
  stuck: boolean;
}

export interface FunnelLayout {
  steps: FunnelStep[];
  /** The stage with the lowest passage rate (the earliest of equals), null when nobody stops anywhere or nothing was reached. */
  stuck: Stage | null;
}

/** Every stage in journey order (STAGES, whatever order the rows came in); a stage without a row reached nobody. */
export function funnelLayout(rows: readonly FunnelCounts[]): FunnelLayout {
  const byStage = new Map(rows.map((row) => [row.stage, row]));
  const reached = STAGES.map((stage) => Math.max(0, byStage.get(stage)?.reached ?? 0));
  const most = Math.max(0, ...reached);
  const passages = STAGES.map((_, i) => (i + 1 < STAGES.length && reached[i]! > 0 ? reached[i + 1]! / reached[i]! : null));
  let stuckIndex = -1;
  passages.forEach((passage, i) => {
    if (passage !== null && passage < 1 && (stuckIndex === -1 || passage < passages[stuckIndex]!)) stuckIndex = i;
  });
  const steps = STAGES.map((stage, i) => ({
    stage,
    reached: reached[i]!,
    width: most > 0 ? reached[i]! / most : 0,
    passage: passages[i]!,
    medianDays: byStage.get(stage)?.medianDaysInStage ?? null,
    stuck: i === stuckIndex,
  }));
  return { steps, stuck: stuckIndex === -1 ? null : STAGES[stuckIndex]! };
}
