// Runs `npm ci --no-audit --no-fund` unless node_modules already matches
// package.json + package-lock.json (and the same Node runtime). The check is a
// fingerprint written into node_modules after a successful install; npm ci
// wipes node_modules first, so an interrupted install never leaves a stamp.
// Set FORCE_NPM_CI=1 to install regardless.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const stampFile = join(root, 'node_modules', '.chatnation-npm-ci.stamp');

const hash = createHash('sha256');
for (const file of ['package.json', 'package-lock.json']) {
  hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
}
hash.update(`${process.version} ${process.platform} ${process.arch}`);
const fingerprint = hash.digest('hex');

const upToDate =
  process.env.FORCE_NPM_CI !== '1' &&
  existsSync(join(root, 'node_modules', '.package-lock.json')) &&
  existsSync(stampFile) &&
  readFileSync(stampFile, 'utf8').trim() === fingerprint;

if (upToDate) {
  console.log('[npm-ci] node_modules is up to date with package-lock.json; skipping npm ci');
  process.exit(0);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
console.log('[npm-ci] npm ci --no-audit --no-fund');
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (result.error) {
  console.error(`[npm-ci] could not run npm: ${result.error.message}`);
  process.exit(1);
}
if (result.status !== 0) {
  process.exit(result.status ?? 1);
}
writeFileSync(stampFile, `${fingerprint}\n`);
