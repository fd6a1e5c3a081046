// How the prospect screens name stages and write times.
import type { ProspectStage } from '../domain/model';
import { t } from '../i18n/i18n';
import { isoWithOffset } from '../domain/csv/write';
import { dateOnly, dateTime } from '../ui/format';

// The journey's stages then "lost": one list, in the model.
export { PROSPECT_STAGES } from '../domain/model';

export const stageName = (stage: ProspectStage) => t(`stage_${stage}`);
export const when = dateTime;
export const day = dateOnly;
/** A time for a CSV cell: ISO 8601 with the local offset, or empty. */
export const iso = (time: number | null) => (time === null ? '' : isoWithOffset(time));
