import { describe, expect, it } from 'vitest';
import source from '../../manifest.json';
import { GECKO_ID, SIDE_PANEL_COMMAND, firefoxSidebar, manifestFor } from '../../scripts/manifest-for';

describe('manifestFor', () => {
  it('keeps the source manifest for Chrome', () => {
    expect(manifestFor(source, 'chrome')).toEqual(source);
  });

  it('turns the service worker into background scripts for Firefox and adds gecko settings', () => {
    const firefox = manifestFor(source, 'firefox');
    expect(firefox['background']).toEqual({ scripts: [source.background.service_worker], type: 'module' });
    expect(firefox['browser_specific_settings']).toMatchObject({
      gecko: { id: GECKO_ID, data_collection_permissions: { required: ['none'] } },
    });
    expect(source).not.toHaveProperty('browser_specific_settings');
  });

  it("asks for Firefox 140 on desktop (ESR 140 can install it) and 142 on Android, the data-consent keys' first versions", () => {
    const settings = manifestFor(source, 'firefox')['browser_specific_settings'] as {
      gecko: { strict_min_version: string };
      gecko_android: { strict_min_version: string };
    };
    expect(settings.gecko.strict_min_version).toBe('140.0');
    expect(settings.gecko_android.strict_min_version).toBe('142.0');
    // No key or permission newer than that: optional_host_permissions (128) is the newest besides
    // them; incognito "not_allowed" is Firefox 67.
    expect(Object.keys(source).sort()).toEqual(
      [
        'action',
        'background',
        'commands',
        'content_scripts',
        'content_security_policy',
        'default_locale',
        'description',
        'icons',
        'incognito',
        'key',
        'manifest_version',
        'name',
        'optional_host_permissions',
        'options_ui',
        'permissions',
        'short_name',
        'side_panel',
        'storage',
        'version',
      ].sort(),
    );
  });

  it('asks for no more than it uses, and exposes no web-accessible resources', () => {
    // sidePanel and contextMenus: the side panel beside LinkedIn, and its item in LinkedIn's context
    // menu; downloads: the automatic encrypted backups.
    expect(source.permissions).toEqual(['storage', 'alarms', 'notifications', 'sidePanel', 'contextMenus', 'downloads']);
    expect(manifestFor(source, 'firefox')['permissions']).toEqual(['storage', 'alarms', 'notifications', 'contextMenus', 'downloads']);
    // Feed hosts are asked one by one, when the user adds a feed.
    expect(source.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(source).not.toHaveProperty('host_permissions');
    expect(source).not.toHaveProperty('web_accessible_resources');
    expect(source).not.toHaveProperty('externally_connectable');
  });

  it('names the managed storage schema for Chrome only (Firefox reads policies.json and does not know the key)', () => {
    expect(manifestFor(source, 'chrome')['storage']).toEqual({ managed_schema: 'managed-schema.json' });
    expect(manifestFor(source, 'firefox')).not.toHaveProperty('storage');
    expect(source.storage).toEqual({ managed_schema: 'managed-schema.json' });
  });

  it('never runs in private windows, in both builds (what the privacy policy promises)', () => {
    for (const target of ['chrome', 'firefox'] as const) expect(manifestFor(source, target)['incognito']).toBe('not_allowed');
  });

  it('declares a strict CSP for extension pages, in both builds', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const csp =
        (manifestFor(source, target)['content_security_policy'] as { extension_pages?: string } | undefined)?.extension_pages ?? '';
      const directives = new Map(
        csp
          .split(';')
          .map((part) => part.trim().split(/\s+/))
          .filter((words) => words[0])
          .map(([name, ...values]) => [name!, values]),
      );
      // Our own files only: no inline script, no eval (not even wasm), no remote code.
      expect(directives.get('script-src'), target).toEqual(["'self'"]);
      // No plugins at all (the MV3 default would allow 'self').
      expect(directives.get('object-src'), target).toEqual(["'none'"]);
      // A <base> injected into a page could not move where its relative URLs point.
      expect(directives.get('base-uri'), target).toEqual(["'none'"]);
      expect(csp, target).not.toMatch(/unsafe|https?:|\*/);
    }
    // The content script runs in LinkedIn's page: the manifest sets nothing for sandboxes or it.
    expect(Object.keys(source.content_security_policy)).toEqual(['extension_pages']);
  });

  it("gives Firefox the side panel as its sidebar, opened by Firefox's own command", () => {
    const firefox = manifestFor(source, 'firefox');
    const commands = firefox['commands'] as Record<string, { suggested_key: { default: string } }>;
    expect(commands['_execute_sidebar_action']?.suggested_key.default).toBe(source.commands[SIDE_PANEL_COMMAND].suggested_key.default);
    expect(commands).not.toHaveProperty(SIDE_PANEL_COMMAND);
    // The written manifest: the same page, as sidebar_action; no side_panel key Firefox does not know.
    const written = firefoxSidebar(firefox);
    expect(written).not.toHaveProperty('side_panel');
    expect(written['sidebar_action']).toMatchObject({ default_panel: source.side_panel.default_path, open_at_install: false });
    // Chrome keeps side_panel and its command.
    expect(manifestFor(source, 'chrome')['side_panel']).toEqual({ default_path: 'src/panel/index.html' });
  });

  it('routes the picker shortcut through the commands API (the page never sees the keystroke)', () => {
    expect(source.commands['open-picker'].suggested_key.default).toBe('Alt+Shift+S');
    // Chrome takes at most four suggested shortcuts.
    expect(Object.values(source.commands).filter((command) => 'suggested_key' in command).length).toBeLessThanOrEqual(4);
  });
});
