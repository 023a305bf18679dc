// Fails when src/client/schema.d.ts is not what openapi-typescript makes of openapi.json.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'jamlik-client-'));
const fresh = join(dir, 'schema.d.ts');
try {
  execFileSync('npx', ['openapi-typescript', 'openapi.json', '-o', fresh], { stdio: 'inherit' });
  const committed = readFileSync('src/client/schema.d.ts', 'utf8');
  if (readFileSync(fresh, 'utf8') !== committed) {
    console.error(
      'src/client/schema.d.ts is stale: run `npm run gen:client` (after exporting openapi.json).',
    );
    process.exit(1);
  }
  console.log('src/client/schema.d.ts is up to date.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
