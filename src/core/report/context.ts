import type { Finding } from '../finding';
import type { Lang } from '../i18n';
import type { Overview } from '../overview';
import type { Profile } from '../profile/types';
import type { Rollup } from '../rollup';
import type { Snapshot, Trend } from '../trend';

/** Everything the sheet builders need, with the final sheet names already chosen. */
export interface ReportContext {
  overview: Overview;
  findings: Finding[];
  rollup: Rollup;
  trend: Trend;
  history: Snapshot[];
  snapshot: Snapshot;
  profile: Profile;
  lang: Lang;
  names: {
    summary: string;
    note: string;
    validation: string;
    history: string;
    /** Area id → sheet name. */
    areas: Map<string, string>;
  };
}
