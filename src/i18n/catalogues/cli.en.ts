// English, cli: the same keys as cli.vi.ts (a key missing or extra here does not compile).
import type { CliKey } from "./cli.vi";

export const cli: Record<CliKey, string> = {
  // --- demo (npm run demo) ---
  "demo.noLibreOffice":
    "(LibreOffice is not installed, so no PNG of the printed pages; install libreoffice-calc-nogui and poppler-utils to get them.)",
  "demo.pages": "Printed pages (LibreOffice): {pdf}",
  "demo.mid": "The mid-programme sample (30/06/2018, with overdue and due-soon tasks): {command}",
  // --- severities ---
  "severity.error": "Error",
  "severity.warning": "Warning",
  // --- command line (src/cli) ---
  "cli.usage":
    "Usage: npm run --silent cli -- refresh <workbook.xlsx> [--as-of dd/mm/yyyy] [--lang vi|en] [--json] [--report] [-o out.xlsx]\n       npm run --silent cli -- template [--with-sample] [--lang vi|en] -o new.xlsx\n\nrefresh validates a workbook (sheets Lĩnh vực/Areas and Nhiệm vụ/Tasks), rolls up progress by work area and prints the result.\ntemplate creates a new input workbook: the two input sheets as Excel Tables with drop-down lists and checks, and the settings sheet.\n  --as-of DATE        report date, dd/mm/yyyy or YYYY-MM-DD (default: the date on the settings sheet, else today)\n  --lang vi|en        language of the messages and of a new template (default: vi)\n  --json              print exactly one JSON object (rates as fractions 0..1)\n  -o, --output FILE   write the refreshed workbook (summary sheet, charts), or the new template, to FILE\n  --with-sample       fill the new template with the seed sample (58 tasks)\n  --report            print the report paragraph; with -o, also write Tables 02, 03 and the History sheet\n  -h, --help          print this help\n\nExit status: 0 no error; 1 at least one error finding; 2 unreadable file or wrong arguments.",
  "cli.error.wouldLose":
    'not writing "{file}": the workbook has {what}, which the CLI cannot keep when writing it back (the input is unchanged); refresh it in Excel with the add-in',
  "cli.lose.vba": "macros (VBA)",
  "cli.lose.pivot": "pivot tables",
  "cli.lose.slicer": "slicers",
  "cli.lose.timeline": "timelines",
  "cli.lose.chartsheet": "chart sheets",
  "cli.lose.drawing": 'charts or shapes on sheet "{sheet}"',
  "cli.error.prefix": "Error",
  "cli.error.noCommand":
    'missing command; use "refresh <workbook.xlsx>" or "template -o new.xlsx" (see --help)',
  "cli.error.unknownCommand": 'no command "{command}"; use "refresh" or "template" (see --help)',
  "cli.error.noFile": "missing the .xlsx file to refresh",
  "cli.error.extraArgument": 'unexpected argument "{arg}"',
  "cli.error.unknownOption": 'no option "{option}" (see --help)',
  "cli.error.missingValue": "option {option} needs a value",
  "cli.error.badDate":
    'date "{value}" is not valid; use dd/mm/yyyy or YYYY-MM-DD (e.g. 06/11/2020)',
  "cli.error.badLang": 'no language "{value}"; use vi or en',
  "cli.error.read.not-found": 'file "{file}" not found',
  "cli.error.read.is-directory": '"{file}" is a directory, not an .xlsx file',
  "cli.error.read.unreadable": 'cannot read "{file}" ({detail})',
  "cli.error.read.not-xlsx": '"{file}" is not a readable .xlsx workbook ({detail})',
  "cli.error.write": 'cannot write "{file}": {detail}',
  "cli.file": "File: {file}",
  "cli.reportDate": "Report date: {date}",
  "cli.counts": "{tasks}, {areas}; {errors}, {warnings}",
  "cli.findings": "Errors and warnings:",
  "cli.noFindings": "No errors or warnings.",
  "cli.moreFindings": "… and {count} more (use --json to see them all)",
  "cli.rollup": "Rollup by work area:",
  "cli.col.no": "No.",
  "cli.col.area": "Work area",
  "cli.col.total": "Total",
  "cli.col.done": "Done",
  "cli.col.doneOnTime": "On\ntime",
  "cli.col.doneLate": "Done\nlate",
  "cli.col.inProgress": "In\nprogress",
  "cli.col.notStarted": "Not\nstarted",
  "cli.col.suspended": "Sus-\npended",
  "cli.col.overdue": "Over-\ndue",
  "cli.col.dueSoon": "Due\nsoon",
  "cli.col.completionRate": "Rate",
  "cli.col.dueCompletionRate": "Rate\nof due",
  "cli.totalRow": "Total",
  "cli.legend":
    "Rate = done / (total − suspended); rate of due = (on time + late) / (on time + late + overdue), recurring tasks left out.",
  "cli.written": 'Wrote the refreshed workbook (sheet "{sheet}"): {file}',
  // --- CLI words: refusals, --as-of, the template command (issue 17 §3-4, fresh) ---
  "cli.error.takesNoValue": "option {option} takes no value",
  "cli.error.templateNoOutput": "the template command needs -o new.xlsx (the file to create)",
  "cli.error.notForTemplate": "option {option} is for refresh, not for template (see --help)",
  "cli.error.onlyForTemplate": "option {option} is for template, not for refresh (see --help)",
  "cli.refuse.notFound": 'file "{file}" not found; check its name and folder',
  "cli.refuse.isDirectory":
    '"{file}" is a folder, not an .xlsx file; give the path of the workbook in it',
  "cli.refuse.readDenied":
    'cannot read "{file}": permission denied; ask for read access or copy the file to a folder of yours',
  "cli.refuse.readFailed":
    'cannot read "{file}"; close it in other programs, check the disk, then run again',
  "cli.refuse.xls":
    '"{file}" is an Excel 97-2003 workbook (.xls); open it in Excel or LibreOffice, save it as .xlsx and run again',
  "cli.refuse.encrypted":
    '"{file}" is protected by a password; remove the password first (Excel: File > Info > Protect Workbook > Encrypt with Password, clear it, save) and run again',
  "cli.refuse.ods":
    '"{file}" is an OpenDocument spreadsheet (.ods); in LibreOffice choose File > Save As, type Excel 2007-365 (.xlsx), and run again',
  "cli.refuse.xlsb":
    '"{file}" is an Excel binary workbook (.xlsb); in Excel choose File > Save As, type Excel Workbook (.xlsx), and run again',
  "cli.refuse.html":
    '"{file}" is a web page (HTML) named .xlsx, not a workbook; open it in Excel, save it as Excel Workbook (.xlsx) and run again',
  "cli.refuse.xml":
    '"{file}" is an XML file (such as an Excel 2003 XML spreadsheet), not an .xlsx workbook; open it in Excel, save it as Excel Workbook (.xlsx) and run again',
  "cli.refuse.text":
    '"{file}" is a text file (such as CSV) named .xlsx, not a workbook; open it in Excel or LibreOffice, save it as .xlsx and run again',
  "cli.refuse.empty":
    '"{file}" is empty (0 bytes); choose the workbook itself, or create one with: npm run --silent cli -- template -o new.xlsx',
  "cli.refuse.zip":
    '"{file}" is a zip file but not an Excel workbook; choose the .xlsx file itself',
  "cli.refuse.ole":
    '"{file}" is an older Office document, not an Excel workbook; choose the .xlsx file itself',
  "cli.refuse.unknown":
    '"{file}" is not an .xlsx workbook; choose an .xlsx file saved by Excel or LibreOffice',
  "cli.refuse.damaged":
    '"{file}" looks like an .xlsx workbook but cannot be opened (damaged); open it in Excel to repair it, or use an earlier copy',
  "cli.refuse.noFolder":
    'cannot write "{file}": the folder "{dir}" does not exist; create it first or choose another folder',
  "cli.refuse.writeDenied":
    'cannot write "{file}": permission denied; choose a folder you can write to',
  "cli.refuse.outputIsFolder":
    'cannot write "{file}": it is a folder; give a file name ending in .xlsx',
  "cli.refuse.outputBusy":
    'cannot write "{file}": it is open in another program; close it there and run again',
  "cli.refuse.diskFull":
    'cannot write "{file}": the disk is full; free some space or choose another disk',
  "cli.refuse.writeFailed": 'cannot write "{file}"; check the path and the disk, then run again',
  "cli.refuse.outputExists":
    '"{file}" already exists; the template command never overwrites a file, choose a new name',
  "cli.refuse.noInputSheets":
    'workbook "{file}" has no input sheets ("{areas}", "{tasks}"), so nothing was written; start from the template: npm run --silent cli -- template -o new.xlsx',
  "cli.template.written":
    'Created the template "{file}" (sheets {sheets}); fill in the areas and tasks, then run: npm run --silent cli -- refresh "{file}"',
  // --- task pane: words, forms, first run, drill-down (issue 17 §5-8, pane helper) ---
  "cli.reportParagraph": "Report paragraph:",
  "cli.import.usage":
    "Usage: npm run --silent cli -- import <list.xlsx> [--sheet NAME] [--lang vi|en] [--json] [-o out.xlsx]",
  "cli.import.noList":
    'No task list found in "{file}" (it needs a header row with a "Nội dung nhiệm vụ" column and an STT or deadline column).',
  "cli.import.summary": 'List on sheet "{sheet}": {areas} areas, {tasks} tasks.',
  // --- house (errors on one base: a sheet the .xlsx writer will not overwrite) ---
  "cli.error.sheetTaken":
    'sheet "{sheet}" exists and is not the add-in\'s: it is left untouched, nothing written over it',
  // --- house (issue 11: import -o) ---
  "cli.import.written":
    'Wrote "{file}": the source sheets unchanged, plus {sheets}. Run refresh on it for the rollup.',
};
