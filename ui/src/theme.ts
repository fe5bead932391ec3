/** How each node type is drawn; the legend and the graph read the same table. */
export interface TypeStyle {
  label: string;
  color: string;
  shape: 'ellipse' | 'round-rectangle' | 'hexagon' | 'diamond' | 'octagon' | 'triangle' | 'rectangle' | 'tag';
}

export const TYPE_STYLES: Record<string, TypeStyle> = {
  Country: { label: 'Country', color: '#1f63b5', shape: 'ellipse' },
  Leader: { label: 'Leader', color: '#7b3fa0', shape: 'round-rectangle' },
  Organization: { label: 'Organization', color: '#a66a00', shape: 'hexagon' },
  Event: { label: 'Event', color: '#5f6b77', shape: 'diamond' },
  Sanction: { label: 'Sanction', color: '#8a3b12', shape: 'octagon' },
  Place: { label: 'Place', color: '#5c7a1a', shape: 'triangle' },
  Article: { label: 'Article', color: '#4e6170', shape: 'rectangle' },
  Outlet: { label: 'Outlet', color: '#37474f', shape: 'tag' },
};

/** CAMEO quad classes: events are coloured by which of the four they fall in. */
export const QUAD_CLASSES: { quad: number; label: string; color: string }[] = [
  { quad: 1, label: 'Verbal cooperation', color: '#2e7d32' },
  { quad: 2, label: 'Material cooperation', color: '#00796b' },
  { quad: 3, label: 'Verbal conflict', color: '#e65100' },
  { quad: 4, label: 'Material conflict', color: '#c62828' },
];

/** The twenty CAMEO root codes (CAMEO codebook, Schrodt 2012). */
export const CAMEO_ROOTS: [string, string][] = [
  ['01', 'Make public statement'],
  ['02', 'Appeal'],
  ['03', 'Express intent to cooperate'],
  ['04', 'Consult'],
  ['05', 'Engage in diplomatic cooperation'],
  ['06', 'Engage in material cooperation'],
  ['07', 'Provide aid'],
  ['08', 'Yield'],
  ['09', 'Investigate'],
  ['10', 'Demand'],
  ['11', 'Disapprove'],
  ['12', 'Reject'],
  ['13', 'Threaten'],
  ['14', 'Protest'],
  ['15', 'Exhibit force posture'],
  ['16', 'Reduce relations'],
  ['17', 'Coerce'],
  ['18', 'Assault'],
  ['19', 'Fight'],
  ['20', 'Use unconventional mass violence'],
];

/** The colour a node is filled with: events by quad class, the rest by type. */
export function nodeColor(type: string, quadClass: number | null): string {
  if (type === 'Event' && quadClass !== null) {
    return QUAD_CLASSES.find((quad) => quad.quad === quadClass)?.color ?? TYPE_STYLES.Event?.color ?? '#555';
  }
  return TYPE_STYLES[type]?.color ?? '#555';
}

/** Words for a relationship type in the panel. */
export const EDGE_LABELS: Record<string, string> = {
  CO_MENTIONED: 'named in the same articles',
  MENTIONS: 'mentions',
  ACTOR: 'acts in',
  HOLDS_OFFICE: 'holds office in',
  HEADS: 'heads',
  REPORTS: 'reports',
  IN: 'in',
  IMPOSED_BY: 'imposed by',
  TARGETS: 'targets',
  PUBLISHED_BY: 'published by',
};
