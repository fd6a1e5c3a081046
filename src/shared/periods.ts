// The periods Insights is asked for (metrics-period.ts says what each means). On its own, so the
// request table carries no metrics code into the pages that never compute any.
export const PERIODS = ['4w', '12w', 'quarter', 'all'] as const;
export type Period = (typeof PERIODS)[number];
