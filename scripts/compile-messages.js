#!/usr/bin/env node
// Compiles messages/{locale}.json into typed functions in src/lib/paraglide (generated, not committed),
// so `svelte-check` and `tsc` see them before any Vite build has run.
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from './paraglide-options.js';

await compile(paraglideOptions);
