// office-addin-mock imports office-addin-manifest only for usage-data plumbing; its ESM-only
// dependencies cannot load under jest, and nothing we test needs it.
module.exports = {};
