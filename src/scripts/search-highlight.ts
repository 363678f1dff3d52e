/**
 * On a policy page reached from a search result (…/?highlight=クッキー#7…), marks the
 * searched words in the policy's title and text. This loader is all that other visits
 * load; the marking code comes only with a highlight parameter.
 */
const words = new URLSearchParams(location.search).getAll('highlight').filter((word) => word.trim() !== '');
if (words.length > 0) {
  void import('./search-highlight-marks.ts').then(({ markSearchWords }) => markSearchWords(document, words));
}
