/**
 * Validators for the open data tests. ajv and ajv-draft-04 are pinned devDependencies (ADR 0013);
 * the Frictionless profiles are copies of those shipped in the datapackage npm package (tests/fixtures/frictionless/).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import Ajv04 from 'ajv-draft-04';

/** The formats Zod writes (uri, date-time), checked without the ajv-formats package. */
const FORMATS = {
  uri: (s: string) => URL.canParse(s) && /^[a-z][a-z0-9+.-]*:/i.test(s),
  'date-time': (s: string) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i.test(s) && !Number.isNaN(Date.parse(s)),
};

/** JSON Schema 2020-12, as Zod 4's z.toJSONSchema writes it. */
export function jsonSchemaValidator() {
  return new Ajv2020({ strict: false, allErrors: true, formats: FORMATS });
}

/** JSON Schema draft-04, for the Frictionless profiles (their formats are not checked). */
export function profileValidator() {
  return new Ajv04({ strict: false, allErrors: true, validateFormats: false });
}

/** A Frictionless profile: "data-package.json" or "tabular-data-resource.json". */
export function frictionlessProfile(name: string): object {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/frictionless', name), 'utf8'));
}
