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
	prettier
);
