// @vitest-environment happy-dom
// The date field types and shows days in the interface's language (jj/mm/aaaa in French) and keeps
// the native field's contract: "yyyy-mm-dd" or '' out, an invalid text marked and kept from forms.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ language: 'fr', getMessage: null as null | ((key: string, subs?: string | string[]) => string) }));
vi.mock('webextension-polyfill', async () => {
  const { getMessageFrom, loadMessages } = await import('./helpers/french');
  const messages = { fr: getMessageFrom(loadMessages('fr')), en: getMessageFrom(loadMessages('en')) };
  return {
    default: {
      i18n: {
        getMessage: (key: string, subs?: string | string[]) => messages[fake.language === 'fr' ? 'fr' : 'en'](key, subs),
        getUILanguage: () => fake.language,
      },
    },
  };
});

const { DateInput } = await import('../../src/ui/DateInput');

afterEach(() => {
  render(null, document.body);
  fake.language = 'fr';
});

const field = () => document.querySelector<HTMLInputElement>('.date-input input[type="text"]')!;

async function show(vnode: preact.VNode) {
  await act(async () => {
    render(vnode, document.body);
  });
}

async function type(text: string) {
  await act(async () => {
    field().value = text;
    field().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function leave() {
  await act(async () => {
    field().dispatchEvent(new Event('change', { bubbles: true }));
    field().dispatchEvent(new Event('blur'));
  });
}

describe('DateInput', () => {
  it('in French: jj/mm/aaaa, the day written day first, a calendar button named in French', async () => {
    await show(<DateInput value="2026-11-23" label="Relance" />);
    expect(field().placeholder).toBe('jj/mm/aaaa');
    expect(field().value).toBe('23/11/2026');
    expect(field().getAttribute('aria-label')).toBe('Relance');
    expect(document.querySelector('.date-input-calendar')?.getAttribute('aria-label')).toBe('Choisir dans le calendrier');
  });

  it('in US English: mm/dd/yyyy', async () => {
    fake.language = 'en-US';
    // A fresh module: the translator keeps the messages it read, as the browser's language never changes under a page.
    vi.resetModules();
    const english = await import('../../src/ui/DateInput');
    await show(<english.DateInput value="2026-11-23" />);
    expect(field().placeholder).toBe('mm/dd/yyyy');
    expect(field().value).toBe('11/23/2026');
  });

  it('says each whole day typed as yyyy-mm-dd, and empty as ""; nothing while half typed', async () => {
    const inputs: string[] = [];
    const changes: string[] = [];
    await show(<DateInput value="" onInput={(day) => inputs.push(day)} onChange={(day) => changes.push(day)} />);
    await type('1/3');
    await type('1/3/202');
    expect(inputs).toEqual([]);
    await type('1/3/2026');
    expect(inputs).toEqual(['2026-03-01']);
    await leave();
    expect(changes).toEqual(['2026-03-01']);
    // Written out in full once the user is done.
    expect(field().value).toBe('01/03/2026');
    await type('');
    await leave();
    expect(inputs).toEqual(['2026-03-01', '']);
    expect(changes).toEqual(['2026-03-01', '']);
  });

  it('marks a text that is no day, with a message, and keeps the form from being sent', async () => {
    const submitted: string[] = [];
    await show(
      <form onSubmit={(event) => (event.preventDefault(), submitted.push(String(new FormData(event.currentTarget).get('nextFollowUp'))))}>
        <DateInput name="nextFollowUp" defaultValue="2026-11-23" />
      </form>,
    );
    const form = document.querySelector('form')!;
    expect(new FormData(form).get('nextFollowUp')).toBe('2026-11-23');
    await type('31/02/2026');
    await leave();
    expect(field().getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(field().getAttribute('aria-describedby')!)!;
    expect(message.textContent).toMatch(/^Date non valide\u00a0: saisissez-la au format jj\/mm\/aaaa, par exemple \d{2}\/\d{2}\/\d{4}\.$/);
    expect(field().validationMessage).toBe(message.textContent);
    expect(form.checkValidity()).toBe(false);
    await type('28/02/2026');
    await leave();
    expect(field().hasAttribute('aria-invalid')).toBe(false);
    expect(form.checkValidity()).toBe(true);
    expect(new FormData(form).get('nextFollowUp')).toBe('2026-02-28');
  });

  it('follows a new value from outside, but never rewrites the day being typed', async () => {
    let set: (day: string) => void = () => {};
    function Controlled() {
      const [day, setDay] = preactHooks.useState('2026-11-23');
      set = setDay;
      return <DateInput value={day} onInput={setDay} />;
    }
    await show(<Controlled />);
    await type('1/3/2026');
    expect(field().value).toBe('1/3/2026');
    await act(async () => set('2027-01-15'));
    expect(field().value).toBe('15/01/2027');
  });

  it('a day picked in the calendar is shown in the language and said once', async () => {
    const changes: string[] = [];
    await show(<DateInput value="" onChange={(day) => changes.push(day)} />);
    const native = document.querySelector<HTMLInputElement>('.date-input-native')!;
    expect(native.getAttribute('aria-hidden')).toBe('true');
    expect(native.tabIndex).toBe(-1);
    await act(async () => {
      native.value = '2026-12-24';
      native.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(field().value).toBe('24/12/2026');
    expect(changes).toEqual(['2026-12-24']);
  });
});

describe('date fields', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) =>
      statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : /\.tsx$/.test(name) ? [join(dir, name)] : [],
    );

  it('every screen uses DateInput: a native date field shows the browser’s locale, not the interface’s', () => {
    const native = files('src').filter(
      (file) => file !== join('src', 'ui', 'DateInput.tsx') && /type=["']date["']/.test(readFileSync(file, 'utf8')),
    );
    expect(native).toEqual([]);
  });
});

const preactHooks = await import('preact/hooks');
