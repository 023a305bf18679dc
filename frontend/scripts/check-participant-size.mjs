// After `npm run build`: the gzipped JavaScript the participant page (dist/participant.html)
// loads must stay within its budget. It follows the page's module scripts and modulepreloads and
// the static imports inside those chunks; dynamic import() is not followed (loaded on demand).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

const BUDGET = 60 * 1024;
const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const page = join(dist, 'participant.html');

if (!existsSync(page)) {
  console.error(`participant page: ${page} is missing; run \`npm run build\` first.`);
  process.exit(1);
}
const html = readFileSync(page, 'utf8');

/** The value of attribute `name` in one tag's text, or null. */
function attribute(tag, name) {
  const match = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return match ? (match[1] ?? match[2] ?? match[3]) : null;
}

const entries = [];
for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
  const src = attribute(tag, 'src');
  if (src && /^module$/i.test(attribute(tag, 'type') ?? '')) entries.push(src);
}
for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
  const href = attribute(tag, 'href');
  if (href && /^modulepreload$/i.test(attribute(tag, 'rel') ?? '')) entries.push(href);
}
if (html.match(/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/i)) {
  console.error('participant page: an inline script is not counted; load it from a file.');
  process.exit(1);
}

/** A URL of the page (`/assets/x.js`) or an import inside `from` (`./y.js`) as a file in dist. */
function toFile(url, from) {
  if (/^(?:[a-z]+:)?\/\//i.test(url)) {
    console.error(`participant page: ${url} is not part of the build.`);
    process.exit(1);
  }
  const path = url.split(/[?#]/)[0];
  return path.startsWith('/') ? join(dist, path) : resolve(from ? dirname(from) : dist, path);
}

// Static imports of a built chunk: `import{a as b}from"./x.js"`, `import"./y.js"`, `export*from…`.
const STATIC_IMPORT =
  /(?:^|[;\s}])(?:import|export)\s*(?:[\w*${},\s]*?\s*from\s*)?(["'`])([^"'`]+)\1/g;

const seen = new Map();
const queue = entries.map((url) => toFile(url, null));
while (queue.length > 0) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  if (!existsSync(file)) {
    console.error(`participant page: ${file} is referenced but missing.`);
    process.exit(1);
  }
  const code = readFileSync(file);
  seen.set(file, gzipSync(code, { level: constants.Z_BEST_COMPRESSION }).length);
  for (const match of code.toString('utf8').matchAll(STATIC_IMPORT)) {
    const specifier = match[2];
    if (/^\.{0,2}\//.test(specifier) && /\.m?js$/.test(specifier.split(/[?#]/)[0])) {
      queue.push(toFile(specifier, file));
    }
  }
}

if (seen.size === 0) {
  console.error('participant page: no JavaScript found in dist/participant.html.');
  process.exit(1);
}
const total = [...seen.values()].reduce((sum, size) => sum + size, 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
for (const [file, size] of seen) console.log(`  ${file.slice(dist.length + 1)}: ${kb(size)}`);
console.log(
  `participant page: ${kb(total)} gzipped JavaScript in ${seen.size} file(s) (budget ${kb(BUDGET)})`,
);
if (total > BUDGET) {
  console.error(
    'participant page: over budget. Keep React, Mantine and i18next out of src/participant.',
  );
  process.exit(1);
}
