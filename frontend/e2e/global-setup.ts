import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default function globalSetup() {
  const index = fileURLToPath(new URL('../dist/index.html', import.meta.url));
  if (!existsSync(index)) {
    throw new Error('frontend/dist is missing: run `npm run build` before `npm run e2e`.');
  }
}
