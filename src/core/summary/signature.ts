// The signature block under the note, as a clerk files the page: the one who prepared the table on the
// left ("NGƯỜI LẬP BIỂU"), the place-and-date line and the signer's title on the right, a hint under each,
// room to sign, and the names from the settings (blank lines to write by hand when the settings name none).
import type { SummaryContext } from "./context";
import { SIGNATURE_ROWS as S, upper } from "./context";
import type { SheetDraft } from "./draft";
import { colsBetween, lineHeight, textHeight } from "./estimate";
import { FONT, LAST_COL } from "./layout";
import { dateLine } from "./title";

/** The two columns of the block: under the issuing bodies (left), under the date line (right). */
const LEFT = { from: "A", to: "E" } as const;
const RIGHT = { from: "I", to: LAST_COL } as const;

export function layOutSignature(draft: SheetDraft, ctx: SummaryContext): void {
  const { settings, lang, label } = ctx;
  const top = ctx.signatureRow;
  const row = (offset: number): number => top + offset;
  const signerTitle =
    settings.signerTitle.trim() === ""
      ? label("summary.sign.onBehalf", { body: upper(settings.issuingBody.trim()) })
      : upper(settings.signerTitle.trim());
  const cells: [side: typeof LEFT | typeof RIGHT, offset: number, text: string][] = [
    [LEFT, S.title, label("summary.sign.preparer")],
    [LEFT, S.hint, label("summary.sign.hint")],
    [LEFT, S.name, settings.preparerName.trim().normalize("NFC")],
    [RIGHT, S.title, signerTitle],
    [RIGHT, S.hint, label("summary.sign.hint")],
    [RIGHT, S.name, settings.signerName.trim().normalize("NFC")],
  ];
  draft.put(RIGHT.from, row(S.dateLine), dateLine(lang, settings.place, ctx.rollup.reportDate));
  for (const [side, offset, text] of cells)
    if (text !== "") draft.text(side.from, row(offset), text);
  for (let offset = S.dateLine; offset <= S.name; offset++)
    for (const side of [LEFT, RIGHT])
      draft.merge(`${side.from}${row(offset)}:${side.to}${row(offset)}`);
  const base = { fontName: FONT, fontSize: 13, horizontal: "center", vertical: "center" } as const;
  draft.style(`A${row(S.dateLine)}:${LAST_COL}${row(S.name)}`, { ...base, wrap: true });
  draft.style(`A${row(S.dateLine)}:${LAST_COL}${row(S.dateLine)}`, { italic: true });
  // Top-aligned, so "NGƯỜI LẬP BIỂU" stands level with the first line of a two-line title.
  draft.style(`A${row(S.title)}:${LAST_COL}${row(S.title)}`, { bold: true, vertical: "top" });
  draft.style(`A${row(S.hint)}:${LAST_COL}${row(S.hint)}`, { italic: true, fontSize: 12 });
  draft.style(`A${row(S.name)}:${LAST_COL}${row(S.name)}`, { bold: true });
  const height = (offset: number): number =>
    Math.max(
      lineHeight(13) + 6,
      ...cells
        .filter(([, o]) => o === offset)
        .map(([side, , text]) => textHeight(text, colsBetween(side.from, side.to), 13, true))
    );
  draft.rowHeights[top - 1] = 12;
  draft.rowHeights[row(S.dateLine)] = lineHeight(13) + 6;
  draft.rowHeights[row(S.title)] = height(S.title);
  draft.rowHeights[row(S.hint)] = lineHeight(12) + 4;
  // Room to sign: about two and a half centimetres.
  for (let offset = S.hint + 1; offset < S.name; offset++) draft.rowHeights[row(offset)] = 22;
  draft.rowHeights[row(S.name)] = height(S.name);
}
