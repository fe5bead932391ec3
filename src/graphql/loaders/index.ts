export { createLoaders, type Loaders } from './createLoaders.js';
