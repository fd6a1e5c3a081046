// Wherever a prospect is chosen (the Activity view's filter and its "Log an interaction" form, linking a name-only
// share): a combobox (WAI-ARIA combobox with a listbox popup) that searches tracked prospects
// by name and company and shows "Name · Company". A profile URL or "/in/…" path typed in is
// taken as it is. Keys: Down/Up move (Down opens), Enter chooses, Escape closes, then clears.
// The focus stays in the field; the active option is named by aria-activedescendant.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { request } from '../contract/client';
import { t } from '../i18n/i18n';
import type { Prospect } from '../domain/model';
import { profilePathOf } from '../domain/people/profile-ids';
import { looksLikeProfile, matchProspects, prospectLabel, searchWords, serverText } from './prospect-match';
import { useQuery } from './use-query';
import { plural } from './plural';

export interface ProspectComboboxProps {
  /** The field's accessible name. */
  label: string;
  /** The chosen prospect's id, or the text typed (a profile URL or path, or words of a name). */
  value: string;
  onChange: (value: string) => void;
  /** Take the focus and list the matches at once (the field just appeared, a name already in it). */
  openAtStart?: boolean;
  /** What the empty field says (a filter and a form's field say different things). */
  placeholder?: string;
}

export function ProspectCombobox({ label, value, onChange, openAtStart = false, placeholder }: ProspectComboboxProps) {
  const id = useId();
  // What the field shows; `named`: a chosen id is shown as its prospect's name, until the user types.
  const [text, setText] = useState(value);
  const [named, setNamed] = useState(true);
  const [open, setOpen] = useState(openAtStart);
  const [active, setActive] = useState(0);
  const [picked, setPicked] = useState<Prospect | null>(null);
  const emitted = useRef(value);
  if (value !== emitted.current) {
    // Changed from outside (Back, a link, a cleared form): show it.
    emitted.current = value;
    setText(value);
    setNamed(true);
  }
  const emit = (next: string) => {
    emitted.current = next;
    onChange(next);
  };

  const words = searchWords(text);
  const asked = open && !looksLikeProfile(text) ? serverText(words) : null;
  const [found] = useQuery<Prospect[]>(
    `prospect-combobox ${asked}`,
    () => (asked === null ? Promise.resolve([]) : request('prospects.list', { text: asked })),
    ['prospects'],
  );
  const options = asked !== null && found.state === 'ready' ? matchProspects(found.value, words) : [];
  const expanded = open && options.length > 0;
  const current = expanded ? Math.min(active, options.length - 1) : -1;

  // A chosen id (from the address, or picked) shows as the person's name.
  const path = named ? profilePathOf(value) : null;
  const [known] = useQuery<Prospect | null>(
    `prospect-combobox-known ${path}`,
    () => (path === null ? Promise.resolve(null) : request('prospects.get', { id: path }).catch(() => null)),
    ['prospects'],
  );
  const person = picked?.id === path ? picked : known.state === 'ready' ? known.value : null;
  const shown = path !== null && text === value && person ? prospectLabel(person) : text;

  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (openAtStart) input.current?.focus();
  }, []);

  const optionId = (index: number) => `${id}-option-${index}`;
  useEffect(() => {
    if (current >= 0) document.getElementById(optionId(current))?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);

  const choose = (prospect: Prospect) => {
    setText(prospect.id);
    setPicked(prospect);
    setNamed(true);
    setOpen(false);
    emit(prospect.id);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(event.key === 'ArrowDown' ? 0 : Math.max(0, options.length - 1));
      } else if (options.length > 0) {
        setActive((current + (event.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
      }
    } else if (event.key === 'Enter' && current >= 0) {
      // Chooses the option; the form is not submitted by this Enter.
      event.preventDefault();
      choose(options[current]!);
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
      } else if (shown !== '') {
        event.preventDefault();
        event.stopPropagation();
        setText('');
        setNamed(false);
        emit('');
      }
    }
  };

  const status =
    !open || asked === null || asked === ''
      ? ''
      : options.length === 0
        ? found.state === 'ready'
          ? t('prospectComboNone')
          : ''
        : plural(t, options.length, 'prospectComboCount_one', 'prospectComboCount_other');
  return (
    <span class="combobox">
      <input
        ref={input}
        type="text"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={expanded ? 'true' : 'false'}
        aria-controls={`${id}-list`}
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        autocomplete="off"
        spellcheck={false}
        placeholder={placeholder ?? t('prospectComboPlaceholder')}
        value={shown}
        onInput={(event) => {
          const typed = event.currentTarget.value;
          setText(typed);
          setNamed(false);
          setOpen(true);
          setActive(0);
          emit(typed);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul class="combobox-list" id={`${id}-list`} role="listbox" aria-label={label} hidden={!expanded}>
        {options.map((prospect, index) => (
          <li
            key={prospect.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === current ? 'true' : 'false'}
            // Keeps the focus in the field: the click chooses.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(prospect)}
          >
            {prospectLabel(prospect)}
          </li>
        ))}
      </ul>
      <span class="visually-hidden" role="status">
        {status}
      </span>
    </span>
  );
}
