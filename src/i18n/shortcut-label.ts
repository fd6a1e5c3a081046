// Keyboard shortcuts as the user's keyboard names them: ⌥⇧S on a Mac, Alt+Shift+S elsewhere
// (Alt+Maj+S in French, whose keyboards print "Maj" on Shift). Our commands (manifest.json) say
// "Alt+Shift+…" once for every platform: on macOS, Chrome and Firefox read Alt as the Option key
// (only Ctrl is turned into Command), so a Mac user presses ⌥⇧S.

/** The shortcuts manifest.json suggests for our commands (a unit test keeps them equal). */
export const SHORTCUTS = {
  popup: 'Alt+Shift+N',
  sidePanel: 'Alt+Shift+P',
  picker: 'Alt+Shift+S',
} as const;

/** Whether a platform name (navigator.userAgentData.platform or navigator.platform) is Apple's. */
export const isApplePlatform = (platform: string): boolean => /mac|iphone|ipad|ipod|ios/i.test(platform);

// On a Mac, modifiers are symbols written together in Apple's order: ⌃ ⌥ ⇧ ⌘.
const MAC_MODIFIERS = new Map<string, string>([
  ['MacCtrl', '⌃'],
  ['Alt', '⌥'],
  ['Option', '⌥'],
  ['Shift', '⇧'],
  ['Ctrl', '⌘'],
  ['Command', '⌘'],
]);
const MAC_ORDER = ['⌃', '⌥', '⇧', '⌘'];

const KEY_SYMBOLS = new Map<string, string>([
  ['Comma', ','],
  ['Period', '.'],
  ['Up', '↑'],
  ['Down', '↓'],
  ['Left', '←'],
  ['Right', '→'],
]);

/** How a language names a modifier on a PC keyboard, where it differs from English. */
const PC_NAMES = new Map<string, Map<string, string>>([['fr', new Map([['Shift', 'Maj']])]]);

/**
 * A shortcut in the manifest's notation ("Alt+Shift+S") as the keyboard in front of the user
 * names it: "⌥⇧S" on `platform` Apple's, "Alt+Shift+S" (or "Alt+Maj+S" in French) elsewhere.
 */
export function shortcutLabel(keys: string, platform: string, language = 'en'): string {
  const parts = keys.split('+').map((part) => part.trim());
  const key = parts.pop() ?? '';
  const keyName = KEY_SYMBOLS.get(key) ?? key;
  if (isApplePlatform(platform)) {
    const symbols = parts.map((part) => MAC_MODIFIERS.get(part) ?? part);
    const ordered = [...symbols].sort((a, b) => rank(a) - rank(b));
    return ordered.join('') + keyName;
  }
  const names = PC_NAMES.get(language.toLowerCase().split(/[-_]/)[0] ?? '') ?? new Map<string, string>();
  return [...parts.map((part) => names.get(part) ?? part), keyName].join('+');
}

function rank(symbol: string): number {
  const at = MAC_ORDER.indexOf(symbol);
  return at === -1 ? MAC_ORDER.length : at;
}

/** The modifier the picker's "other caption" keys take: "⌥" before the arrows on a Mac, "Alt+" elsewhere. */
export const altPrefix = (platform: string): string => (isApplePlatform(platform) ? '⌥' : 'Alt+');

interface NavigatorPlatform {
  userAgentData?: { platform?: string };
  platform?: string;
}

const globalNavigator = (): NavigatorPlatform | undefined =>
  typeof navigator === 'undefined' ? undefined : (navigator as NavigatorPlatform);

/** The platform this page runs on, for shortcutLabel: userAgentData where the browser has it (Chromium), else navigator.platform. */
export function currentPlatform(nav: NavigatorPlatform | undefined = globalNavigator()): string {
  return nav?.userAgentData?.platform || nav?.platform || '';
}
