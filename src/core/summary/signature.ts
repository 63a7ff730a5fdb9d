// The signature block under the note, as a clerk files the page: the one who prepared the table on the
// left ("NGƯỜI LẬP BIỂU"), the place-and-date line and the signer's title on the right, a hint under each,
// room to sign, and the names from the settings (blank lines to write by hand when the settings name none).
import type { SummaryContext } from "./context";
import { upperVi } from "../text";
import { SIGNATURE_ROWS as S } from "./context";
import type { SheetDraft } from "./draft";
import { colsBetween, lineHeight, onOnePage, pageHeights, textHeight } from "./estimate";
import { FONT, LAST_COL, ROWS } from "./layout";
import { dateLineFormula } from "./title";

/** The two columns of the block: under the issuing bodies (left), under the date line (right). */
const LEFT = { from: "A", to: "E" } as const;
const RIGHT = { from: "I", to: LAST_COL } as const;
const BLANK_ROW = 15;

/** Where the block went: its first row and its last, further down when it would break over a page. */
export type SignaturePlace = Pick<SummaryContext, "signatureRow" | "textEndRow">;

export function layOutSignature(draft: SheetDraft, ctx: SummaryContext): SignaturePlace {
  const { settings, label } = ctx;
  const signerTitle =
    settings.signerTitle.trim() === ""
      ? label("summary.sign.onBehalf", { body: upperVi(settings.issuingBody.trim()) })
      : upperVi(settings.signerTitle.trim());
  const cells: [side: typeof LEFT | typeof RIGHT, offset: number, text: string][] = [
    [LEFT, S.title, label("summary.sign.preparer")],
    [LEFT, S.hint, label("summary.sign.hint")],
    [LEFT, S.name, settings.preparerName.trim().normalize("NFC")],
    [RIGHT, S.title, signerTitle],
    [RIGHT, S.hint, label("summary.sign.hint")],
    [RIGHT, S.name, settings.signerName.trim().normalize("NFC")],
  ];
  const tallest = (offset: number): number =>
    Math.max(
      lineHeight(13) + 6,
      ...cells
        .filter(([, o]) => o === offset)
        .map(([side, , text]) => textHeight(text, colsBetween(side.from, side.to), 13, true))
    );
  // Row heights from the block's first row: the signing space is about two and a half centimetres.
  const heights = [
    lineHeight(13) + 6,
    tallest(S.title),
    lineHeight(12) + 4,
    22,
    22,
    22,
    tallest(S.name),
  ];
  const top = keptTogether(draft, ctx, heights);
  const row = (offset: number): number => top + offset;
  draft.put(
    RIGHT.from,
    row(S.dateLine),
    dateLineFormula(ctx.label, settings.place, ctx.rollup.reportDate)
  );
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
  draft.rowHeights[ctx.signatureRow - 1] = 12;
  heights.forEach((h, i) => (draft.rowHeights[row(i)] = h));
  return { signatureRow: top, textEndRow: top + S.name };
}

/**
 * The block's first row: right under the note when it prints whole at every likely scale; else the
 * first row, after blank rows, from which it does (it never splits over a page break), if any does.
 */
function keptTogether(draft: SheetDraft, ctx: SummaryContext, block: number[]): number {
  const first = ctx.signatureRow;
  const pages = pageHeights();
  const fits = (top: number): boolean => {
    const heights = (r: number): number =>
      r === first - 1
        ? 12
        : r >= top && r < top + block.length
          ? block[r - top]
          : r >= first && r < top
            ? BLANK_ROW
            : (draft.rowHeights[r] ?? BLANK_ROW);
    // The header rows repeat above a page only when the table runs over one (see printSetup).
    const tableFits = pages.every((page) => onOnePage(heights, 1, ctx.noteRow, page, 0, 0));
    const title = tableFits ? 0 : heights(ROWS.header1) + heights(ROWS.header2);
    return pages.every((page) => onOnePage(heights, top, top + block.length - 1, page, title, 0));
  };
  const limit = first + Math.ceil(Math.max(...pages) / BLANK_ROW) * 2;
  for (let top = first; top < limit; top++) if (fits(top)) return top;
  return first;
}
