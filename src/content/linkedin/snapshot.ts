// One read of the page per scan, handed to every feature: the composers, the open conversations
// and the profile on screen. Composers are found from editors outwards (see composers.ts), and
// after the first scan only where the page changed: editors inside what was added, editors that
// became editable, and editors whose composer was not complete yet. Composers found earlier
// are kept while they stay whole, which only a removal can change: without one they are not
// looked at. Navigation reads the whole page again.
import { composersAmong, type ComposerAnchor, type Slot } from './composers';
import { openConversations, type OpenConversation } from './conversation';
import { editableSelectorAt, editablesOf, searchRoots } from './dom';
import { detectPage } from './pages';
import { profileActionsSlot, readProfilePage, type ProfilePage } from './profiles';
import { readSalesLead, salesLeadActionsSlot } from './sales';

export interface PageSnapshot {
  readonly href: string;
  /** Every composer on the page that can take a button, each once (see composersAmong). */
  readonly composers: readonly ComposerAnchor[];
  /** The conversations whose person is certain (see openConversations); read once, when first asked. */
  readonly conversations: readonly OpenConversation[];
  /** The member's profile on screen, or null; read once, when first asked. */
  readonly profile: ProfilePage | null;
  /** Where a button goes beside the profile's own actions, or null; read once, when first asked. */
  readonly profileActions: Slot | null;
  /**
   * Whether anything left the page since the previous read (always true on a first read): what
   * a feature mounted can only have been thrown away then.
   */
  readonly removals: boolean;
}

export interface PageReader {
  /** What the MutationObserver saw: added subtrees and editors switched on are looked at next read. */
  note(records: Iterable<MutationRecord>): void;
  /**
   * The page now. `records`: those not delivered yet (the observer's takeRecords()); `href`: the
   * page's address, when the caller has just read it (each read of the location is a call into the DOM).
   */
  read(records?: Iterable<MutationRecord>, href?: string): PageSnapshot;
}

// What the observer watches: added nodes, and elements becoming editable (editors mount in place).
export const WATCH: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] };

const isElement = (node: Node): node is Element => node.nodeType === 1;

// Whether a composer found earlier is still as found: its editor and slot inside its root, on the page.
function whole({ root, editor, slot }: ComposerAnchor): boolean {
  return (
    editor.isConnected &&
    root.isConnected &&
    root.contains(editor) &&
    root.contains(slot.parent) &&
    (slot.before === null || slot.before.parentNode === slot.parent)
  );
}

// Reads the page for a scan. `watch` gets each shadow root LinkedIn renders into
// (#interop-outlet) the first time it is seen: the observer is to follow changes in it too.
export function pageReader(doc: Document, watch: (root: ShadowRoot) => void = () => {}): PageReader {
  let href: string | null = null;
  let everything = true;
  let added = new Set<Element>();
  let removals = true;
  // Composers found at earlier reads, by editor.
  const known = new Map<HTMLElement, ComposerAnchor>();
  // Editables that made no composer yet: LinkedIn may add the rest of their box later.
  let waiting = new Set<HTMLElement>();
  const watched = new WeakSet<ShadowRoot>();

  // Only what was added is kept: each added subtree is queried once at the next read, so a read
  // costs what changed, not the page (a LinkedIn feed holds 100,000 elements and more).
  // Called by the scan with the records kept since the last one (boot.ts): each record costs a
  // few property reads, nothing more. Measured (bench/NOTES.md, page cost): what a record costs
  // is the wrapper our world makes for the first node read from it; reading records by target
  // instead (one isConnected per distinct target) made one for the target instead, no cheaper.
  const note = (records: Iterable<MutationRecord>) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        if (!everything && isElement(record.target)) added.add(record.target);
        continue;
      }
      if (!removals && record.removedNodes.length > 0) removals = true;
      if (everything) continue;
      const nodes = record.addedNodes;
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        if (isElement(node)) added.add(node);
      }
    }
  };

  // The editables to look at: the whole page, or what was added and what waits.
  const candidates = (href: string): Set<HTMLElement> => {
    const EDITABLE = editableSelectorAt(href);
    const found = new Set<HTMLElement>();
    const add = (editable: HTMLElement) => {
      if (editable.isConnected && !known.has(editable)) found.add(editable);
    };
    if (removals) {
      for (const [editor, composer] of known) {
        if (whole(composer)) continue;
        known.delete(editor);
        add(editor);
      }
    }
    for (const editable of waiting) add(editable);
    for (const root of searchRoots(doc)) {
      if (root === doc || watched.has(root as ShadowRoot)) continue;
      watched.add(root as ShadowRoot);
      watch(root as ShadowRoot);
      // A shadow root seen for the first time: everything in it is new to us.
      if (!everything) for (const editable of root.querySelectorAll<HTMLElement>(EDITABLE)) add(editable);
    }
    if (everything) for (const editable of editablesOf(doc)) add(editable);
    else {
      for (const root of added) {
        if (!root.isConnected) continue;
        if (root.matches(EDITABLE)) add(root as HTMLElement);
        // By index: most added subtrees hold no editor, and iterating a NodeList makes an iterator in our world.
        const editables = root.querySelectorAll<HTMLElement>(EDITABLE);
        for (let i = 0; i < editables.length; i++) add(editables[i]!);
      }
    }
    return found;
  };

  return {
    note,
    read(records = [], now = doc.location.href) {
      note(records);
      if (now !== href) {
        // Another page, or another thread: composers and what waits are read afresh.
        href = now;
        everything = true;
        removals = true;
        known.clear();
        waiting.clear();
      }
      const fresh = candidates(now);
      const removed = removals;
      everything = false;
      removals = false;
      added = new Set();
      if (fresh.size > 0) for (const composer of composersAmong([...fresh], [...known.values()])) known.set(composer.editor, composer);
      waiting = new Set([...fresh].filter((editable) => !known.has(editable)));
      return snapshot(doc, now, [...known.values()], removed);
    },
  };
}

function snapshot(doc: Document, href: string, composers: readonly ComposerAnchor[], removals: boolean): PageSnapshot {
  let conversations: OpenConversation[] | undefined;
  let profile: ProfilePage | null | undefined;
  let profileActions: Slot | null | undefined;
  // Asked only by the profile features: a feed's scans do not parse their URL again.
  let salesLeadPage: boolean | undefined;
  const salesLead = () => (salesLeadPage ??= detectPage(href) === 'sales-lead');
  const actions = () =>
    profileActions === undefined ? (profileActions = salesLead() ? salesLeadActionsSlot(doc) : profileActionsSlot(doc)) : profileActions;
  return {
    href,
    composers,
    removals,
    get conversations() {
      return (conversations ??= openConversations(
        doc,
        composers.filter((composer) => composer.kind === 'message'),
      ));
    },
    get profile() {
      // A Sales Navigator lead's page has its own top card.
      // The action row is looked for once, for the reader's health and for the mount alike.
      return profile === undefined
        ? (profile = salesLead() ? readSalesLead(doc, href, actions()) : readProfilePage(doc, href, actions()))
        : profile;
    },
    get profileActions() {
      return actions();
    },
  };
}

// The page read whole, once: for a caller outside a scan loop (tests, one-off readers).
export const readPage = (doc: Document): PageSnapshot => pageReader(doc).read();
