'use client';

import { LimitedText } from '@/components/ui/limited-text';
import { FieldLabel } from '@/components/ui/field-label';

interface LetterFieldProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  max: number;
  rows?: number;
  onChange: (value: string) => void;
}

/** One labelled detail, with its hint and the guide's counted, never-silently-cut text field. */
export function LetterField({ id, label, hint, value, max, rows, onChange }: LetterFieldProps) {
  return (
    <div className="mt-6">
      <FieldLabel id={id} label={label} hint={hint} />
      <div className="mt-1">
        <LimitedText
          id={id}
          value={value}
          max={max}
          rows={rows}
          describedBy={hint ? `${id}-hint` : undefined}
          onChange={onChange}
          className="w-full border-2 border-ink px-3 py-2"
        />
      </div>
    </div>
  );
}
