// @vitest-environment node
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  headerPolicy,
  headersFile,
  metaPolicy,
  withMetaPolicy,
  writeStaticExport,
} from '../../scripts/csp-hashes.mjs';

const sha256 = (text: string) =>
  `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** A page shaped like Next's static export: charset, then links and scripts in <head>, inline scripts in <body>. */
const page = (inline: string) =>
  '<!DOCTYPE html><html lang="en-US"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>' +
  '<link rel="stylesheet" href="/_next/static/a.css"/><script src="/_next/static/a.js" async=""></script>' +
  `<title>Page</title></head><body><main>Hi</main><script>${inline}</script>` +
  '<script type="application/json">{"data":1}</script></body></html>';

const headChildren = (html: string) =>
  [...(/<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '').matchAll(/<(\w+)([^>]*)>/g)].map(
    ([, tag, attributes]) => `${tag}${attributes}`,
  );
const META = /^meta http-equiv="Content-Security-Policy" content="([^"]*)"/;

describe('withMetaPolicy', () => {
  it('puts the policy ahead of everything in <head> but the charset declaration', () => {
    const children = headChildren(withMetaPolicy(page('self.a=1'), "script-src 'self'"));
    expect(children[0]).toMatch(/^meta charSet=/);
    expect(children[1]).toMatch(META);
    expect(META.exec(children[1]!)?.[1]).toBe("script-src 'self'");
    expect(children.filter((child) => META.test(child))).toHaveLength(1);
  });

  it('is the very first element when there is no charset declaration', () => {
    const html = withMetaPolicy(
      '<html><head><link rel="icon" href="/i.svg"/></head><body></body></html>',
      'x',
    );
    expect(headChildren(html)[0]).toMatch(META);
  });

  it('replaces its own tag when run again, and escapes the attribute', () => {
    const once = withMetaPolicy(page(''), `a "b" & c`);
    const twice = withMetaPolicy(once, `a "b" & c`);
    expect(twice).toBe(once);
    expect(once).toContain('content="a &quot;b&quot; &amp; c"');
  });
});

describe('the two policies', () => {
  it('the meta policy carries the page hashes and nothing a meta tag cannot carry', () => {
    const value = metaPolicy([sha256('x'), sha256('x')]);
    expect(value).toMatch(new RegExp(`^script-src 'self' ${sha256('x').replace(/[+/]/g, '\\$&')};`));
    expect(value).toContain("default-src 'self'");
    expect(value).not.toMatch(/frame-ancestors|report-uri|sandbox|unsafe-eval/);
    expect(/script-src ([^;]*)/.exec(value)?.[1]).not.toContain('unsafe-inline');
  });

  it('the header policy forbids framing and leaves scripts to the page, so it cannot block its hashes', () => {
    const value = headerPolicy();
    expect(value).toContain("frame-ancestors 'none'");
    expect(value).toContain("object-src 'none'");
    expect(value).not.toMatch(/(^|; )(script-src|default-src) /);
  });
});

describe('writeStaticExport', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  function exportWith(pageCount: number) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-export-'));
    dirs.push(dir);
    fs.mkdirSync(path.join(dir, 'learn'));
    fs.writeFileSync(path.join(dir, 'index.html'), page('self.home=1'));
    fs.writeFileSync(path.join(dir, '404.html'), page('self.missing=1'));
    for (let i = 0; i < pageCount; i += 1)
      fs.writeFileSync(path.join(dir, 'learn', `article-${i}.html`), page(`self.article=${i}`));
    writeStaticExport(dir);
    return dir;
  }

  it('gives every page, the 404 page included, a meta policy with the hash of its own inline script', () => {
    const dir = exportWith(3);
    for (const [file, inline] of [
      ['index.html', 'self.home=1'],
      ['404.html', 'self.missing=1'],
      ['learn/article-2.html', 'self.article=2'],
    ] as const) {
      const value = META.exec(headChildren(fs.readFileSync(path.join(dir, file), 'utf8'))[1]!)?.[1];
      expect(value).toBe(metaPolicy([sha256(inline)]));
    }
  });

  it('writes one rule for every path, the same however many pages there are, with no platform-only lines', () => {
    const few = fs.readFileSync(path.join(exportWith(1), '_headers'), 'utf8');
    const many = fs.readFileSync(path.join(exportWith(60), '_headers'), 'utf8');
    expect(many).toBe(few);
    expect(few).toBe(headersFile());
    const lines = few.split('\n').filter((line) => line.trim() && !line.startsWith('#'));
    expect(lines.filter((line) => !/^\s/.test(line))).toEqual(['/*']);
    expect(lines.filter((line) => line.trim().startsWith('!'))).toEqual([]);
    const headers = Object.fromEntries(
      lines.slice(1).map((line) => [line.trim().split(':')[0], line.slice(line.indexOf(':') + 1).trim()]),
    );
    expect(headers).toMatchObject({
      'Content-Security-Policy': headerPolicy(),
      'Strict-Transport-Security': 'max-age=63072000',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    expect(headers['Permissions-Policy']).toContain('camera=()');
  });
});

describe('the README', () => {
  const readme = fs.readFileSync(path.join(process.cwd(), 'README.md'), 'utf8');
  const headers = headersFile()
    .split('\n')
    .filter((line) => /^\s/.test(line))
    .map((line) => line.trim());

  it('lists the headers the build writes, for _headers, nginx and Caddy alike', () => {
    for (const line of headers) {
      const [key, value] = [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()];
      expect(readme).toContain(`\n${line}\n`);
      expect(readme).toContain(`add_header ${key} "${value}" always;`);
      expect(readme).toContain(`        ${key} "${value}"\n`);
    }
    expect(readme.match(/^\s+add_header \S+ "/gm)).toHaveLength(headers.length);
  });
});
