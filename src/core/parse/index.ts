export { emailDomain, isValidEmail, normalizeEmail } from './email';
export { formatNumberAsDisplayed, idAreaPrefix, idMatches, splitIdTitle } from './id';
export { parseAmount } from './money';
export { parseStatusWord, statusFromFill } from './status';
export {
  cellMilestones,
  milestoneInYear,
  milestoneOutOfPeriod,
  parseMilestones,
  suspiciousYears,
  type Milestone,
  type Period,
  type SuspiciousYear,
} from './time';
export { parseYesNo } from './yesno';
