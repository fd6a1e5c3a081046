// One choice among a few, shown as a row of buttons: native radio buttons under a fieldset, so
// Tab reaches the group once and the arrow keys move the choice, as the platform does it.
import { useId } from 'preact/hooks';
import './charts.css';

export interface SegmentedOption<T extends string> {
  value: T;
  label: string;
}

export interface SegmentedProps<T extends string> {
  /** The radio group's name (made unique on the page: two rankings may each have one). */
  name: string;
  legend: string;
  options: readonly SegmentedOption<T>[];
  value: T;
  onChange: (value: T) => void;
  testId?: string;
}

export function Segmented<T extends string>({ name, legend, options, value, onChange, testId }: SegmentedProps<T>) {
  const group = `${name}-${useId()}`;
  return (
    <fieldset class="segmented" data-testid={testId}>
      <legend>{legend}</legend>
      <div class="segmented-options">
        {options.map((option) => (
          <label key={option.value} class={option.value === value ? 'chosen' : undefined}>
            <input
              type="radio"
              name={group}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
