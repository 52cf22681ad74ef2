// Parses an AsyncAPI document with the official parser (@asyncapi/parser 3) and prints its diagnostics, one JSON
// object a line: {"severity": 0 error | 1 warning | 2 information | 3 hint, "code", "message", "path"}; last a line
// {"parsed": true|false}. Run by AsyncApiOfficialParserTest: node asyncapi-official-parse.cjs <parser module dir> <document>
'use strict';
const { Parser, fromFile } = require(process.argv[2]);

(async () => {
  const parser = new Parser();
  const { document, diagnostics } = await fromFile(parser, process.argv[3]).parse();
  for (const d of diagnostics) {
    console.log(JSON.stringify({ severity: d.severity, code: String(d.code), message: d.message, path: (d.path || []).join('.') }));
  }
  console.log(JSON.stringify({ parsed: document !== undefined && document !== null }));
})().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(2);
});
