// Offline checks of manifest.xml (office-addin-manifest validate needs an online service): well-formed XML,
// element order per Microsoft's schema (OfficeApp / TaskPaneApp, VersionOverrides 1.0), resources, URLs,
// ids, locale overrides and permissions.
import { DOMParser, type Element } from "@xmldom/xmldom";
import { readFileSync } from "fs";
import { join } from "path";

const root = join(__dirname, "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");

function parse(text: string): Element {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") errors.push(message);
    },
  }).parseFromString(text, "text/xml");
  if (errors.length) throw new Error(errors.join("\n"));
  return doc.documentElement as unknown as Element;
}

function children(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

function all(el: Element, pred: (e: Element) => boolean, out: Element[] = []): Element[] {
  for (const c of children(el)) {
    if (pred(c)) out.push(c);
    all(c, pred, out);
  }
  return out;
}

const named = (name: string) => (e: Element) => e.localName === name;
const doc = parse(xml);

/** True when `actual` lists elements in the order `schema` gives (each at most where the schema allows). */
function inSchemaOrder(actual: string[], schema: string[]): boolean {
  let at = 0;
  for (const name of actual) {
    const i = schema.indexOf(name, at);
    if (i < 0) return false;
    at = i;
  }
  return true;
}

// OfficeApp's sequence followed by TaskPaneApp's extension (OfficeAppManifestv1.1.xsd).
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
];
const VERSION_OVERRIDES_ORDER = [
  "Description",
  "Requirements",
  "Hosts",
  "Resources",
  "WebApplicationInfo",
];
const DESKTOP_FORM_FACTOR_ORDER = ["GetStarted", "FunctionFile", "ExtensionPoint"];
const CONTROL_ORDER = ["Label", "Supertip", "Icon", "Action"];
const RESOURCES_ORDER = ["Images", "Urls", "ShortStrings", "LongStrings"];

describe("manifest.xml", () => {
  it("is well-formed XML and a task pane add-in", () => {
    expect(doc.localName).toBe("OfficeApp");
    expect(doc.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(() => parse(xml.replace("</DisplayName>", ""))).toThrow();
  });

  it("lists the top-level elements in the schema's order, with the required ones present", () => {
    const names = children(doc).map((e) => e.localName as string);
    expect(inSchemaOrder(names, OFFICE_APP_ORDER)).toBe(true);
    for (const required of [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
    ])
      expect(names).toContain(required);
    for (const wanted of [
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "DefaultSettings",
      "Permissions",
    ])
      expect(names).toContain(wanted);
    expect(new Set(names).size).toBe(names.length);
    // the order check itself must be able to fail
    expect(inSchemaOrder(["Version", "Id"], OFFICE_APP_ORDER)).toBe(false);
  });

  it("orders VersionOverrides, its form factor, controls and resources as the schema does", () => {
    const vo = all(doc, named("VersionOverrides"))[0];
    expect(vo.getAttribute("xsi:type")).toBe("VersionOverridesV1_0");
    expect(
      inSchemaOrder(
        children(vo).map((e) => e.localName as string),
        VERSION_OVERRIDES_ORDER
      )
    ).toBe(true);
    for (const ff of all(vo, named("DesktopFormFactor")))
      expect(
        inSchemaOrder(
          children(ff).map((e) => e.localName as string),
          DESKTOP_FORM_FACTOR_ORDER
        )
      ).toBe(true);
    const controls = all(vo, named("Control"));
    expect(controls.length).toBeGreaterThanOrEqual(2);
    for (const c of controls) expect(children(c).map((e) => e.localName)).toEqual(CONTROL_ORDER);
    const resources = all(vo, named("Resources"))[0];
    expect(children(resources).map((e) => e.localName)).toEqual(RESOURCES_ORDER);
  });

  it("has no Requirements under VersionOverrides, so no client hides the commands", () => {
    const vo = all(doc, named("VersionOverrides"))[0];
    expect(all(vo, named("Requirements"))).toHaveLength(0);
  });

  it("asks for ReadWriteDocument on the Workbook host and nothing more", () => {
    const perms = all(doc, named("Permissions"));
    expect(perms.map((p) => p.textContent?.trim())).toEqual(["ReadWriteDocument"]);
    const hosts = children(all(doc, named("Hosts"))[0]);
    expect(hosts.map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
  });

  it("defines every resid it uses, once", () => {
    const resources = all(doc, named("Resources"))[0];
    const ids = all(resources, (e) => e.hasAttribute("id")).map(
      (e) => e.getAttribute("id") as string
    );
    expect(new Set(ids).size).toBe(ids.length);
    const used = all(doc, (e) => e.hasAttribute("resid")).map(
      (e) => e.getAttribute("resid") as string
    );
    expect(used.length).toBeGreaterThan(10);
    for (const resid of used) expect(ids).toContain(resid);
    for (const id of ids) expect(used).toContain(id); // no unused resource
  });

  it("gives unique control, group and task pane ids", () => {
    const ids = all(doc, (e) =>
      ["Control", "Group", "OfficeTab"].includes(e.localName as string)
    ).map((e) => e.getAttribute("id") as string);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("puts every URL under one https host, listed in AppDomains", () => {
    const urls = all(doc, () => true).flatMap((e) =>
      ["DefaultValue", "Value"]
        .map((a) => e.getAttribute(a))
        .filter((v): v is string => !!v && /^https?:/.test(v))
    );
    urls.push(...all(doc, named("AppDomain")).map((e) => (e.textContent ?? "").trim()));
    const origins = new Set(urls.map((u) => new URL(u).origin));
    expect(origins).toEqual(new Set(["https://localhost:3000"]));
  });

  it("overrides every visible string for en-US, and the default locale is vi-VN", () => {
    expect(all(doc, named("DefaultLocale"))[0].textContent).toBe("vi-VN");
    const visible = [
      ...children(doc).filter((e) =>
        ["DisplayName", "Description", "SupportUrl"].includes(e.localName as string)
      ),
      ...all(doc, (e) => e.localName === "String"),
    ];
    expect(visible.length).toBeGreaterThan(6);
    for (const el of visible) {
      const overrides = children(el).filter(named("Override"));
      expect(overrides.map((o) => o.getAttribute("Locale"))).toEqual(["en-US"]);
      expect(overrides[0].getAttribute("Value")).not.toBe(el.getAttribute("DefaultValue"));
      expect(el.getAttribute("DefaultValue")).toBe(
        el.getAttribute("DefaultValue")?.normalize("NFC")
      );
    }
  });

  it("keeps short strings within the 125-character limit and long ones within 250", () => {
    const strings = all(doc, named("String"));
    for (const s of strings) {
      const limit = (s.parentNode as Element).localName === "ShortStrings" ? 125 : 250;
      for (const v of [
        s.getAttribute("DefaultValue"),
        ...children(s).map((o) => o.getAttribute("Value")),
      ])
        expect((v ?? "").length).toBeLessThanOrEqual(limit);
    }
  });

  it("points every image at a PNG in assets/ of the size it declares", () => {
    const sized = all(doc, (e) => e.localName === "Image" && e.hasAttribute("id"));
    for (const img of sized) {
      const file = new URL(img.getAttribute("DefaultValue") as string).pathname;
      const png = readFileSync(join(root, file));
      const width = png.readUInt32BE(16);
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect(String(width)).toBe(/(\d+)\.png$/.exec(file)?.[1]);
    }
    for (const tag of ["IconUrl", "HighResolutionIconUrl"]) {
      const url = all(doc, named(tag))[0].getAttribute("DefaultValue") as string;
      expect(readFileSync(join(root, new URL(url).pathname)).readUInt32BE(16)).toBe(
        tag === "IconUrl" ? 32 : 64
      );
    }
  });

  it("is rewritten to one production host by the build, AppDomain included", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require("../webpack.config.js") as {
      rewriteManifestUrls(xml: string, base: string): string;
    };
    const prod = parse(config.rewriteManifestUrls(xml, "https://addin.example.vn/tdnv/"));
    const urls = all(prod, () => true).flatMap((e) =>
      ["DefaultValue", "Value"]
        .map((a) => e.getAttribute(a))
        .filter((v): v is string => !!v && /^https?:/.test(v))
    );
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) expect(u.startsWith("https://addin.example.vn/tdnv/")).toBe(true);
    expect(all(prod, named("AppDomain")).map((e) => e.textContent)).toEqual([
      "https://addin.example.vn",
    ]);
    expect(config.rewriteManifestUrls(xml, "https://addin.example.vn/tdnv/")).not.toContain(
      "localhost"
    );
  });

  it("runs a function the commands bundle registers", () => {
    const fn = all(doc, named("FunctionName")).map((e) => e.textContent?.trim());
    const source = readFileSync(join(root, "src/commands/commands.ts"), "utf8");
    for (const name of fn) expect(source).toContain(`Office.actions.associate("${name}"`);
  });
});
