// The library picker opened from a composer: the library as a search shows it, the same list
// for everyone. LinkedIn's page can search and measure what we draw (window.find,
// elementFromPoint), so nothing here depends on who the share is for: no stage, no
// recommendation, no "already sent"; those live in the side panel, which the page cannot reach.
// A listbox driven from the search field: arrows move, Enter chooses, Escape closes. Below
// it, in a box of fixed height, the text the highlighted item would insert (or what it misses).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LibraryHit, ShareText } from '../../shared/contract';
import { missingText } from '../../shared/template-labels';
import type { FeatureContext } from '../features/feature';
import { fromUser, onlyFromUser, typedByUser } from './user-input';

export interface PickerProps extends Pick<FeatureContext, 't' | 'request'> {
  /** Open below the button rather than above it: a box near the top of the page has no room above. */
  below?: boolean;
  /**
   * The text an item would insert (the background fills it from what the page shows, never from
   * a tracked record): previewed, then inserted.
   */
  prepare(hit: LibraryHit): Promise<ShareText>;
  onChoose(hit: LibraryHit, share: ShareText): void;
  onClose(): void;
}

let pickers = 0;

export { missingText };

export function Picker({ t, request, below = false, prepare, onChoose, onClose }: PickerProps) {
  const [text, setText] = useState('');
  // The highlighted item's text, and the item the user chose that cannot be inserted.
  const [preview, setPreview] = useState<{ id: string; share: ShareText } | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const prepared = useRef(new Map<string, Promise<ShareText>>());
  const [results, setResults] = useState<LibraryHit[] | null>(null);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useMemo(() => `pk${++pickers}`, []);
  const typing = useMemo(typedByUser, []);

  useEffect(() => input.current?.focus(), []);

  useEffect(() => {
    let live = true;
    request('library.search', { text, limit: 8 }).then(
      ({ hits }) => live && (setResults(hits), setActive(0), setError(null)),
      () => live && setError(t('shareDisconnected')),
    );
    return () => {
      live = false;
    };
  }, [text, request, t]);

  const shown = results ?? [];
  const activeHit = shown[active];
  // Asked once per item while the picker is open: moving back and forth asks nothing again.
  const textOf = (hit: LibraryHit): Promise<ShareText> => {
    let share = prepared.current.get(hit.item.id);
    if (!share) {
      share = prepare(hit);
      prepared.current.set(hit.item.id, share);
      share.catch(() => prepared.current.delete(hit.item.id));
    }
    return share;
  };

  useEffect(() => {
    setRefused(null);
    if (!activeHit) return;
    let live = true;
    // A short pause: arrowing through the list asks only for where it stops.
    const timer = setTimeout(() => {
      textOf(activeHit).then(
        (share) => live && setPreview({ id: activeHit.item.id, share }),
        () => {},
      );
    }, 80);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [activeHit?.item.id]);

  const choose = async (hit: LibraryHit) => {
    let share: ShareText;
    try {
      share = await textOf(hit);
    } catch {
      setError(t('shareDisconnected'));
      return;
    }
    // Never inserted with a raw variable: the picker stays open and says what is unknown.
    if (share.missing.length > 0) {
      setRefused(missingText(t, share.missing));
      return;
    }
    onChoose(hit, share);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!fromUser(event)) return;
    // Keys handled here never reach LinkedIn's own shortcuts.
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, shown.length - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter' && activeHit) void choose(activeHit);
    else if (event.key === 'Escape') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div class={below ? 'picker below' : 'picker'} role="dialog" aria-label={t('pickerTitle')} onKeyDown={onKeyDown}>
      <input
        ref={input}
        class="picker-search"
        spellcheck={false}
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={activeHit ? `${id}-${activeHit.item.id}` : undefined}
        aria-autocomplete="list"
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchPlaceholder')}
        value={text}
        onKeyDown={typing.arm}
        onPaste={typing.arm}
        onDrop={typing.arm}
        onCompositionStart={typing.arm}
        onCompositionUpdate={typing.arm}
        onInput={(event) => {
          // A change the user did not type (a page script's execCommand) is undone, unsearched.
          if (typing.accept(event)) setText(event.currentTarget.value);
          else event.currentTarget.value = text;
        }}
      />
      {error && <p class="picker-hint">{error}</p>}
      <ul class="picker-list" id={`${id}-list`} role="listbox" aria-label={t('libraryTitle')}>
        {shown.map((hit, index) => (
          <li
            key={hit.item.id}
            id={`${id}-${hit.item.id}`}
            role="option"
            aria-selected={index === active}
            class={index === active ? 'option active' : 'option'}
            onMouseEnter={() => setActive(index)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={onlyFromUser(() => void choose(hit))}
          >
            <span class="option-title">{hit.item.title}</span>
          </li>
        ))}
        {results !== null && shown.length === 0 && <li class="picker-hint">{t('noResults')}</li>}
      </ul>
      {/*
        One fixed height, drawn before its text arrives: options never move under the pointer,
        and the picker measures the same whatever the text (a refusal is said in it too).
      */}
      {activeHit && (
        <section class="picker-preview" role="region" aria-label={t('pickerPreview')} tabIndex={0}>
          {refused ? (
            <p class="picker-missing" role="alert">
              {refused}
            </p>
          ) : preview?.id !== activeHit.item.id ? null : preview.share.missing.length > 0 ? (
            <p class="picker-missing">{missingText(t, preview.share.missing)}</p>
          ) : (
            <p class="picker-text">{preview.share.text}</p>
          )}
        </section>
      )}
      <p class="picker-keys" aria-hidden="true">
        {t('pickerKeys')}
      </p>
    </div>
  );
}

export const pickerCss = `
.picker { position: absolute; bottom: calc(100% + 6px); left: 0; z-index: 2147483000; width: 360px; max-width: 90vw;
  display: flex; flex-direction: column; gap: 6px; padding: 10px; border-radius: 8px; background: #fff; color: #1d2226;
  box-shadow: 0 4px 18px rgba(0, 0, 0, 0.2); font: 400 14px/1.35 -apple-system, system-ui, "Segoe UI", Roboto, sans-serif; }
.picker.below { bottom: auto; top: calc(100% + 6px); }
.picker-search { font: inherit; padding: 6px 8px; border: 1px solid #8c8c8c; border-radius: 6px; background: inherit; color: inherit; }
.picker-search:focus-visible { outline: 2px solid #0a66c2; outline-offset: 1px; }
.picker-list { list-style: none; margin: 0; padding: 0; max-height: 260px; overflow-y: auto; }
.option { display: flex; gap: 6px; align-items: baseline; justify-content: space-between; padding: 6px 8px; border-radius: 6px; cursor: pointer; }
.option.active { background: rgba(10, 124, 102, 0.12); outline: 1px solid #0a7c66; }
.option-title { flex: 1; }
.picker-hint, .picker-keys { margin: 0; font-size: 12px; color: #5e6670; }
.picker-preview { border-top: 1px solid rgba(0, 0, 0, 0.12); padding-top: 6px; height: 96px; overflow-y: auto; font-size: 12px; }
.picker-preview p { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.picker-missing { color: #8a4b00; }
.dark .picker-missing { color: #f5b45f; }
.dark .picker { background: #1d2226; color: #e9e9e9; }
.dark .picker-hint, .dark .picker-keys { color: #a3acb5; }
.dark .option.active { background: rgba(95, 212, 184, 0.16); outline-color: #5fd4b8; }
`;
