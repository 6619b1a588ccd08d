#!/usr/bin/env python3
"""Writes the bad-input corpus (Tests/TestSupport/Fixtures/bad-input/): one folder per case
with its input files and an `args` file (the command line, one argument per line).
The expected message of each case is in its `expected-stderr.txt`, written by hand and
checked by Tests/run-bad-input-corpus.sh and by the CLITests suite.

  python3 scripts/make-bad-input-corpus.py
"""
import json
import os

ROOT = os.path.join(os.path.dirname(__file__), "..", "Tests", "TestSupport", "Fixtures", "bad-input")

CONFIG = """unit: city
year: year
group: region
groups: [East, West]
dimensions:
  - name: d1
    indicators:
      - {column: a, name: Indicator A, unit: "1", direction: positive}
  - name: d2
    indicators:
      - {column: b, name: Indicator B, unit: "t", direction: negative}
"""
HEADER = "city,region,year,a,b\n"
GOOD = "X1,East,2020,1.5,2\nX1,East,2021,2.5,3\nX2,West,2020,3,4\nX2,West,2021,3.5,5\n"
ANALYZE = ["analyze", "--data", "panel.csv", "--config", "config.yaml", "--out", "out"]


def case(name, files, args=ANALYZE):
    folder = os.path.join(ROOT, name)
    os.makedirs(folder, exist_ok=True)
    for file, content in files.items():
        mode = "wb" if isinstance(content, bytes) else "w"
        with open(os.path.join(folder, file), mode, **({} if mode == "wb" else {"newline": ""})) as handle:
            handle.write(content)
    with open(os.path.join(folder, "args"), "w") as handle:
        handle.write("\n".join(args) + "\n")


def data(body, config=CONFIG, header=HEADER):
    return {"panel.csv": header + body, "config.yaml": config}


cases = {
    "01-not-a-number": data("X1,East,2020,abc,2\nX2,West,2020,3,4\n"),
    "02-thousands-separator": data('X1,East,2020,"1,234.5",2\nX2,West,2020,3,4\n'),
    "03-percent-sign": data("X1,East,2020,12.3%,2\nX2,West,2020,3,4\n"),
    "04-year-with-character": data("X1,East,2019年,1,2\nX2,West,2019,3,4\n"),
    "05-fractional-year": data("X1,East,2019.5,1,2\nX2,West,2019,3,4\n"),
    "06-empty-year": data("X1,East,,1,2\nX2,West,2019,3,4\n"),
    "07-duplicate-unit-year": data("X1,East,2020,1,2\nX2,West,2020,3,4\nX1,East,2020,5,6\n"),
    "08-unit-changes-group": data("X1,East,2020,1,2\nX1,West,2021,3,4\nX2,West,2020,3,4\n"),
    "09-group-not-configured": data("X1,East,2020,1,2\nX2,North,2020,3,4\n"),
    "10-empty-group": data("X1,East,2020,1,2\nX2,,2020,3,4\n"),
    "11-empty-unit-name": data("X1,East,2020,1,2\n,West,2020,3,4\n"),
    "12-overflow-to-infinity": data("X1,East,2020,1e999,2\nX2,West,2020,3,4\n"),
    "13-minus-inf": data("X1,East,2020,1,-inf\nX2,West,2020,3,4\n"),
    "14-infinity-word": data("X1,East,2020,Infinity,2\nX2,West,2020,3,4\n"),
    "15-empty-file": {"panel.csv": "", "config.yaml": CONFIG},
    "16-header-only": data(""),
    "17-blank-lines-only": {"panel.csv": "\n\n  \n", "config.yaml": CONFIG},
    "18-byte-order-mark-only": {"panel.csv": b"\xef\xbb\xbf", "config.yaml": CONFIG},
    "19-too-few-fields": data("X1,East,2020,1\nX2,West,2020,3,4\n"),
    "20-too-many-fields": data("X1,East,2020,1,2,9\nX2,West,2020,3,4\n"),
    "21-unclosed-quote": data('X1,East,2020,1,2\nX2,West,2020,"3,4\n'),
    "22-indicator-column-missing": data("X1,East,2020,1,2\n", config=CONFIG.replace("column: b,", "column: bb,")),
    "23-year-column-missing": data("X1,East,2020,1,2\n", config=CONFIG.replace("year: year", "year: jahr")),
    "24-group-column-missing": data("X1,East,2020,1,2\n", config=CONFIG.replace("group: region", "group: zone")),
    "25-header-names-a-column-twice": data("X1,East,2020,1,2,3\n", header="city,region,year,a,b,a\n"),
    "26-not-utf8-when-utf8-is-configured": {
        "panel.csv": HEADER.encode() + b"X1,East,2020,1,2\nX\xff2,West,2020,3,4\n",
        "config.yaml": CONFIG + "encoding: utf-8\n"},
    "27-merged-header-rows": data("city,region,year,a,b\nX1,East,2020,1,2\n", header="Panel of cities,,,,\n"),
    "28-empty-indicator-column": data("X1,East,2020,,2\nX1,East,2021,,3\nX2,West,2020,,4\n"),
    "29-series-never-observed": data("X1,East,2020,1,2\nX1,East,2021,2,3\nX2,West,2020,3,\nX2,West,2021,4,\n"),
    "30-edge-gap-with-edges-error": data("X1,East,2020,,2\nX1,East,2021,2,3\nX2,West,2020,3,4\nX2,West,2021,4,5\n",
                                         config=CONFIG + "edges: error\n"),
    "31-text-for-missing": data("X1,East,2020,n.a.,2\nX2,West,2020,3,4\n"),
    "32-unit-in-cell": data("X1,East,2020,1,12 t\nX2,West,2020,3,4\n"),
    "33-hexadecimal": data("X1,East,2020,0x10,2\nX2,West,2020,3,4\n"),
    "34-several-problems": data("X1,East,2020,abc,2\nX2,West,20x0,3,4\nX3,West,2020,3,inf\n"),
    "35-more-than-twenty-problems": data("".join(f"X{i},East,2020,bad,2\n" for i in range(25))),
    "36-unknown-configuration-key": data(GOOD, config=CONFIG + "weighting_method: critic\n"),
    "37-unknown-direction": data(GOOD, config=CONFIG.replace("direction: negative", "direction: down")),
    "38-yaml-syntax-error": data(GOOD, config=CONFIG.replace("groups: [East, West]", "groups: [East, West")),
    "39-json-syntax-error": {"panel.csv": HEADER + GOOD,
                             "config.json": '{"unit": "city", "year": "year",\n "group": "region", "dimensions": [}\n'},
    "40-negative-given-weight": data(GOOD, config=CONFIG.replace("weighting: critic", "").rstrip("\n")
                                     .replace("direction: positive}", "direction: positive, weight: -0.5}")
                                     .replace("direction: negative}", "direction: negative, weight: 1.5}") + "\nweighting: given\n"),
    "41-given-weight-missing": data(GOOD, config=CONFIG.replace("direction: positive}", "direction: positive, weight: 1}")
                                    + "weighting: given\n"),
    "42-group-and-group-from": data(GOOD, config=CONFIG + "groupFrom: {column: region, map: {East: East}}\n"),
    "43-province-not-in-map": {"panel.csv": "city,province,year,a,b\nX1,Hebei,2020,1,2\nX2,Atlantis,2020,3,4\n",
                               "config.yaml": CONFIG.replace("group: region\n", "groupFrom:\n  column: province\n  map: {Hebei: East, Gansu: West}\n")},
    "44-every-indicator-constant": data("X1,East,2020,1,2\nX1,East,2021,1,2\nX2,West,2020,1,2\nX2,West,2021,1,2\n"),
    "45-cv-with-zero-mean": data("X1,East,2020,-1,2\nX1,East,2021,1,3\nX2,West,2020,-2,4\nX2,West,2021,2,5\n",
                                 config=CONFIG + "weighting: cv\n"),
    "46-configuration-not-found": {"panel.csv": HEADER + GOOD},
    "47-data-not-found": {"config.yaml": CONFIG},
    "48-unknown-configuration-extension": {"panel.csv": HEADER + GOOD, "config.txt": CONFIG},
    "49-decompose-zero-mean": {"incomes.csv": "id,region,wage,transfer\n1,A,2,-1\n2,B,-2,1\n"},
    "50-decompose-negative-mean": {"incomes.csv": "id,region,wage,transfer\n1,A,1,-3\n2,B,2,-5\n"},
    "51-decompose-missing-source": {"incomes.csv": "id,region,wage,transfer\n1,A,1,\n2,B,2,5\n"},
    "52-decompose-group-column-missing": {"incomes.csv": "id,region,wage,transfer\n1,A,1,3\n2,B,2,5\n"},
    "53-lenient-thousands-misplaced": data('X1,East,2020,"12,34",2\nX2,West,2020,3,4\n', config=CONFIG + "lenientNumbers: true\n"),
}
ARGS = {
    "39-json-syntax-error": ["analyze", "--data", "panel.csv", "--config", "config.json", "--out", "out"],
    "46-configuration-not-found": ["analyze", "--data", "panel.csv", "--config", "missing.yaml", "--out", "out"],
    "47-data-not-found": ["analyze", "--data", "missing.csv", "--config", "config.yaml", "--out", "out"],
    "48-unknown-configuration-extension": ["analyze", "--data", "panel.csv", "--config", "config.txt", "--out", "out"],
    "49-decompose-zero-mean": ["decompose", "--data", "incomes.csv", "--group", "region", "--sources", "wage,transfer", "--out", "out"],
    "50-decompose-negative-mean": ["decompose", "--data", "incomes.csv", "--group", "region", "--sources", "wage,transfer", "--out", "out"],
    "51-decompose-missing-source": ["decompose", "--data", "incomes.csv", "--group", "region", "--sources", "wage,transfer", "--out", "out"],
    "52-decompose-group-column-missing": ["decompose", "--data", "incomes.csv", "--group", "zone", "--sources", "wage,transfer", "--out", "out"],
}

for name, files in cases.items():
    case(name, files, ARGS.get(name, ANALYZE))
print(f"{len(cases)} cases in {os.path.normpath(ROOT)}")
