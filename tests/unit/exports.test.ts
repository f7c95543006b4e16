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
		['segment', ['checkYears', 'findArticles', 'splitSections', 'yearFromSubtitle']],
		['decisions', ['resolveDecisions', 'resolveHeadingDecisions']],
		['editorial', ['applyEditorial']],
		['joins', ['groupParagraphs']],
		['apparatus', ['numberApparatus']],
		['figures', ['placeFigures']],
		['unused', ['checkUnusedDecisions', 'createUsedDecisions']],
		['ambiguous-line', ['ambiguousLine']],
		['candidates', ['findCandidates', 'similarity']],
		['render-mdx', ['generatedNotice', 'renderPage', 'toFrontmatter']],
		['provenance', ['checkAuthors', 'pageAuthors', 'provenanceOf']],
		['pipeline', ['ingestSource']],
		['write', ['handEditOf', 'isHandEdited', 'planWrites', 'readExisting']],
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
			'memory',
			['NEAR_MATCH_THRESHOLD', 'createMemory', 'fitMarks', 'lookUp', 'memoryKey', 'similarity'],
		],
		['export', ['exportYear', 'memoryOf']],
		['registry', ['fixedRendering']],
		['xliff-write', ['ARCHIVE_NS', 'XLIFF_NS', 'buildXliff']],
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
		['suggestions-tmx', ['buildSuggestionTmx', 'exportSuggestions']],
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
			[
				'blockText',
				'englishTitleIsChinese',
				'parseBody',
				'runsToText',
				'toEditionArchive',
				'toEditionReport',
			],
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
			'page-units',
			() => import('../../src/lib/content/page-units.ts'),
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
		[
			'report-pages',
			() => import('../../src/lib/content/report-pages.ts'),
			['existingTranslations', 'pairPages'],
		],
		[
			'tmx',
			() => import('../../src/lib/content/tmx.ts'),
			['alignedPairs', 'buildTmx', 'tmxDocument'],
		],
		[
			'page-model',
			() => import('../../src/lib/content/page-model.ts'),
			['paragraphLines', 'paragraphText'],
		],
		[
			'mdx-body',
			() => import('../../src/lib/content/mdx-body.ts'),
			['MARK_COMPONENTS', 'renderBody'],
		],
		[
			'mdx-page',
			() => import('../../src/lib/content/mdx-page.ts'),
			['joinPage', 'splitFrontmatter'],
		],
		['ingest-error', () => import('../../src/lib/content/ingest-error.ts'), ['IngestError']],
		[
			'seed-files',
			() => import('../../src/lib/content/seed-files.ts'),
			[
				'checkSeedPlace',
				'decisionsFileOf',
				'readDecisions',
				'readSeed',
				'readSeedRecords',
				'seedsFolder',
			],
		],
		['seed-meta', () => import('../../src/lib/content/seed-meta.ts'), ['parseSeedMeta']],
		[
			'archive-package',
			() => import('../../src/lib/content/archive-package.ts'),
			['ARCHIVE_PACKAGE'],
		],
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
		['en-fields', ['shownHead', 'untranslatedFields']],
		['generated-hash', ['HASH_PLACEHOLDER', 'stampGeneratedHash', 'verifyGeneratedHash']],
		['page-diff', ['describePageDifferences']],
		['fs-errors', ['describeFsError', 'isFsError', 'withPath', 'withPathSync']],
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

/** The one Chromium module: the PDF edition, the bench and the browser tests start Chromium through it. */
describe('src/lib/chromium exports', () => {
	it('exports the path, the flags and the three ways to start it', async () => {
		expect(Object.keys(await import('../../src/lib/chromium.ts')).sort()).toEqual([
			'CHROMIUM_FLAGS',
			'DEFAULT_CHROMIUM',
			'chromiumCommandLine',
			'chromiumLaunchOptions',
			'chromiumPath',
			'connectChromium',
			'isChromiumInstalled',
			'launchChromium',
			'launchChromiumServer',
		]);
	});
});
