#!/usr/bin/env node
/**
 * Generates src/schema.d.ts from the committed openapi.json with openapi-typescript. The one
 * transform: `format: binary` (an uploaded file) becomes a Blob, so a File can be passed as the
 * body of a multipart operation. The output is not committed (it is in .gitignore): typecheck,
 * test and client:build generate it, so it always follows openapi.json and carries no hand edits.
 *
 *   node libs/api-client/scripts/generate.mjs
 */
import { writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

const input = new URL('../../../openapi.json', import.meta.url);
const output = new URL('../src/schema.d.ts', import.meta.url);
const BLOB = ts.factory.createTypeReferenceNode('Blob');
const NULL = ts.factory.createLiteralTypeNode(ts.factory.createNull());

const ast = await openapiTS(input, {
  transform(schema) {
    if (schema.format !== 'binary') return undefined;
    return schema.nullable ? ts.factory.createUnionTypeNode([BLOB, NULL]) : BLOB;
  },
});
const text =
  '/**\n * Generated from openapi.json by libs/api-client/scripts/generate.mjs (npm run client:build).\n' +
  ' * Do not edit: change the API, run npm run openapi, then npm run client:build.\n */\n\n' +
  astToString(ast);

writeFileSync(output, text);
console.log(`libs/api-client/src/schema.d.ts: ${text.length} characters from openapi.json`);
