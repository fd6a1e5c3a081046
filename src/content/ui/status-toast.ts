// What the share button says after an insert ("Inserted: personalise it, then press Send."), drawn
// as a small toast beside LinkedIn's composer, never over it: the composer is the user's, and a
// status inside it was clipped by its overflow and covered what they were about to send. It
// fades after STATUS_MS, stays while the pointer is on it, and goes at once when clicked.
// Its own host at the end of <body>, fixed in the viewport: no container of LinkedIn's clips it.
// The page measures what we draw: one size whatever it says, and only constant labels (the
// caller's); the screen reader hears it through the button's own role=status region, so this
// drawing is hidden from the accessibility tree (said once, not twice).
import { createShadowHost, type FixedSize } from './shadow-host';
import { onlyFromUser } from './user-input';

/** How long a status stays before it fades (while not hovered). */
export const STATUS_MS = 4000;
/** How long it takes to fade out (no animation when the user asked for reduced motion). */
export const FADE_MS = 300;
/**
 * Two lines of 13px text, about 40 characters each in a wide font (DejaVu Sans averages about 7px
 * a character at that size): the status labels are written to fit, about 60 characters at most.
 */
export const TOAST_SIZE = { width: 320, height: 52 } as const;
const GAP = 8;

type Size = { width: number; height: number };

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Where the toast goes (viewport pixels): under the composer's box, else above it, else beside it
 * (right, then left), wherever it fits whole in the viewport without touching the box; in the
 * viewport's top left corner when none does (a box about as big as the viewport leaves no outside).
 */
export function toastPlace(box: Box, viewport: Size, size: Size = TOAST_SIZE): { top: number; left: number } {
  const clamp = (value: number, max: number) => Math.max(GAP, Math.min(value, max - GAP));
  const left = clamp(box.left, viewport.width - size.width);
  const top = clamp(box.top, viewport.height - size.height);
  if (box.bottom + GAP + size.height <= viewport.height - GAP) return { top: box.bottom + GAP, left };
  if (box.top - GAP - size.height >= GAP) return { top: box.top - GAP - size.height, left };
  if (box.right + GAP + size.width <= viewport.width - GAP) return { top, left: box.right + GAP };
  if (box.left - GAP - size.width >= GAP) return { top, left: box.left - GAP - size.width };
  return { top: GAP, left: GAP };
}

/** The smallest box holding all of `elements` (the composer and our button). */
export function unionBox(elements: readonly (Element | null | undefined)[]): Box | null {
  let union: Box | null = null;
  for (const element of elements) {
    if (!element?.isConnected) continue;
    const { top, bottom, left, right } = element.getBoundingClientRect();
    union = union
      ? {
          top: Math.min(union.top, top),
          bottom: Math.max(union.bottom, bottom),
          left: Math.min(union.left, left),
          right: Math.max(union.right, right),
        }
      : { top, bottom, left, right };
  }
  return union;
}

export const toastCss = `
:host { all: initial; }
.toast { box-sizing: border-box; width: 100%; height: 100%; display: flex; align-items: center; padding: 6px 12px; overflow: hidden;
  border-radius: 8px; background: #1d2226; color: #fff; box-shadow: 0 4px 18px rgba(0, 0, 0, 0.25); cursor: default;
  font: 400 13px/18px -apple-system, system-ui, "Segoe UI", Roboto, sans-serif; opacity: 1; transition: opacity ${FADE_MS}ms ease-in; }
.toast > span { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; overflow-wrap: anywhere; }
.toast.leaving { opacity: 0; }
.dark .toast { background: #f3f2ef; color: #1d2226; }
@media (prefers-reduced-motion: reduce) { .toast { transition: none; } }`;

export interface Toast {
  /** Takes it away now (the share button unmounted, another status replaced it). */
  dismiss(): void;
}

export interface ToastOptions {
  /** The composer's box and our button: what the toast must not cover, read at each placement. */
  anchors: () => readonly (Element | null | undefined)[];
  dark: boolean;
  /** Told once it is gone by itself (faded, or clicked away). */
  onGone: () => void;
}

/** Shows `text` (a constant label) beside the anchors until it fades, is clicked, or is dismissed. */
export function showToast(doc: Document, text: string, { anchors, dark, onGone }: ToastOptions): Toast {
  const size: FixedSize = { width: `${TOAST_SIZE.width}px`, height: `${TOAST_SIZE.height}px` };
  const mount = createShadowHost(doc, toastCss, size, dark);
  const toast = doc.createElement('div');
  toast.className = 'toast';
  toast.setAttribute('aria-hidden', 'true');
  const label = doc.createElement('span');
  label.textContent = text;
  toast.append(label);
  mount.container.append(toast);
  const view = doc.defaultView;
  const place = () => {
    const box = unionBox(anchors());
    const root = doc.documentElement;
    const viewport = { width: root.clientWidth || (view?.innerWidth ?? 0), height: root.clientHeight || (view?.innerHeight ?? 0) };
    const { top, left } = box ? toastPlace(box, viewport) : { top: GAP, left: GAP };
    mount.host.style.cssText = `position:fixed;top:${Math.round(top)}px;left:${Math.round(left)}px;z-index:2147483000;display:block;margin:0`;
  };
  place();
  (doc.body ?? doc.documentElement).append(mount.host);

  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  const listeners = new AbortController();
  const remove = () => {
    clearTimeout(timer);
    if (frame && view) view.cancelAnimationFrame(frame);
    listeners.abort();
    mount.host.remove();
  };
  const gone = () => {
    remove();
    onGone();
  };
  const countDown = () => {
    clearTimeout(timer);
    toast.classList.remove('leaving');
    timer = setTimeout(() => {
      toast.classList.add('leaving');
      timer = setTimeout(gone, FADE_MS);
    }, STATUS_MS);
  };
  const { signal } = listeners;
  // Only the user's pointer holds it: a page's synthetic events could keep our box on its page.
  const hold = () => {
    clearTimeout(timer);
    toast.classList.remove('leaving');
  };
  mount.host.addEventListener('mouseenter', onlyFromUser(hold), { signal });
  mount.host.addEventListener('mouseleave', onlyFromUser(countDown), { signal });
  mount.host.addEventListener('click', onlyFromUser(gone), { signal });
  // It follows the composer while the page scrolls (once a frame at most).
  const follow = () => {
    if (frame || !view) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  };
  view?.addEventListener('scroll', follow, { capture: true, passive: true, signal });
  view?.addEventListener('resize', follow, { passive: true, signal });
  countDown();
  return { dismiss: remove };
}
