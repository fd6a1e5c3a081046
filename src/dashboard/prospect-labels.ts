// How the prospect screens name stages and write times.
import { STAGES, type ProspectStage } from '../shared/model';
import { t, uiLanguage } from '../shared/i18n';
import { isoWithOffset } from '../shared/csv/write';

export const PROSPECT_STAGES: ProspectStage[] = [...STAGES, 'lost'];

export const stageName = (stage: ProspectStage) => t(`stage_${stage}`);
export const when = (time: number) => new Date(time).toLocaleString(uiLanguage());
export const day = (time: number) => new Date(time).toLocaleDateString(uiLanguage());
/** A time for a CSV cell: ISO 8601 with the local offset, or empty. */
export const iso = (time: number | null) => (time === null ? '' : isoWithOffset(time));
