// Settings: the user's own name and their message frames, one per language (English and
// French always offered; any other language a restored backup brought stays editable).
import { MESSAGE_TEMPLATE_MAX, type MessageTemplate, type Settings } from '../domain/settings';
import { PERSON_NAME_MAX } from '../domain/people/person-names';
import { t } from '../i18n/i18n';
import { CompanyNote, lockedProps } from './SetByCompany';

const NONE: ReadonlySet<keyof Settings> = new Set();

const OFFERED = ['en', 'fr'] as const;

function label(language: string): string {
  if (language === 'en') return t('settingTemplateEnglish');
  if (language === 'fr') return t('settingTemplateFrench');
  return t('settingTemplateOther', language);
}

/** The templates with `language`'s text replaced (added when it had none). */
export function withTemplate(templates: readonly MessageTemplate[], language: string, text: string): MessageTemplate[] {
  const found = templates.some((entry) => entry.language === language);
  return found ? templates.map((entry) => (entry.language === language ? { language, text } : entry)) : [...templates, { language, text }];
}

/** `fixed`: the settings the company's policy locks or sets (shown disabled, with the reason). */
interface TemplateFieldsProps {
  draft: Settings;
  change: (next: Partial<Settings>) => void;
  fixed?: ReadonlySet<keyof Settings>;
}

export function TemplateFields({ draft, change, fixed = NONE }: TemplateFieldsProps) {
  const templates: readonly MessageTemplate[] = Array.isArray(draft.messageTemplates) ? draft.messageTemplates : [];
  const languages = [
    ...OFFERED,
    ...templates.map((entry) => entry.language).filter((language) => !(OFFERED as readonly string[]).includes(language)),
  ];
  return (
    <>
      <label class="field">
        <span>{t('settingSenderName')}</span>
        <input
          name="senderName"
          value={draft.senderName}
          maxLength={PERSON_NAME_MAX}
          autocomplete="name"
          onInput={(event) => change({ senderName: event.currentTarget.value })}
          {...lockedProps(fixed, 'senderName')}
        />
        <CompanyNote fixed={fixed} name="senderName" />
        <small class="muted">{t('settingSenderNameHint')}</small>
      </label>
      <fieldset class="field">
        <legend>{t('settingTemplates')}</legend>
        <CompanyNote fixed={fixed} name="messageTemplates" />
        {languages.map((language) => (
          <label class="field" key={language}>
            <span>{label(language)}</span>
            <textarea
              name={`template-${language}`}
              rows={2}
              maxLength={MESSAGE_TEMPLATE_MAX}
              lang={language}
              value={templates.find((entry) => entry.language === language)?.text ?? ''}
              onInput={(event) => change({ messageTemplates: withTemplate(templates, language, event.currentTarget.value) })}
              {...lockedProps(fixed, 'messageTemplates')}
            />
          </label>
        ))}
        <small class="muted">{t('settingTemplatesHint')}</small>
      </fieldset>
    </>
  );
}
