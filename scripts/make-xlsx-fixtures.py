#!/usr/bin/env python3
"""Writes the .xlsx test fixtures in Tests/TestSupport/Fixtures/xlsx/.

Standard library only (zipfile and hand-written SpreadsheetML, ECMA-376 Part 1), so it runs
anywhere Python 3.8+ does. The tests read the committed .xlsx files; this script is needed
only to make them again, e.g. after the demo panel changes:

    resilience demo-data > Tests/TestSupport/Fixtures/xlsx/demo/panel.csv
    python3 scripts/make-xlsx-fixtures.py

The output is byte-for-byte the same on every run (fixed ZIP timestamps).

What it writes:

- From a long CSV (`small/panel.csv` and `xlsx/demo/panel.csv`), the same panel in the
  three layouts: `<name>-long.xlsx` (one sheet `Panel`), `<name>-wide-by-year.xlsx` (one
  sheet per year, named by the year, units as rows, indicators as columns) and
  `<name>-wide-by-indicator.xlsx` (one sheet per indicator, named by its column, units as
  rows, years as numeric column headers). Numbers are written in Python's shortest
  round-trip form, so they read back as the same doubles as the CSV text; text goes to the
  shared-string table; missing cells are left out (sparse rows).
- `cells.xlsx`: one of every kind of cell the reader must understand (see `cells_workbook`).
- `small-bad-cells.xlsx`, `small-wide-by-year-bad.xlsx`, `small-wide-by-indicator-bad.xlsx`:
  the small panel with a text cell or an error value where a number belongs, for the error
  messages (see the functions of the same names).
"""

import csv
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape, quoteattr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "TestSupport", "Fixtures")
OUT = os.path.join(FIXTURES, "xlsx")

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
DATE_TIME = (2024, 1, 1, 0, 0, 0)
NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


def column_letters(column):
    """1 -> A, 27 -> AA."""
    letters = ""
    while column > 0:
        column, remainder = divmod(column - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def number_text(value):
    """Shortest round-trip text of a number (Python's repr), integers without '.0'."""
    if isinstance(value, int):
        return str(value)
    return repr(float(value))


class Workbook:
    """A minimal workbook: worksheets of typed cells, a shared-string table, one date style."""

    def __init__(self):
        self.sheets = []  # (name, xml) or (name, None) for a chart sheet
        self.strings = []
        self.string_index = {}

    def shared(self, text):
        if text not in self.string_index:
            self.string_index[text] = len(self.strings)
            self.strings.append(text)
        return self.string_index[text]

    def cell_xml(self, reference, value):
        """A <c> element; value: None (no cell), str, int, float, bool or a tagged tuple."""
        if value is None:
            return ""
        r = f' r="{reference}"' if reference else ""
        if isinstance(value, bool):
            return f'<c{r} t="b"><v>{1 if value else 0}</v></c>'
        if isinstance(value, (int, float)):
            return f"<c{r}><v>{number_text(value)}</v></c>"
        if isinstance(value, str):
            return f'<c{r} t="s"><v>{self.shared(value)}</v></c>'
        kind = value[0]
        if kind == "raw":  # an exact <c> element
            return value[1]
        if kind == "inline":
            return f'<c{r} t="inlineStr"><is><t xml:space="preserve">{escape(value[1])}</t></is></c>'
        if kind == "formula":  # ("formula", formula, cached value)
            cached = value[2]
            if isinstance(cached, str):
                return f'<c{r} t="str"><f>{escape(value[1])}</f><v>{escape(cached)}</v></c>'
            return f"<c{r}><f>{escape(value[1])}</f><v>{number_text(cached)}</v></c>"
        if kind == "error":
            return f'<c{r} t="e"><v>{escape(value[1])}</v></c>'
        if kind == "date":  # a serial day number with the date style
            return f'<c{r} s="1"><v>{number_text(value[1])}</v></c>'
        if kind == "styled-empty":
            return f'<c{r} s="1"/>'
        if kind == "shared-index":  # a shared string by a given index
            return f'<c{r} t="s"><v>{value[1]}</v></c>'
        raise ValueError(value)

    def add_sheet(self, name, rows):
        """rows: list of lists of cell values; row i is sheet row i + 1."""
        body = []
        for index, row in enumerate(rows, start=1):
            cells = "".join(self.cell_xml(f"{column_letters(c)}{index}", v) for c, v in enumerate(row, start=1))
            if cells:
                body.append(f'<row r="{index}">{cells}</row>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheetData>{"".join(body)}</sheetData></worksheet>')
        self.sheets.append((name, xml))

    def add_raw_sheet(self, name, xml):
        self.sheets.append((name, xml))

    def add_chart_sheet(self, name):
        self.sheets.append((name, None))

    def save(self, path, absolute_targets=False):
        parts = {}
        overrides = [("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
                     ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
                     ("/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml")]
        sheet_entries, relations = [], []
        for number, (name, xml) in enumerate(self.sheets, start=1):
            rid = f"rId{number}"
            sheet_entries.append(f"<sheet name={quoteattr(name)} sheetId=\"{number}\" r:id=\"{rid}\"/>")
            if xml is None:
                target = f"chartsheets/sheet{number}.xml"
                relations.append(f'<Relationship Id="{rid}" Type="{REL_TYPE}chartsheet" Target="{target}"/>')
                continue
            target = f"worksheets/sheet{number}.xml"
            parts[f"xl/{target}"] = xml
            overrides.append((f"/xl/{target}", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"))
            shown = f"/xl/{target}" if absolute_targets else target
            relations.append(f'<Relationship Id="{rid}" Type="{REL_TYPE}worksheet" Target="{shown}"/>')
        count = len(self.sheets)
        relations.append(f'<Relationship Id="rId{count + 1}" Type="{REL_TYPE}styles" Target="styles.xml"/>')
        relations.append(f'<Relationship Id="rId{count + 2}" Type="{REL_TYPE}sharedStrings" Target="sharedStrings.xml"/>')
        parts["xl/workbook.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheets>{"".join(sheet_entries)}</sheets></workbook>')
        parts["xl/_rels/workbook.xml.rels"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{PKG_REL_NS}">{"".join(relations)}</Relationships>')
        parts["xl/styles.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<styleSheet xmlns="{MAIN_NS}">'
            '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
            '</styleSheet>')
        items = []
        for text in self.strings:
            if isinstance(text, tuple):  # ("raw", "<si>...</si>")
                items.append(text[1])
            else:
                items.append(f'<si><t xml:space="preserve">{escape(text)}</t></si>')
        parts["xl/sharedStrings.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<sst xmlns="{MAIN_NS}" count="{len(items)}" uniqueCount="{len(items)}">{"".join(items)}</sst>')
        parts["_rels/.rels"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{PKG_REL_NS}"><Relationship Id="rId1" Type="{REL_TYPE}officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>')
        types = "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
        parts["[Content_Types].xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            f'<Default Extension="xml" ContentType="application/xml"/>{types}</Types>')
        order = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                 "xl/styles.xml", "xl/sharedStrings.xml"]
        order += sorted(p for p in parts if p not in order)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name in order:
                info = zipfile.ZipInfo(name, date_time=DATE_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, parts[name].encode("utf-8"))
        print(f"wrote {os.path.relpath(path, ROOT)} ({os.path.getsize(path)} bytes)")


def typed(text):
    """A CSV cell as a workbook value: empty -> None, plain number -> int/float, else text."""
    if text == "":
        return None
    if NUMBER.match(text):
        if re.match(r"^[+-]?\d+$", text):
            return int(text)
        return float(text)
    return text


def read_long(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    return rows[0], rows[1:]


def layout_tables(csv_path, keys, year="year"):
    """The long CSV at csv_path as the sheets of the three layouts:
    {"long": [(name, rows)], "wide-by-year": [...], "wide-by-indicator": [...]}.

    keys: the columns that describe a unit (unit first), repeated in every wide table;
    every other column except `year` is an indicator.
    """
    header, rows = read_long(csv_path)
    year_at = header.index(year)
    key_at = [header.index(k) for k in keys]
    indicators = [c for c in header if c not in keys and c != year]
    indicator_at = [header.index(c) for c in indicators]
    layouts = {"long": [("Panel", [header] + [[typed(v) for v in row] for row in rows])]}

    years = sorted({int(row[year_at]) for row in rows})
    layouts["wide-by-year"] = []
    for y in years:
        table = [keys + indicators]
        for row in rows:
            if int(row[year_at]) == y:
                table.append([typed(row[i]) for i in key_at] + [typed(row[i]) for i in indicator_at])
        layouts["wide-by-year"].append((str(y), table))

    units, unit_keys, cells = [], {}, {}
    for row in rows:
        unit = row[key_at[0]]
        if unit not in unit_keys:
            units.append(unit)
            unit_keys[unit] = [typed(row[i]) for i in key_at]
        for indicator, i in zip(indicators, indicator_at):
            cells[(indicator, unit, int(row[year_at]))] = typed(row[i])
    layouts["wide-by-indicator"] = []
    for indicator in indicators:
        table = [keys + years]  # years as numeric header cells, as Excel keeps them
        for unit in units:
            table.append(unit_keys[unit] + [cells.get((indicator, unit, y)) for y in years])
        layouts["wide-by-indicator"].append((indicator, table))
    return layouts


def save_sheets(sheets, file_name):
    book = Workbook()
    for name, table in sheets:
        book.add_sheet(name, table)
    book.save(os.path.join(OUT, file_name))


def write_layouts(csv_path, name, keys):
    """<name>-long.xlsx, <name>-wide-by-year.xlsx and <name>-wide-by-indicator.xlsx."""
    for layout, sheets in layout_tables(csv_path, keys).items():
        save_sheets(sheets, f"{name}-{layout}.xlsx")


def bad_wide_workbooks():
    """small-wide-by-year-bad.xlsx: `abc` in '2020'!E4 (so2 of A3 in 2020).
    small-wide-by-indicator-bad.xlsx: #VALUE! in gdp!F3 (gdp of A2 in 2021)."""
    layouts = layout_tables(os.path.join(FIXTURES, "small", "panel.csv"), ["city", "province", "region"])
    by_year = layouts["wide-by-year"]
    sheet_2020 = dict(by_year)["2020"]
    sheet_2020[3][4] = "abc"
    save_sheets(by_year, "small-wide-by-year-bad.xlsx")
    by_indicator = layouts["wide-by-indicator"]
    dict(by_indicator)["gdp"][2][5] = ("error", "#VALUE!")
    save_sheets(by_indicator, "small-wide-by-indicator-bad.xlsx")


def cells_workbook():
    """cells.xlsx: every kind of cell, with the field text the reader must give (in the test).

    Sheet `Types`, row 1 (A..S): shared "text"; 1.5; 2019; TRUE; FALSE; inline "inline";
    =B1*2 cached 3; ="a"&"b" cached "ab"; #DIV/0!; 2020-01-01 as serial 43831 with a date
    style; rich text "bold plain"; "東京" with a phonetic run; "a_x000D_b" (OOXML escape of a
    carriage return); 1e-05; 0.30000000000000004; -0.0; 1e+20; a styled empty cell; an empty
    shared string. Row 2 is absent; row 3 is sparse (A3 "x", D3 5); row 4 has cells
    without `r` (1, 2); the next row has no `r` (it is row 5: "after").
    Sheet `My Data` (a name that needs quoting): a header and a row. Sheet `Prefixed`: the
    same cells with the `x:` namespace prefix. `Chart1`: a chart sheet. The worksheet
    targets are absolute (`/xl/worksheets/...`).
    """
    book = Workbook()
    book.shared("text")
    rich = ("raw", '<si><r><rPr><b/></rPr><t>bold</t></r><r><t xml:space="preserve"> plain</t></r></si>')
    phonetic = ("raw", "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"0\"/></si>")
    rich_index = len(book.strings); book.strings.append(rich)
    phonetic_index = len(book.strings); book.strings.append(phonetic)
    row1 = ["text", 1.5, 2019, True, False, ("inline", "inline"), ("formula", "B1*2", 3),
            ("formula", '"a"&"b"', "ab"), ("error", "#DIV/0!"), ("date", 43831),
            ("shared-index", rich_index), ("shared-index", phonetic_index), "a_x000D_b", 1e-05,
            0.1 + 0.2, ("raw", '<c r="P1"><v>-0</v></c>'), 1e20, ("styled-empty",), ""]
    rows = "".join(f'<row r="1">{"".join(book.cell_xml(f"{column_letters(c)}1", v) for c, v in enumerate(row1, 1))}</row>'
                   for _ in [0])
    rows += f'<row r="3">{book.cell_xml("A3", "x")}{book.cell_xml("D3", 5)}</row>'
    rows += '<row r="4"><c><v>1</v></c><c><v>2</v></c></row>'
    rows += f'<row>{book.cell_xml("A5", "after")}</row>'
    book.add_raw_sheet("Types", f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="{MAIN_NS}" '
                                f'xmlns:r="{REL_NS}"><dimension ref="A1:S5"/><sheetData>{rows}</sheetData></worksheet>')
    book.add_sheet("My Data", [["city", "value"], ["A", 1.25]])
    prefixed = (f'<?xml version="1.0" encoding="UTF-8"?>\n<x:worksheet xmlns:x="{MAIN_NS}"><x:sheetData>'
                f'<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>city</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row>'
                '</x:sheetData></x:worksheet>')
    book.add_raw_sheet("Prefixed", prefixed)
    book.add_chart_sheet("Chart1")
    book.save(os.path.join(OUT, "cells.xlsx"), absolute_targets=True)


def bad_cells_workbook():
    """small-bad-cells.xlsx: small/panel.csv with `abc` in E3 (green of A1 2020) and
    #N/A in G5 (gdp of A1 2022)."""
    header, rows = read_long(os.path.join(FIXTURES, "small", "panel.csv"))
    table = [header] + [[typed(v) for v in row] for row in rows]
    table[2][4] = "abc"
    table[4][6] = ("error", "#N/A")
    book = Workbook()
    book.add_sheet("Panel", table)
    book.save(os.path.join(OUT, "small-bad-cells.xlsx"))


def main():
    write_layouts(os.path.join(FIXTURES, "small", "panel.csv"), "small", ["city", "province", "region"])
    demo = os.path.join(OUT, "demo", "panel.csv")
    if os.path.exists(demo):
        write_layouts(demo, "demo", ["city", "province", "region", "lon", "lat"])
    else:
        print(f"skipped the demo panel: {os.path.relpath(demo, ROOT)} is missing "
              "(make it with `resilience demo-data > ...`)", file=sys.stderr)
    cells_workbook()
    bad_cells_workbook()
    bad_wide_workbooks()


if __name__ == "__main__":
    main()
