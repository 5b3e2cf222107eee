// Fluent UI web components (Fluent 2, the Teams look): only what the page uses is defined, so the
// bundle stays small; the light theme's design tokens go on the document.
import '@fluentui/web-components/button/define.js';
import { setTheme } from '@fluentui/web-components';
import { webLightTheme } from '@fluentui/tokens';

/** Applies the Fluent light theme to the page (the elements define themselves on import). */
export function registerFluent(): void {
  setTheme(webLightTheme);
}
