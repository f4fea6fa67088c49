#!/usr/bin/env python3
"""Writes a corpus of realistic submissions for the benchmark: copies of the shipped files with figures varied.

    make-corpus.py seed COUNT DIR       copies of submissions/changsha-xinfang-2023.yaml (88 KB, 2 rubrics)
    make-corpus.py district COUNT DIR   copies of the nine district and county files in submissions/ (7 KB each)

Files are named <shape>-00001.yaml, … and depend only on their number, so file 1 of a 21-file corpus is the
file of a 1-file corpus, and a corpus can be grown in place.

Each copy keeps its own arithmetic coherent: every amount (a decimal not followed by %, 个百分点 or 倍,
an integer under an amount key, or a figure written with 元) is multiplied by the same whole number k
(1 to 5), so sums, differences, shares and growth rates that held still hold and printed precision is
unchanged; the mismatches printed in the original stay mismatches. A few standalone counts (leaders'
visits, experience write-ups) move, so scores and rankings differ between copies. Every copy gets its own
department name. Needs only Python 3's standard library.
"""
import os
import re
import sys

REPOSITORY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = "submissions/changsha-xinfang-2023.yaml"
DISTRICTS = [
    "submissions/changshaxian-xinfang-2023.yaml", "submissions/furong-xinfang-2023.yaml",
    "submissions/kaifu-xinfang-2023.yaml", "submissions/liuyang-xinfang-2023.yaml",
    "submissions/ningxiang-xinfang-2023.yaml", "submissions/tianxin-xinfang-2023.yaml",
    "submissions/wangcheng-xinfang-2023.yaml", "submissions/yuelu-xinfang-2023.yaml",
    "submissions/yuhua-xinfang-2023.yaml",
]

# County-level places of Hunan; a name is used once per round, later rounds add （2）, （3）, … so that
# every department-year in a corpus is distinct (compare keeps one file per department-year).
PLACES = [
    "湘潭市", "株洲市", "衡阳市", "邵阳市", "岳阳市", "常德市", "张家界市", "益阳市", "郴州市", "永州市",
    "怀化市", "娄底市", "湘西州", "株洲市荷塘区", "株洲市芦淞区", "株洲市石峰区", "株洲市天元区",
    "株洲市渌口区", "醴陵市", "攸县", "茶陵县", "炎陵县", "湘潭市雨湖区", "湘潭市岳塘区", "湘潭县",
    "湘乡市", "韶山市", "衡阳市雁峰区", "衡阳市石鼓区", "衡阳市蒸湘区", "衡阳市珠晖区", "衡阳市南岳区",
    "衡阳县", "衡南县", "衡山县", "衡东县", "祁东县", "耒阳市", "常宁市", "邵东市", "新邵县", "隆回县",
    "洞口县", "武冈市", "岳阳市岳阳楼区", "岳阳市云溪区", "岳阳市君山区", "华容县", "湘阴县", "平江县",
    "汨罗市", "临湘市", "常德市武陵区", "常德市鼎城区", "汉寿县", "澧县", "临澧县", "桃源县", "石门县",
    "津市市", "慈利县", "桑植县", "益阳市资阳区", "益阳市赫山区", "南县", "桃江县", "安化县", "沅江市",
    "郴州市北湖区", "郴州市苏仙区", "桂阳县", "宜章县", "永兴县", "嘉禾县", "临武县", "资兴市",
    "永州市零陵区", "永州市冷水滩区", "祁阳市", "东安县", "双牌县", "道县", "江永县", "宁远县", "蓝山县",
    "怀化市鹤城区", "中方县", "沅陵县", "辰溪县", "溆浦县", "洪江市", "娄底市娄星区", "双峰县", "新化县",
    "冷水江市", "涟源市", "吉首市", "泸溪县", "凤凰县", "花垣县", "保靖县", "永顺县", "龙山县",
]

# A decimal that is an amount: not part of a longer dotted figure, not a percentage, percentage points or a factor.
DECIMAL = re.compile(r"(?<![\d.])(\d+)\.(\d+)(?![\d.])(?!\s*(?:%|个百分点|倍))")
# An integer written with 元 ("38400元").
YUAN_INTEGER = re.compile(r"(?<![\d.])(\d+)(?=元)")
# An integer under an amount key (`amount: 112`, `budget: 7`).
AMOUNT_INTEGER = re.compile(r"((?:^|[\s{,])(?:amount|budget|prior|reason_amount): (?:&\w+ )?)(\d+)(?![\d.])")
# Standalone counts that move from copy to copy; nothing else is computed from them but scores.
COUNTS = re.compile(r"^(\s+(?:city_leaders_visits|department_leaders_visits|county_leaders_visits|experience_practices): )(\d+)\b")


def mix(number, salt):
    """A small deterministic hash of a file number, so copies differ without a random seed."""
    value = (number * 2654435761 + salt * 40503) & 0xFFFFFFFF
    value ^= value >> 15
    return (value * 2246822519) & 0xFFFFFFFF


def scale_decimal(match, factor):
    whole, fraction = match.group(1), match.group(2)
    scaled = str(int(whole + fraction) * factor).rjust(len(fraction) + 1, "0")
    return scaled[: -len(fraction)] + "." + scaled[-len(fraction):]


def split_comment(line):
    """(code, comment): a # that starts a comment follows a blank or starts the line, outside quotes."""
    quote = None
    for index, character in enumerate(line):
        if quote:
            if character == quote:
                quote = None
        elif character in "\"'" and (index == 0 or line[index - 1] in " :[{,-"):
            quote = character
        elif character == "#" and (index == 0 or line[index - 1] in " \t"):
            return line[:index], line[index:]
    return line, ""


def vary(text, number, old_name, new_name):
    factor = 1 + mix(number, 1) % 5
    lines = []
    for line in text.split("\n"):
        code, comment = split_comment(line)
        code = DECIMAL.sub(lambda m: scale_decimal(m, factor), code)
        code = YUAN_INTEGER.sub(lambda m: str(int(m.group(1)) * factor), code)
        code = AMOUNT_INTEGER.sub(lambda m: m.group(1) + str(int(m.group(2)) * factor), code)
        count = COUNTS.match(code)
        if count:
            # ±30% around the original, never below 1.
            original = int(count.group(2))
            moved = max(1, original + (mix(number, len(count.group(1))) % 61 - 30) * original // 100)
            code = count.group(1) + str(moved) + code[count.end():]
        lines.append(code + comment)
    return "\n".join(lines).replace(old_name, new_name)


def department_name(number, original):
    place = PLACES[(number - 1) % len(PLACES)]
    round_ = (number - 1) // len(PLACES)
    suffix = original[original.index("信访"):] if "信访" in original else "信访局"
    return place + suffix + (f"（{round_ + 1}）" if round_ else "")


def main(arguments):
    if len(arguments) != 3 or arguments[0] not in ("seed", "district") or not arguments[1].isdigit():
        sys.exit(__doc__)
    shape, count, directory = arguments[0], int(arguments[1]), arguments[2]
    sources = [SEED] if shape == "seed" else DISTRICTS
    texts = []
    for source in sources:
        with open(os.path.join(REPOSITORY, source), encoding="utf-8") as file:
            text = file.read()
        name = re.search(r"^department: (.+)$", text, re.M).group(1).strip()
        texts.append((text, name))
    os.makedirs(directory, exist_ok=True)
    for number in range(1, count + 1):
        text, name = texts[(number - 1) % len(texts)]
        path = os.path.join(directory, f"{shape}-{number:05d}.yaml")
        with open(path, "w", encoding="utf-8") as file:
            file.write(vary(text, number, name, department_name(number, name)))


if __name__ == "__main__":
    main(sys.argv[1:])
