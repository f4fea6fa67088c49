#!/usr/bin/env python3
"""Where the instructions of a callgrind profile go, as Markdown for benchmarks/RESULTS.md.

    callgrind-profile.py PROFILE FILES
    callgrind-profile.py --inclusive PROFILE PATTERN   prints the inclusive instructions of the outermost function
                                                      whose demangled name matches PATTERN (a regular expression)

PROFILE is a callgrind.out file of `jixiao batch` over FILES submissions. Prints three tables:
  1. self instructions by library (jixiao itself, the Swift runtime and standard library, Foundation, libc, libyaml…);
  2. the work of a batch in stages: the inclusive instructions of the function that does each stage, in all
     and per submission (÷ FILES) for stages that grow with the files (a stage whose function is not found,
     after a rename, shows —);
  3. the top inclusive functions, without the thread, dispatch and main wrappers that hold everything and
     without callgrind's entries for recursive cycles (name'2), which count a recursion again inside itself.
Symbols are demangled with `swift demangle --simplified` when it is on PATH. Standard library only.
"""
import re
import shutil
import subprocess
import sys

# (stage, regular expression on the demangled name, grows with the number of submissions?). A stage's cost is the
# largest inclusive cost among the functions it matches (its outermost one); recursive cycles ('2) are ignored.
STAGES = [
    ("scoring one submission, all of it (`BatchOutcome.init`)", r"^BatchOutcome\.init\(scoring:", True),
    ("— YAML → node tree (`YAMLLoader.build`, libyaml included)", r"^YAMLLoader\.(build|loadAll)\(bytes:file:\)", True),
    ("— — of which libyaml's `yaml_parser_parse`", r"^yaml_parser_parse$", True),
    ("— node tree → submission (`SubmissionDecoder.decode`)", r"^SubmissionDecoder\.decode\(", True),
    ("— scoring against each rubric (`Scorer.score`)", r"^Scorer\.score\(_:((figurePaths|figures):(tree:)?)?\)", True),
    ("— — statement relations (`StatementChecker.check`)", r"^StatementChecker\.check\(", True),
    ("— — reading facts (`FactStore.init`)", r"^FactStore\.init\(rubric:submission:(tree:)?\)", True),
    ("— — arithmetic checks (`CheckEvaluator.evaluate`)", r"^CheckEvaluator\.evaluate\(in:\)", True),
    ("— — figure coverage (`FigureCoverageCounter.coverage`)", r"^FigureCoverageCounter\.coverage\(of:\)", True),
    ("— — metrics (`MetricEvaluator.evaluate`)", r"^MetricEvaluator\.evaluate\(", True),
    ("— — indicators and scoring methods (`IndicatorScorer.scoreGroups`)", r"^IndicatorScorer\.(scoreGroups\(\)|score\(_:\))", True),
    ("— — findings (`FindingEvaluator.evaluate`)", r"^FindingEvaluator\.evaluate\(", True),
    ("— results.jsonl line (`ResultLineRenderer.line`)", r"^(ResultLineRenderer\.line\(_:\)|JSONRenderer\.render(Bytes)?\(_:pretty:\))", True),
    ("— Markdown report (`MarkdownRenderer.bytes`)", r"^MarkdownRenderer\.bytes\(_:\)", True),
    ("— summary rows (`SummaryCSV.rows`)", r"^SummaryCSV\.rows\(", True),
    ("— per-rubric summary rows (`RubricSummaryCSV.rows`)", r"^RubricSummaryCSV\.rows\(", True),
    ("— indicators.csv records (`IndicatorsCSV.bytes`)", r"^IndicatorsCSV\.(records|bytes)\(", True),
    ("— its rows for report.html (`ComparisonRow.rows`)", r"^ComparisonRow\.rows\(from:\)", True),
    ("writing a submission's outputs (`BatchOutputs.add`)", r"^BatchOutputs\.add\(", True),
    ("loading and compiling rubrics and check sets, once per process (`RubricCatalog.rubric`)", r"^RubricCatalog\.rubric\(", False),
    ("the end of the batch: report.html and the CSV files (`BatchOutputs.finish`)", r"^BatchOutputs\.finish\(", True),
    ("— of which report.html (`BatchOutputs.writeReport`; its rubric sections may run on threads of their own)",
     r"^BatchOutputs\.writeReport\(", True),
]

# Functions that contain everything and say nothing about where it goes.
WRAPPERS = re.compile(
    r"^(\(below main\)|main|JixiaoCLI_main|start_thread|__libc_start_main.*|_dispatch_.*|thunk for .*|partial apply for .*"
    r"|.*OrderedParallelWork\.run.*|closure #\d+ in BatchCommand\.run\(\)|BatchCommand\.run\(\)|protocol witness for ParsableCommand\.run.*"
    r"|static Jixiao\.main\(\)|0x[0-9a-f]+)$")

PREFIXES = re.compile(r"^((specialized|merged|static) )+")
LINE = re.compile(r"^\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*?)(?: \[(.*)\])?$")


def annotate(profile, inclusive):
    arguments = ["callgrind_annotate", "--threshold=100", f"--inclusive={'yes' if inclusive else 'no'}", profile]
    text = subprocess.run(arguments, capture_output=True, text=True, check=True).stdout
    if shutil.which("swift"):
        text = subprocess.run(["swift", "demangle", "--simplified"], input=text, capture_output=True, text=True,
                              check=True).stdout
    rows = []
    for line in text.splitlines():
        match = LINE.match(line)
        if not match or match.group(2) == "PROGRAM TOTALS":
            continue
        location, _, function = match.group(2).partition(":")
        if not function:
            location, function = "", location
        rows.append((int(match.group(1).replace(",", "")), function.strip(), location, match.group(3) or ""))
    return rows


def library(location, objectfile):
    name = objectfile.rsplit("/", 1)[-1]
    if name.startswith("libswiftCore"):
        return "Swift runtime and standard library (libswiftCore)"
    if name.startswith(("libFoundation", "lib_FoundationICU", "libswiftDispatch", "libdispatch")):
        return "Foundation, ICU and Dispatch"
    if name.startswith("libyaml"):
        return "libyaml"
    if name.startswith(("libc.so", "ld-linux")) or (not name and location.startswith("./")):
        return "libc (malloc, memcpy, loader)"
    if name in ("libstdc++.so.6", "libgcc_s.so.1", "libm.so.6"):
        return "other system libraries"
    if name:
        return "jixiao (its modules, BigInt, ArgumentParser, Mustache …)" if "jixiao" in name else name
    return "unattributed"


def millions(value):
    return f"{value / 1e6:,.1f} M"


def outermost(inclusive, pattern):
    """The largest inclusive cost among functions matching pattern, recursive cycles ('2) left out; None if none."""
    expression = re.compile(pattern)
    costs = [cost for cost, function, _, _ in inclusive
             if not function.endswith("'2") and expression.search(PREFIXES.sub("", function))]
    return max(costs) if costs else None


def main(arguments):
    if len(arguments) == 3 and arguments[0] == "--inclusive":
        cost = outermost(annotate(arguments[1], inclusive=True), arguments[2])
        print(cost if cost is not None else "")
        return
    if len(arguments) != 2 or not arguments[1].isdigit():
        sys.exit(__doc__)
    profile, files = arguments[0], int(arguments[1])
    exclusive = annotate(profile, inclusive=False)
    inclusive = annotate(profile, inclusive=True)
    total = sum(row[0] for row in exclusive)

    by_library = {}
    for cost, _, location, objectfile in exclusive:
        key = library(location, objectfile)
        by_library[key] = by_library.get(key, 0) + cost
    print("Self instructions by library (the instructions executed inside each library's own code):\n")
    print("| library | instructions | share |\n|---|---:|---:|")
    rest = 0
    for key, cost in sorted(by_library.items(), key=lambda item: -item[1]):
        if cost < total / 1000:
            rest += cost
            continue
        print(f"| {key} | {millions(cost)} | {100 * cost / total:.1f}% |")
    print(f"| everything else (under 0.1% each) | {millions(rest)} | {100 * rest / total:.1f}% |")

    print(f"\nStages of the batch (inclusive instructions in the {files}-file run, and ÷ {files} for the stages that "
          "grow with the number of submissions; the first submission's scoring also loads the rubrics, "
          "so its line includes the loading once; — means the function was not found, e.g. renamed):\n")
    print(f"| stage | {files} files | per submission |\n|---|---:|---:|")
    for label, pattern, per_file in STAGES:
        cost = outermost(inclusive, pattern)
        whole = "—" if cost is None else millions(cost)
        share = "—" if cost is None else millions(cost / files) if per_file else "(once)"
        print(f"| {label} | {whole} | {share} |")

    print("\nTop inclusive functions (callgrind_annotate --inclusive=yes; the wrappers that hold everything "
          "and the entries of recursive cycles (marked '2, counted again inside themselves) left out):\n")
    print("| instructions | share | function |\n|---:|---:|---|")
    shown = 0
    for cost, function, _, _ in inclusive:
        if WRAPPERS.match(function) or function.endswith("'2") or shown >= 30:
            continue
        name = function if len(function) <= 110 else function[:107] + "…"
        print(f"| {millions(cost)} | {100 * cost / total:.1f}% | `{name.replace('|', '∣')}` |")
        shown += 1


if __name__ == "__main__":
    main(sys.argv[1:])
