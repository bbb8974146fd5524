// Preloaded into each transpile-only ncc build by scripts/build.mjs (node --require). ncc -t transpiles every
// file alone with typescript's transpileModule, which cannot read package.json's "type": "module": under
// module NodeNext it then takes each .ts file for CommonJS and emits require() calls, where the type-checked
// build (and tsc) emit ESM. Naming the file .mts for the transpile gives it the format the project gives every
// .ts file, ESM, with NodeNext's emit otherwise unchanged: the bundles are the bytes the type-checked build makes.
// ncc asks for typescript through its own loader shim (require('typescript')); typescript's exports cannot be
// reassigned, so that request gets an object that inherits them all and overrides transpileModule.
const Module = require('node:module');

const load = Module._load;
let esmTypescript;
Module._load = function loadTypescriptAsEsm(request, ...rest) {
  const loaded = load.call(this, request, ...rest);
  if (request !== 'typescript') return loaded;
  esmTypescript ??= Object.create(loaded, {
    transpileModule: {
      value: (input, options) =>
        loaded.transpileModule(input, { ...options, fileName: options.fileName.replace(/\.ts$/, '.mts') }),
    },
  });
  return esmTypescript;
};
