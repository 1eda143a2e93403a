export { emailDomain, isValidEmail, normalizeEmail } from './email';
export { formatNumberAsDisplayed, idAreaPrefix, idMatches, splitIdTitle } from './id';
export { parseAmount } from './money';
export { parseStatusWord, statusFromFill } from './status';
export { cellMilestones, milestoneInYear, parseMilestones, type Milestone } from './time';
export { parseYesNo } from './yesno';
