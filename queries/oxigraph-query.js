// Runs SPARQL query files over an RDF file in Oxigraph, an RDF store unrelated to Jena (npm package "oxigraph":
// Rust compiled to WebAssembly, in memory). Quads keep their graphs; a file without graphs (Turtle, N-Triples,
// RDF/XML) goes into one named graph, the file's URL, so that the GRAPH patterns of the bundled queries see it.
//
//   npm install oxigraph@0.5
//   node queries/oxigraph-query.js [--format csv|tsv|json|xml] DATA QUERY.rq...
//   node queries/oxigraph-query.js --report [--repeat N] DATA QUERY.rq...   (one JSON line per query: timings, rows, results)
//
// Results go to standard output (CSV by default); with several queries each is preceded by "# FILE".
// NODE_PATH may point to the node_modules that holds oxigraph.
"use strict";
const fs = require("fs");
const path = require("path");
const url = require("url");
const oxigraph = require("oxigraph");

const FORMATS = { csv: "text/csv", tsv: "text/tab-separated-values", json: "application/sparql-results+json",
  xml: "application/sparql-results+xml" };
const DATA = { ".nq": "application/n-quads", ".trig": "application/trig", ".jsonld": "application/ld+json",
  ".ttl": "text/turtle", ".nt": "application/n-triples", ".rdf": "application/rdf+xml", ".xml": "application/rdf+xml" };
const QUADS = new Set(["application/n-quads", "application/trig", "application/ld+json"]);

function fail(message) {
  console.error("oxigraph-query: " + message);
  process.exit(2);
}

const args = process.argv.slice(2);
let format = "csv", report = false, repeat = 1;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--format") format = args[++i];
  else if (args[i] === "--report") report = true;
  else if (args[i] === "--repeat") repeat = parseInt(args[++i], 10);
  else files.push(args[i]);
}
if (files.length < 2 || !FORMATS[format] || !(repeat >= 1)) {
  fail("usage: node oxigraph-query.js [--format csv|tsv|json|xml] [--report [--repeat N]] DATA QUERY.rq...");
}
const [data, ...queries] = files;
const media = DATA[path.extname(data).toLowerCase()];
if (!media) fail(data + ": unknown RDF format (" + Object.keys(DATA).join(", ") + ")");

const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const store = new oxigraph.Store();
let start = process.hrtime.bigint();
try {
  const options = { format: media, base_iri: url.pathToFileURL(path.resolve(data)).href };
  if (!QUADS.has(media)) options.to_graph_name = oxigraph.namedNode(options.base_iri);
  store.load(fs.readFileSync(data), options);
} catch (e) {
  fail(data + ": " + e);
}
const loadMs = ms(start);

for (const file of queries) {
  const text = fs.readFileSync(file, "utf8");
  const times = [];
  let result;
  try {
    for (let r = 0; r < (report ? repeat : 1); r++) {
      start = process.hrtime.bigint();
      result = store.query(text, { results_format: report ? FORMATS.json : FORMATS[format] });
      times.push(ms(start));
    }
  } catch (e) {
    fail(file + ": " + e);
  }
  if (report) {
    const parsed = JSON.parse(result);
    console.log(JSON.stringify({ query: file, quads: store.size, loadMs: loadMs, ms: times,
      rows: parsed.results ? parsed.results.bindings.length : 1, results: parsed }));
  } else {
    if (queries.length > 1) process.stdout.write("# " + file + "\n");
    process.stdout.write(result);
  }
}
