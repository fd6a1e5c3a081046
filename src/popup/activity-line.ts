// One line of the popup's recent activity, said as what it is (a share, a reply, a stage, a
// call…) and with whom by name: a profile path is never shown. Pure over the translator.
import type { MessageKey, Translate } from '../i18n/i18n';
import type { ManualKind } from '../domain/model';
import type { RecentEntry } from '../contract/requests/activity';

const WITH: Record<ManualKind, MessageKey> = {
  note: 'activityNoteWith',
  call: 'activityCallWith',
  meeting: 'activityMeetingWith',
  email: 'activityEmailWith',
};
const ALONE: Record<ManualKind, MessageKey> = {
  note: 'activityNoteAlone',
  call: 'activityCallAlone',
  meeting: 'activityMeetingAlone',
  email: 'activityEmailAlone',
};

/** The person as a name: theirs, else "a LinkedIn member" when only their profile is known; null: no one. */
export function whoOf(t: Translate, { who, interaction }: RecentEntry): string | null {
  if (who !== null && who.trim() !== '') return who;
  return interaction.prospectId !== null ? t('activityLinkedInMember') : null;
}

/** A line that starts with the person ("a LinkedIn member replied", "quelqu’un a répondu") starts with a capital. */
const sentence = (line: string, who: string) => (line.startsWith(who) ? line.charAt(0).toLocaleUpperCase() + line.slice(1) : line);

export function activityLine(t: Translate, entry: RecentEntry): string {
  const { interaction, contentTitle } = entry;
  const who = whoOf(t, entry);
  const someone = who ?? t('someone');
  switch (interaction.kind) {
    case 'shared':
      return sentence(contentTitle === null ? t('activitySharedUntitled', someone) : t('activityShared', [contentTitle, someone]), someone);
    case 'posted':
      return contentTitle === null ? t('activityPostedUntitled') : t('activityPosted', contentTitle);
    case 'replied':
      return sentence(t('activityReplied', someone), someone);
    case 'stage':
      return sentence(
        interaction.stageTo ? t('activityStageTo', [someone, t(`stage_${interaction.stageTo}`)]) : t('activityStageChanged', someone),
        someone,
      );
    default:
      return who === null ? t(ALONE[interaction.kind]) : t(WITH[interaction.kind], who);
  }
}
