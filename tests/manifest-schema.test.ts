// manifest.xml against Microsoft's add-in manifest schemas (issue 16 §3), offline: the XSDs vendored in
// schemas/office-addin-manifest (see its README for their source and repairs), validated by libxml2's
// xmllint compiled to WebAssembly (xmllint-wasm), so nothing outside npm is needed. The built
// dist/manifest.xml is checked too when a build is present (the production URLs are substituted).
import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";
import { validateXML } from "xmllint-wasm";

const root = path.join(__dirname, "..");
const schemaDir = path.join(root, "schemas/office-addin-manifest");
const MAIN = "OfficeAppManifestV1_1.xsd";

/** The main schema first, the schemas it imports after it (xmllint resolves them by file name). */
const schemaFiles = () => {
  const files = readdirSync(schemaDir).filter((f) => f.endsWith(".xsd"));
  const info = (f: string) => ({
    fileName: f,
    contents: readFileSync(path.join(schemaDir, f), "utf8"),
  });
  return { main: info(MAIN), imported: files.filter((f) => f !== MAIN).map(info) };
};

async function validate(xml: string): Promise<string[]> {
  const { main, imported } = schemaFiles();
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [main],
    preload: imported,
  });
  return result.errors.map((e) => e.rawMessage);
}

const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");

describe("manifest.xml against Microsoft's manifest schemas", () => {
  it("validates", async () => {
    expect(await validate(manifest)).toEqual([]);
  });

  it("validates as built (dist/manifest.xml), when a build is present", async () => {
    const built = path.join(root, "dist/manifest.xml");
    if (!existsSync(built)) return;
    expect(await validate(readFileSync(built, "utf8"))).toEqual([]);
  });

  it("fails a manifest whose elements are out of order", async () => {
    // <Id> must come before <Version> in OfficeApp's sequence.
    const id = /\s*<Id>[^<]*<\/Id>/.exec(manifest)![0];
    const swapped = manifest.replace(id, "").replace(/(<Version>[^<]*<\/Version>)/, `$1${id}`);
    expect(swapped).not.toBe(manifest);
    expect((await validate(swapped)).join("\n")).toMatch(/Id/);
  });

  it("fails a manifest with a permission the schema does not know", async () => {
    const bad = manifest.replace(
      /<Permissions>[^<]*<\/Permissions>/,
      "<Permissions>ReadEverything</Permissions>"
    );
    expect(bad).not.toBe(manifest);
    expect((await validate(bad)).join("\n")).toMatch(/Permissions/);
  });

  it("fails a version the repaired pattern still refuses", async () => {
    const bad = manifest.replace(/<Version>[^<]*<\/Version>/, "<Version>1.0.0.0.0</Version>");
    expect((await validate(bad)).join("\n")).toMatch(/Version/);
  });
});
