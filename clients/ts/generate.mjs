// The TypeScript types of the sg-suite APIs, generated from each service's committed OpenAPI
// document (services/<name>-svc/openapi.json) into src/<name>.ts by the pinned openapi-typescript.
// `npm run build`; npm's `prepare` runs it on `npm ci` and before `npm pack`/`npm publish`.
// The output is git-ignored: the documents are the contract, the types are built from them.
import { mkdir, readdir, writeFile } from "node:fs/promises";
import openapiTS, { astToString, COMMENT_HEADER } from "openapi-typescript";

const services = new URL("../../services/", import.meta.url);
const out = new URL("src/", import.meta.url);
const names = (await readdir(services))
  .filter((dir) => dir.endsWith("-svc"))
  .map((dir) => dir.slice(0, -"-svc".length))
  .sort();
if (names.length === 0) throw new Error(`no service under ${services.pathname}`);
await mkdir(out, { recursive: true });
for (const name of names) {
  const ast = await openapiTS(new URL(`${name}-svc/openapi.json`, services));
  await writeFile(new URL(`${name}.ts`, out), COMMENT_HEADER + astToString(ast));
}
console.log(`types of ${names.join(", ")} in ${out.pathname}`);
