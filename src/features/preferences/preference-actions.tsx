// Language and theme switches of the page header.
export function PreferenceActions() {
  return null;
}
