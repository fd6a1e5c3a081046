// A labelled file input that hands over the one file chosen. Its value is emptied after each
// choice, so choosing the same file again (a corrected export, a retried restore) fires again.
export interface FileFieldProps {
  label: string;
  name: string;
  accept: string;
  onFile: (file: File) => void;
  disabled?: boolean | undefined;
  describedBy?: string | undefined;
  testId?: string | undefined;
}

export function FileField({ label, name, accept, onFile, disabled, describedBy, testId }: FileFieldProps) {
  return (
    <label class="field">
      <span>{label}</span>
      <input
        type="file"
        name={name}
        accept={accept}
        data-testid={testId}
        aria-describedby={describedBy}
        disabled={disabled}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onFile(file);
          event.currentTarget.value = '';
        }}
      />
    </label>
  );
}
