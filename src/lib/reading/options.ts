/**
 * The reading settings (适老化): text size, line spacing, colour scheme and a large mouse pointer.
 * One list drives the control's markup, the inline script (which applies a
 * saved choice as data-reading-* on <html> before first paint) and the test
 * that every non-default choice has a rule in global.css.
 */
import type { UiKey } from '../../i18n/zh-CN.ts';

/** The localStorage key inline.js keeps the choices under, as JSON { 'reading-size': '125', … }. */
export const READING_STORAGE_KEY = 'reading-settings';

export interface ReadingChoice {
  /** Stored and written to <html data-reading-…>. */
  value: string;
  /** UI string for the choice. */
  label: UiKey;
  /** Text size in percent, shown after the label ("125%"). */
  percent?: number;
}

export interface ReadingSetting {
  /** Radio-group name; also the attribute name on <html> after "data-". */
  name: 'reading-size' | 'reading-spacing' | 'reading-contrast' | 'reading-cursor';
  legend: UiKey;
  /** The first choice is the default and needs no CSS rule. */
  choices: readonly [ReadingChoice, ...ReadingChoice[]];
}

/** Text size goes up to 200% (WCAG 1.4.4); three contrast schemes as MIIT's 适老化 guideline asks. */
export const READING_SETTINGS: readonly ReadingSetting[] = [
  {
    name: 'reading-size',
    legend: 'settings.size',
    choices: [
      { value: '100', label: 'settings.size.100', percent: 100 },
      { value: '125', label: 'settings.size.125', percent: 125 },
      { value: '150', label: 'settings.size.150', percent: 150 },
      { value: '200', label: 'settings.size.200', percent: 200 },
    ],
  },
  {
    name: 'reading-spacing',
    legend: 'settings.spacing',
    choices: [
      { value: 'normal', label: 'settings.spacing.normal' },
      { value: 'wide', label: 'settings.spacing.wide' },
      { value: 'wider', label: 'settings.spacing.wider' },
    ],
  },
  {
    name: 'reading-contrast',
    legend: 'settings.contrast',
    choices: [
      { value: 'standard', label: 'settings.contrast.standard' },
      { value: 'black-on-yellow', label: 'settings.contrast.black-on-yellow' },
      { value: 'yellow-on-black', label: 'settings.contrast.yellow-on-black' },
    ],
  },
  {
    // MIIT's 适老化 rules ask for a large mouse pointer; the images are public/cursors/*.svg (same origin, as the CSP asks).
    name: 'reading-cursor',
    legend: 'settings.cursor',
    choices: [
      { value: 'standard', label: 'settings.cursor.standard' },
      { value: 'large', label: 'settings.cursor.large' },
    ],
  },
];

/** The CSS selector that a non-default choice must style, e.g. html[data-reading-size='125']. */
export function choiceSelector(setting: ReadingSetting['name'], value: string): string {
  return `html[data-${setting}='${value}']`;
}
