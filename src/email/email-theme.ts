/**
 * Colors and inline styles of the email. Inline styles carry the light defaults (what clients without
 * <style> support show); the `gb-*` classes let the dark-mode media query in the <head> override them.
 */
export const theme = {
  font: "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif",
  page: '#f2f3f5',
  card: '#ffffff',
  text: '#1b1f24',
  muted: '#5b6470',
  rule: '#e3e6ea',
  link: '#0b5cad',
  accent: '#0f766e',
  up: '#15803d',
  down: '#c2410c',
  track: '#eef0f3',
} as const;

export const darkTheme = {
  page: '#0d1014',
  card: '#171b21',
  text: '#e7eaee',
  muted: '#9aa4b1',
  rule: '#2a3039',
  link: '#7cb8ff',
  accent: '#5eead4',
  up: '#4ade80',
  down: '#fb923c',
  track: '#222831',
} as const;

/**
 * The <style> block: dark overrides keyed by class, `!important` to beat the inline light defaults; the
 * `[data-ogsc]`/`[data-ogsb]` rules are for Outlook.com, which marks its own dark mode with those attributes.
 */
export function renderThemeStyle(): string {
  const d = darkTheme;
  return `<style>
:root{color-scheme:light dark;supported-color-schemes:light dark}
body{margin:0;padding:0}
a{text-decoration:underline}
@media (max-width:620px){.gb-card{width:100% !important}.gb-pad{padding-left:18px !important;padding-right:18px !important}}
@media (prefers-color-scheme:dark){
.gb-page{background-color:${d.page} !important}
.gb-card{background-color:${d.card} !important}
.gb-text{color:${d.text} !important}
.gb-muted{color:${d.muted} !important}
.gb-link{color:${d.link} !important}
.gb-accent{color:${d.accent} !important}
.gb-rule{border-color:${d.rule} !important}
.gb-track{background-color:${d.track} !important}
.gb-up{background-color:${d.up} !important}
.gb-down{background-color:${d.down} !important}
.gb-up-text{color:${d.up} !important}
.gb-down-text{color:${d.down} !important}
.gb-button{background-color:${d.accent} !important;color:#06201d !important;border-radius:6px}
}
[data-ogsc] .gb-text{color:${d.text} !important}
[data-ogsc] .gb-muted{color:${d.muted} !important}
[data-ogsc] .gb-link{color:${d.link} !important}
[data-ogsb] .gb-page{background-color:${d.page} !important}
[data-ogsb] .gb-card{background-color:${d.card} !important}
</style>`;
}
