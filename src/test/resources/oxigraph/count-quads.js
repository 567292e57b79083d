// Second parser for the export round-trip test: reads one RDF file with Oxigraph (npm "oxigraph", a Rust
// RDF library compiled to WebAssembly, unrelated to Jena) and prints how many distinct quads it holds.
// Usage: NODE_PATH=<dir with node_modules> node count-quads.js FILE MEDIA-TYPE
"use strict";
const fs = require("fs");
const oxigraph = require("oxigraph");
const [file, format] = process.argv.slice(2);
try {
  const store = new oxigraph.Store();
  store.load(fs.readFileSync(file, "utf8"), { format: format });
  console.log(store.size);
} catch (e) {
  console.error(file + ": " + e);
  process.exit(1);
}
