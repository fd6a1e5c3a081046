// The background's answer to a request, asked from one of our extension pages as the dashboard
// asks it: the tests read and seed what the user keeps through the product's own channel.
import type { Page } from 'playwright-core';

export async function ask<T = unknown>(page: Page, type: string, payload: unknown): Promise<T> {
  const answer = await page.evaluate(
    async ([type, payload]) => (await chrome.runtime.sendMessage({ type, payload })) as { ok: boolean; value?: unknown; error?: unknown },
    [type, payload] as const,
  );
  if (!answer.ok) throw new Error(`${type}: ${JSON.stringify(answer.error)}`);
  return answer.value as T;
}
