export { mentions, findActors } from './mentions.js';
export { roleName, ROLE_NAMES } from './roles.js';
