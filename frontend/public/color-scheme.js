// Applies the saved colour scheme before React renders so the page does not flash.
// Mirrors Mantine's localStorageColorSchemeManager (key "mantine-color-scheme-value").
// Loaded with <script src>: the Content-Security-Policy forbids inline scripts.
(function () {
  var scheme = 'light';
  try {
    var saved = window.localStorage.getItem('mantine-color-scheme-value');
    if (saved === 'light' || saved === 'dark') {
      scheme = saved;
    } else if (window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches) {
      scheme = 'dark';
    }
  } catch {
    // Storage may be unavailable (privacy mode); fall back to light.
  }
  document.documentElement.setAttribute('data-mantine-color-scheme', scheme);
})();
