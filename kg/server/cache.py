"""Answers kept in memory until the store changes: the same query (same text, dataset, format and limits)
asked again is answered without running it. An answer is valid while the store's files are unchanged
(the signature the workers also reopen by, so a cached answer is never older than what a worker would
read) and no update went through this server. Queries whose answer may differ from run to run (NOW(),
RAND(), UUID(), STRUUID(), BNODE(), or a federated SERVICE) are never kept. Bounded in bytes, least
recently used first out. Imports server.workers (the store signature) only.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from pathlib import Path

from .workers import store_signature

_VOLATILE = re.compile(r"\b(NOW|RAND|UUID|STRUUID|BNODE)\s*\(", re.I)


class AnswerCache:
    """Successful answers by request, for one store folder; *mib* 0 keeps nothing."""

    def __init__(self, store_dir: str | Path | None, mib: int) -> None:
        self.path = Path(store_dir) if store_dir is not None else None
        self.budget = mib * 2**20 if self.path is not None else 0
        self._entries: OrderedDict[tuple, tuple[str, bytes]] = OrderedDict()
        self._size = 0
        self._generation: tuple = ()
        self._updates = 0
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    @property
    def enabled(self) -> bool:
        return self.budget > 0

    def key(self, request: dict) -> tuple | None:
        """The request's key, or None when its answer must not be kept."""
        if not self.enabled or request.get("service") or _VOLATILE.search(request["query"]):
            return None
        return (request["query"], request["result_format"], request["graph_format"], request["max_results"],
                tuple(request["default_graphs"]), tuple(request["named_graphs"]), request["dataset_in_query"])

    def generation(self) -> tuple:
        """What the answers kept are valid for: the store's files as they are now, and the updates made here."""
        return (store_signature(self.path) if self.path is not None else (), self._updates)

    def get(self, key: tuple | None, generation: tuple) -> tuple[str, bytes] | None:
        if key is None:
            return None
        with self._lock:
            if generation != self._generation:
                self._entries.clear()
                self._size, self._generation = 0, generation
            found = self._entries.get(key)
            if found is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return found

    def put(self, key: tuple | None, generation: tuple, kind: str, body: bytes) -> None:
        """Keep an answer computed when the store was at *generation* (read before the query ran, so an
        answer that raced a write is filed under the older generation and never served)."""
        if key is None or len(body) > self.budget // 16:
            return
        with self._lock:
            if generation != self._generation or key in self._entries:
                return
            self._entries[key] = (kind, body)
            self._size += len(body)
            while self._size > self.budget:
                _, (_, old) = self._entries.popitem(last=False)
                self._size -= len(old)

    def invalidate(self) -> None:
        """An update went through this server: nothing kept is valid any more."""
        with self._lock:
            self._updates += 1
            self._entries.clear()
            self._size = 0
