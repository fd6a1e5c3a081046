// Shortcuts as the keyboard in front of the user names them: ⌥⇧S on a Mac, Alt+Shift+S (Alt+Maj+S
// in French) elsewhere, from the keys manifest.json suggests.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import source from '../../manifest.json';
import { SHORTCUTS, altPrefix, currentPlatform, isApplePlatform, shortcutLabel } from '../../src/i18n/shortcut-label';

describe('shortcutLabel', () => {
  it('on a Mac: the symbols, in Apple’s order, the key after them', () => {
    expect(shortcutLabel('Alt+Shift+S', 'macOS')).toBe('⌥⇧S');
    expect(shortcutLabel('Shift+Alt+P', 'MacIntel', 'fr')).toBe('⌥⇧P');
    // Chrome turns Ctrl into Command on a Mac; MacCtrl is the Control key.
    expect(shortcutLabel('Ctrl+Shift+Y', 'macOS')).toBe('⇧⌘Y');
    expect(shortcutLabel('MacCtrl+Alt+Comma', 'macOS')).toBe('⌃⌥,');
  });

  it('elsewhere: the names joined by +, as the language prints them on the keys', () => {
    expect(shortcutLabel('Alt+Shift+S', 'Windows')).toBe('Alt+Shift+S');
    expect(shortcutLabel('Alt+Shift+S', 'Linux x86_64', 'en-US')).toBe('Alt+Shift+S');
    expect(shortcutLabel('Alt+Shift+S', 'Win32', 'fr')).toBe('Alt+Maj+S');
    expect(shortcutLabel('Alt+Shift+P', 'Linux', 'fr-CA')).toBe('Alt+Maj+P');
    expect(shortcutLabel('Ctrl+Up', 'Chrome OS')).toBe('Ctrl+↑');
    expect(shortcutLabel('Alt+Shift+N', '')).toBe('Alt+Shift+N');
  });

  it('tells Apple platforms from the others, from userAgentData first', () => {
    expect(['macOS', 'MacIntel', 'iPhone', 'iPad'].map(isApplePlatform)).toEqual([true, true, true, true]);
    expect(['Windows', 'Win32', 'Linux x86_64', 'Android', 'Chrome OS', ''].map(isApplePlatform)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(currentPlatform({ userAgentData: { platform: 'macOS' }, platform: 'Linux' })).toBe('macOS');
    expect(currentPlatform({ userAgentData: { platform: '' }, platform: 'MacIntel' })).toBe('MacIntel');
    expect(currentPlatform({})).toBe('');
    expect(currentPlatform(undefined)).toBe('');
    expect([altPrefix('macOS'), altPrefix('Windows')]).toEqual(['⌥', 'Alt+']);
  });
});

describe('the shortcuts we tell', () => {
  it('are the ones manifest.json suggests, for every platform (Alt is Option on a Mac)', () => {
    const commands = source.commands as Record<string, { suggested_key?: { default?: string; mac?: string } }>;
    expect(commands['_execute_action']?.suggested_key?.default).toBe(SHORTCUTS.popup);
    expect(commands['open-side-panel']?.suggested_key?.default).toBe(SHORTCUTS.sidePanel);
    expect(commands['open-picker']?.suggested_key?.default).toBe(SHORTCUTS.picker);
    for (const command of Object.values(commands))
      expect(command.suggested_key?.mac ?? command.suggested_key?.default).toMatch(/^Alt\+Shift\+[A-Z]$/);
  });

  it('never sit written out in a message: they come in through a placeholder, named for the platform', () => {
    for (const lang of ['en', 'fr']) {
      const catalog = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
      const keys = /\b(?:Alt|Ctrl|Shift|Maj)\s*\+|[⌥⇧⌘]/;
      const written = Object.entries(catalog)
        .filter(([, { message }]) => keys.test(message))
        .map(([key]) => `${lang}.${key}`);
      expect(written).toEqual([]);
    }
  });
});
