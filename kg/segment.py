"""Tell the posts of a saved page or archive dump apart, and account for every character.

Saved tag pages, archives and news lists hold several posts one after another, separated by one
blank line like any paragraph. A paragraph opens a new post when enough evidence says so: it looks
like a headline and a byline or date follows it, it carries the site's name as a suffix, a later
'Source:' line repeats it, it comes after end-of-post furniture (share prompts, related-post lists),
a body paragraph follows it. Sub-headings inside a post have none of that and stay in their post.
The signals, their patterns and their weights are data (``ontology/segmentation.json``).

Imports only the standard library, ``errors`` and ``resources``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache

KEPT, META, FURNITURE, CAPTION, LINK = "kept", "metadata", "furniture", "caption", "related link"


@dataclass(frozen=True)
class Rules:
    """The segmentation rules read from ontology/segmentation.json."""

    furniture: tuple[re.Pattern, ...]
    echo: tuple[re.Pattern, ...]
    promo: tuple[re.Pattern, ...]
    captions: tuple[re.Pattern, ...]
    caption_max_words: int
    byline: tuple[re.Pattern, ...]
    dateline: tuple[re.Pattern, ...]
    metadata: tuple[re.Pattern, ...]
    headline: dict
    site_suffix: dict
    weights: dict
    threshold: float
    warn_dropped_share: float


@lru_cache(maxsize=1)
def rules() -> Rules:
    from .vocab.resources import ontology_file

    raw = json.loads(ontology_file("segmentation.json").read_text(encoding="utf-8"))

    def compile_all(section: str, flags: int = re.IGNORECASE) -> tuple[re.Pattern, ...]:
        return tuple(re.compile(p, flags) for p in raw[section]["patterns"])

    return Rules(
        furniture=compile_all("furniture"), echo=compile_all("echo"), promo=compile_all("promo"),
        captions=compile_all("captions"), caption_max_words=int(raw["captions"]["caption_max_words"]),
        byline=compile_all("byline", 0), dateline=compile_all("dateline"), metadata=compile_all("metadata"), headline=raw["headline"],
        site_suffix=raw["site_suffix"], weights=raw["weights"], threshold=float(raw["threshold"]),
        warn_dropped_share=float(raw["warn_dropped_share"]))


@dataclass
class Paragraph:
    """One paragraph of the input: a run of non-blank lines."""

    text: str  # one-line and hard-wrapped paragraphs have their whitespace folded; list and reference blocks keep their lines
    line: int  # 1-based line where it starts
    blanks_before: int
    kind: str = "body"  # furniture, echo, caption, byline, dateline, headline, body
    promo: bool = False
    level: int = 0  # Markdown heading level (1 for '# …'), 0 for other lines
    role: str = KEPT  # what became of it: kept, metadata, furniture, caption, related link
    reason: str = ""  # for a paragraph that opens a post: the evidence

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class Post:
    """One post found in the input."""

    title: str
    paragraphs: list[str] = field(default_factory=list)
    author: str | None = None
    date: str | None = None
    publisher: str | None = None
    line: int = 1
    reason: str = ""

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass
class Split:
    """The posts of one text, and where every character went."""

    posts: list[Post]
    paragraphs: list[Paragraph]

    def chars(self, role: str) -> int:
        return sum(len(p.text) for p in self.paragraphs if p.role == role)

    @property
    def total_chars(self) -> int:
        return sum(len(p.text) for p in self.paragraphs)

    @property
    def dropped_chars(self) -> int:
        return sum(len(p.text) for p in self.paragraphs if p.role in (FURNITURE, CAPTION, LINK))

    @property
    def dropped_share(self) -> float:
        return self.dropped_chars / self.total_chars if self.total_chars else 0.0


_BLANK = re.compile(r"^[\s\u00a0\u200b\ufeff]*$")


def paragraphs(text: str) -> list[Paragraph]:
    """Split text into paragraphs at blank lines, remembering how many blank lines came before each."""
    out: list[Paragraph] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    buf: list[str] = []
    blanks = 0
    start = 1
    for n, line in enumerate([*lines, ""], start=1):
        if _BLANK.match(line):
            if buf:
                out += _furniture_apart(buf, start, blanks)
                buf, blanks = [], 0
            blanks += 1
            continue
        if not buf:
            start = n
        buf.append(line)
    return out


def _furniture_apart(lines: list[str], start: int, blanks: int) -> list[Paragraph]:
    """The lines of one block as paragraphs, each line that is page furniture on its own ('Skip to main content', a
    menu's 'Home', a share list's 'Facebook': segmentation.json 'furniture'), so a saved page's menus are dropped."""
    furniture = [len(lines) > 1 and bool(_matches(rules().furniture, line.strip())) for line in lines]
    out, k = [], 0
    for n in range(1, len(lines) + 1):
        if n == len(lines) or furniture[n] or furniture[n - 1]:
            out.append(_paragraph(lines[k:n], start + k, blanks if k == 0 else 0))
            k = n
    return out


def _joins(before: str, after: str, wrap: dict) -> bool:
    """Whether a line break falls inside a sentence a saved page wrapped ('… has appointed Professor X as / its
    next Vice-Chancellor', 'Prof / VandeLinde will join'): the next line goes on in lower case, or the line ends
    on a word no sentence or headline ends with (segmentation.json 'wrap'); never before a list item or heading."""
    before, after = before.strip(), after.strip()
    starts = (*rules().headline["bullet_starts"], *wrap["line_starts"])  # a list item, or a heading or table mark
    if not before or not after or after.startswith(starts) or before.endswith(tuple(wrap["line_ends"])):
        return False
    return after[0].islower() or before.endswith(",") or before.split()[-1].lower() in wrap["words"]


def _paragraph(lines: list[str], start: int, blanks: int) -> Paragraph:
    wrap = rules().headline["wrap"]
    text = lines[0].rstrip() + "".join(" " + b.strip() if _joins(a, b, wrap) else "\n" + b.rstrip()
                                       for a, b in zip(lines, lines[1:]))
    text = text.strip("\n") if "\n" in text else " ".join(text.split())
    return Paragraph(text=text, line=start, blanks_before=blanks if start > 1 else 0)


def _matches(patterns: tuple[re.Pattern, ...], text: str) -> re.Match | None:
    for pattern in patterns:
        if m := pattern.search(text):
            return m
    return None


def _headline_like(text: str, r: Rules) -> bool:
    h = r.headline
    if "\n" in text or not h["min_chars"] <= len(text) <= h["max_chars"]:
        return False
    if text.startswith(tuple(h["bullet_starts"])):
        return False
    return text.endswith(tuple(h["good_endings"])) or not text.endswith(tuple(h["bad_endings"]))


def _plain(text: str, r: Rules) -> str:
    """A line without Markdown heading marks and surrounding emphasis ('# Title', '*12 March 2019*')."""
    text = re.sub(r.headline["markdown_heading"], "", text)
    chars = r.headline["emphasis_chars"]
    stripped = text.strip(chars).strip()
    return stripped if stripped and text[:1] in chars and text[-1:] in chars else text


def _meta_line(line: str, r: Rules) -> bool:
    return bool(_matches(r.byline, line) or _matches(r.dateline, line) or _matches(r.metadata, line))


def classify(para: Paragraph, r: Rules) -> None:
    """Set the paragraph's kind, heading level and promo flag from the patterns."""
    if m := re.match(r.headline["markdown_heading"], para.text):
        para.level = len(m.group(1))
    text = _plain(para.text, r)
    if "\n" in text and all(_meta_line(line.strip(), r) for line in text.split("\n") if line.strip()):
        para.kind = "meta"  # a block of 'From: …', 'Published …', 'By …' lines
        return
    if "\n" not in text:
        for kind, patterns in (("echo", r.echo), ("furniture", r.furniture), ("byline", r.byline), ("dateline", r.dateline),
                               ("meta", r.metadata)):
            if _matches(patterns, text):
                para.kind = kind
                return
        if _matches(r.captions, text) and para.words <= 3 * r.caption_max_words:
            para.kind = "caption"
            return
        if _headline_like(text, r) or para.level:
            para.kind = "headline"
            return
    para.promo = bool(_matches(r.promo, text))


def site_names(paras: list[Paragraph], r: Rules) -> set[str]:
    """Suffixes such as ' : Public Sector Weekly' that recur on headlines and Source lines of this text."""
    counts: dict[str, int] = {}
    for p in paras:
        if p.kind not in ("headline", "echo"):
            continue
        for sep in r.site_suffix["separators"]:
            if sep in p.text:
                suffix = p.text.rsplit(sep, 1)[1].strip()
                if 0 < len(suffix) <= r.site_suffix["max_chars"] and suffix[0].isupper():
                    counts[suffix] = counts.get(suffix, 0) + 1
                break
    return {s for s, n in counts.items() if n >= r.site_suffix["min_count"]}


def strip_site(text: str, sites: set[str], r: Rules) -> tuple[str, str | None]:
    """A headline without its site-name suffix, and the site's name."""
    for sep in r.site_suffix["separators"]:
        head, found, suffix = text.rpartition(sep)
        if found and suffix.strip() in sites and head.strip():
            return head.strip(), suffix.strip()
    return text, None


def _key(text: str) -> str:
    folded = text.translate(str.maketrans("‘’“”", "''\"\""))
    return " ".join(folded.split()).casefold()


class _Segmenter:
    """One pass over the paragraphs of one text."""

    def __init__(self, paras: list[Paragraph], r: Rules) -> None:
        self.p, self.r, self.w = paras, r, r.weights
        for para in paras:
            classify(para, r)
        self.sites = site_names(paras, r)
        self.echoes = set()
        for para in paras:
            if para.kind == "echo" and (m := _matches(r.echo, para.text)):
                self.echoes.add(_key(strip_site(m.group("title").strip(), self.sites, r)[0]))
        levels = [p.level for p in paras if p.level]
        self.top_level = min(levels) if levels else 0
        self.top_count = levels.count(self.top_level)
        self.anchored: dict[int, int] = {}  # headline index -> byline/dateline index
        self.between: set[int] = set()  # captions or standfirsts between a headline and its byline
        self._anchor_bylines()

    # -- a byline or dateline names its headline: the line before it, or the one before a caption
    def _in_link_list(self, k: int) -> bool:
        while k >= 0 and self.p[k].kind == "headline":
            k -= 1
        return k >= 0 and self.p[k].text.endswith(":") and (self.p[k].kind == "furniture" or self.p[k].promo)

    def _repeats_earlier(self, k: int) -> bool:
        """A related-post link often repeats the headline of a post earlier in the same file."""
        key = _key(self.p[k].text)
        return any(_key(p.text) == key for p in self.p[:k])

    def _has_title_cue(self, text: str) -> bool:
        return any(c in text for c in self.r.headline["title_cues"])

    def _anchor_bylines(self) -> None:
        for j, para in enumerate(self.p):
            if para.kind not in ("byline", "dateline", "meta") or j == 0:
                continue
            prev = self.p[j - 1]
            if prev.kind in ("byline", "dateline", "meta") and j - 1 in self.anchored.values():
                continue  # "By X" then a date: the headline is already anchored
            two_back = self.p[j - 2] if j >= 2 else None
            if prev.kind == "headline" and (para.kind != "byline" or two_back is None or two_back.kind != "headline"):
                self.anchored[j - 1] = j  # a date follows its headline directly; a caption may sit before a byline
            elif prev.kind == "headline":
                if self._in_link_list(j - 2) and (self._repeats_earlier(j - 2) or (
                        self._has_title_cue(prev.text) and not self._has_title_cue(two_back.text))):
                    self.anchored[j - 1] = j  # the line two back is a related-post link, not this post's headline
                else:
                    self.anchored[j - 2] = j
                    self.between.add(j - 1)
            elif prev.kind in ("caption", "body") and two_back is not None and two_back.kind == "headline" \
                    and (prev.kind == "caption" or (len(prev.text) <= 400 and "\n" not in prev.text)):
                self.anchored[j - 2] = j
                self.between.add(j - 1)

    def _score(self, i: int, end_strength: int) -> tuple[float, list[str]]:
        w, para = self.w, self.p[i]
        score, why = 0.0, []

        def add(weight_name: str, note: str) -> None:
            nonlocal score
            score += w[weight_name]
            why.append(note)

        if i in self.anchored:
            add("byline_follows", "byline or date follows")
        if para.level and para.level == self.top_level and self.top_count > 1:
            add("top_level_heading", "top-level Markdown heading")
        if strip_site(para.text, self.sites, self.r)[1]:
            add("site_suffix", "site-name suffix")
        if _key(strip_site(para.text, self.sites, self.r)[0]) in self.echoes:
            add("echoed_by_source_line", "repeated by a Source line")
        if end_strength >= 2:
            add("after_end_of_post", "after end-of-post furniture")
        elif end_strength == 1:
            add("after_promo", "after promotional lines")
        if para.blanks_before >= 2:
            add("blank_lines_before", "blank lines before")
        if self._has_title_cue(para.text):
            add("title_cue", "headline punctuation")
        if i + 1 < len(self.p):
            nxt = self.p[i + 1]
            if i + 1 in self.between or nxt.kind in ("byline", "dateline", "meta", "caption", "body"):
                add("body_follows", "text follows")
            elif nxt.kind == "headline":
                add("headline_follows", "another headline-like line follows")
        return score, why

    def run(self) -> list[Post]:
        posts: list[Post] = []
        current: Post | None = None
        end_strength, in_list, since_start = 0, False, 0
        for i, para in enumerate(self.p):
            since_start += 1
            if para.kind in ("furniture", "echo"):
                para.role = FURNITURE
                end_strength, in_list = 2, para.text.endswith(":")
                continue
            if para.kind == "caption" or (i in self.between and para.words <= self.r.caption_max_words):
                para.role = CAPTION
                continue
            if para.kind in ("byline", "dateline", "meta") and current is not None and since_start <= 5:
                self._metadata(para, current)
                continue
            if para.kind == "headline":
                score, why = self._score(i, end_strength)
                if current is None or score >= self.r.threshold:
                    title, publisher = strip_site(_plain(para.text, self.r), self.sites, self.r)
                    current = Post(title=title, publisher=publisher, line=para.line,
                                   reason="first paragraph" if not posts else "; ".join(why))
                    para.reason = current.reason
                    posts.append(current)
                    end_strength, in_list, since_start = 0, False, 0
                    continue
                if in_list and end_strength:
                    para.role = LINK
                    continue
            if current is None:
                current = Post(title=_title_from_body(para.text), line=para.line, reason="first paragraph (no headline)")
                posts.append(current)
            current.paragraphs.append(para.text)
            if para.promo:
                end_strength = max(end_strength, 2 if para.blanks_before >= 2 else 1)
                in_list = para.text.endswith(":")
            elif para.kind != "headline":
                end_strength, in_list = 0, False
        return posts

    def _metadata(self, para: Paragraph, post: Post) -> None:
        """Byline, date and other publication lines under a headline become the post's metadata."""
        r = self.r
        lines = [_plain(line.strip(), r) for line in para.text.split("\n") if line.strip()]
        for line in lines:
            if post.author is None and (m := _matches(r.byline, line)):
                post.author = m.group("name")
                rest = line[m.end("name"):].strip(" ,|–-")  # 'By Ann Lee, 3 May 2019': the date after the name
                if post.date is None and rest and (d := _matches(r.dateline, rest)):
                    post.date = d.groupdict().get("date") or rest
            if post.date is None and (m := _matches(r.dateline, line)):
                post.date = m.groupdict().get("date") or line
        para.role = META


def _title_from_body(text: str) -> str:
    """A title for text that opens without a headline: its first line if short, else its first words."""
    first = text.split("\n", 1)[0].strip()
    if len(first) <= 200:
        return first
    words = first.split()
    return " ".join(words[:12]) + "…"


def split_text(text: str) -> Split:
    """The posts in *text*, with every paragraph's fate recorded."""
    paras = paragraphs(text)
    posts = _Segmenter(paras, rules()).run() if paras else []
    return Split(posts=posts, paragraphs=paras)
