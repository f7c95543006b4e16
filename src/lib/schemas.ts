/**
 * Zod schemas shared by ingest (which validates before it writes) and the content
 * collection (which validates again at build time). No `astro:` import here, so
 * scripts can use this module under plain Node.
 */
import { z } from 'zod';
import {
	AuthorSchema,
	CalendarDateSchema,
	PublicationSchema,
	TranslationCreditSchema,
} from './content/provenance.ts';

const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex sha256');
/** The hash of one Chinese paragraph or heading: 16 lowercase hex digits of its sha256. */
const UnitHashSchema = z.string().regex(/^[0-9a-f]{16}$/, 'expected 16 lowercase hex digits');
const LineSchema = z.number().int().positive();
const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** An editor's note written in both languages. */
export const BilingualNoteSchema = z
	.object({
		/** The note shown on Chinese pages. */
		zh: z.string().trim().min(1),
		/** The note shown on English pages. */
		en: z.string().trim().min(1),
	})
	.strict();
export type BilingualNote = z.infer<typeof BilingualNoteSchema>;

/** A phrase quoted from the source that locates a decision; it must occur exactly once. */
const AnchorSchema = z.string().min(2, 'quote at least two characters of the source');

/** One editorial decision recorded by an archivist in `seeds/<year>.yaml`. */
export const DecisionSchema = z.discriminatedUnion('type', [
	z
		.object({
			type: z.literal('lacuna'),
			/** The source text just before the gap; it must end a line of the source. */
			after: AnchorSchema,
			note: BilingualNoteSchema,
		})
		.strict(),
	z
		.object({
			type: z.literal('join'),
			/** The source text that ends the line whose page-break repair is overridden. */
			after: AnchorSchema,
			/** `true` joins the line to the next one, `false` keeps them apart. */
			join: z.boolean(),
			note: BilingualNoteSchema.optional(),
		})
		.strict(),
	z
		.object({
			type: z.literal('duplicate'),
			/** A phrase from the paragraph that repeats another one. */
			paragraph: AnchorSchema,
			/** A phrase from the paragraph it repeats (earlier on the same page). */
			of: AnchorSchema,
			note: BilingualNoteSchema,
		})
		.strict(),
	z
		.object({
			type: z.literal('note'),
			/** The phrase the note is attached to; the mark follows it. */
			at: AnchorSchema,
			/** Marks the phrase as reproduced exactly as printed (*sic*). */
			sic: z.boolean().default(false),
			note: BilingualNoteSchema,
		})
		.strict(),
	z
		.object({
			/** `heading`: the line is a heading; `not-heading`: it is text, although it reads like a heading. */
			type: z.enum(['heading', 'not-heading']),
			/** The whole line, as printed (surrounding spaces aside); it must occur exactly once as a line. */
			line: z.string().trim().min(1),
			note: BilingualNoteSchema.optional(),
		})
		.strict(),
]);
export type Decision = z.infer<typeof DecisionSchema>;

/** A key figure of the year, shown on its year page and linked to the paragraph it comes from. */
export const FigureSchema = z
	.object({
		/** The source text that states the figure, as printed (shown on Chinese pages); it must occur exactly once. */
		at: AnchorSchema,
		/** The same figure in English (shown on English pages). */
		en: z.string().trim().min(1),
	})
	.strict();
export type Figure = z.infer<typeof FigureSchema>;

/** `seeds/<year>.yaml`: what was received, and the editorial decisions for it. */
export const SeedMetaSchema = z
	.object({
		source: z
			.object({
				/** The seed's file name under `seeds/`. */
				file: z.string().regex(/^\d{4}\.txt$/, 'expected <year>.txt'),
				/** The file name as it was received. */
				originalName: z.string().min(1),
				/** sha256 of the file as received; ingest refuses a seed that no longer matches. */
				sha256: Sha256Schema,
				/** The day the project received the file. */
				received: IsoDateSchema,
				/** Moved to the top-level `publication` (newspaper in both languages, date, page). */
				publication: z
					.never({
						error:
							'moved: record the newspaper as publication: { newspaper: { zh, en }, date, page } at the top level (see seeds/README.md)',
					})
					.optional(),
			})
			.strict(),
		/** Where the text was printed, as far as it is known (see src/lib/content/provenance.ts). */
		publication: PublicationSchema.optional(),
		/** The people the bylines and credit lines name, with their names in English. */
		authors: z.array(AuthorSchema).default([]),
		/** Who made the year's English translation, and how. */
		translation: TranslationCreditSchema.optional(),
		decisions: z.array(DecisionSchema).default([]),
		/** Key figures of the year, in the order they are shown. */
		figures: z.array(FigureSchema).default([]),
	})
	.strict();
export type SeedMeta = z.infer<typeof SeedMetaSchema>;

/** One entry of a page's editorial apparatus; `n` is the number its marks link to. */
export const EditorialEntrySchema = z.discriminatedUnion('type', [
	z
		.object({
			n: z.number().int().positive(),
			type: z.literal('join'),
			/** Paragraph number (the `#pN` anchor) the join is in. */
			paragraph: z.number().int().positive(),
			/** Source lines of the two parts that were joined. */
			lines: z.tuple([LineSchema, LineSchema]),
			note: BilingualNoteSchema.optional(),
		})
		.strict(),
	z
		.object({
			n: z.number().int().positive(),
			type: z.literal('lacuna'),
			/** Paragraph number after which text is missing. */
			paragraph: z.number().int().positive(),
			/** Source line after which text is missing. */
			line: LineSchema,
			note: BilingualNoteSchema,
		})
		.strict(),
	z
		.object({
			n: z.number().int().positive(),
			type: z.literal('duplicate'),
			/** Paragraph number (the `#pN` anchor) of the repeating paragraph. */
			paragraph: z.number().int().positive(),
			/** Paragraph number of the paragraph it repeats. */
			of: z.number().int().positive(),
			line: LineSchema,
			note: BilingualNoteSchema,
		})
		.strict(),
	z
		.object({
			n: z.number().int().positive(),
			type: z.literal('note'),
			/** Paragraph number the note is attached to. */
			paragraph: z.number().int().positive(),
			sic: z.boolean(),
			/** The phrase the note is attached to, as printed. */
			quote: z.string().min(1),
			line: LineSchema,
			note: BilingualNoteSchema,
		})
		.strict(),
	z
		.object({
			n: z.number().int().positive(),
			type: z.literal('truncation'),
			/** The last paragraph, which ends mid-sentence. */
			paragraph: z.number().int().positive(),
			/** Last line of the source, which ends mid-sentence. */
			line: LineSchema,
		})
		.strict(),
]);
export type EditorialEntry = z.infer<typeof EditorialEntrySchema>;

/**
 * Why a page's paragraph lines cannot be its own: a line outside the page's
 * first and last line, or lines out of reading order.
 *
 * @example paragraphLinesProblem([[3], [2]], [1, 5]) // 'line 2 comes after line 3: the lines must be in reading order'
 */
export function paragraphLinesProblem(
	paragraphs: readonly (readonly number[])[],
	[first, last]: readonly [number, number]
): string | undefined {
	let previous = 0;
	for (const line of paragraphs.flat()) {
		if (line < first || line > last)
			return `line ${line} is outside the page's lines ${first}–${last}`;
		if (line <= previous)
			return `line ${line} comes after line ${previous}: the lines must be in reading order`;
		previous = line;
	}
	return undefined;
}

const ArticleSchema = z
	.object({
		/** Headline of the newspaper article the report belongs to. */
		title: z.string().min(1),
		/** Its subtitle, as printed (starts with ——). */
		subtitle: z.string().min(1),
	})
	.strict();

const CommonFields = {
	/** Page title: the article headline for the overview, the section heading for a committee. */
	title: z.string().min(1),
	/** The year the report covers, from the article subtitle. */
	year: z.number().int().min(1949).max(2100),
	/** Registry slug of the reporting body. */
	slug: z.string().regex(/^[a-z0-9-]+$/),
	article: ArticleSchema,
	/** Byline as printed, e.g. 本报记者 郑苗苗. */
	byline: z.string().min(1).optional(),
	/** Credit line as printed, e.g. 本组稿件由郑苗苗采写. */
	credit: z.string().min(1).optional(),
};

/** Frontmatter of a generated Chinese page (`content/<year>/zh/<slug>.mdx`). */
export const ZhReportSchema = z
	.object({
		...CommonFields,
		lang: z.literal('zh'),
		/** `overview` for the Standing Committee's lead article, `committee` otherwise. */
		kind: z.enum(['overview', 'committee']),
		/** Position of the report in its year's source, 0 for the lead article. */
		order: z.number().int().nonnegative(),
		/** The people the byline or credit line names (recorded in seeds/<year>.yaml `authors`). */
		authors: z.array(AuthorSchema).default([]),
		/** Where the text came from. */
		source: z
			.object({
				/** Seed path relative to the project root. */
				file: z.string().min(1),
				/** The seed's name as it was received (from seeds/<year>.yaml). */
				originalName: z.string().min(1).optional(),
				/** The day the project received the seed (from seeds/<year>.yaml). */
				received: CalendarDateSchema.optional(),
				/** sha256 of the seed file. */
				sha256: Sha256Schema,
				/** First and last source line of the page. */
				lines: z.tuple([LineSchema, LineSchema]),
				/**
				 * The source lines of each paragraph, in reading order (item N is paragraph N, `#pN`):
				 * the first physical line of each source line it is made of, more than one where a
				 * page break was repaired. Recorded by ingest, so the build never reads the seed again.
				 */
				paragraphs: z.array(z.array(LineSchema).min(1)),
			})
			.strict()
			.superRefine((source, context) => {
				const problem = paragraphLinesProblem(source.paragraphs, source.lines);
				if (problem) context.addIssue({ code: 'custom', path: ['paragraphs'], message: problem });
			}),
		/** Where the text was printed; absent when it was not recorded (never guessed). */
		publication: PublicationSchema.optional(),
		/** Who made the year's English translation and how; absent when not recorded. */
		translation: TranslationCreditSchema.optional(),
		/** The editorial apparatus: every decision applied to this page. */
		editorial: z.array(EditorialEntrySchema).default([]),
		/** Key figures stated on this page, with the paragraph that states them. */
		figures: z
			.array(
				z
					.object({
						quote: z.string().min(1),
						en: z.string().min(1),
						paragraph: z.number().int().positive(),
					})
					.strict()
			)
			.default([]),
		/** sha256 of the generated body; a different body means a hand edit. */
		generatedHash: Sha256Schema,
	})
	.strict();
export type ZhReport = z.infer<typeof ZhReportSchema>;
/** The frontmatter as written (fields with a default, such as `authors`, may be left out). */
export type ZhReportInput = z.input<typeof ZhReportSchema>;

/** Frontmatter of an English translation (`content/<year>/en/<slug>.mdx`), written by people. */
export const EnReportSchema = z
	.object({
		...CommonFields,
		/**
		 * The English of the Chinese page's fields. A field not translated yet is
		 * left out (never the Chinese copied in): every reader shows the Chinese
		 * page's field in its place, marked as Chinese (see src/lib/content/en-fields.ts).
		 */
		title: CommonFields.title.optional(),
		article: z
			.object({ title: z.string().min(1).optional(), subtitle: z.string().min(1).optional() })
			.strict()
			.optional(),
		lang: z.literal('en'),
		/** The Chinese body this translation was made from. */
		translationOf: z
			.object({
				/** sha256 of the Chinese page body; when it changes the translation is outdated. */
				sha256: Sha256Schema,
				/**
				 * Per paragraph, in body order (`#p1` first): the hash of the Chinese paragraph
				 * the English one translates (`hashUnit` in src/lib/content/page-units.ts), or
				 * `null` when the paragraph is not translated yet and the body holds the Chinese.
				 * Only the paragraphs whose hash no longer matches are outdated. Absent on a
				 * page written before per-paragraph hashes: then the page hash decides.
				 */
				paragraphs: z.array(UnitHashSchema.nullable()).optional(),
				/** The same per heading, in body order (`#s1` first). */
				headings: z.array(UnitHashSchema.nullable()).optional(),
			})
			.strict(),
		/**
		 * Units whose English was imported from a `needs-review-*` (or other unconfirmed)
		 * XLIFF state, by the last part of their id (`p3`, `h1`, `title`), in reading
		 * order: shown as not yet reviewed until an import confirms them or
		 * `npm run translations -- --mark-reviewed` clears them. Absent when none.
		 */
		needsReview: z
			.array(
				z
					.string()
					.regex(
						/^(p\d+|h\d+|title|article-title|article-subtitle|byline|credit)$/,
						'expected a unit such as p3, h1 or title'
					)
			)
			.optional(),
		/** Who translated it. */
		translator: z.string().min(1).optional(),
	})
	.strict();
export type EnReport = z.infer<typeof EnReportSchema>;

/** Any report page, told apart by `lang`. */
export const ReportSchema = z.discriminatedUnion('lang', [ZhReportSchema, EnReportSchema]);
export type Report = z.infer<typeof ReportSchema>;

/**
 * Formats zod issues as one line each, naming the file and the field.
 *
 * @example formatIssues('seeds/2022.yaml', error) // 'seeds/2022.yaml: decisions.0.note.en: Required'
 */
export function formatIssues(file: string, error: z.ZodError): string {
	return error.issues
		.map((issue) => `${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`)
		.join('\n');
}
