"""`rasd watch`: only new or changed documents are extracted; what was seen survives restarts."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.ingest.fetch import Fetched
from rasd.ingest.watch import JsonlSink, Watcher, WatchState, expand_targets, parse_duration
from rasd.model import Document, Record, Span

FIX = Path(__file__).parent / "fixtures" / "ingest"
REPORT = "داهمت دورية أمنية منازل في حي الجورة بمدينة دير الزور واعتقلت ثلاثة شبان. وأغلقت الطرق المؤدية إلى الحي."


def one_record(doc: Document) -> list[Record]:
    """Stand-in extractor: one record quoting the first sentence."""
    end = doc.text.find(".") + 1 or len(doc.text)
    return [Record(event_id=f"{doc.id}-0", doc_id=doc.id, event_type="Strategic developments",
                   sub_event_type="Arrests", evidence=[Span(0, end, doc.text[:end])])]


class FakeFeedServer:
    """Answers like a feed server honouring ETags, without any network."""

    def __init__(self, body: bytes) -> None:
        self.body, self.etag, self.calls = body, '"v1"', []

    def __call__(self, url, etag, modified):
        self.calls.append((url, etag))
        if etag == self.etag:
            return Fetched(url=url, not_modified=True, etag=etag)
        return Fetched(url=url, data=self.body, content_type="application/rss+xml", etag=self.etag)


def make_watcher(tmp_path, targets, fetch=None):
    state = WatchState(tmp_path / "seen.db")
    sink = JsonlSink(tmp_path / "out.jsonl")
    return Watcher(targets, state, sink, fetch=fetch, extract=one_record), state, sink


def out_lines(tmp_path):
    return [json.loads(ln) for ln in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]


def test_only_new_items_each_cycle_and_after_restart(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(FIX / "html" / "mayadin-shelling.html", inbox)
    feed = tmp_path / "atom.xml"
    shutil.copy(FIX / "feeds" / "suwayda-updates.atom", feed)
    server = FakeFeedServer((FIX / "feeds" / "idlib-news.rss").read_bytes())
    url = "https://idlib-field.example/rss"

    w, state, sink = make_watcher(tmp_path, [str(inbox), str(feed), url], fetch=server)
    first = w.cycle()
    assert (first.new_documents, first.records, first.skipped) == (5, 5, 1)   # 1 page + 2 atom + 2 rss; 1 English
    second = w.cycle()
    assert (second.new_documents, second.unchanged_sources) == (0, 3)
    assert server.calls[-1] == (url, '"v1"')                                   # a conditional request

    (inbox / "new.txt").write_text(REPORT, encoding="utf-8")
    third = w.cycle()
    assert third.new_documents == 1
    sink.close()
    state.close()

    # restart: a publisher corrects one entry; only that entry is extracted again
    text = feed.read_text(encoding="utf-8").replace("ثلاثة من مسلحي العشائر", "أربعة من مسلحي العشائر")
    feed.write_text(text, encoding="utf-8")
    w, state, sink = make_watcher(tmp_path, [str(inbox), str(feed), url], fetch=server)
    fourth = w.cycle()
    assert (fourth.new_documents, fourth.already_seen) == (1, 1)
    sink.close()
    state.close()

    records = out_lines(tmp_path)
    assert len(records) == 7
    assert records[-1]["doc_id"] == records[2]["doc_id"]           # same entry id, new content
    assert records[-2]["doc_id"] == "new"


def test_folder_of_other_types_is_reported_once(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "image.png").write_bytes(b"\x89PNG")
    w, state, sink = make_watcher(tmp_path, [str(inbox)])
    assert w.cycle().skipped == 1
    assert w.cycle().skipped == 0
    state.close()
    sink.close()


def test_feed_list_file(tmp_path):
    shutil.copy(FIX / "feeds" / "suwayda-updates.atom", tmp_path / "local.atom")
    lst = tmp_path / "feeds.txt"
    lst.write_text("# monitored feeds\nhttps://a.example/rss\n\nlocal.atom\n", encoding="utf-8")
    assert expand_targets([str(lst)]) == ["https://a.example/rss", str(tmp_path / "local.atom")]
    report = tmp_path / "report.txt"                     # an ordinary report is not a list
    report.write_text(REPORT, encoding="utf-8")
    assert expand_targets([str(report)]) == [str(report)]


def test_durations():
    assert parse_duration("15m") == 900 and parse_duration("1h30m") == 5400
    assert parse_duration("45") == 45 and parse_duration("2d") == 172800
    for bad in ("", "15x", "m", "0s"):
        with pytest.raises(ValueError):
            parse_duration(bad)


def test_watch_command_once(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(REPORT, encoding="utf-8")
    out = tmp_path / "records.jsonl"
    cmd = [sys.executable, "-c", "from rasd.cli import main; main()", "watch", str(inbox),
           "--every", "15m", "--out", str(out), "--once"]
    first = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    assert "1 new document(s)" in first.stderr
    second = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert "0 new document(s)" in second.stderr and "1 source(s) unchanged" in second.stderr
    assert out.exists() and (tmp_path / "records.jsonl.seen.db").exists()
