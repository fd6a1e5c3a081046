// The end of a one-line form: its submit button, and what went wrong, announced when it did.
export function SubmitAndError({ label, error }: { label: string; error: string | null }) {
  return (
    <>
      <button type="submit" class="primary">
        {label}
      </button>
      {error && (
        <span class="error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
