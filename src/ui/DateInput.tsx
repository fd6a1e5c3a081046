// A date field in the interface's language. The browser's <input type="date"> shows the form
// locale of the browser (mm/dd/yyyy in a French interface on an English system); this one shows
// and reads the interface's own pattern (jj/mm/aaaa in French, src/domain/time/date-text.ts), and keeps
// the native field's contract: its value is "yyyy-mm-dd" or '' for none. A form reads it under
// `name` (a hidden field carries the yyyy-mm-dd value); a text that is not a day marks the field
// invalid (aria-invalid, a message, and the browser's own validity, which stops the form's submit).
// The calendar button opens the browser's date picker on a hidden native field.
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { datePattern, datePlaceholder, formatDay, parseDay } from '../domain/time/date-text';
import { t, uiLanguage } from '../i18n/i18n';
import { localDay } from '../domain/time/local-date';
import './date-input.css';

export interface DateInputProps {
  /** The day shown, "yyyy-mm-dd" or '' (a controlled field); leave it out and give defaultValue for a form's own field. */
  value?: string;
  defaultValue?: string;
  /** The name a form reads the "yyyy-mm-dd" value under. */
  name?: string;
  /** Each time the field holds a whole day ("yyyy-mm-dd") or is emptied (''); not while a day is half typed. */
  onInput?: (value: string) => void;
  /** When the user is done with the field (leaves it, presses Enter, picks in the calendar), with its day or ''. */
  onChange?: (value: string) => void;
  /** The field's accessible name, when no <label> wraps it. */
  label?: string;
  id?: string;
}

/** The language's pattern, placeholder and an example, made once per language. */
function useFormat() {
  const language = uiLanguage();
  return useMemo(() => {
    const pattern = datePattern(language);
    const [day = 'd', month = 'm', year = 'y'] = t('dateLetters').split(/\s+/);
    const placeholder = datePlaceholder(pattern, { day, month, year });
    return { pattern, placeholder, example: formatDay(localDay(Date.now()), pattern) };
  }, [language]);
}

export function DateInput({ value, defaultValue = '', name, onInput, onChange, label, id }: DateInputProps) {
  const { pattern, placeholder, example } = useFormat();
  const controlled = value !== undefined;
  const [day, setDay] = useState(controlled ? value : defaultValue);
  const [text, setText] = useState(() => formatDay(controlled ? value : defaultValue, pattern));
  const [invalid, setInvalid] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const native = useRef<HTMLInputElement>(null);
  // Leaving the field, its change event and Enter may all say "done": onChange hears each day once.
  const committed = useRef(controlled ? value : defaultValue);
  const messageId = useId();
  const message = t('dateInvalid', [placeholder, example]);

  // A new value from outside (another filter, a saved record) replaces what is shown, unless it
  // is the day already typed (a field would not reformat "1/3/2026" under the user's fingers).
  useEffect(() => {
    if (!controlled || value === day) return;
    setDay(value);
    committed.current = value;
    setText(formatDay(value, pattern));
    setInvalid(false);
  }, [value]);

  // The browser's own validity: a form is not submitted with a field that holds no day.
  useEffect(() => {
    field.current?.setCustomValidity(invalid ? message : '');
  }, [invalid, message]);

  /** What the typed text means: a day, '' for none, null for not a day (yet). */
  const read = (typed: string): string | null => (typed.trim() === '' ? '' : parseDay(typed, pattern));

  const typed = (next: string) => {
    setText(next);
    const meaning = read(next);
    if (meaning === null) return;
    setInvalid(false);
    if (meaning !== day) {
      setDay(meaning);
      onInput?.(meaning);
    }
  };

  // The field's own text, not the state: an input and a change event may come before a render.
  const commit = (current: string) => {
    const meaning = read(current);
    if (meaning === null) {
      setInvalid(true);
      return;
    }
    // The day written out in full: "1/3/26" becomes "01/03/2026", so what is seen is what is kept.
    setText(formatDay(meaning, pattern));
    if (meaning === committed.current) return;
    committed.current = meaning;
    onChange?.(meaning);
  };

  const picked = (next: string) => {
    setText(formatDay(next, pattern));
    setInvalid(false);
    setDay(next);
    committed.current = next;
    onInput?.(next);
    onChange?.(next);
  };

  const openCalendar = () => {
    const picker = native.current;
    if (!picker) return;
    picker.value = day;
    try {
      picker.showPicker();
    } catch {
      // No picker here (an older browser, or no user gesture): typing still works.
      field.current?.focus();
    }
  };

  return (
    <span class="date-input">
      <input
        ref={field}
        type="text"
        id={id}
        inputMode="numeric"
        autoComplete="off"
        spellcheck={false}
        placeholder={placeholder}
        value={text}
        aria-label={label}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={invalid ? messageId : undefined}
        onInput={(event) => typed(event.currentTarget.value)}
        onBlur={(event) => commit(event.currentTarget.value)}
        onChange={(event) => commit(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(event.currentTarget.value);
        }}
      />
      <button
        type="button"
        class="date-input-calendar secondary"
        aria-label={t('dateCalendar')}
        title={t('dateCalendar')}
        onClick={openCalendar}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <rect x="1.5" y="2.5" width="13" height="12" rx="1.5" fill="none" stroke="currentColor" />
          <path d="M1.5 6h13M5 1v3M11 1v3" stroke="currentColor" fill="none" />
        </svg>
      </button>
      <input
        ref={native}
        type="date"
        class="date-input-native"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          if (event.currentTarget.value) picked(event.currentTarget.value);
        }}
      />
      {name !== undefined && <input type="hidden" name={name} value={day} />}
      {invalid && (
        <span class="date-input-error error" id={messageId}>
          {message}
        </span>
      )}
    </span>
  );
}
