import type { ReactNode } from 'react';

/**
 * A field's bold label and, when there is one, its hint under it (GOV.UK order). The hint's id is
 * `<id>-hint`, for the field's aria-describedby.
 */
export function FieldLabel({ id, label, hint }: { id: string; label: ReactNode; hint?: ReactNode }) {
  return (
    <>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-base text-ink-muted">
          {hint}
        </p>
      )}
    </>
  );
}
