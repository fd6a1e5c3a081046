// The one message an extension page sends to the content script of a LinkedIn tab (not to the
// background, so it is not in contract.ts): "Copy page structure" (docs/bug-reports.md).
// Plain guards, no schema library: both ends check what they receive, nothing is `any`.

export const STRUCTURE_REQUEST = 'page.structure';

export interface StructureRequest {
  type: typeof STRUCTURE_REQUEST;
}

export type StructureAnswer = { ok: true; snapshot: string } | { ok: false; error: string };

export const structureRequest = (): StructureRequest => ({ type: STRUCTURE_REQUEST });

// Exactly `{ type: 'page.structure' }`: anything more or else is not ours.
export function isStructureRequest(message: unknown): message is StructureRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === STRUCTURE_REQUEST &&
    Object.keys(message).length === 1
  );
}

export function isStructureAnswer(answer: unknown): answer is StructureAnswer {
  if (typeof answer !== 'object' || answer === null) return false;
  const { ok, snapshot, error } = answer as { ok?: unknown; snapshot?: unknown; error?: unknown };
  return ok === true ? typeof snapshot === 'string' : ok === false && typeof error === 'string';
}
