export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** Every problem found in content/, so one failed build shows them all. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Content is not valid:\n${problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n')}`,
    );
    this.name = 'ContentError';
  }
}
