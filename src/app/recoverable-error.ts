// How the app reports an error React recovered from: by the error itself, not React's wrapper.

/**
 * React reports a render it had to retry as its own error ("#520" in a production build) and keeps
 * the error that caused the retry in `cause`. A log that names only the wrapper says nothing about
 * what failed, so this names the cause first and keeps both.
 */
export function reportRecoverableError(error: unknown): void {
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
  const what = cause instanceof Error ? cause.message : String(cause);
  console.error(`React recovered from an error while rendering: ${what}`, error);
}
