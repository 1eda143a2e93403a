import { makeStyles, tokens } from '@fluentui/react-components';

/** The page's own parts; the pane brings its own styles (src/pane/styles.ts). */
export const useWebStyles = makeStyles({
  // One column on a narrow window; the pane beside the cell view on a wide one.
  page: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 900px)': { gridTemplateColumns: 'minmax(340px, 480px) minmax(0, 1fr)' },
  },
  aside: {
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground1,
    '@media (min-width: 900px)': { position: 'sticky', top: 0, alignSelf: 'start' },
  },
  drop: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  dragging: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  fileName: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  scroll: { overflowX: 'auto' },
  grid: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, fontVariantNumeric: 'tabular-nums' },
  caption: { textAlign: 'left', paddingBottom: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    textAlign: 'center',
    whiteSpace: 'nowrap',
  },
  value: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    maxWidth: '11em',
    minWidth: '4em',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  // The overview's header row over the window: its words name the columns.
  headerCell: { fontWeight: tokens.fontWeightSemibold, textAlign: 'left', borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
  // The cell asked for: a thick brand outline as Excel draws the active cell, and the selected background.
  target: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-2px',
    fontWeight: tokens.fontWeightSemibold,
  },
});
