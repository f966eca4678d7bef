/**
 * Writes docs/errors.md from the codes the libs register (`npm run docs:errors`, which builds
 * first: this runs from dist). scripts/error-catalog.spec.ts fails when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { registeredErrors } from '@app/platform';
import { loadAllLibs, renderErrorCatalog } from './error-catalog-doc';

const root = join(__dirname, '..', '..');
loadAllLibs(join(__dirname, '..', 'libs'));
const target = join(root, 'docs', 'errors.md');
writeFileSync(target, renderErrorCatalog(registeredErrors()));
console.log(`wrote ${target} (${registeredErrors().length} codes)`);
