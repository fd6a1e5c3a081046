// One Insights panel: the question it answers, its chart, the table of the chart's figures and
// the button that writes that table to a CSV file.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { t } from '../../i18n/i18n';
import { downloadTable } from '../csv-table';
import type { CsvTable } from './insight-tables';

export interface PanelProps {
  title: string;
  /** The table the export writes, made when the button is pressed. */
  csv: () => CsvTable;
  testId: string;
  children: ComponentChildren;
}

export function Panel({ title, csv, testId, children }: PanelProps) {
  const heading = useId();
  return (
    <section class="card insight" data-testid={testId} aria-labelledby={heading}>
      <div class="insight-head">
        <h2 id={heading}>{title}</h2>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            const table = csv();
            void downloadTable(table.name, table.header, table.rows);
          }}
        >
          {t('exportCsv')}
        </button>
      </div>
      {children}
    </section>
  );
}
