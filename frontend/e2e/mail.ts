import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MAIL_DIR = fileURLToPath(new URL('./.mail', import.meta.url));

export interface Mail {
  file: string;
  to: string;
  subject: string;
  body: string;
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    const ch = soft[i];
    const hex = soft.slice(i + 1, i + 3);
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(ch ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function splitHeaders(part: string): { headers: Record<string, string>; body: string } {
  const normalised = part.replace(/\r\n/g, '\n');
  const end = normalised.indexOf('\n\n');
  const head = end === -1 ? normalised : normalised.slice(0, end);
  const body = end === -1 ? '' : normalised.slice(end + 2);
  const headers: Record<string, string> = {};
  let last = '';
  for (const line of head.split('\n')) {
    if (/^\s/.test(line) && last) {
      headers[last] += ` ${line.trim()}`;
      continue;
    }
    const idx = line.indexOf(':');
    if (idx <= 0) continue;
    last = line.slice(0, idx).trim().toLowerCase();
    headers[last] = line.slice(idx + 1).trim();
  }
  return { headers, body };
}

function decodeBody(headers: Record<string, string>, body: string): string {
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  if (encoding === 'base64')
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
}

/** The text of a MIME message: every text/* part, decoded (multipart walked recursively). */
function textOf(part: string): string {
  const { headers, body } = splitHeaders(part);
  const type = headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((p) => !p.startsWith('--'))
      .map((p) => textOf(p.replace(/^\n/, '')))
      .join('\n');
  }
  if (/^text\//i.test(type)) return decodeBody(headers, body);
  return '';
}

export function parseMail(file: string, raw: string): Mail {
  const { headers } = splitHeaders(raw);
  return { file, to: headers.to ?? '', subject: headers.subject ?? '', body: textOf(raw) };
}

/** Newest mail to `address` in the mail dir (file names are sequential), or undefined. */
export function newestMailTo(address: string, dir = MAIL_DIR): Mail | undefined {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
  } catch {
    return undefined;
  }
  const sorted = files
    .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.f.localeCompare(a.f) || b.t - a.t);
  for (const { f } of sorted) {
    const mail = parseMail(f, readFileSync(join(dir, f), 'utf8'));
    if (mail.to.toLowerCase().includes(address.toLowerCase())) return mail;
  }
  return undefined;
}

/** Waits for a mail to `address` (the backend sends from an outbox, so not instantly). */
export async function waitForMail(address: string, timeoutMs = 20_000): Promise<Mail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const mail = newestMailTo(address);
    if (mail) return mail;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`No mail to ${address} in ${MAIL_DIR} within ${timeoutMs} ms`);
}

/** The first link in the mail that starts with `prefix` (e.g. "http://127.0.0.1:8765/invitation?token="). */
export function linkIn(mail: Mail, pathPrefix: string): string {
  const match = mail.body.match(/https?:\/\/[^\s<>"']+/g)?.find((u) => u.includes(pathPrefix));
  if (!match)
    throw new Error(`No link containing ${pathPrefix} in mail ${mail.file}:\n${mail.body}`);
  return match;
}
