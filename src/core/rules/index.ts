import type { Rule } from './rule';

/** Every rule of the catalogue (SPEC §3), in the order their findings are reported. */
export const RULES: Rule[] = [];
