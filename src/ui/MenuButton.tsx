// A menu button (the WAI-ARIA "menu button" pattern): a button that opens a short menu of
// actions. Enter, Space or ↓ open it on the first item, ↑ on the last; ↑ ↓ Home End move, a
// letter goes to the next item starting with it; Escape closes it and gives the focus back to
// the button; Tab (on from the button), a click outside or a choice close it too. Its items exist only while it is
// open: a closed menu costs one button.
import { useEffect, useRef, useState } from 'preact/hooks';
import './menu-button.css';

export interface MenuAction {
  /** Stable key among the menu's items. */
  key: string;
  label: string;
  onSelect: () => void;
}

/** Which item a key moves to, from `index` among `count` items; null: not a moving key. */
export function movedTo(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** The next item after `index` whose label starts with `letter` (wrapping), or null. */
export function itemByLetter(labels: readonly string[], index: number, letter: string): number | null {
  const wanted = letter.toLocaleLowerCase();
  for (let step = 1; step <= labels.length; step++) {
    const at = (index + step) % labels.length;
    if (labels[at]!.trim().toLocaleLowerCase().startsWith(wanted)) return at;
  }
  return null;
}

/**
 * `id`: unique in the page (the menu is `${id}-menu`). `describedBy`: what the button acts on
 * (an item's title), read with its name. `class`: the wrapper's; `buttonClass`: the button's look.
 */
export function MenuButton({
  id,
  label,
  items,
  describedBy,
  class: className,
  buttonClass,
}: {
  id: string;
  label: string;
  items: readonly MenuAction[];
  describedBy?: string;
  class?: string;
  buttonClass?: string;
}) {
  // null: closed; otherwise the item to focus.
  const [focus, setFocus] = useState<number | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const open = focus !== null;

  useEffect(() => {
    if (focus === null) return;
    const item = root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[focus];
    item?.focus();
    // Inside a scrolled list the menu may open past its bottom: brought into view.
    item?.parentElement?.parentElement?.scrollIntoView?.({ block: 'nearest' });
  }, [focus]);

  useEffect(() => {
    if (!open) return;
    const outside = (event: Event) => {
      if (!root.current?.contains(event.target as Node)) setFocus(null);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const close = () => {
    setFocus(null);
    button.current?.focus();
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setFocus(event.key === 'ArrowDown' ? 0 : items.length - 1);
    }
  };

  const onMenuKey = (event: KeyboardEvent) => {
    if (focus === null) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      return close();
    }
    // Tab goes on from the button (to the next control, or back with Shift), the menu closed.
    if (event.key === 'Tab') {
      button.current?.focus();
      return setFocus(null);
    }
    const moved = movedTo(event.key, focus, items.length);
    if (moved !== null) {
      event.preventDefault();
      return setFocus(moved);
    }
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const found = itemByLetter(
        items.map((item) => item.label),
        focus,
        event.key,
      );
      if (found !== null) setFocus(found);
    }
  };

  const choose = (item: MenuAction) => {
    close();
    item.onSelect();
  };

  return (
    <div class={className ? `menu ${className}` : 'menu'} ref={root}>
      <button
        type="button"
        ref={button}
        class={buttonClass}
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={`${id}-menu`}
        aria-describedby={describedBy}
        onClick={() => (open ? setFocus(null) : setFocus(0))}
        onKeyDown={onButtonKey}
      >
        {label}
        <span class="menu-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <ul role="menu" id={`${id}-menu`} aria-labelledby={`${id}-button`} class="menu-list" hidden={!open} onKeyDown={onMenuKey}>
        {open &&
          items.map((item, index) => (
            <li role="none" key={item.key}>
              <button type="button" role="menuitem" tabIndex={index === focus ? 0 : -1} onClick={() => choose(item)}>
                {item.label}
              </button>
            </li>
          ))}
      </ul>
    </div>
  );
}
