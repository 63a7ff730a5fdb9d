// Command-line arguments, kept small: one command, a few flags, errors as message keys.
import { serialFromIso } from "../core/dates";
import type { Lang } from "../core/model";
import type { MessageKey } from "../i18n";

export interface RefreshArgs {
  command: "refresh";
  file: string;
  /** Report date as an Excel serial, when given. */
  asOf?: number;
  lang: Lang;
  json: boolean;
  /** Print the report paragraph and write the report sheets (follow-up list, by unit, history). */
  report: boolean;
  output?: string;
}

export type ParsedArgs = RefreshArgs | { command: "help"; lang: Lang };

/** Wrong arguments: a catalogue key and its parameters, so the message follows --lang. */
export class ArgError extends Error {
  override readonly name = "ArgError";

  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string> = {},
    readonly lang: Lang = "vi"
  ) {
    super(key);
  }
}

const LANGS: readonly Lang[] = ["vi", "en"];
const VALUE_OPTIONS = new Set(["--as-of", "--lang", "-o", "--output"]);

/** Splits "--opt=value" and pairs value options with the next argument. */
function tokens(
  argv: string[],
  lang: Lang
): { options: Map<string, string | true>; positionals: string[] } {
  const options = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_OPTIONS.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === "")
        throw new ArgError("cli.error.missingValue", { option: name }, lang);
      options.set(name === "--output" ? "-o" : name, value);
    } else if (name === "--json" || name === "--report" || name === "--help" || name === "-h") {
      options.set(name === "-h" ? "--help" : name, true);
    } else {
      throw new ArgError("cli.error.unknownOption", { option: name }, lang);
    }
  }
  return { options, positionals };
}

/** The language asked for, looked up first so that every later error speaks it. */
function langOf(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const value =
      argv[i] === "--lang"
        ? argv[i + 1]
        : argv[i].startsWith("--lang=")
          ? argv[i].slice(7)
          : undefined;
    if (value !== undefined && (LANGS as readonly string[]).includes(value)) return value as Lang;
  }
  return "vi";
}

export function parseArgs(argv: string[]): ParsedArgs {
  const lang = langOf(argv);
  const { options, positionals } = tokens(argv, lang);
  const langOption = options.get("--lang");
  if (typeof langOption === "string" && !(LANGS as readonly string[]).includes(langOption)) {
    throw new ArgError("cli.error.badLang", { value: langOption }, lang);
  }
  if (options.has("--help")) return { command: "help", lang };
  const [command, file, ...rest] = positionals;
  if (command === undefined) throw new ArgError("cli.error.noCommand", {}, lang);
  if (command !== "refresh") throw new ArgError("cli.error.unknownCommand", { command }, lang);
  if (file === undefined) throw new ArgError("cli.error.noFile", {}, lang);
  if (rest.length > 0) throw new ArgError("cli.error.extraArgument", { arg: rest[0] }, lang);
  const parsed: RefreshArgs = {
    command,
    file,
    lang,
    json: options.has("--json"),
    report: options.has("--report"),
  };
  const asOf = options.get("--as-of");
  if (typeof asOf === "string") {
    const serial = serialFromIso(asOf);
    if (serial === null || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
      throw new ArgError("cli.error.badDate", { value: asOf }, lang);
    }
    parsed.asOf = serial;
  }
  const output = options.get("-o");
  if (typeof output === "string") parsed.output = output;
  return parsed;
}
