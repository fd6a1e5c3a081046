// Derives each browser's manifest from the one source manifest.json, so the two builds
// cannot drift apart. Pure: tested in test/unit/manifest-for.test.ts.
export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'nurture@nurture-selling.app';
export const MIN_FIREFOX_DESKTOP = '140.0';
export const MIN_FIREFOX_ANDROID = '142.0';

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
      // The lowest Firefox with everything we use (MDN compatibility data): Manifest V3 (109),
      // background.type "module" for event pages (112), storage.session (115),
      // optional_host_permissions (128, bug 1766026; feed hosts are asked for at run time),
      // and the built-in data-collection consent, data_collection_permissions (140 on desktop,
      // 142 on Android, hence gecko_android). 140 is Firefox ESR 140: the ESR that large
      // companies deploy can install Nurture.
      strict_min_version: MIN_FIREFOX_DESKTOP,
      // Nothing leaves the user's machine: prospects and logs stay in IndexedDB.
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: MIN_FIREFOX_ANDROID },
  };
  return manifest;
}
