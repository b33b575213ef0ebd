"""JSON Lines: one SPEC record per line (the format the scorer reads)."""
from __future__ import annotations

import json
from typing import Iterable, TextIO

from rasd.model import Record


def write_jsonl(records: Iterable[Record], stream: TextIO) -> int:
    n = 0
    for r in records:
        stream.write(json.dumps(r.to_dict(), ensure_ascii=False))
        stream.write("\n")
        n += 1
    return n
