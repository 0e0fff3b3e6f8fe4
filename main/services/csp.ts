/**
 * The renderer's Content-Security-Policy, sent as a header by the Electron scheme handler and by
 * serve mode (index.html repeats it in a meta tag for any other way of loading the build).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // React Flow positions nodes with inline style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
