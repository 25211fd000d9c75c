#!/usr/bin/env node
// `npm run relay`: the sync relay alone (PORT, default 3001; HOST; CANAL_DATA_DIR, default ./data;
// CANAL_DATABASE_URL=postgres://… to store in PostgreSQL instead).
const { register } = await import('tsx/esm/api');
register();
// A URL rather than a literal specifier: only tsx, registered just above, can load a .ts file.
await import(new URL('../src/lib/server/relay/standalone.ts', import.meta.url).href);
