// Installs what the real-editor tests need, on a fresh machine of this project's kind:
// Debian's Chromium, Neovim, ripgrep and Kerberos headers (as root, with apt-get), and
// code-server + playwright-core from npm into test/e2e/node_modules (pinned in test/e2e/package-lock.json).
// Nothing is downloaded from anywhere but the npm registry and Debian's archive.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const has = (cmd) => {
  try {
    execSync(`command -v ${cmd}`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const run = (cmd, opts = {}) => {
  console.log(`$ ${cmd}`);
  execSync(cmd, { stdio: 'inherit', ...opts });
};

const missing = [['chromium', 'chromium'], ['nvim', 'neovim'], ['rg', 'ripgrep'], ['krb5-config', 'libkrb5-dev']].filter(([bin]) => !has(bin)).map(([, pkg]) => pkg);
if (missing.length) {
  if (process.getuid?.() !== 0) {
    console.error(`The real-editor tests need these Debian packages: ${missing.join(' ')}. Install them (sudo apt-get install -y ${missing.join(' ')}) and run again.`);
    process.exit(1);
  }
  run('apt-get update -qq');
  run(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`);
}

const e2e = join(import.meta.dirname, '..', 'test', 'e2e');
if (!existsSync(join(e2e, 'node_modules', 'code-server', 'out', 'node', 'entry.js')) || !existsSync(join(e2e, 'node_modules', 'playwright-core'))) {
  // @vscode/ripgrep's postinstall would download rg from GitHub; it first looks for this tarball, which we build from Debian's rg.
  const cache = join(process.env.TMPDIR || tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  const tarball = join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (!existsSync(tarball)) {
    mkdirSync(cache, { recursive: true });
    const dir = mkdtempSync(join(tmpdir(), 'rg-'));
    copyFileSync(execSync('command -v rg').toString().trim(), join(dir, 'rg'));
    execFileSync('tar', ['-czf', tarball, '-C', dir, 'rg']);
    rmSync(dir, { recursive: true, force: true });
  }
  // code-server's postinstall refuses root without npm_config_unsafe_perm; node-pty's runs `npx node-gyp`, which needs npm_config_yes.
  run('npm ci --no-audit --no-fund', { cwd: e2e, env: { ...process.env, npm_config_unsafe_perm: 'true', npm_config_yes: 'true' } });
}
console.log('real-editor test setup is complete');
