"""What `kg split` prints for a text cut into posts (kg.segment): each post and every paragraph not kept.

Imports only ``segment``.
"""

from __future__ import annotations

from .segment import CAPTION, FURNITURE, LINK, Split


def describe(split: Split, source: str, show_dropped: bool = True) -> str:
    """What `kg split` prints: each post (title, byline, date, site, first words, length, evidence),
    then every paragraph that was not kept as article text, and the character accounting."""
    out = [f"{source}: {len(split.posts)} post(s); {split.total_chars - split.dropped_chars:,} of "
           f"{split.total_chars:,} characters kept as article text, {split.dropped_chars:,} dropped "
           f"({split.dropped_share:.1%})"]
    for n, post in enumerate(split.posts, start=1):
        body = post.body
        first = " ".join(body.split()[:14])
        meta = ", ".join(x for x in (f"by {post.author}" if post.author else "", post.date or "",
                                     f"site {post.publisher}" if post.publisher else "") if x)
        out.append(f"\n[{n}] line {post.line}: {post.title}")
        if meta:
            out.append(f"    {meta}")
        out.append(f"    {len(body):,} characters, {len(post.paragraphs)} paragraph(s): {first}…")
        out.append(f"    why a new post: {post.reason}")
    dropped = [p for p in split.paragraphs if p.role in (FURNITURE, CAPTION, LINK)]
    if show_dropped and dropped:
        out.append(f"\nDropped ({len(dropped)} paragraph(s)):")
        for p in dropped:
            text = p.text.replace("\n", " / ")
            out.append(f"  line {p.line:>5} {p.role:<12} {text[:90]}{'…' if len(text) > 90 else ''}")
    return "\n".join(out) + "\n"
