// Settings changed (the background's 'stores.changed' naming 'settings'): the content script
// asks for its configuration again, so quiet mode and reply text apply to open LinkedIn tabs at
// once. Only our background is heard: our extension id, and no tab (a content script, ours in
// another tab included, or a page of ours in a tab is not the background). Never answers.
import { isStoresChanged } from '../contract/changes';

interface Sender {
  id?: string | undefined;
  tab?: unknown;
}
type Listener = (message: unknown, sender: Sender) => undefined;

export interface SettingsListenerOptions {
  onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
  /** runtime.id */
  selfId: string;
  onSettingsChanged: () => void;
}

export function listenForSettingsChanges({ onMessage, selfId, onSettingsChanged }: SettingsListenerOptions): () => void {
  const listener: Listener = (message, sender) => {
    if (isStoresChanged(message) && sender.id === selfId && sender.tab === undefined && message.stores.includes('settings'))
      onSettingsChanged();
    return undefined;
  };
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}
