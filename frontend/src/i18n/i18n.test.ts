import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import sv from './sv.json';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

function values(tree: Tree): string[] {
  return Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : values(v)));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'client' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const svKeys = keys(sv as Tree).sort();
const enKeys = keys(en as Tree).sort();

describe('translations', () => {
  it('Swedish and English have exactly the same keys', () => {
    expect(enKeys.filter((k) => !svKeys.includes(k))).toEqual([]);
    expect(svKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it('have no empty strings', () => {
    expect(values(sv as Tree).filter((v) => !v.trim())).toEqual([]);
    expect(values(en as Tree).filter((v) => !v.trim())).toEqual([]);
  });

  it('use the same interpolation variables in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const flat = (tree: Tree, prefix = ''): [string, string][] =>
      Object.entries(tree).flatMap(([k, v]) =>
        typeof v === 'string'
          ? [[`${prefix}${k}`, v] as [string, string]]
          : flat(v, `${prefix}${k}.`),
      );
    const enMap = new Map(flat(en as Tree));
    const mismatched = flat(sv as Tree)
      .filter(([k, v]) => JSON.stringify(vars(v)) !== JSON.stringify(vars(enMap.get(k) ?? '')))
      .map(([k]) => k);
    expect(mismatched).toEqual([]);
  });

  it('contain every literal key the code uses', () => {
    const root = join(__dirname, '..');
    const used = new Set<string>();
    for (const file of sourceFiles(root)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) {
        if (m[1]) used.add(m[1]);
      }
    }
    const plural = (k: string) => svKeys.includes(`${k}_one`) && svKeys.includes(`${k}_other`);
    const missing = [...used].filter((k) => !svKeys.includes(k) && !plural(k));
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(50);
  });

  it('Swedish is the default, with the words the users know', () => {
    expect(sv.auth.login.title).toBe('Logga in');
    expect(sv.auth.email).toBe('E-postadress');
    expect(sv.auth.password).toBe('Lösenord');
    expect(sv.nav.organisations).toBe('Verksamheter');
    expect(sv.workingGroup.title).toBe('Arbetsgrupp');
    expect(sv.notFound.title).toBe('Sidan finns inte');
    expect(sv.errors.invalid_organisation_number).toBe('Ogiltigt organisationsnummer');
  });
});
