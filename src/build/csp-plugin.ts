import type { Plugin } from 'vite';

/**
 * The built page's Content Security Policy: scripts, styles and fonts only from the page's own files,
 * no inline script, no eval. Images may be data:/blob: URLs because Phaser makes its default textures
 * that way. Workers only from the page's own files. Added only to the build: the dev server needs inline
 * scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' data: blob:",
  // Module workers built as files of their own: the scenario checker and the studio's heat simulation.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The offline single file's policy (dist-offline/lab-doors.html, opened from file://): the same, except
 * that its script and style are necessarily inline and its fonts and images are data: URLs. Only this
 * file allows inline script; still no eval, and it may make no request at all (connect-src 'none').
 */
const OFFLINE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  'font-src data:',
  "connect-src 'none'",
  'media-src data: blob:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(options: { readonly offline?: boolean } = {}): Plugin {
  if (options.offline === true) {
    return {
      name: 'lab-doors-csp-offline',
      apply: 'build',
      // Written as plain text rather than a tag descriptor: Vite would escape the quotes as &#39;, which
      // browsers read fine but vite-plugin-singlefile's own CSP check does not (it then warns wrongly).
      transformIndexHtml: (html) =>
        html.replace(
          /<head>/,
          `<head>\n    <meta http-equiv="Content-Security-Policy" content="${OFFLINE_CONTENT_SECURITY_POLICY}">`,
        ),
    };
  }
  return {
    name: 'lab-doors-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
