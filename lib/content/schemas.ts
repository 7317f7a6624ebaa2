import { z } from 'zod';

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
  supports: z.string().min(10),
});
export type Source = z.infer<typeof sourceSchema>;

export const sourcesFileSchema = z.strictObject({
  title: z.string().min(1),
  sources: z.array(sourceSchema).min(1),
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
