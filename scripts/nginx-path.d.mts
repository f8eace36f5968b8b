// Types for the plain-JS helper shared by the deploy browser test and the install check.
export const NGINX_INSTALL: string;
export const BROTLI_MODULE: string;
export function findNginx(): string | null;
export function findNginxWithBrotli(): string | null;
