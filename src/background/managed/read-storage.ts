// Reading managed storage, where the browser puts the company's policy for Nurture: Chrome
// answers {} when there is none; Firefox throws ("Managed storage manifest not found") unless
// policies.json configures the add-on. Both mean: no policy.

/** What the background needs of browser.storage.managed. */
export interface ManagedArea {
  get(): Promise<Record<string, unknown>>;
}

/** The raw policy (unchecked: managed-policy.ts reads it), or null when there is none. */
export async function readManagedStorage(area: ManagedArea | undefined, log?: (message: string) => void): Promise<unknown> {
  if (!area) return null;
  try {
    return await area.get();
  } catch (error) {
    log?.(`no managed storage: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}
