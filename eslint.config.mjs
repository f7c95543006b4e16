// @ts-check
/**
 * ESLint flat config: @eslint/js recommended, typescript-eslint type-checked (through
 * the TypeScript project service, so rules see the same types as `tsc`), eslint-plugin-astro
 * for the templates, and eslint-config-prettier last so that no rule fights the formatter.
 * @see https://typescript-eslint.io/getting-started/typed-linting
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * An import of another subsystem's module, by the folder it is in (relative imports such as
 * `../ingest/write.ts` and `../../translations/units.ts`).
 * @param {string} folder
 * @param {string} why
 */
const subsystem = (folder, why) => ({ regex: `(^|/)${folder}/`, message: why });
const INGEST = subsystem(
	'ingest',
	'import src/lib/content/ instead: ingest is a subsystem of its own (the build never runs it).'
);
const TRANSLATIONS = subsystem(
	'translations',
	'import src/lib/content/ instead: translations is a subsystem of its own.'
);
const EDITIONS = subsystem(
	'editions',
	'import src/lib/content/ instead: editions is a subsystem of its own.'
);

export default tseslint.config(
	{
		// Generated or third-party output, and the text itself (content/ and seeds/ are data).
		ignores: [
			'dist/**',
			'release/**',
			'.astro/**',
			'node_modules/**',
			'tests/.tmp/**',
			'content/**',
			'seeds/**',
			// Snowball's generated stemmer, vendored unchanged (see its README).
			'src/lib/search/snowball/*.js',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	...astro.configs['flat/recommended'],
	{
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ['eslint.config.mjs'] },
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.astro'],
			},
			// Scripts, tests and the build run in Node; src/client runs in the browser.
			globals: { ...globals.node },
		},
	},
	{
		files: ['src/client/**/*.ts'],
		languageOptions: { globals: { ...globals.browser } },
	},
	{
		files: ['**/*.astro'],
		// astro-eslint-parser has no TypeScript project service: it cannot resolve an imported
		// .astro component or Astro.props, so every typed rule would see error types there.
		// The templates are type-checked by `astro check` (npm run check) instead.
		extends: [tseslint.configs.disableTypeChecked],
		languageOptions: {
			parserOptions: { parser: tseslint.parser, projectService: false, project: false },
			// Build-time constants defined by Vite (see src/env.d.ts).
			globals: {
				__APP_SCRIPT__: 'readonly',
				__SEARCH_FILES__: 'readonly',
				__ARCHIVE_OFFLINE__: 'readonly',
			},
		},
	},
	{
		rules: {
			// Off: an `async` function without `await` is how this code implements interfaces that
			// return promises (search engines' find/load, getStaticPaths, fakes in tests).
			'@typescript-eslint/require-await': 'off',
			// Comments may quote the source text, full-width spaces (U+3000) included.
			'no-irregular-whitespace': ['error', { skipComments: true }],
		},
	},
	// Subsystems meet only through the shared content layer, src/lib/content/ (see the README's
	// Layout): ingest, translations and editions import it and never each other, and it imports
	// none of them, so that no change to one subsystem can break another one's behaviour.
	{
		files: ['src/lib/ingest/**/*.ts'],
		rules: {
			// Ingest writes the Chinese pages; what translations or editions also need lives in content/.
			'no-restricted-imports': ['error', { patterns: [TRANSLATIONS, EDITIONS] }],
		},
	},
	{
		files: ['src/lib/translations/**/*.ts'],
		rules: {
			// The translation tools read pages through content/; they never run ingest or render editions.
			'no-restricted-imports': ['error', { patterns: [INGEST, EDITIONS] }],
		},
	},
	{
		files: ['src/lib/editions/**/*.ts'],
		rules: {
			// The editions render what the build loads: the pages' frontmatter (paragraph lines
			// included) and content/'s readers; the build never runs ingest or the translation tools.
			'no-restricted-imports': ['error', { patterns: [INGEST, TRANSLATIONS] }],
		},
	},
	{
		files: ['src/lib/content/**/*.ts'],
		rules: {
			// The shared layer is shared because it depends on none of the subsystems.
			'no-restricted-imports': ['error', { patterns: [INGEST, TRANSLATIONS, EDITIONS] }],
		},
	},
	{
		files: [
			'src/lib/ingest/**/*.ts',
			'src/lib/editions/**/*.ts',
			'src/lib/translations/**/*.ts',
			'src/lib/content/**/*.ts',
			'scripts/ingest.ts',
			'scripts/translations.ts',
			'scripts/package.ts',
		],
		rules: {
			// The code maintainers touch most reads step by step (STYLE.md, issue 20): a function past
			// 60 lines is split by step rather than grown.
			'max-lines-per-function': ['error', { max: 60 }],
		},
	},
	prettier
);
