/** ClusterWire's version, shown by the CLI and written into SARIF (a test keeps it in step with package.json). */
export const VERSION = '0.1.0';
/**
 * The project's public home: package.json's `homepage` (a test keeps them in step). It declares
 * none, so there is none: SARIF leaves out `informationUri` and the app links to no repository,
 * rather than to an address someone else could own.
 */
export const PRODUCT_URL: string | undefined = undefined;
