/** The plain-JS in-page scripts of the accessibility probes, read once as strings. */
import { readFileSync } from 'node:fs';

const file = (name: string): string => readFileSync(new URL(`./inpage/${name}`, import.meta.url), 'utf8');

/** A script with its `/* @include name.js *\/` lines replaced by those helper files. */
const read = (name: string): string => file(name).replace(/\/\* @include ([\w.]+) \*\//g, (_, helper: string) => file(helper));

export const LAYOUT_ISSUES_JS = read('layoutIssues.js');
export const ENLARGE_TEXT_JS = read('enlargeText.js');
export const KEYBOARD_JS = read('keyboard.js');
export const MOTION_JS = read('motion.js');
export const FORM_ERRORS_JS = read('formErrors.js');
