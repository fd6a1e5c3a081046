// The library picker opened from a composer: the library as a search shows it, the same list
// for everyone. LinkedIn's page can search and measure what we draw (window.find,
// elementFromPoint), so nothing here depends on who the share is for: no stage, no
// recommendation, no "already sent"; those live in the side panel, which the page cannot reach.
// A listbox driven from the search field: arrows move, Enter chooses, Escape closes. Each option
// says the item's format and stages (the library's own metadata, the same for everyone). Below
// it, in a box of fixed height, the text the highlighted item would insert (or what it misses),
// and, for an item with several captions, ‹ › (or Alt+←→) to choose which one goes in.
// The order of an empty search (favourites, then what the user shared lately, to anyone) is the
// user's habit, never about the person on the page: SECURITY.md, threat 19.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LibraryHit, ShareText } from '../../contract/index';
import { FORMAT_KEYS, STAGE_KEYS } from '../../i18n/label-keys';
import { missingText } from '../../i18n/template-labels';
import { altPrefix, currentPlatform } from '../../i18n/shortcut-label';
import type { FeatureContext } from '../features/feature';
import { PreviewText } from './PickerPreview';
import { fromUser, onlyFromUser, typedByUser } from './user-input';

export interface PickerProps extends Pick<FeatureContext, 't' | 'request'> {
  /** Open below the button rather than above it: a box near the top of the page has no room above. */
  below?: boolean;
  /**
   * The text an item would insert (the background fills it from what the page shows, never from
   * a tracked record): previewed, then inserted. `captionIndex`: the caption the user chose;
   * unsaid, the background proposes one (in the rep's language first).
   */
  prepare(hit: LibraryHit, captionIndex?: number): Promise<ShareText>;
  onChoose(hit: LibraryHit, share: ShareText): void;
  onClose(): void;
}

let pickers = 0;

/**
 * The picker's one height, whatever it shows (threat 21: the page hit-tests it): the list takes
 * what the search, the caption row, the preview and the keys leave.
 */
export const PICKER_HEIGHT = 480;

export { missingText };

export function Picker({ t, request, below = false, prepare, onChoose, onClose }: PickerProps) {
  const metaText = (hit: LibraryHit) =>
    [FORMAT_KEYS[hit.item.format], ...hit.item.stages.map((stage) => STAGE_KEYS[stage])].map((key) => t(key)).join(', ');
  const [text, setText] = useState('');
  // The highlighted item's text, and the item the user chose that cannot be inserted.
  const [preview, setPreview] = useState<{ id: string; share: ShareText } | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  // The caption the user chose, per item (by id: a Map, ids are data).
  const [chosen, setChosen] = useState<ReadonlyMap<string, number>>(new Map());
  const prepared = useRef(new Map<string, Promise<ShareText>>());
  const dialog = useRef<HTMLDivElement>(null);
  const [results, setResults] = useState<LibraryHit[] | null>(null);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useMemo(() => `pk${++pickers}`, []);
  const typing = useMemo(typedByUser, []);

  useEffect(() => input.current?.focus(), []);
  // Wider than the composer it opens from: moved left as far as the viewport's right edge needs.
  useLayoutEffect(() => {
    const box = dialog.current;
    const { left, right } = box?.getBoundingClientRect() ?? { left: 0, right: 0 };
    const shift = Math.max(Math.min(0, innerWidth - 8 - right), 8 - left);
    if (box && shift < 0) box.style.left = `${shift}px`;
  }, []);

  useEffect(() => {
    let live = true;
    request('library.search', { text, limit: 8, favouritesFirst: true }).then(
      ({ hits }) => live && (setResults(hits), setActive(0), setError(null)),
      () => live && setError(t('shareDisconnected')),
    );
    return () => {
      live = false;
    };
  }, [text, request, t]);

  const shown = results ?? [];
  const activeHit = shown[active];
  const activeChoice = activeHit && chosen.get(activeHit.item.id);
  // Asked once per item and caption while the picker is open: moving back and forth asks nothing again.
  const textOf = (hit: LibraryHit): Promise<ShareText> => {
    const index = chosen.get(hit.item.id);
    const key = `${index ?? ''}:${hit.item.id}`;
    let share = prepared.current.get(key);
    if (!share) {
      share = index === undefined ? prepare(hit) : prepare(hit, index);
      prepared.current.set(key, share);
      share.catch(() => prepared.current.delete(key));
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
  }, [activeHit?.item.id, activeChoice]);

  const captions = activeHit?.item.captions ?? [];
  // The caption shown: the one chosen, else the one the background proposed.
  const current = activeChoice ?? (preview && preview.id === activeHit?.item.id ? preview.share.captionIndex : null);
  const otherCaption = (step: number) => {
    if (!activeHit || captions.length < 2) return;
    setRefused(null);
    setChosen(new Map(chosen).set(activeHit.item.id, ((current ?? 0) + step + captions.length) % captions.length));
  };
  const at = current ?? -1;
  const counter = captions[at] ? `${at + 1}/${captions.length} · ${captions[at].language.toUpperCase()}` : '';
  // The focus stays in the search field when clicked: typing goes on searching.
  const stepButton = (sign: string, label: string, step: number) => (
    <button
      type="button"
      aria-label={label}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onlyFromUser(() => otherCaption(step))}
    >
      {sign}
    </button>
  );

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
    // Keys handled here never reach LinkedIn's own shortcuts (nor the browser's Alt+← back).
    if (event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) otherCaption(event.key === 'ArrowLeft' ? -1 : 1);
    else if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, shown.length - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    // Enter on ‹ or › presses it; anywhere else it inserts.
    else if (event.key === 'Enter' && activeHit && (event.target as Element).localName !== 'button') void choose(activeHit);
    else if (event.key === 'Escape') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div ref={dialog} class={below ? 'picker below' : 'picker'} role="dialog" aria-label={t('pickerTitle')} onKeyDown={onKeyDown}>
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
          // Named by its title alone (what the user looks for); its format and stages describe it.
          // The chips' words are the ones a person's stage would use ("Evaluation"): drawn as
          // generated content, which the page's text search (window.find) does not read, and
          // said to screen readers by aria-description, so no stage word is ever findable in
          // LinkedIn's page, whoever is on it (SECURITY.md, threat 19).
          <li
            key={hit.item.id}
            id={`${id}-${hit.item.id}`}
            role="option"
            aria-selected={index === active}
            aria-labelledby={`${id}-${hit.item.id}-t`}
            aria-description={metaText(hit)}
            class={index === active ? 'option active' : 'option'}
            onMouseEnter={() => setActive(index)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={onlyFromUser(() => void choose(hit))}
          >
            <span class="option-title" id={`${id}-${hit.item.id}-t`}>
              {hit.item.title}
            </span>
            <span class="option-meta" aria-hidden="true">
              <span class="chip" data-label={t(FORMAT_KEYS[hit.item.format])} />
              {hit.item.stages.map((stage) => (
                <span key={stage} class="chip" data-label={t(STAGE_KEYS[stage])} />
              ))}
            </span>
          </li>
        ))}
        {results !== null && shown.length === 0 && <li class="picker-hint">{t('noResults')}</li>}
      </ul>
      {/*
        One fixed height, drawn before its text arrives: options never move under the pointer,
        and the picker measures the same whatever the text (a refusal is said in it too).
      */}
      <div class="picker-captions">
        {captions.length > 1 && (
          <div role="group" aria-label={t('pickerCaption')}>
            {stepButton('‹', t('pickerCaptionPrevious'), -1)}
            <span aria-live="polite">{counter}</span>
            {stepButton('›', t('pickerCaptionNext'), 1)}
          </div>
        )}
      </div>
      {activeHit && (
        <section class="picker-preview" role="region" aria-label={t('pickerPreview')}>
          {refused ? (
            <p class="picker-missing" role="alert">
              {refused}
            </p>
          ) : preview?.id !== activeHit.item.id ? null : preview.share.missing.length > 0 ? (
            <p class="picker-missing">{missingText(t, preview.share.missing)}</p>
          ) : (
            <PreviewText share={preview.share} />
          )}
        </section>
      )}
      <p class="picker-keys" aria-hidden="true">
        {t('pickerKeys', altPrefix(currentPlatform()))}
      </p>
    </div>
  );
}

export const pickerCss = `
.picker { position: absolute; bottom: calc(100% + 6px); left: 0; z-index: 2147483000; box-sizing: border-box; width: 460px; max-width: calc(100vw - 16px);
  height: ${PICKER_HEIGHT}px; display: flex; flex-direction: column; gap: 6px; padding: 10px; border-radius: 8px; background: #fff; color: #1d2226;
  box-shadow: 0 4px 18px rgba(0, 0, 0, 0.2); font: 400 14px/1.35 -apple-system, system-ui, "Segoe UI", Roboto, sans-serif; }
.picker.below { bottom: auto; top: calc(100% + 6px); }
.picker > * { flex: none; }
.picker-search { font: inherit; padding: 6px 8px; border: 1px solid #8c8c8c; border-radius: 6px; background: inherit; color: inherit; }
.picker :focus-visible { outline: 2px solid #0a66c2; outline-offset: 1px; }
.picker > .picker-list { flex: 1 1 0; min-height: 0; list-style: none; margin: 0; padding: 0; overflow-y: auto; }
.option { display: flex; flex-direction: column; gap: 2px; padding: 4px 8px; border-radius: 6px; cursor: pointer; }
.option.active { background: rgba(10, 124, 102, 0.12); outline: 1px solid #0a7c66; }
.option-meta { display: flex; gap: 4px; overflow: hidden; }
.chip { flex: none; padding: 0 6px; border-radius: 9px; font-size: 11px; line-height: 16px; box-shadow: inset 0 0 0 1px #b6c2cd; }
.chip:first-child { font-weight: 600; }
.chip::before { content: attr(data-label); }
.picker-hint, .picker-keys, .picker-captions { margin: 0; font-size: 12px; color: #5e6670; }
.picker-captions { height: 22px; display: flex; justify-content: flex-end; }
.picker-captions div { display: flex; align-items: center; gap: 6px; }
.picker-captions button { width: 22px; height: 22px; padding: 0; border: 1px solid #b6c2cd; border-radius: 11px; background: none; color: inherit;
  font: inherit; cursor: pointer; }
.picker-preview { height: 176px; display: flex; flex-direction: column; gap: 4px; border-top: 1px solid rgba(0, 0, 0, 0.12); padding-top: 6px;
  font-size: 12px; }
.picker-body { min-height: 0; overflow-y: auto; }
.picker-body.more { mask-image: linear-gradient(#000 calc(100% - 28px), transparent); }
.picker-preview p { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.picker-link { flex: none; max-height: 64px; overflow-y: auto; color: #0a66c2; }
.picker-missing { color: #8a4b00; }
.dark .picker-missing { color: #f5b45f; }
.dark .picker { background: #1d2226; color: #e9e9e9; }
.dark .picker-hint, .dark .picker-keys, .dark .picker-captions { color: #a3acb5; }
.dark .picker-link { color: #70b5f9; }
.dark .option.active { background: rgba(95, 212, 184, 0.16); outline-color: #5fd4b8; }
`;
