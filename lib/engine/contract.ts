/** Trigger ids other parts of the app rely on (see design.md); the content must define each one. */
export const EMERGENCY_ID = 'emergency-symptoms';
export const OPINIONS_ID = 'opinions-so-far';
export const REQUIRED_TRIGGER_IDS = [
  EMERGENCY_ID,
  'time-sensitive',
  'serious-diagnosis',
  'cancer-diagnosis',
  'rare-condition',
  'unclear-diagnosis',
  'doctor-uncertain',
  'surgery-recommended',
  'major-treatment',
  'treatment-not-working',
  'unsure-about-plan',
  'wants-less-invasive',
  'wait-and-see-concern',
  'trust-concerns',
  'peace-of-mind',
  OPINIONS_ID,
] as const;

export const YES_NO_NOT_SURE = ['yes', 'no', 'not-sure'] as const;
export const OPINION_COUNTS = ['one', 'two', 'three-or-more'] as const;

/** The answer values each contract trigger must offer, exactly. */
export function requiredValues(id: string): readonly string[] | undefined {
  if (id === OPINIONS_ID) return OPINION_COUNTS;
  return (REQUIRED_TRIGGER_IDS as readonly string[]).includes(id) ? YES_NO_NOT_SURE : undefined;
}
