export { modality, modalityOfToken, ownModality } from './modality.js';
