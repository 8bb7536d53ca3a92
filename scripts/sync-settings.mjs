// Writes the `minutes.rules.*` settings into package.json from the rule registry, so they never drift.
// A test (test/meta.test.ts) fails when they are out of step. Run: npm run sync-settings.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { RULES } = require('../out/server/src/rules/index.js');
const { settingsSchema } = require('../out/server/src/rules/schema.js');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
pkg.contributes.configuration.properties = settingsSchema(RULES);
writeFileSync('package.json', JSON.stringify(pkg, null, 2) + '\n');
console.log(`wrote ${RULES.length} rule settings`);
