import type { Clinic } from '@/lib/share/clinic';

/** "Shared by <clinic>": typed text shown as text, never as HTML. */
export function ClinicDetails({ clinic, onHide }: { clinic: Clinic; onHide?: () => void }) {
  return (
    <section
      aria-label={`Shared by ${clinic.name}`}
      className="mb-8 max-w-prose border-l-8 border-brand bg-pale p-4"
    >
      <p className="text-lg">
        Shared by <strong className="break-words">{clinic.name}</strong>
      </p>
      {clinic.contact && <p className="mt-1 break-words">For records requests: {clinic.contact}</p>}
      {clinic.note && <p className="mt-1 whitespace-pre-wrap break-words">{clinic.note}</p>}
      <p className="mt-2 text-base text-ink-muted">
        The clinic does not see your answers. Everything you enter stays on this device.
      </p>
      {onHide && (
        <button type="button" className="no-print mt-2 text-base text-brand underline" onClick={onHide}>
          Hide this message
        </button>
      )}
    </section>
  );
}
