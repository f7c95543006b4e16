import { describe, expect, it } from 'vitest';

/** The public surface of the ingest steps: a change here is a change archivists' tooling may feel. */
describe('src/lib/ingest exports', () => {
	it.each([
		['decode', ['decodeSeed', 'lastLineOf', 'lineAtOffset', 'toSourceLines']],
		['layout', ['assembleLines', 'describeLayout', 'displayWidth']],
		[
			'headings',
			[
				'committeeOfHeading',
				'isByline',
				'looksLikeHeading',
				'numberingOf',
				'readHeading',
				'readSubtitle',
				'stripDecoration',
			],
		],
		['segment', ['findArticles', 'splitSections', 'yearFromSubtitle']],
		['decisions', ['resolveDecisions', 'resolveHeadingDecisions']],
		['editorial', ['applyEditorial', 'paragraphText']],
		['joins', ['groupParagraphs']],
		['apparatus', ['numberApparatus']],
		['figures', ['placeFigures']],
		['unused', ['checkUnusedDecisions', 'createUsedDecisions']],
		['errors', ['IngestError', 'ambiguousLine']],
		['candidates', ['findCandidates', 'similarity']],
		[
			'render-mdx',
			['MARK_COMPONENTS', 'generatedNotice', 'renderBody', 'renderPage', 'toFrontmatter'],
		],
		['provenance', ['checkAuthors', 'pageAuthors', 'provenanceOf']],
		['pipeline', ['ingestSource']],
		['write', ['handEditOf', 'isHandEdited', 'planWrites', 'readExisting', 'splitFrontmatter']],
		['report', ['formatReport']],
	])('%s exports %j', async (module, names) => {
		expect(
			Object.keys((await import(`../../src/lib/ingest/${module}.ts`)) as object).sort()
		).toEqual(names);
	});
});

/** The public surface of the translation tools (another engineer publishes buildTmx under /data/). */
describe('src/lib/translations exports', () => {
	it.each([
		[
			'units',
			[
				'META_UNITS',
				'blockInlines',
				'canonicalInlines',
				'hasStrayHan',
				'hashUnit',
				'inlineText',
				'pageUnits',
				'parseBody',
				'parsePageFile',
				'placeholderId',
			],
		],
		['pages', ['existingTranslations', 'pairPages']],
		[
			'memory',
			['NEAR_MATCH_THRESHOLD', 'createMemory', 'fitMarks', 'lookUp', 'memoryKey', 'similarity'],
		],
		['export', ['exportYear', 'memoryOf']],
		['registry', ['fixedRendering']],
		['xliff-write', ['XLIFF_NS', 'buildXliff']],
		[
			'xliff-read',
			[
				'MAX_TARGET_BYTES',
				'MAX_TARGET_RATIO',
				'MAX_XLIFF_BYTES',
				'XliffError',
				'checkXliffSize',
				'decodeXml',
				'parseXliff',
			],
		],
		['classify', ['CONFIRMED_STATES', 'classifyTarget', 'isConfirmed', 'sourceSentences']],
		['import-match', ['matchUnits', 'problemLine']],
		['import-plan', ['planImport']],
		['render-en', ['renderEnPage']],
		['tmx', ['alignedPairs', 'buildSuggestionTmx', 'buildTmx', 'exportSuggestions']],
		[
			'check',
			[
				'BannedPhrasesSchema',
				'NumberExceptionsSchema',
				'RULES',
				'SpellingSchema',
				'archiveCheckOptions',
				'britishWords',
				'checkArchive',
				'checkConsistency',
				'checkPage',
				'foldInflection',
				'numbersIn',
			],
		],
		['term-uses', ['termUses']],
		['terms-report', ['formatTermsReport', 'termsReport']],
	])('%s exports %j', async (module, names) => {
		expect(
			Object.keys((await import(`../../src/lib/translations/${module}.ts`)) as object).sort()
		).toEqual(names);
	});
});

/** The public surface of the editions' renderers: what the build, npm run package and the lead's merges rely on. */
describe('src/lib/editions exports', () => {
	// Static imports: Vite resolves a variable dynamic import only one folder deep.
	it.each([
		[
			'model',
			() => import('../../src/lib/editions/model.ts'),
			['blockText', 'parseBody', 'runsToText', 'toEditionArchive', 'toEditionReport'],
		],
		[
			'downloads',
			() => import('../../src/lib/editions/downloads.ts'),
			['buildDownloads', 'formatSize'],
		],
		[
			'data/json',
			() => import('../../src/lib/editions/data/json.ts'),
			['SCHEMA_FILE', 'archiveToJson', 'reportPath', 'reportToJson', 'toJsonText'],
		],
		[
			'data/csv',
			() => import('../../src/lib/editions/data/csv.ts'),
			['CSV_COLUMNS', 'CSV_OPTIONS', 'paragraphsToCsv'],
		],
		[
			'data/documents',
			() => import('../../src/lib/editions/data/documents.ts'),
			[
				'DOCUMENT_CSV_COLUMNS',
				'documentsOf',
				'documentsToCsv',
				'documentsToJson',
				'paragraphTexts',
			],
		],
		['tei/tei', () => import('../../src/lib/editions/tei/tei.ts'), ['reportToTei']],
		[
			'epub/book',
			() => import('../../src/lib/editions/epub/book.ts'),
			['EPUB_VARIANTS', 'bookIdentifier', 'buildEpub', 'epubFileName', 'epubFiles', 'modifiedOf'],
		],
		[
			'pdf/make-pdfs',
			() => import('../../src/lib/editions/pdf/make-pdfs.ts'),
			[
				'DEFAULT_CHROMIUM',
				'chromiumMissingMessage',
				'fixPdfDates',
				'footerTemplate',
				'makePdfs',
				'pdfFileName',
				'pdfJobs',
			],
		],
		[
			'jsonld/report-metadata',
			() => import('../../src/lib/editions/jsonld/report-metadata.ts'),
			['jsonLdText', 'openGraph', 'reportJsonLd'],
		],
	] as const)('%s', async (_, load, names) => {
		expect(Object.keys(await load()).sort()).toEqual(names);
	});
});

/** The shared content layer: what translations, editions and pages read alike. */
describe('src/lib/content exports', () => {
	it.each([
		[
			'documents',
			() => import('../../src/lib/content/documents.ts'),
			['DOCUMENTS', 'DocumentsSchema', 'citedDocuments', 'citedTitles', 'shortTitle'],
		],
		[
			'term-list',
			() => import('../../src/lib/content/term-list.ts'),
			['TERM_LIST', 'createTermList', 'termsOfText'],
		],
		[
			'pinyin',
			() => import('../../src/lib/content/pinyin.ts'),
			['comparePinyin', 'initialOf', 'pinyinOf'],
		],
		[
			'hant-overrides',
			() => import('../../src/lib/content/hant-overrides.ts'),
			['HANT_OVERRIDES', 'applyHantOverrides', 'checkHantOverrides', 'foldHantOverrides'],
		],
	] as const)('%s', async (_, load, names) => {
		expect(Object.keys(await load()).sort()).toEqual(names);
	});
});

/** The run writer and page validation, in the same layer: what ingest and the translation tools write with. */
describe('src/lib/content exports: the run writer and page validation', () => {
	it.each([
		[
			'text-rules',
			[
				'CHARACTER_CLASSES',
				'classOf',
				'describeCharacter',
				'flaggedCharacters',
				'formatCodePoint',
				'refusalMessages',
				'refusedCharacters',
				'scanCharacters',
			],
		],
		[
			'frontmatter-yaml',
			['firstDifference', 'readFrontmatterAsBuild', 'readersDisagree', 'stringifyFrontmatter'],
		],
		['validate-page', ['validatePage']],
		['generated-hash', ['HASH_PLACEHOLDER', 'stampGeneratedHash', 'verifyGeneratedHash']],
		['page-diff', ['describePageDifferences']],
		['fs-errors', ['describeFsError', 'isFsError', 'withPath']],
		['atomic-file', ['writeFileAtomicallySync']],
		['run-lock', ['LOCK_FILE', 'LockHeldError', 'acquireRunLock', 'isHolderAlive', 'liveHolder']],
		[
			'run-journal',
			[
				'JOURNAL_FILE',
				'JournalError',
				'RecoveryConflictError',
				'TEMP_FILE',
				'fileHash',
				'fsyncPath',
				'readJournal',
				'recoverInterruptedRun',
				'removeJournal',
				'strayTempFiles',
				'writeJournal',
			],
		],
		[
			'run-writer',
			[
				'LockHeldError',
				'RecoveryConflictError',
				'RunRefusedError',
				'RunWriteError',
				'startRun',
				'unsettledContent',
			],
		],
	])('%s exports %j', async (module, names) => {
		expect(
			Object.keys((await import(`../../src/lib/content/${module}.ts`)) as object).sort()
		).toEqual(names);
	});
});
