/** Readable names of CAMEO actor role codes, for canonical actor names. */
export const ROLE_NAMES: Record<string, string> = {
  GOV: 'government',
  MIL: 'military',
  COP: 'police',
  REB: 'rebels',
  INS: 'insurgents',
  OPP: 'opposition',
  CVL: 'civilians',
  REF: 'refugees',
  JUD: 'judiciary',
  LEG: 'legislature',
  SPY: 'intelligence',
  MED: 'media',
  EDU: 'education',
  BUS: 'business',
  LAB: 'labour',
  HLH: 'health',
  ELI: 'elites',
  PTY: 'party',
  UAF: 'armed group',
  CRM: 'criminals',
  HRI: 'human rights',
  AGR: 'agriculture',
  DEV: 'development',
  ENV: 'environment',
  MOD: 'moderates',
  RAD: 'radicals',
  SEP: 'separatists',
  NGO: 'NGO',
};

/** The readable name of a role code (falls back to the code). */
export function roleName(role: string): string {
  return ROLE_NAMES[role] ?? role;
}
