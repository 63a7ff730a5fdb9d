// Excel's sheet-name rules and the settings' day limit, in one place: the core reads the settings sheet
// with them, the adapters compare sheet names with them and the pane's form validates with them. No
// imports, so the form can take them without pulling the core into the pane's start bundle.

/** Excel's longest sheet name. */
export const MAX_SHEET_NAME_LENGTH = 31;

/** Characters Excel forbids in sheet names. */
export const BAD_SHEET_CHARS = /[:\\/?*[\]]/;

/** The key two sheet names compare by. Excel ignores case; NFC too, so a composed and a decomposed
 * "Tổng hợp" are never both written (Excel would show them as the same name). */
export const sheetNameKey = (name: string): string => name.normalize("NFC").toLowerCase();

export const sameSheetName = (a: string, b: string): boolean => sheetNameKey(a) === sheetNameKey(b);

/** A name Excel accepts: 1-31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME_LENGTH &&
    !BAD_SHEET_CHARS.test(name) &&
    !/^'|'$/.test(name)
  );
}

/** The "due soon" window: whole days, 0 to a year. */
const MAX_DUE_SOON_DAYS = 365;

export const isDueSoonDays = (n: number): boolean =>
  Number.isInteger(n) && n >= 0 && n <= MAX_DUE_SOON_DAYS;
