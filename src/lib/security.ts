/**
 * The Content-Security-Policy every page carries as a meta tag. Scripts and styles
 * come only from the archive itself; Pagefind compiles its WebAssembly, which
 * needs 'wasm-unsafe-eval' (not 'unsafe-eval'). Nothing may be loaded from another
 * origin, and no inline script or style is allowed.
 *
 * @see https://pagefind.app/docs/hosting/
 */
export const CONTENT_SECURITY_POLICY = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"img-src 'self' data:",
	"connect-src 'self'",
	"font-src 'none'",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'self'",
].join('; ');
