// The stage a prospect was at on a given day, from the stage changes in the log. Pure.
import type { Interaction, ProspectStage } from '../model';

export type StageHistory = Map<string, { at: number; from: ProspectStage; to: ProspectStage }[]>;

/** Groups stage changes by prospect, oldest first. */
export function stageHistory(changes: readonly Interaction[]): StageHistory {
  const history: StageHistory = new Map();
  for (const change of changes) {
    if (change.kind !== 'stage' || !change.prospectId || !change.stageFrom || !change.stageTo) continue;
    const list = history.get(change.prospectId) ?? [];
    list.push({ at: change.at, from: change.stageFrom, to: change.stageTo });
    history.set(change.prospectId, list);
  }
  for (const list of history.values()) list.sort((a, b) => a.at - b.at);
  return history;
}

/**
 * The stage at `at`: the last change's "to" before it, else the first change's "from", else
 * the current stage (it never changed).
 */
export function stageAt(history: StageHistory, prospectId: string, at: number, current: ProspectStage): ProspectStage {
  const changes = history.get(prospectId);
  if (!changes || changes.length === 0) return current;
  let stage = changes[0]!.from;
  for (const change of changes) {
    if (change.at > at) break;
    stage = change.to;
  }
  return stage;
}
