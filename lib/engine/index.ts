export { assess, assessInputSchema, AssessInputError, parseAssessInput, type AssessInput } from './assess';
export { matches, type Situation } from './conditions';
export { EMERGENCY_ID, OPINIONS_ID, REQUIRED_TRIGGER_IDS } from './contract';
export * from './routing';
export * from './types';
