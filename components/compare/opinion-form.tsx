'use client';

import { LimitedText } from '@/components/ui/limited-text';
import { PrintTick, PrintValue, WriteLines } from '@/components/ui/print-value';
import type { CompareWords } from '@/lib/content/compare';
import {
  CHOICE_FIELDS as CHOICES,
  FIELD_LIMITS,
  isTextField,
  type Opinion,
  type OpinionField,
  type WhoField,
  WHO_FIELDS,
} from '@/lib/compare/state';

const CHOICE_FIELDS = new Set<string>(CHOICES);
const inputClass = 'mt-1 w-full border-2 border-ink bg-white px-3 py-2';

interface OpinionFormProps {
  opinion: Opinion;
  label: string;
  words: CompareWords;
  onChange: (field: WhoField | OpinionField, value: string) => void;
}

/** Everything noted about one doctor's opinion. Saved as the person types; every field is optional. */
export function OpinionForm({ opinion, label, words, onChange }: OpinionFormProps) {
  return (
    <fieldset className="mt-6 border-2 border-line p-4 sm:p-6">
      <legend className="px-2 text-2xl font-bold">{label}</legend>
      {words.fields.map((field) => {
        const id = `${opinion.id}-${field.id}`;
        const key = field.id as WhoField | OpinionField;
        const value = opinion[key];
        const hint = field.hint ? (
          <p id={`${id}-hint`} className="text-base text-ink-muted">
            {field.hint}
          </p>
        ) : null;
        if (CHOICE_FIELDS.has(field.id)) {
          const options = words.options[field.id] ?? {};
          return (
            <fieldset
              key={field.id}
              className="mt-5"
              aria-describedby={field.hint ? `${id}-hint` : undefined}
            >
              <legend className="font-bold">{field.label}</legend>
              {hint}
              <div className="mt-2 grid gap-2 sm:grid-cols-2">
                {Object.entries(options).map(([optionValue, optionLabel]) => (
                  <div key={optionValue} className="flex items-center gap-3">
                    <input
                      type="radio"
                      id={`${id}-${optionValue}`}
                      name={id}
                      value={optionValue}
                      checked={value === optionValue}
                      onChange={() => onChange(key, optionValue)}
                      className="h-7 w-7 shrink-0 accent-ink print:hidden"
                    />
                    {/* Outside the label, so the label's text stays just the option's words. */}
                    <PrintTick checked={value === optionValue} />
                    <label htmlFor={`${id}-${optionValue}`}>{optionLabel}</label>
                  </div>
                ))}
              </div>
            </fieldset>
          );
        }
        const isWho = (WHO_FIELDS as readonly string[]).includes(field.id);
        const describedBy = field.hint ? `${id}-hint` : undefined;
        return (
          <div key={field.id} className="mt-5">
            <label htmlFor={id} className="block font-bold">
              {field.label}
            </label>
            {hint}
            {field.id === 'date' ? (
              <input
                id={id}
                type="date"
                value={value}
                aria-describedby={describedBy}
                onChange={(event) => onChange(key, event.target.value)}
                className={`${inputClass} print:hidden`}
              />
            ) : isTextField(key) ? (
              <LimitedText
                id={id}
                value={value}
                max={FIELD_LIMITS[key]}
                rows={isWho ? undefined : field.id === 'notes' ? 4 : 2}
                describedBy={describedBy}
                onChange={(text) => onChange(key, text)}
                className={inputClass}
                printEmpty={<WriteLines count={isWho || field.id === 'date' ? 1 : 2} />}
              />
            ) : null}
            {field.id === 'date' && <PrintValue value={value} empty={<WriteLines count={1} />} />}
          </div>
        );
      })}
    </fieldset>
  );
}
