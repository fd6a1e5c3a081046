// The table beside each chart: the same figures, captioned as the chart's, its first column the
// row's name (a row header, so a screen reader says which week, item or stage a number is of).
import type { ComponentChildren } from 'preact';
import { t } from '../../i18n/i18n';

export interface FiguresTableProps {
  /** The chart's title: the caption reads "<title>: the figures". */
  of: string;
  testId: string;
  columns: readonly string[];
  /** The body's rows. */
  children: ComponentChildren;
}

export function FiguresTable({ of, testId, columns, children }: FiguresTableProps) {
  return (
    <table class="data" data-testid={testId}>
      <caption>{t('insightTableOf', of)}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
