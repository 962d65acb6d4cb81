export {
  allCameoCodes,
  cameoInfo,
  cameoRoot,
  isCameoCode,
  normalizeCameoCode,
  rootName,
  type CameoInfo,
  type QuadClass,
} from './cameo.js';
export {
  PLOVER_NONE,
  isPloverType,
  ploverDescription,
  ploverFor,
  ploverModes,
  ploverTypes,
  type PloverMapping,
  type PloverType,
} from './plover.js';
export { threatCodeFor } from './threats.js';
export { intentCodeFor } from './intents.js';
