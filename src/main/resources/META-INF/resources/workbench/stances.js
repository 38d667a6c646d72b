// One colour per stance, shared by the graph's edges and the badges (workbench.css uses the same values):
// warm for hostile, cool for friendly, grey for neutral, all readable on white.
export const STANCE_COLOURS = {
  SAID: '#6b7280', VARIANT: '#7c3aed',
  SUPPORTS: '#15803d', PRAISES: '#0f766e', ECHOES: '#0369a1', ACKNOWLEDGES: '#4b5563',
  DOUBTS: '#a16207', CRITICIZES: '#c2410c', OPPOSES: '#b91c1c', REJECTS: '#9f1239', WARNS: '#be185d',
};
