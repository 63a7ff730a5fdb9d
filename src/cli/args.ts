// Command-line arguments over node:util parseArgs: two commands (refresh, template), a few flags, and every
// error as a catalogue key (parseArgs' error codes mapped onto our messages), so it speaks the user's language.
import { parseArgs as parseNodeArgs, type ParseArgsConfig } from "node:util";
import { parseDateCell } from "../core/dates";
import type { Lang } from "../core/model";
import { AddinError } from "../core/errors";
import { isLang, type MessageKey } from "../i18n";

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

export interface TemplateArgs {
  command: "template";
  lang: Lang;
  output: string;
  withSample: boolean;
}

export type ParsedArgs = RefreshArgs | TemplateArgs | { command: "help"; lang: Lang };

/** Wrong arguments: a catalogue key and its parameters, so the message follows --lang. */
export class ArgError extends AddinError {
  override readonly name = "ArgError";

  constructor(
    readonly key: MessageKey,
    params: Record<string, string> = {},
    readonly lang: Lang = "vi"
  ) {
    super(`Arguments refused: ${key}`, params);
  }
}

const COMMANDS = ["refresh", "template"] as const;

const OPTIONS = {
  "as-of": { type: "string" },
  lang: { type: "string" },
  json: { type: "boolean" },
  report: { type: "boolean" },
  output: { type: "string", short: "o" },
  "with-sample": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const satisfies ParseArgsConfig["options"];

type Values = {
  "as-of"?: string;
  lang?: string;
  json?: boolean;
  report?: boolean;
  output?: string;
  "with-sample"?: boolean;
  help?: boolean;
};

type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/**
 * The language of an error raised before a command parses its arguments: English only when both
 * `--lang` and `en` are among them.
 */
export function earlyLang(argv: readonly string[]): Lang {
  return argv.includes("en") && argv.some((a) => a.startsWith("--lang")) ? "en" : "vi";
}

/** The language asked for, read leniently first so that every later error speaks it. */
function langOf(argv: string[], options: OptionsConfig = OPTIONS): Lang {
  const { values } = parseNodeArgs({
    args: argv,
    options,
    strict: false,
    allowPositionals: true,
  });
  return isLang(values.lang) ? values.lang : "vi";
}

/** The option a strict parse refused, found in the lenient tokens (parseArgs' text is English only). */
function refusal(
  argv: string[],
  code: string | undefined,
  options: OptionsConfig
): { key: MessageKey; option: string } {
  const { tokens } = parseNodeArgs({
    args: argv,
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens ?? []) {
    if (token.kind !== "option") continue;
    const known = (options as Record<string, { type: string }>)[token.name];
    if (!known) return { key: "cli.error.unknownOption", option: token.rawName };
    if (known.type === "string" && (token.value === undefined || token.value.startsWith("-")))
      return { key: "cli.error.missingValue", option: token.rawName };
    if (known.type === "boolean" && token.inlineValue)
      return { key: "cli.error.takesNoValue", option: token.rawName };
  }
  return {
    key:
      code === "ERR_PARSE_ARGS_UNKNOWN_OPTION"
        ? "cli.error.unknownOption"
        : "cli.error.missingValue",
    option: argv.find((a) => a.startsWith("-")) ?? "",
  };
}

/** Strict parse; parseArgs' error codes become catalogue messages. */
function strictParse(
  argv: string[],
  lang: Lang,
  options: OptionsConfig = OPTIONS
): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseNodeArgs({
      args: argv,
      options,
      strict: true,
      allowPositionals: true,
    });
    return { values: values as Values, positionals };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (
      code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ||
      code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE"
    ) {
      const { key, option } = refusal(argv, code, options);
      throw new ArgError(key, { option }, lang);
    }
    throw error;
  }
}

/** --as-of as clerks and machines write it: dd/mm/yyyy or YYYY-MM-DD. */
function reportDateArg(text: string, lang: Lang): number {
  const shaped = /^\d{4}-\d{2}-\d{2}$/.test(text) || /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(text);
  const parsed = shaped ? parseDateCell(text) : null;
  if (!parsed || parsed.kind !== "date")
    throw new ArgError("cli.error.badDate", { value: text }, lang);
  return parsed.serial;
}

/** A value option given as "--opt=" (empty) counts as missing. */
function nonEmpty(value: string | undefined, option: string, lang: Lang): string | undefined {
  if (value === "") throw new ArgError("cli.error.missingValue", { option }, lang);
  return value;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const lang = langOf(argv);
  const { values, positionals } = strictParse(argv, lang);
  const langOption = nonEmpty(values.lang, "--lang", lang);
  if (langOption !== undefined && !isLang(langOption))
    throw new ArgError("cli.error.badLang", { value: langOption }, lang);
  if (values.help) return { command: "help", lang };
  const [command, ...rest] = positionals;
  if (command === undefined) throw new ArgError("cli.error.noCommand", {}, lang);
  if (!(COMMANDS as readonly string[]).includes(command))
    throw new ArgError("cli.error.unknownCommand", { command }, lang);
  const output = nonEmpty(values.output, "-o", lang);
  const asOf = nonEmpty(values["as-of"], "--as-of", lang);
  if (command === "template") {
    if (rest.length > 0) throw new ArgError("cli.error.extraArgument", { arg: rest[0] }, lang);
    for (const [given, option] of [
      [values.json, "--json"],
      [asOf, "--as-of"],
    ] as const)
      if (given !== undefined) throw new ArgError("cli.error.notForTemplate", { option }, lang);
    if (output === undefined) throw new ArgError("cli.error.templateNoOutput", {}, lang);
    return { command: "template", lang, output, withSample: values["with-sample"] === true };
  }
  const [file, ...extra] = rest;
  if (file === undefined) throw new ArgError("cli.error.noFile", {}, lang);
  if (extra.length > 0) throw new ArgError("cli.error.extraArgument", { arg: extra[0] }, lang);
  if (values["with-sample"])
    throw new ArgError("cli.error.onlyForTemplate", { option: "--with-sample" }, lang);
  const parsed: RefreshArgs = {
    command: "refresh",
    file,
    lang,
    json: values.json === true,
    report: values.report === true,
  };
  if (asOf !== undefined) parsed.asOf = reportDateArg(asOf, lang);
  if (output !== undefined) parsed.output = output;
  return parsed;
}

/** What the commands after the word (merge, share, import) get from their shared opening. */
export interface CommandArgs {
  /** The options given, by name: text for a value option, true for a flag. */
  values: Readonly<Record<string, string | boolean | undefined>>;
  positionals: string[];
  lang: Lang;
  /** --as-of as a serial, when the command takes it and it was given. */
  asOf?: number;
}

/**
 * The opening the merge, share and import commands share with refresh: node's parser in strict mode,
 * its errors as catalogue messages in the language asked for, --lang checked, --as-of read as
 * refresh reads it. `options` lists the command's own options; --lang is always one.
 */
export function parseCommandArgs(argv: string[], options: OptionsConfig): CommandArgs {
  const all: OptionsConfig = { ...options, lang: { type: "string" } };
  const lang = langOf(argv, all);
  const { values, positionals } = strictParse(argv, lang, all);
  const langOption = nonEmpty(values.lang, "--lang", lang);
  if (langOption !== undefined && !isLang(langOption))
    throw new ArgError("cli.error.badLang", { value: langOption }, lang);
  const given = values as Record<string, string | boolean | undefined>;
  for (const [name, spec] of Object.entries(all))
    if (spec.type === "string") nonEmpty(given[name] as string | undefined, `--${name}`, lang);
  const asOf = given["as-of"];
  const args: CommandArgs = { values: given, positionals, lang };
  if (typeof asOf === "string") args.asOf = reportDateArg(asOf, lang);
  return args;
}
