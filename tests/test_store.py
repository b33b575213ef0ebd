"""The store on SQLite and PostgreSQL: schema, idempotent ingest, linking across runs, explain."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text

from rasd.model import Document
from rasd.scale import ExtractResult
from rasd.store import explain_event, iter_events, open_store, store_results
from rasd.store.db import current_revision, head_revision, resolve_url
from rasd.store.ingest import IngestSummary, skip_known
from rasd.store.query import counts
from rasd.store.schema import documents, events, metadata
from storehelp import make_record, result

MAYADIN = dict(location="Al-Mayadin", location_text="الميادين", admin1="Deir ez-Zor",
               latitude=35.0196, longitude=40.4517)
TEXT_A = "شنّت طائرات حربية روسية غارات على مدينة الميادين، ما أدى إلى مقتل 23 مدنياً."
TEXT_B = "قُتل عشرات المدنيين جراء غارات للطيران الروسي على الميادين، وسط ذعر بين الأهالي."
TEXT_C = "ارتفعت حصيلة ضحايا قصف الميادين أمس إلى 27 قتيلاً، بحسب مصادر طبية."


def strike(doc, text_, **kw):
    base = dict(actor1="Russian Forces", actor2="Civilians", event_date="2017-06-20", **MAYADIN)
    base.update(kw)
    return make_record(doc, text=text_, **base)


def three_results():
    return [
        result("a", TEXT_A, [strike("a", TEXT_A, fatalities=23)], published=date(2017, 6, 20), source="Outlet A"),
        result("b", TEXT_B, [strike("b", TEXT_B, fatalities=10, fatalities_low=10, fatalities_high=99)],
               published=date(2017, 6, 20), source="Outlet B"),
        result("c", TEXT_C, [strike("c", TEXT_C, actor1="Unidentified Military Forces", fatalities=27)],
               published=date(2017, 6, 21), source="Outlet C"),
    ]


def test_schema_is_migrated_and_matches_the_models(store):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    assert current_revision(store.engine) == head_revision()
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == [], f"schema.py and the migrations disagree: {diff}"


def test_opening_an_unmigrated_database_upgrades_it_in_place(db_url):
    from rasd.store.db import make_engine, upgrade

    engine = make_engine(db_url)
    assert current_revision(engine) is None
    upgrade(engine, "base")  # nothing to do on an empty database
    engine.dispose()
    with open_store(db_url) as st:
        assert current_revision(st.engine) == head_revision()
        assert counts(st)["documents"] == 0


def test_resolve_url_defaults_and_env(monkeypatch, tmp_path):
    monkeypatch.delenv("RASD_DB", raising=False)
    assert resolve_url(None) == "sqlite:///rasd.db"
    monkeypatch.setenv("RASD_DB", str(tmp_path / "x.db"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'x.db'}"
    assert resolve_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    with pytest.raises(ValueError):
        open_store("mysql://u:p@h/db")


def test_ingest_links_three_reports_into_one_event(store):
    s = store_results(store, three_results())
    assert (s.documents_new, s.records, s.events_new, s.events_merged) == (3, 3, 1, 2)
    evs = list(iter_events(store))
    assert len(evs) == 1
    ev = evs[0]
    assert ev.n_sources == 3 and ev.doc_ids == ["a", "b", "c"]
    assert (ev.fatalities, ev.fatalities_low, ev.fatalities_high) == (27, 27, 99)  # never 60
    assert ev.actor1 == "Russian Forces" and ev.source == "Outlet A; Outlet B; Outlet C"


def test_same_document_twice_is_stored_once(store):
    store_results(store, three_results())
    again = store_results(store, three_results())
    assert (again.documents_new, again.documents_skipped, again.records) == (0, 3, 0)
    # same text under another name is the same document
    renamed = [result("other-name", TEXT_A, [strike("other-name", TEXT_A)])]
    s = store_results(store, renamed)
    assert s.documents_skipped == 1
    c = counts(store)
    assert (c["documents"], c["records"], c["events"], c["event_sources"]) == (3, 3, 1, 3)


def test_skip_known_filters_before_extraction_and_counts_read_problems(store):
    from rasd.ingest import ReadProblem

    store_results(store, three_results()[:1])
    summary = IngestSummary()
    items = [Document("a", TEXT_A), ReadProblem("bad.txt", "binary data"), Document("b", TEXT_B),
             Document("b2", TEXT_B), ReadProblem("w.txt", "3 bytes replaced", fatal=False)]
    left = list(skip_known(store, items, summary))
    assert [d.id for d in left] == ["b"]
    assert summary.documents_skipped == 2 and summary.documents_failed == 1
    assert summary.problems == ["bad.txt: binary data", "w.txt: 3 bytes replaced"]


def test_failed_documents_are_kept_and_retried(store):
    bad = [ExtractResult(Document("x", "نص تقرير"), error="RuntimeError: boom"),
           ExtractResult(Document("en", "english only"), skipped="not Arabic")]
    s = store_results(store, bad)
    assert (s.documents_failed, s.documents_not_extracted) == (1, 1)
    with store.engine.connect() as conn:
        rows = dict(conn.execute(select(documents.c.doc_key, documents.c.status)).all())
    assert rows == {"x": "failed", "en": "skipped"}
    # next run: the failed one is extracted again, the declined one is not
    items = [Document("x", "نص تقرير"), Document("en", "english only")]
    left = list(skip_known(store, items, IngestSummary()))
    assert [d.id for d in left] == ["x"]
    s2 = store_results(store, [result("x", "نص تقرير", [strike("x", "نص تقرير")])])
    assert s2.documents_new == 1 and counts(store)["documents"] == 2


def test_a_failing_batch_commits_nothing_and_keeps_earlier_batches(store, monkeypatch):
    import rasd.store.ingest as ing

    res = three_results()
    calls = {"n": 0}
    real = ing.link_batch

    def flaky(conn, new):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk full")
        return real(conn, new)

    monkeypatch.setattr(ing, "link_batch", flaky)
    with pytest.raises(RuntimeError):
        store_results(store, res, batch_size=1)
    c = counts(store)
    assert (c["documents"], c["records"], c["events"]) == (1, 1, 1)
    monkeypatch.setattr(ing, "link_batch", real)
    s = store_results(store, res, batch_size=1)
    assert (s.documents_new, s.documents_skipped) == (2, 1)
    assert counts(store)["events"] == 1


def test_new_documents_link_to_events_of_earlier_runs(store):
    res = three_results()
    store_results(store, res[:1])
    store_results(store, res[1:2])
    store_results(store, res[2:])
    assert counts(store)["events"] == 1
    assert list(iter_events(store))[0].n_sources == 3


def test_event_ids_do_not_depend_on_batching(db_url, tmp_path):
    with open_store(db_url) as st:
        store_results(st, three_results(), batch_size=1)
        ids1 = [e.event_id for e in iter_events(st)]
    other = f"sqlite:///{tmp_path / 'other.db'}"
    with open_store(other) as st:
        store_results(st, three_results(), batch_size=10)
        ids2 = [e.event_id for e in iter_events(st)]
    assert ids1 == ids2 and len(ids1) == 1


def test_explain_shows_sources_evidence_and_reasons(store):
    store_results(store, three_results())
    uid = list(iter_events(store))[0].event_id
    info = explain_event(store, uid)
    assert info["event"]["n_sources"] == 3
    srcs = info["sources"]
    assert [s["doc_id"] for s in srcs] == ["a", "b", "c"]
    assert srcs[0]["reason"]["checks"] == ["first report of this event"]
    assert any("dates overlap" in c for c in srcs[1]["reason"]["checks"])
    assert any("actors compatible" in c for c in srcs[2]["reason"]["checks"])
    ev_text = srcs[1]["evidence"][0]
    assert TEXT_B[ev_text["start"]:ev_text["end"]] == ev_text["text"]
    assert explain_event(store, "E-no-such-event") is None


def test_records_without_dates_stay_separate_events(store):
    undated = [result(d, f"تقرير {d}", [make_record(d, event_date=None, **MAYADIN)]) for d in ("u1", "u2")]
    s = store_results(store, undated)
    assert s.events_new == 2 and s.events_merged == 0


def test_backends_store_unicode_and_dates_exactly(store):
    store_results(store, three_results()[:1])
    with store.engine.connect() as conn:
        row = conn.execute(select(documents.c.text, documents.c.published)).one()
        ev = conn.execute(select(events.c.event_date, events.c.latitude)).one()
        assert conn.execute(text("select count(*) from records")).scalar_one() == 1
    assert row.text == TEXT_A and row.published == date(2017, 6, 20)
    assert ev.event_date == date(2017, 6, 20) and abs(ev.latitude - 35.0196) < 1e-9
