// Where nginx and its brotli module are, for the deploy test: NGINX_PATH, else Debian's locations.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The Debian packages the deploy configuration (deploy/nginx/) runs on. */
export const NGINX_INSTALL = 'apt-get install -y nginx libnginx-mod-http-brotli-filter';

/** The brotli filter's load_module line as Debian installs it. */
export const BROTLI_MODULE = '/usr/share/nginx/modules/ngx_http_brotli_filter_module.so';

export function findNginx() {
  for (const path of [process.env.NGINX_PATH, '/usr/sbin/nginx'].filter(Boolean))
    if (existsSync(path)) return path;
  try {
    return execFileSync('which', ['nginx'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** nginx with the brotli module, or null when either is missing. */
export function findNginxWithBrotli() {
  const nginx = findNginx();
  return nginx && existsSync(BROTLI_MODULE) ? nginx : null;
}
