/** ClusterWire's version, shown by the CLI and written into SARIF (a test keeps it in step with package.json). */
export const VERSION = '0.1.0';
export const PRODUCT_URL = 'https://github.com/clusterwire/clusterwire';
