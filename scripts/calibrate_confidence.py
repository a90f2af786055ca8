"""Set each relation rule's confidence (ontology/patterns.json 'rule_confidence') to its measured precision.

Run from the project root:  python scripts/calibrate_confidence.py GOLD.json ARTICLES_DIR
Precision per rule comes from `kg eval --by-rule` on the gold set, with add-one smoothing
((correct + 1) / (predicted + 2)), so a rule seen a few times is not trusted fully; rules the gold set
never exercised keep their value. Confidences are rounded to two decimals.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def calibrate(gold: Path, articles: Path) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    from kg.evaluate import evaluate

    report = evaluate(gold, articles)
    return {rule: round((correct + 1) / (predicted + 2), 2) for rule, (predicted, correct) in report.by_rule.items()
            if rule != "unknown"}


def main(gold: Path, articles: Path) -> None:
    path = ROOT / "ontology" / "patterns.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    measured = calibrate(gold, articles)
    table = data["rule_confidence"]
    for rule, value in measured.items():
        if rule in table:
            table[rule] = value
    table["about"] = ("Confidence of a statement by the rule that read it (times 0.8 when coreference supplied an end); "
                      "set by scripts/calibrate_confidence.py to each rule's add-one-smoothed precision on the dev gold "
                      f"({', '.join(f'{r} {v}' for r, v in sorted(measured.items()))}); rules it never saw keep their value.")
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(measured, indent=1))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
