// Derives each browser's manifest from the one source manifest.json, so the two builds
// cannot drift apart. Pure: tested in test/unit/manifest-for.test.ts.
export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'nurture@nurture-selling.app';

type Json = Record<string, unknown>;

export function manifestFor(source: Json, target: Target): Json {
  const manifest: Json = structuredClone(source);
  if (target === 'chrome') return manifest;

  const background = manifest['background'] as { service_worker: string; type?: string };
  // Firefox runs MV3 backgrounds as event pages: it takes `scripts`, not `service_worker`.
  manifest['background'] = { scripts: [background.service_worker], type: background.type ?? 'module' };
  manifest['browser_specific_settings'] = {
    gecko: {
      id: GECKO_ID,
      // data_collection_permissions exists from Firefox 140 (desktop) and 142 (Android).
      strict_min_version: '142.0',
      // Nothing leaves the user's machine: prospects and logs stay in IndexedDB.
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: '142.0' },
  };
  return manifest;
}
