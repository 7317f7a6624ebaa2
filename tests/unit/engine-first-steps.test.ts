import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content';
import { assess, EMERGENCY_ID, PERSPECTIVES, type Perspective } from '@/lib/engine';

const rules = getContent().rules;
const firstSteps = (perspective: Perspective, answers: Record<string, string> = {}) =>
  assess({ perspective, answers }, rules).firstSteps;

describe('assess: first steps', () => {
  it('when time may matter, asking how long it is safe to wait comes first', () => {
    for (const value of ['yes', 'not-sure']) {
      const steps = firstSteps('self', { [EMERGENCY_ID]: 'no', 'time-sensitive': value });
      expect(steps[0]?.id).toBe('safe-wait');
      expect(steps[0]?.text).toMatch(/how long it is safe to wait/);
    }
  });

  it('without time pressure the list starts with talking to the doctor and leaves the wait step out', () => {
    const steps = firstSteps('self', { [EMERGENCY_ID]: 'no', 'time-sensitive': 'no' });
    expect(steps.map((s) => s.id)).not.toContain('safe-wait');
    expect(steps[0]?.id).toBe('tell-doctor');
    expect(steps.map((s) => s.id)).toEqual(['tell-doctor', 'check-cover', 'find-specialist', 'records']);
  });

  it('never lists more than five steps, and keeps the order of rules.md', () => {
    const steps = firstSteps('self', { 'time-sensitive': 'yes' });
    expect(steps.length).toBeLessThanOrEqual(5);
    const order = rules.firstSteps.map((s) => s.id);
    const ids = steps.map((s) => s.id);
    expect([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(ids);
  });

  it('is worded for the person the answers are about', () => {
    const child = firstSteps('child', { 'time-sensitive': 'yes' });
    expect(child[0]?.text).toMatch(/your child's doctor/);
    const other = firstSteps('other', { 'time-sensitive': 'yes' });
    expect(other[0]?.text).toMatch(/their doctor/);
    for (const p of PERSPECTIVES) for (const step of firstSteps(p)) expect(step.href).toMatch(/^[/#]/);
  });

  it('an emergency has no first steps: getting help now is the whole answer', () => {
    expect(firstSteps('self', { [EMERGENCY_ID]: 'yes' })).toEqual([]);
  });
});
