// Derives each browser's manifest from the one source manifest.json, so the two builds
// cannot drift apart. Pure: tested in test/unit/manifest-for.test.ts.
import { normalizePublicKey } from './extension-id.mjs';

export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'nurture@nurture-selling.app';
export const MIN_FIREFOX_DESKTOP = '140.0';
export const MIN_FIREFOX_ANDROID = '142.0';

type Json = Record<string, unknown>;

/** Chrome's command that opens the side panel (the background opens it); Firefox's is built in. */
export const SIDE_PANEL_COMMAND = 'open-side-panel';

/**
 * Firefox's manifest as written by the build: the side panel's page becomes the sidebar's.
 * The build keeps `side_panel` until then because CRXJS builds the HTML pages it knows, and
 * `sidebar_action` is not among them.
 */
export function firefoxSidebar(built: Json): Json {
  const manifest: Json = structuredClone(built);
  const panel = manifest['side_panel'] as { default_path?: string } | undefined;
  if (!panel?.default_path) return manifest;
  delete manifest['side_panel'];
  manifest['sidebar_action'] = {
    default_panel: panel.default_path,
    default_title: manifest['name'],
    default_icon: (manifest['action'] as { default_icon?: unknown } | undefined)?.default_icon,
    // Opened by the user (toolbar popup, command, context menu), never by itself at install.
    open_at_install: false,
  };
  return manifest;
}

export interface ManifestOptions {
  /**
   * Another public key for Chrome's manifest (base64 DER): a team that packs its own CRX with its
   * own private key ships under its own id (NURTURE_PUBLIC_KEY, read by vite.config.ts).
   */
  publicKey?: string | undefined;
}

export function manifestFor(source: Json, target: Target, options: ManifestOptions = {}): Json {
  const manifest: Json = structuredClone(source);
  if (target === 'chrome') {
    if (options.publicKey) manifest['key'] = normalizePublicKey(options.publicKey);
    return manifest;
  }

  // Firefox names the add-on by its gecko id: Chrome's key is a property it does not know, and warns of.
  delete manifest['key'];
  // Firefox reads the company's policy from policies.json ("3rdparty"), not from a schema named
  // in the manifest: storage.managed_schema is a key it does not know (the linter would warn).
  delete manifest['storage'];

  // Firefox has no sidePanel API: its sidebar opens by sidebar_action, and by its own command.
  manifest['permissions'] = (manifest['permissions'] as string[]).filter((permission) => permission !== 'sidePanel');
  const commands = manifest['commands'] as Record<string, unknown> | undefined;
  if (commands?.[SIDE_PANEL_COMMAND]) {
    commands['_execute_sidebar_action'] = commands[SIDE_PANEL_COMMAND];
    delete commands[SIDE_PANEL_COMMAND];
  }

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
