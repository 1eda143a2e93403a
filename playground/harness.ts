/**
 * Builds the playground into a folder, serves it on 127.0.0.1 and drives Debian's Chromium
 * through playwright-core: shared by the browser tests and the screenshot script.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import webpack from 'webpack';
import { writeGrids } from './make-grids';

export const CHROMIUM = '/usr/bin/chromium';

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

/** Runs the project's webpack config for `env` (production mode). */
async function build(env: object): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS, shared with the webpack CLI
  const configure = require('../webpack.config.js') as (env: object, argv: object) => Promise<webpack.Configuration>;
  const config = await configure(env, { mode: 'production' });
  await new Promise<void>((resolve, reject) => {
    webpack({ ...config, mode: 'production' }, (err, stats) => {
      if (err) reject(err);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    });
  });
}

/** Builds the playground (webpack production) into a new temporary folder and returns it. */
export async function buildPlayground(options: { fast: boolean }): Promise<{ dir: string; remove(): void }> {
  const root = mkdtempSync(join(tmpdir(), 'leverance-playground-'));
  const gridsDir = join(root, 'grids');
  const outDir = join(root, 'site');
  await writeGrids(gridsDir);
  await build({ playground: true, outDir, gridsDir, fast: options.fast });
  return { dir: outDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Builds the web page (`npm run build:web`, the static dist/web/) into a new temporary folder and returns it. */
export async function buildWeb(options: { fast: boolean }): Promise<{ dir: string; remove(): void }> {
  const root = mkdtempSync(join(tmpdir(), 'leverance-web-'));
  await build({ web: true, outDir: root, fast: options.fast });
  return { dir: root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static file server on 127.0.0.1 and a free port; only files inside `dir` are served. */
export async function serveStatic(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir + sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A screenshot script's run: the built site served and a browser open while `shoot` takes
 * its pictures into docs/, then everything closed and removed; a failure is one line and exit 1.
 */
export function takeScreenshots(
  site: Promise<{ dir: string; remove(): void }>,
  shoot: (browser: Browser, url: string, docs: string) => Promise<void>,
): void {
  const run = async () => {
    const built = await site;
    const server = await serveStatic(built.dir);
    const browser = await launchChromium();
    const docs = join(__dirname, '..', 'docs');
    mkdirSync(docs, { recursive: true });
    try {
      await shoot(browser, server.url, docs);
    } finally {
      await browser.close();
      await server.close();
      built.remove();
    }
  };
  run().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
