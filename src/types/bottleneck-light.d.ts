// bottleneck ships types for its main entry only; light.js is the same API without Redis clustering, and the
// build plugin-throttling itself uses (so the action bundles one copy).
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
