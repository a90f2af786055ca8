"""`kg eval`: build a throwaway graph from articles and score it against gold annotations.

Scoring follows ../shared/eval/README.md: articles matched by title; an entity matches when the types
are equal and one of its labels equals the gold name or an alias after normalisation; a relation
matches when the predicate is equal and both ends match; topics match loosely (either label contains
the other). Precision, recall and F1 are micro-averaged; entities are also scored per type.
"""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .resolve import fold_quotes, normalise_for_match
from .vocab.lexicon import relation_specs


@dataclass
class Score:
    """True positives against the two totals, with the derived measures."""

    tp_pred: int = 0  # extracted items that match gold
    n_pred: int = 0
    tp_gold: int = 0  # gold items that were found
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp_pred += other.tp_pred
        self.n_pred += other.n_pred
        self.tp_gold += other.tp_gold
        self.n_gold += other.n_gold

    def to_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "matched_predicted": self.tp_pred, "predicted": self.n_pred, "matched_gold": self.tp_gold, "gold": self.n_gold}


@dataclass
class EvalReport:
    """Scores plus the items behind them."""

    entities: Score = field(default_factory=Score)
    entities_untyped: Score = field(default_factory=Score)
    per_type: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    relations: Score = field(default_factory=Score)
    topics: Score = field(default_factory=Score)
    articles_matched: int = 0
    articles_gold: int = 0
    unmatched_titles: list[str] = field(default_factory=list)
    missed_entities: list[str] = field(default_factory=list)
    spurious_entities: list[str] = field(default_factory=list)
    by_rule: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # rule -> [predicted, correct]
    missed_relations: list[str] = field(default_factory=list)
    spurious_relations: list[str] = field(default_factory=list)
    missed_topics: list[str] = field(default_factory=list)
    spurious_topics: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "articles": {"matched": self.articles_matched, "gold": self.articles_gold, "unmatched": self.unmatched_titles},
            "entities": self.entities.to_dict(), "entities_untyped": self.entities_untyped.to_dict(),
            "entities_per_type": {t: s.to_dict() for t, s in sorted(self.per_type.items())},
            "relations": self.relations.to_dict(), "topics": self.topics.to_dict(),
            "relations_by_rule": {r: {"predicted": n, "correct": c, "precision": round(c / n, 4) if n else 0.0}
                                  for r, (n, c) in sorted(self.by_rule.items())},
            "missed": {"entities": self.missed_entities, "relations": self.missed_relations, "topics": self.missed_topics},
            "spurious": {"entities": self.spurious_entities, "relations": self.spurious_relations, "topics": self.spurious_topics},
        }


@dataclass
class _Extracted:
    iri: str
    type: str
    forms: set[str]
    label: str


def _title_key(title: str) -> str:
    return " ".join(fold_quotes(title).split()).casefold()


def _gold_key(title: str, extracted: set[str]) -> str:
    """The extracted article a gold title names: the same title, or the title without a site-name
    suffix (' : Site', ' | Site'), which ingestion moves to dcterms:publisher."""
    key = _title_key(title)
    if key not in extracted:
        for sep in (" : ", " | ", " – ", " - "):
            head, found, _ = key.rpartition(sep)
            if found and head in extracted:
                return head
    return key


def _match_one_to_one(pred: list, gold: list, matches) -> tuple[set[int], set[int]]:
    """Greedy one-to-one pairing of predicted and gold items; returns matched indices of each."""
    used_p, used_g = set(), set()
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used_p and matches(p, g):
                used_p.add(pi)
                used_g.add(gi)
                break
    return used_p, used_g


def evaluate(gold_path: Path, articles: Path, *, model: str | None = None, quiet: bool = True,
             extractor=None) -> EvalReport:
    """Build a temporary store from *articles* and score it against *gold_path*."""
    from .build import build
    from .sparql import run_canned
    from .store import KGStore

    try:
        gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(str(gold_path), f"cannot read gold annotations ({exc})") from None
    with tempfile.TemporaryDirectory(prefix="kg-eval-") as tmp:
        build([articles], store_path=Path(tmp) / "store", model=model, exports_dir=None, quiet=quiet, extractor=extractor)
        with KGStore(Path(tmp) / "store", create=False) as store:
            ents: dict[str, dict[str, _Extracted]] = defaultdict(dict)
            for row in run_canned(store, "eval-entities"):
                t, iri = _title_key(str(row["title"])), str(row["entity"])
                etype = str(row["type"]).rsplit("#", 1)[-1]
                e = ents[t].setdefault(iri, _Extracted(iri, etype, set(), ""))
                e.forms.add(normalise_for_match(str(row["form"])))
                e.label = e.label or str(row["form"])
            rels: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
            rules: dict[tuple, set[str]] = defaultdict(set)
            for row in run_canned(store, "eval-relations"):
                fact = (str(row["s"]), str(row["predicate"]).rsplit("#", 1)[-1], str(row["o"]))
                rels[_title_key(str(row["title"]))].add(fact)
                rules[(_title_key(str(row["title"])), *fact)].add(_rule_label(str(row["rule"] or "unknown")))
            topics: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
            for row in run_canned(store, "eval-topics"):
                topics[_title_key(str(row["title"]))][str(row["topic"])].add(normalise_for_match(str(row["label"])))
    return _score(gold, ents, rels, topics, rules)


def _score(gold: dict, ents, rels, topics, rules=None) -> EvalReport:
    report = EvalReport()
    for art in gold["articles"]:
        report.articles_gold += 1
        key = _gold_key(art["title"], set(ents) | set(rels) | set(topics))
        if key not in ents and key not in rels and key not in topics:
            report.unmatched_titles.append(art["title"])
        else:
            report.articles_matched += 1
        pred = sorted(ents.get(key, {}).values(), key=lambda e: e.iri)
        gold_ents = art.get("entities", [])
        gforms = [{normalise_for_match(g["name"]), *(normalise_for_match(a) for a in g.get("aliases", []))} for g in gold_ents]

        def ent_match(p: _Extracted, gi_forms: tuple[dict, set[str]], typed: bool = True) -> bool:
            g, forms = gi_forms
            return (not typed or p.type == g["type"]) and bool(p.forms & forms)

        pairs = list(zip(gold_ents, gforms))
        used_p, used_g = _match_one_to_one(pred, pairs, ent_match)
        score = Score(len(used_p), len(pred), len(used_g), len(gold_ents))
        report.entities.add(score)
        up, ug = _match_one_to_one(pred, pairs, lambda p, g: ent_match(p, g, typed=False))
        report.entities_untyped.add(Score(len(up), len(pred), len(ug), len(gold_ents)))
        for etype in {p.type for p in pred} | {g["type"] for g in gold_ents}:
            s = report.per_type[etype]
            s.n_pred += sum(1 for p in pred if p.type == etype)
            s.tp_pred += sum(1 for i in used_p if pred[i].type == etype)
            s.n_gold += sum(1 for g in gold_ents if g["type"] == etype)
            s.tp_gold += sum(1 for i in used_g if gold_ents[i]["type"] == etype)
        tag = art.get("id", key[:30])
        report.missed_entities += [f"{tag}: {g['name']} ({g['type']})" for i, g in enumerate(gold_ents) if i not in used_g]
        report.spurious_entities += [f"{tag}: {p.label} ({p.type})" for i, p in enumerate(pred) if i not in used_p]

        # relations: ends are matched through the entities' labels
        by_iri = {p.iri: p for p in pred}
        def end_ok(iri: str, name: str) -> bool:
            p = by_iri.get(iri)
            if p is None:
                return False
            forms = {normalise_for_match(name)}
            for g, gf in pairs:
                if normalise_for_match(g["name"]) == normalise_for_match(name):
                    forms |= gf
            return bool(p.forms & forms)

        prel = sorted(rels.get(key, set()))
        grel = art.get("relations", [])

        def rel_match(p: tuple[str, str, str], g: dict) -> bool:
            s, pred_name, o = p
            if pred_name != g["predicate"]:
                return False
            if end_ok(s, g["subject"]) and end_ok(o, g["object"]):
                return True
            symmetric = pred_name in relation_specs() and relation_specs()[pred_name].symmetric
            return symmetric and end_ok(o, g["subject"]) and end_ok(s, g["object"])

        rp, rg = _match_one_to_one(prel, grel, rel_match)
        report.relations.add(Score(len(rp), len(prel), len(rg), len(grel)))
        for i, fact in enumerate(prel):  # which rules produced each predicted fact, and whether it was right
            for rule in (rules or {}).get((key, *fact), {"unknown"}):
                report.by_rule[rule][0] += 1
                report.by_rule[rule][1] += i in rp
        report.missed_relations += [f"{tag}: {g['subject']} {g['predicate']} {g['object']}" for i, g in enumerate(grel) if i not in rg]
        report.spurious_relations += [f"{tag}: {by_iri[s].label if s in by_iri else s} {p} {by_iri[o].label if o in by_iri else o}"
                                      for i, (s, p, o) in enumerate(prel) if i not in rp]

        # topics: loose containment either way on any label
        ptop = sorted(topics.get(key, {}).items())
        gtop = [normalise_for_match(t) for t in art.get("topics", [])]

        def top_match(p: tuple[str, set[str]], g: str) -> bool:
            return any(f and (f in g or g in f) for f in p[1])

        tp_p = sum(1 for p in ptop if any(top_match(p, g) for g in gtop))
        tp_g = sum(1 for g in gtop if any(top_match(p, g) for p in ptop))
        report.topics.add(Score(tp_p, len(ptop), tp_g, len(gtop)))
        report.missed_topics += [f"{tag}: {g}" for g in gtop if not any(top_match(p, g) for p in ptop)]
        report.spurious_topics += [f"{tag}: {p[0].rsplit('/', 1)[-1]}" for p in ptop if not any(top_match(p, g) for g in gtop)]
    return report


def format_by_rule(report: EvalReport) -> str:
    """Precision of each extraction rule on the gold set: which rules earn their place."""
    out = ["Relations by rule         predicted  correct  precision"]
    for rule, (n, c) in sorted(report.by_rule.items(), key=lambda x: (-x[1][0], x[0])):
        out.append(f"  {rule:22} {n:9} {c:8}  {c / n if n else 0:9.3f}")
    return "\n".join(out)


def format_report(report: EvalReport) -> str:
    """A readable summary: the headline scores, per-type scores, then what was missed or spurious."""
    def line(name: str, s: Score) -> str:
        return f"{name:24} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}   ({s.tp_gold}/{s.n_gold} gold found, {s.tp_pred}/{s.n_pred} predicted correct)"

    out = [f"Articles matched by title: {report.articles_matched}/{report.articles_gold}"]
    out += [f"  unmatched: {t}" for t in report.unmatched_titles]
    out.append(line("Entities (typed)", report.entities))
    out.append(line("Entities (untyped)", report.entities_untyped))
    for t, s in sorted(report.per_type.items()):
        out.append(line(f"  {t}", s))
    out.append(line("Relations", report.relations))
    out.append(line("Topics", report.topics))
    for title, items in (("Missed entities", report.missed_entities), ("Spurious entities", report.spurious_entities),
                         ("Missed relations", report.missed_relations), ("Spurious relations", report.spurious_relations),
                         ("Missed topics", report.missed_topics), ("Spurious topics", report.spurious_topics)):
        out.append(f"\n{title} ({len(items)}):")
        out += [f"  {i}" for i in items]
    return "\n".join(out)


def _rule_label(rule: str) -> str:
    """The rule as the per-rule table shows it: the reading rule, plus '+place' when a place stood for its
    council, '+role' when the role typed a name (coreference only lowers confidence, so it is not split out)."""
    base, *marks = rule.split("+")
    return base + "".join(f"+{m}" for m in ("place", "role") if m in marks)
