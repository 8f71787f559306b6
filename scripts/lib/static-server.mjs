// @ts-check
/**
 * A static server for dist/ on 127.0.0.1 that behaves like a real static host: gzip for
 * text (when the browser asks for it), the site's security headers and cache rules from
 * src/lib/security-headers.mjs, a 301 to the trailing-slash URL for folders, 404.html for
 * missing pages. Used by the benches (scripts/bench-*.mjs) and the quality tests.
 *
 *   node scripts/lib/static-server.mjs [dir] [port]   # serve by hand
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import {
  cacheControlFor,
  compressibleTypes,
  mimeTypes,
  securityHeaders,
} from '../../src/lib/security-headers.mjs';

/**
 * @typedef {object} ServeOptions
 * @property {boolean} [gzip] compress text responses (default true)
 * @property {boolean} [brotli] prefer brotli when the browser accepts it (default false: nginx without the module)
 * @property {boolean} [headers] send the security headers and Cache-Control (default true)
 * @property {Record<string, string>} [extraHeaders] more headers for every response
 * @property {number} [port] default: any free port
 */

/**
 * @param {string} dir
 * @param {ServeOptions} [options]
 * @returns {Promise<{ url: string; close: () => Promise<void>; log: { path: string; status: number; bytes: number; encoding: string }[] }>}
 */
export async function serveStatic(dir, options = {}) {
  const { gzip = true, brotli = false, headers = true, extraHeaders = {}, port = 0 } = options;
  const root = path.resolve(dir);
  /** @type {Map<string, Buffer>} compressed bodies, by encoding and file */
  const cache = new Map();
  /** @type {{ path: string; status: number; bytes: number; encoding: string }[]} */
  const log = [];

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let urlPath;
    try {
      urlPath = decodeURIComponent(url.pathname);
    } catch {
      urlPath = '/';
    }
    let file = path.join(root, urlPath);
    let status = 200;
    const common = { ...(headers ? securityHeaders : {}), ...extraHeaders };
    try {
      if (file !== root && !file.startsWith(root + path.sep)) throw new Error('outside');
      const info = await stat(file);
      if (info.isDirectory()) {
        if (!urlPath.endsWith('/')) {
          res.writeHead(301, { ...common, Location: url.pathname + '/' + url.search });
          res.end();
          log.push({ path: urlPath, status: 301, bytes: 0, encoding: '' });
          return;
        }
        file = path.join(file, 'index.html');
        await stat(file);
      }
    } catch {
      file = path.join(root, '404.html');
      status = 404;
    }

    /** @type {Buffer} */
    let body;
    try {
      body = await readFile(file);
    } catch {
      body = Buffer.from('not found');
    }
    const type = /** @type {Record<string, string>} */ (mimeTypes)[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    /** @type {Record<string, string>} */
    const head = { ...common, 'Content-Type': type, Vary: 'Accept-Encoding' };
    if (headers) head['Cache-Control'] = status === 404 ? 'no-store' : cacheControlFor(urlPath);

    const accept = String(req.headers['accept-encoding'] ?? '');
    const compressible = compressibleTypes.some((t) => type.startsWith(t)) && body.length > 256;
    let encoding = '';
    if (compressible && brotli && /\bbr\b/.test(accept)) encoding = 'br';
    else if (compressible && gzip && /\bgzip\b/.test(accept)) encoding = 'gzip';
    if (encoding) {
      const key = `${encoding}:${file}`;
      let packed = cache.get(key);
      if (!packed) {
        packed =
          encoding === 'br'
            ? brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } })
            : gzipSync(body, { level: 6 });
        cache.set(key, packed);
      }
      body = packed;
      head['Content-Encoding'] = encoding;
    }
    head['Content-Length'] = String(body.length);
    res.writeHead(status, head);
    res.end(req.method === 'HEAD' ? undefined : body);
    log.push({ path: urlPath, status, bytes: body.length, encoding });
  });

  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    log,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 4321);
  const { url } = await serveStatic(dir, { port });
  console.log(`serving ${dir} at ${url}/ (gzip, security headers)`);
}
