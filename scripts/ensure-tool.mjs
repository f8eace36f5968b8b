// Finds a program the browser tests need, installs it from Debian's packages when run as root, or says how to get it.
import { execSync } from 'node:child_process';

function hasAptGet() {
  try {
    execSync('command -v apt-get', { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Exits 0 when `find()` names the program (after installing it with `install`, an apt-get command,
 * where that is possible), else prints `missing` and exits 1.
 * @param {{ name: string, find: () => string | null, install: string, missing: string[] }} tool
 */
export function ensureTool({ name, find, install, missing }) {
  const found = find();
  if (found) {
    console.log(`${name}: ${found}`);
    process.exit(0);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && hasAptGet()) {
    console.log(`No ${name} found; installing Debian's packages with apt-get…`);
    execSync(`apt-get update && DEBIAN_FRONTEND=noninteractive ${install}`, {
      stdio: 'inherit',
      shell: '/bin/sh',
    });
    if (find()) process.exit(0);
  }
  console.error(missing.join('\n'));
  process.exit(1);
}
