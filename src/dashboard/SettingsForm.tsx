// Settings: what every shared link carries (UTM attribution per salesperson and campaign, or the
// team's short link; docs/links.md), how messages are framed (the user's name and templates),
// and how often feeds are fetched again. A setting the company's policy locks or sets is shown
// disabled, with the reason (SetByCompany.tsx); the background refuses to change it anyway.
import { useEffect, useState } from 'preact/hooks';
import { request } from '../contract/client';
import { DEFAULT_SETTINGS, LINK_CHANNELS, type LinkChannel, type Settings } from '../contract/index';
import { t } from '../i18n/i18n';
import { shareLink, shortLinkProblem } from '../domain/library/share-link';
import { errorText } from '../ui/labels';
import { useRequest } from '../ui/use-request';
import { plural } from '../ui/plural';
import { TemplateFields } from './TemplateFields';
import { CompanyNote, lockedProps, useReadOnlySettings } from './SetByCompany';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };
type TextSetting = 'repId' | 'campaign' | 'utmSource' | 'utmMedium' | 'repParam' | 'shortLink';

const CHANNEL_LABEL = {
  message: 'repIdChannelMessage',
  post: 'repIdChannelPost',
  comment: 'repIdChannelComment',
  other: 'repIdChannelOther',
} as const satisfies Record<LinkChannel, string>;

export function SettingsForm() {
  const [loaded] = useRequest('settings.get', {});
  const fixed = useReadOnlySettings();
  const [draft, setDraft] = useState<Settings | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  // Edited and not saved yet: settings saved elsewhere (another dashboard, a restore) do not
  // overwrite what the user is typing; otherwise the form shows them at once.
  const [dirty, setDirty] = useState(false);

  useEffect(() => {
    if (loaded.state === 'ready' && !dirty) setDraft(loaded.value);
  }, [loaded]);

  if (loaded.state === 'error') return <p class="error">{t('backgroundUnreachable', loaded.message)}</p>;
  if (!draft) return <p class="muted">{t('loading')}</p>;

  const change = (next: Partial<Settings>) => {
    setDraft({ ...draft, ...next });
    setDirty(true);
    setSave({ kind: 'idle' });
  };

  const field = (name: TextSetting, label: string, hint: string, placeholder: string = DEFAULT_SETTINGS[name]) => (
    <label class="field">
      <span>{label}</span>
      <input
        name={name}
        value={draft[name]}
        placeholder={placeholder}
        onInput={(event) => change({ [name]: event.currentTarget.value })}
        {...lockedProps(fixed, name)}
      />
      <CompanyNote fixed={fixed} name={name} />
      <small class="muted">{hint}</small>
    </label>
  );

  // A setting that is on or off, and the reason beside it when the company's policy fixes it.
  const checkbox = (name: 'quietMode' | 'keepReplyText' | 'utmEnabled' | 'csvBom' | 'clickTokens', label: string, hint?: string) => (
    <>
      <label class="check">
        <input
          type="checkbox"
          name={name}
          checked={draft[name]}
          onChange={(event) => change({ [name]: event.currentTarget.checked })}
          {...lockedProps(fixed, name)}
        />
        {label}
      </label>
      <CompanyNote fixed={fixed} name={name} />
      {hint !== undefined && <small class="muted">{hint}</small>}
    </>
  );

  const number = (name: 'awaitingDays' | 'saturationMax' | 'saturationDays', label: string, min: number, max: number) => (
    <label class="field">
      <span>{label}</span>
      <input
        type="number"
        name={name}
        min={min}
        max={max}
        value={draft[name]}
        onInput={(event) => change({ [name]: Number(event.currentTarget.value) })}
        {...lockedProps(fixed, name)}
      />
      <CompanyNote fixed={fixed} name={name} />
    </label>
  );

  const channels: readonly LinkChannel[] = Array.isArray(draft.repIdChannels) ? draft.repIdChannels : [];
  const toggleChannel = (channel: LinkChannel, on: boolean) =>
    change({ repIdChannels: LINK_CHANNELS.filter((each) => (each === channel ? on : channels.includes(each))) });

  // The link a prospect reads in a message, made by the code that makes the real ones.
  const shortLink = draft.shortLink.trim();
  const shortLinkRefused = shortLink !== '' && shortLinkProblem(shortLink) !== null;
  const example = shareLink(
    { id: 'k3x9q0a1b2c3d4', url: 'https://example.com/blog/five-questions' },
    { ...draft, shortLink },
    undefined,
    'message',
  );

  return (
    <section class="card" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settings')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setSave({ kind: 'saving' });
          request('settings.update', { settings: draft }).then(
            (saved) => {
              setDraft(saved);
              setDirty(false);
              setSave({ kind: 'saved' });
            },
            (error: unknown) => setSave({ kind: 'error', message: errorText(error) }),
          );
        }}
      >
        {checkbox('quietMode', t('settingQuietMode'))}
        {checkbox('keepReplyText', t('settingKeepReplyText'))}
        <TemplateFields draft={draft} change={change} fixed={fixed} />
        <fieldset class="field" data-testid="link-settings">
          <legend>{t('settingLinks')}</legend>
          {checkbox('utmEnabled', t('settingUtmEnabled'))}
          {field('utmSource', t('settingUtmSource'), 'utm_source')}
          {field('utmMedium', t('settingUtmMedium'), 'utm_medium')}
          {field('campaign', t('settingCampaign'), t('settingCampaignHint'))}
          {field('repId', t('settingRepId'), t('settingRepIdHint'))}
          <fieldset class="field" data-testid="rep-id-channels">
            <legend>{t('settingRepIdChannels')}</legend>
            <CompanyNote fixed={fixed} name="repIdChannels" />
            {LINK_CHANNELS.map((channel) => (
              <label class="check" key={channel}>
                <input
                  type="checkbox"
                  name={`repIdChannel-${channel}`}
                  checked={channels.includes(channel)}
                  onChange={(event) => toggleChannel(channel, event.currentTarget.checked)}
                  {...lockedProps(fixed, 'repIdChannels')}
                />
                {t(CHANNEL_LABEL[channel])}
              </label>
            ))}
            <small class="muted">{t('settingRepIdChannelsHint')}</small>
          </fieldset>
          {field('repParam', t('settingRepParam'), t('settingRepParamHint'))}
          {field('shortLink', t('settingShortLink'), t('settingShortLinkHint'), 'https://go.example.com/{content}')}
          {shortLinkRefused && (
            <p class="error" data-testid="short-link-error">
              {t('settingShortLinkInvalid')}
            </p>
          )}
          <p class="muted small">
            {t('settingExampleLink')} <code data-testid="example-link">{example}</code>
          </p>
          {checkbox('clickTokens', t('settingClickTokens'), t('settingClickTokensHint'))}
        </fieldset>
        {checkbox('csvBom', t('settingCsvBom'))}
        <label class="check">
          <input
            type="checkbox"
            name="csvSemicolon"
            checked={draft.csvSeparator === ';'}
            onChange={(event) => change({ csvSeparator: event.currentTarget.checked ? ';' : ',' })}
            {...lockedProps(fixed, 'csvSeparator')}
          />
          {t('settingCsvSemicolon')}
        </label>
        <CompanyNote fixed={fixed} name="csvSeparator" />
        {number('awaitingDays', t('settingAwaitingDays'), 1, 90)}
        {number('saturationMax', t('settingSaturationMax'), 1, 50)}
        {number('saturationDays', t('settingSaturationDays'), 1, 90)}
        <label class="field">
          <span>{t('settingFeedSync')}</span>
          <select
            name="feedSyncMinutes"
            value={String(draft.feedSyncMinutes)}
            onChange={(event) => change({ feedSyncMinutes: Number(event.currentTarget.value) })}
            {...lockedProps(fixed, 'feedSyncMinutes')}
          >
            {[60, 180, 360, 720, 1440, 10080].map((minutes) => (
              <option key={minutes} value={String(minutes)}>
                {minutes < 1440
                  ? plural(t, minutes / 60, 'everyHours_one', 'everyHours_other')
                  : minutes === 1440
                    ? t('everyDay')
                    : t('everyWeek')}
              </option>
            ))}
          </select>
          <CompanyNote fixed={fixed} name="feedSyncMinutes" />
        </label>
        <div class="actions">
          <button type="submit" class="primary" disabled={save.kind === 'saving'}>
            {t('save')}
          </button>
          <span role="status" data-testid="save-status">
            {save.kind === 'saved' && t('saved')}
            {save.kind === 'error' && <span class="error">{t('saveFailed', save.message)}</span>}
          </span>
        </div>
      </form>
    </section>
  );
}
