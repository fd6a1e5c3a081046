// The end of a one-line form inside a row (linking a name-only share): its submit button, and what
// went wrong, announced when it did. Secondary: a view has one primary action, and it is not in a row.
export function SubmitAndError({ label, error }: { label: string; error: string | null }) {
  return (
    <>
      <button type="submit" class="secondary">
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
