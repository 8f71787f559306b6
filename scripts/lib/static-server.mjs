// @ts-check
/**
 * A static server for dist/ on 127.0.0.1 that behaves like a real static host: gzip for
 * text (when the browser asks for it), the site's security headers and cache rules from
 * src/lib/security-headers.mjs and src/lib/cache-rules.mjs, a 301 to the trailing-slash URL for folders, 404.html for
 * missing pages. Used by the benches (scripts/bench/) and the quality tests.
 *
 * With `base` (a site built with SITE_BASE=/zt/zlyd/), dir is served under that path, as
 * a portal serves it: /zt/zlyd/2024/ is dir/2024/index.html, /zt/zlyd is a 301 to /zt/zlyd/,
 * and anything outside the base is a 404 (with dir/404.html, the base's 404 page).
 *
 * To serve by hand: `node scripts/serve.mjs [dir] [--port=4321] [--base=/zt/zlyd/]`.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync, brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { normaliseBase } from '../../src/lib/base-path.mjs';
import { cacheControlFor, compressibleTypes, mimeTypes } from '../../src/lib/cache-rules.mjs';
import { securityHeaders } from '../../src/lib/security-headers.mjs';

/**
 * @typedef {object} ServeOptions
 * @property {boolean} [gzip] compress text responses (default true)
 * @property {boolean} [brotli] prefer brotli when the browser accepts it (default false: nginx without the module)
 * @property {boolean} [headers] send the security headers and Cache-Control (default true)
 * @property {Record<string, string>} [extraHeaders] more headers for every response
 * @property {number} [port] default: any free port
 * @property {string} [base] the path dir is served under (default `/`): /zt/zlyd/
 */

/**
 * @param {string} dir
 * @param {ServeOptions} [options]
 * @returns {Promise<{ url: string; base: string; close: () => Promise<void>; log: { path: string; status: number; bytes: number; encoding: string }[] }>}
 *   url: the origin (http://127.0.0.1:PORT, no trailing slash); the site is at url + base
 */
export async function serveStatic(dir, options = {}) {
  const { gzip = true, brotli = false, headers = true, extraHeaders = {}, port = 0 } = options;
  const base = normaliseBase(options.base);
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
    let status = 200;
    const common = { ...(headers ? securityHeaders : {}), ...extraHeaders };
    // The base without its slash (/zt/zlyd): to the site's home, as for any folder.
    if (base !== '/' && urlPath === base.slice(0, -1)) {
      res.writeHead(301, { ...common, Location: base + url.search });
      res.end();
      log.push({ path: urlPath, status: 301, bytes: 0, encoding: '' });
      return;
    }
    // The path inside dir: the URL path without the base (/zt/zlyd/2024/ is dir/2024/).
    const inside = urlPath.startsWith(base);
    let file = path.join(root, inside ? urlPath.slice(base.length - 1) : '');
    try {
      if (!inside) throw new Error('outside the base');
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
    if (headers) head['Cache-Control'] = status === 404 ? 'no-store' : cacheControlFor(urlPath, base);

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
    base,
    log,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
