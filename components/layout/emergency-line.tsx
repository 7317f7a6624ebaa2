/** Shown on every page, above everything else, and on paper too. */
export function EmergencyLine() {
  return (
    <div className="border-b-4 border-warn bg-warn-bg text-ink">
      <p className="mx-auto max-w-5xl px-4 py-2 text-base font-semibold sm:px-6">
        If this is an emergency, call <span className="whitespace-nowrap">911</span> or your local emergency
        number.
      </p>
    </div>
  );
}
