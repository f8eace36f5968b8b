// Export and import actions of the page header.
export function DataActions() {
  return null;
}
