#!/bin/sh
# Validates every shipped submission (submissions/*.yaml, Tests/Corpus/*.yaml) against
# schemas/submission.schema.json with a real JSON Schema validator (Python jsonschema + PyYAML),
# and checks that a few wrong files are rejected. Optional: the Swift test suite does not need Python.
set -eu
cd "$(dirname "$0")/.."
python3 - "$@" <<'PY'
import glob, json, sys
try:
    import jsonschema, yaml
except ImportError as error:
    sys.exit(f"需要 Python 的 jsonschema 与 PyYAML：{error}")

schema = json.load(open("schemas/submission.schema.json", encoding="utf-8"))
jsonschema.Draft7Validator.check_schema(schema)
validator = jsonschema.Draft7Validator(schema)
files = sys.argv[1:] or sorted(glob.glob("submissions/*.yaml") + glob.glob("Tests/Corpus/*.yaml"))
failed = 0
for path in files:
    with open(path, encoding="utf-8") as handle:
        document = yaml.safe_load(handle)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    for error in errors:
        where = ".".join(str(part) for part in error.absolute_path) or "（顶层）"
        print(f"{path}: {where}: {error.message}")
    failed += bool(errors)

# The schema must also say no: each of these breaks one rule the decoder enforces.
wrong = {
    "未知的顶层字段": "department: 某局\nyear: 2023\nyaer: 2023\n",
    "不支持的单位": "department: 某局\nyear: 2023\nunit: 百万元\n",
    "陈述中的未知字段": "department: 某局\nyear: 2023\nstatements:\n  - {subject: 公务接待费, amout: 1}\n",
    "measure 不在可选值中": "department: 某局\nyear: 2023\nstatements:\n  - {subject: 公务接待费, measure: 实际}\n",
    "百分比不带 %": "department: 某局\nyear: 2023\nstatements:\n  - {subject: 公务接待费, completion_rate: 96.33}\n",
    "缺少 subject": "department: 某局\nyear: 2023\nstatements:\n  - {amount: 1}\n",
}
for name, text in wrong.items():
    if validator.is_valid(yaml.safe_load(text)):
        print(f"模式未能拒绝：{name}")
        failed += 1
print(f"共 {len(files)} 个提交文件按 schemas/submission.schema.json 校验，{failed} 处不通过。")
sys.exit(1 if failed else 0)
PY
