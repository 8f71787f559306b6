/**
 * npm run schemas: writes the content schemas as JSON Schema (src/schemas/json/*.schema.json)
 * and maps them to the YAML files in .vscode/settings.json (`yaml.schemas`), so editors
 * check a file as it is typed. Run it after changing src/schemas/; the tests fail until then.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { contentJsonSchemas, JSON_SCHEMA_DIR, jsonSchemaFile, jsonSchemaText, vscodeYamlSchemas } from '../src/schemas/json-schema';

const SETTINGS = '.vscode/settings.json';

mkdirSync(JSON_SCHEMA_DIR, { recursive: true });
const written = new Set<string>();
for (const entry of contentJsonSchemas) {
  const file = jsonSchemaFile(entry);
  writeFileSync(file, jsonSchemaText(entry));
  written.add(path.basename(file));
  console.log(`${file}  ← ${entry.files.join(', ')}`);
}
for (const stale of readdirSync(JSON_SCHEMA_DIR).filter((f) => f.endsWith('.schema.json') && !written.has(f))) {
  rmSync(path.join(JSON_SCHEMA_DIR, stale));
  console.log(`${JSON_SCHEMA_DIR}/${stale}  removed (no such schema any more)`);
}

const settings = existsSync(SETTINGS) ? (JSON.parse(readFileSync(SETTINGS, 'utf8')) as Record<string, unknown>) : {};
mkdirSync(path.dirname(SETTINGS), { recursive: true });
writeFileSync(SETTINGS, `${JSON.stringify({ ...settings, 'yaml.schemas': vscodeYamlSchemas() }, null, 2)}\n`);
console.log(`${SETTINGS}  yaml.schemas`);
