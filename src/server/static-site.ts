import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../build/csp-plugin';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Addresses the room's screens will use, all served by the game's page (it reads where it is). */
const PAGE_PATHS = new Set(['/', '/join', '/display', '/control']);

/**
 * Serves the built game (`dist/`) as it is, with its Content Security Policy also sent as a header, and
 * nothing outside that folder: the path is resolved and must stay inside it. Only GET and HEAD.
 */
export function staticSite(root: string): (request: IncomingMessage, response: ServerResponse) => void {
  const base = path.resolve(root);
  return (request, response) => {
    response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return reply(response, 405, 'Method not allowed');
    const file = fileFor(base, request.url ?? '/');
    if (file === null) return reply(response, 404, 'Not found');
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return reply(response, 404, 'Not found');
      size = stat.size;
    } catch {
      const missingPage = file === path.join(base, 'index.html');
      return reply(
        response,
        missingPage ? 503 : 404,
        missingPage ? 'The game is not built: run npm run build' : 'Not found',
      );
    }
    response.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': size,
      // The page itself always revalidates; built assets carry a content hash in their names.
      'Cache-Control': file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
    });
    if (request.method === 'HEAD') return response.end();
    createReadStream(file).pipe(response);
  };
}

function fileFor(base: string, url: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://room.invalid').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  if (PAGE_PATHS.has(pathname)) return path.join(base, 'index.html');
  const file = path.resolve(base, `.${pathname}`);
  return file.startsWith(`${base}${path.sep}`) ? file : null;
}

function reply(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}
