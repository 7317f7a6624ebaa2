import { z } from 'zod';
import { PERSPECTIVES } from '../engine/types';
import type { Locale } from '../i18n/locales';

/** Ids and slugs: lower-case words joined by hyphens, as used in URLs and content references. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

// YAML turns an unquoted 2026-11-21 into a Date; accept both and keep the plain date.
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD'),
);

export const sourceSchema = z.strictObject({
  id: idSchema,
  citation: z.string().min(10),
  year: z.number().int().min(1900).max(2100).nullable(),
  /** What kind of document it is, in plain words, so a reader can judge how much weight it carries. */
  kind: z.string().min(5).max(120),
  /** Only where evidence.md or the source article itself gives the address. */
  url: z
    .string()
    .regex(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/[^\s]*)?$/, 'must be an https web address')
    .optional(),
  supports: z.string().min(10),
});
export type Source = z.infer<typeof sourceSchema>;

export const sourcesFileSchema = z.strictObject({
  title: z.string().min(1),
  sources: z.array(sourceSchema).min(1),
});

const wholeOutOf100 = z.number().int().min(0).max(100);

/** A study figure shown to patients: one count out of 100, or a range where the studies differ. */
export const figureSchema = z
  .strictObject({
    id: idSchema,
    count: wholeOutOf100.optional(),
    range: z
      .tuple([wholeOutOf100, wholeOutOf100])
      .refine(([low, high]) => low < high, 'must go from low to high')
      .optional(),
    /** The figure in words: "About 21 out of 100 people ...". */
    says: z.string().min(10).max(200),
    /** What "change" meant in the study, and what it did not measure. */
    meaning: z.string().min(10).max(300),
    source: idSchema,
    /** The article that introduces the figure; it is drawn at the end of that article. */
    article: idSchema,
  })
  .refine((figure) => (figure.count === undefined) !== (figure.range === undefined), {
    message: 'needs either count or range, not both',
    path: ['count'],
  })
  .refine(
    (figure) =>
      figure.count !== undefined
        ? new RegExp(`\\b${figure.count} (out of|de cada) 100`).test(figure.says)
        : figure.range !== undefined &&
          new RegExp(`\\b${figure.range[0]} (to|a) ${figure.range[1]} (out of|de cada) 100`).test(
            figure.says,
          ),
    {
      message:
        'must say the same numbers as "N out of 100" or "LOW to HIGH out of 100" (in Spanish "N de cada 100")',
      path: ['says'],
    },
  );
export type FigureFrontmatter = z.infer<typeof figureSchema>;

export const figuresFileSchema = z.strictObject({
  title: z.string().min(1),
  figures: z.array(figureSchema).min(1),
});

export const articleSchema = z.strictObject({
  title: z.string().min(3).max(90),
  description: z.string().min(10).max(220),
  order: z.number().int().positive(),
  reviewed: isoDateSchema,
  sources: z.array(idSchema).min(1, 'must cite at least one source'),
});
export type ArticleFrontmatter = z.infer<typeof articleSchema>;

/** Standing pages such as About and Privacy: prose that reads like an article but is not listed in Learn. */
export const pageSchema = z.strictObject({
  title: z.string().min(3).max(90),
  description: z.string().min(10).max(220),
  reviewed: isoDateSchema,
  sources: z.array(idSchema).default([]),
});
export type PageFrontmatter = z.infer<typeof pageSchema>;

export const CATEGORIES = ['emergency', 'diagnosis', 'treatment', 'trust-and-comfort', 'practical'] as const;
const perspectiveSchema = z.enum(PERSPECTIVES);
const worded = z.strictObject({
  self: z.string().min(3),
  child: z.string().min(3),
  other: z.string().min(3),
});

/**
 * Text that may be worded for whose care it is (self, child, other). One string serves all three, so
 * only the sentences that name the person need three versions. Read it with `forPerspective`.
 */
export const perspectiveText = (text: z.ZodString) =>
  z
    .union([text, z.strictObject({ self: text, child: text, other: text })])
    .transform((t) => (typeof t === 'string' ? { self: t, child: t, other: t } : t));

/** Which answers make a rule apply: every key must match one of its values. Keys are trigger ids or `perspective`. */
export const conditionSchema = z.record(z.string(), z.array(z.string().min(1)).min(1));
/** One condition or a list of them, any of which may match. */
export const conditionsSchema = z
  .union([conditionSchema, z.array(conditionSchema).min(1)])
  .transform((value) => (Array.isArray(value) ? value : [value]));

/** Labels for the usual answers, in each language; the loader gives them to answers without a label. */
export const STANDARD_LABELS: Record<Locale, Record<string, string>> = {
  en: { yes: 'Yes', no: 'No', 'not-sure': "I'm not sure" },
  es: { yes: 'Sí', no: 'No', 'not-sure': 'No lo sé' },
};

export const triggerSchema = z
  .strictObject({
    id: idSchema,
    title: z.string().min(5).max(90),
    category: z.enum(CATEGORIES),
    order: z.number().int().positive(),
    perspectives: z
      .array(perspectiveSchema)
      .min(1)
      .default([...PERSPECTIVES]),
    askWhen: conditionsSchema.optional(),
    question: worded,
    hint: perspectiveText(z.string().min(3)),
    answers: z
      .array(
        z.strictObject({
          value: idSchema,
          label: z.string().min(1).optional(),
          weight: z.number().int().min(0).max(100),
        }),
      )
      .min(2)
      .transform((answers) => answers.map((a) => ({ ...a, label: a.label ?? a.value }))),
    sources: z.array(idSchema).min(1, 'must cite at least one source'),
    childNote: z.string().min(10).optional(),
    /** The reason's heading after a "not sure" answer, worded as the person said it. */
    notSure: worded.optional(),
  })
  .superRefine((trigger, ctx) => {
    const weight = new Map(trigger.answers.map((a) => [a.value, a.weight]));
    const values = trigger.answers.map((a) => a.value);
    if (new Set(values).size !== values.length)
      ctx.addIssue({ code: 'custom', path: ['answers'], message: 'lists the same value twice' });
    // Saying yes where you said no must never lower the result.
    const [yes, notSure, no] = [weight.get('yes'), weight.get('not-sure'), weight.get('no')];
    if (yes !== undefined && notSure !== undefined && no !== undefined && !(yes >= notSure && notSure >= no))
      ctx.addIssue({
        code: 'custom',
        path: ['answers'],
        message: 'weights must rise from no to not-sure to yes',
      });
    // A scored "not sure" becomes a reason; its heading must not state as fact what the person was unsure of.
    if ((notSure ?? 0) > 0 && !trigger.notSure)
      ctx.addIssue({
        code: 'custom',
        path: ['notSure'],
        message:
          'is required when the not-sure answer scores: say what the person was not sure of, for self, child and other',
      });
  });
export type TriggerFrontmatter = z.infer<typeof triggerSchema>;

const levelText = z.strictObject({ label: z.string().min(3), summary: z.string().min(10) });
const scoredLevel = levelText.extend({ minScore: z.number().int().min(0).max(100) });

export const rulesSchema = z
  .strictObject({
    title: z.string().min(3),
    levels: z.strictObject({
      urgent: levelText,
      'strongly-consider': scoredLevel,
      consider: scoredLevel,
      optional: scoredLevel.extend({ minScore: z.literal(0) }),
    }),
    timeSensitiveWhen: conditionsSchema,
    cautions: z
      .array(
        z.strictObject({
          id: idSchema,
          when: conditionsSchema,
          title: perspectiveText(z.string().min(3)),
          text: perspectiveText(z.string().min(10)),
          sources: z.array(idSchema).min(1, 'must cite at least one source'),
        }),
      )
      .min(1),
    nextSteps: z
      .array(
        z.strictObject({
          id: idSchema,
          when: conditionsSchema.optional(),
          label: perspectiveText(z.string().min(3)),
          href: z.string().regex(/^\/[a-z0-9/#-]*$/, 'must be a path inside the guide'),
          description: perspectiveText(z.string().min(10)),
        }),
      )
      .min(1),
    /** What to do first, in this order; the result shows the ones whose `when` matches. */
    firstSteps: z
      .array(
        z.strictObject({
          id: idSchema,
          when: conditionsSchema.optional(),
          text: perspectiveText(z.string().min(10)),
          href: z.string().regex(/^(\/[a-z0-9/#-]*|#[a-z0-9-]+)$/, 'must be a path inside the guide'),
          linkLabel: z.string().min(3).max(60),
        }),
      )
      .min(3),
    sure: z
      .array(
        z.strictObject({
          id: idSchema,
          question: z.string().min(5),
          help: z.string().min(10),
        }),
      )
      .length(4),
  })
  .superRefine((rules, ctx) => {
    const { 'strongly-consider': strong, consider } = rules.levels;
    if (!(strong.minScore > consider.minScore && consider.minScore > 0))
      ctx.addIssue({
        code: 'custom',
        path: ['levels'],
        message: 'minScore must fall from strongly-consider to consider to 0',
      });
    if (!/\b(right|derecho)\b/i.test(rules.levels.optional.summary))
      ctx.addIssue({
        code: 'custom',
        path: ['levels', 'optional', 'summary'],
        message: 'must say that asking for a second opinion is the person’s right',
      });
  });
export type RulesFrontmatter = z.infer<typeof rulesSchema>;

export const checklistSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(3).max(80),
  description: perspectiveText(z.string().min(10).max(220)),
  order: z.number().int().positive(),
  items: z
    .array(
      z
        .strictObject({
          id: idSchema,
          text: perspectiveText(z.string().min(5).max(160)),
          why: perspectiveText(z.string().min(10).max(300)).optional(),
          sources: z.array(idSchema).min(1, 'must cite at least one source'),
          /** Shown only when a wizard result matches; without a result every item shows. */
          when: conditionsSchema.optional(),
          /** Says why the item is shown, e.g. "Because surgery has been suggested." */
          whenReason: perspectiveText(z.string().min(10).max(160)).optional(),
        })
        .refine((item) => (item.when === undefined) === (item.whenReason === undefined), {
          message: 'when and whenReason go together',
          path: ['whenReason'],
        }),
    )
    .min(3),
});
export type ChecklistFrontmatter = z.infer<typeof checklistSchema>;

export const questionTopicSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(3).max(80),
  order: z.number().int().positive(),
  questions: z
    .array(
      z.strictObject({
        id: idSchema,
        /** Worded as the person asks it: about themselves, their child or the person they care for. */
        text: perspectiveText(z.string().min(8).max(200)),
        sources: z.array(idSchema).min(1, 'must cite at least one source'),
      }),
    )
    .min(2),
});
export type QuestionTopicFrontmatter = z.infer<typeof questionTopicSchema>;

const outcomeText = z.strictObject({
  title: z.string().min(3),
  summary: z.string().min(10),
  steps: z.array(z.string().min(10)).min(2),
  sources: z.array(idSchema).min(1, 'must cite at least one source'),
});

/** Words for the comparison: its rows, the options' labels, the three outcomes and what may matter. */
export const compareContentSchema = z.strictObject({
  title: z.string().min(3),
  description: z.string().min(10),
  fields: z
    .array(
      z.strictObject({
        id: z.string().min(2),
        label: z.string().min(2).max(80),
        /** The row heading in the side-by-side view, as the question people ask. */
        row: z.string().min(5).max(120).optional(),
        hint: z.string().min(5).max(200).optional(),
        /** A question from the bank that asks about this row, offered when a cell is empty. */
        bankQuestion: idSchema.optional(),
      }),
    )
    .min(1),
  options: z.record(z.string(), z.record(z.string(), z.string().min(2))),
  outcomes: z.strictObject({ confirmation: outcomeText, adjustment: outcomeText, disagreement: outcomeText }),
  factors: z.array(z.strictObject({ id: idSchema, label: z.string().min(3).max(80) })).min(3),
  limitNote: z.string().min(10),
  talkItThrough: z.string().min(10),
  weighingNote: z.string().min(10),
});
export type CompareContent = z.infer<typeof compareContentSchema>;

/** The options grid: the decision, its options and the questions patients ask, one cell per option. */
export const optionGridSchema = z
  .strictObject({
    title: z.string().min(3).max(90),
    decision: z.string().min(20).max(200),
    options: z
      .array(
        z.strictObject({
          id: idSchema,
          label: z.string().min(3).max(60),
          when: conditionsSchema.optional(),
        }),
      )
      .min(2),
    rows: z
      .array(
        z.strictObject({
          id: idSchema,
          question: z.string().min(5).max(120),
          cells: z.record(
            z.string(),
            z.strictObject({
              text: z.string().min(20).max(400),
              sources: z.array(idSchema).min(1, 'must cite at least one source'),
            }),
          ),
        }),
      )
      .min(3),
  })
  .superRefine((grid, ctx) => {
    const ids = grid.options.map((option) => option.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i)
        ctx.addIssue({ code: 'custom', path: ['options', i, 'id'], message: `"${id}" is listed twice` });
    });
    // Two options that always show keep the grid a real choice, whatever the answers.
    if (grid.options.filter((option) => !option.when).length < 2)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'must have at least two options shown always',
      });
    const rowIds = new Set<string>();
    grid.rows.forEach((row, r) => {
      if (rowIds.has(row.id))
        ctx.addIssue({ code: 'custom', path: ['rows', r, 'id'], message: `"${row.id}" is listed twice` });
      rowIds.add(row.id);
      // Equal detail for every option starts with every option answering every question.
      for (const id of ids)
        if (!(id in row.cells))
          ctx.addIssue({
            code: 'custom',
            path: ['rows', r, 'cells'],
            message: `has no cell for option "${id}"`,
          });
      for (const key of Object.keys(row.cells))
        if (!ids.includes(key))
          ctx.addIssue({
            code: 'custom',
            path: ['rows', r, 'cells', key],
            message: `is not an option (expected ${ids.join(', ')})`,
          });
    });
  });
export type OptionGridFrontmatter = z.infer<typeof optionGridSchema>;
