// "They sound interested": the stage an interested reply proposes. Pure.
import { STAGES, type Interaction, type ProspectStage, type Stage } from '../domain/model';

/** Past purchase the person is a customer: a reply's interest says nothing of the next step. */
const LAST_PROPOSED_FROM = STAGES.indexOf('purchase');

/**
 * The stage after `stage` when the person's newest reply is `interested` and they are before
 * purchase; else null. A lost prospect is not proposed anything: the user decides to reopen them.
 */
export function proposedStage(timeline: readonly Interaction[], stage: ProspectStage): Stage | null {
  const index = STAGES.indexOf(stage as Stage);
  if (index < 0 || index >= LAST_PROPOSED_FROM) return null;
  let latest: Interaction | null = null;
  for (const entry of timeline) if (entry.kind === 'replied' && (latest === null || entry.at > latest.at)) latest = entry;
  return latest?.replyClass === 'interested' ? (STAGES[index + 1] ?? null) : null;
}
