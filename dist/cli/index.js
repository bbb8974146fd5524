var __webpack_exports__ = {};
// CLI entry (placeholder).
process.stderr.write('service-cidr-guard: not implemented yet\n');
process.exitCode = 2;


