/** In service-worker and extension-page `evaluate` callbacks, `chrome` is the extension API. */
declare const chrome: typeof import('wxt/browser').browser;
