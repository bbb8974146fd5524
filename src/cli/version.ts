// The CLI's version, shown by --version and written into SARIF's tool.driver.version. A constant rather
// than a runtime read of package.json: the ncc bundle has no package.json next to it. A test keeps the
// two equal.
export const VERSION = '0.1.0';
