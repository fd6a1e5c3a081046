// The browser's own shortcut for the picker (the commands API, delivered by the background as
// {type: 'picker.open'}). A key listener in the page would share the key with LinkedIn's
// listeners, which see that we handled it; a command reaches only us, and the page cannot forge it.

const listeners = new Set<() => void>();

/** `listener` hears every command until `signal` aborts (the visit ends, the extension goes). */
export function onPickerCommand(listener: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  // Its own entry each time: one listener given twice is still removed by each signal.
  const entry = () => listener();
  listeners.add(entry);
  signal.addEventListener('abort', () => listeners.delete(entry), { once: true });
}

export function firePickerCommand(): void {
  // A copy: a listener may unsubscribe (or a visit restart) while the command is handed out.
  for (const listener of [...listeners]) listener();
}
