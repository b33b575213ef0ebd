"""The REST API through FastAPI's TestClient: every endpoint, its errors, and untrusted text."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import webdata
from rasd.store import open_store
from rasd.web import WebSettings, create_app
from rasd.web.tokens import create_token, revoke_tokens

STATIC = Path(__file__).resolve().parents[1] / "src" / "rasd" / "web" / "static"


@pytest.fixture
def api(tmp_path):
    """(client, store, token) over a SQLite store holding the test reports."""
    store = open_store(f"sqlite:///{tmp_path / 'web.db'}")
    webdata.fill(store)
    token, _ = create_token(store, "amal")
    with TestClient(create_app(WebSettings(), store=store)) as client:
        yield client, store, token
    store.close()


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def ids(page) -> set[str]:
    return {e["location"] for e in page["events"]}


# --- reading ------------------------------------------------------------------------------------

def test_events_filters_and_pages_on_each_backend(db_url):
    store = open_store(db_url)
    try:
        webdata.fill(store)
        with TestClient(create_app(WebSettings(), store=store)) as c:
            everything = c.get("/api/events").json()
            assert everything["total"] == 5 and everything["count"] == 5
            assert [e["event_date"] for e in everything["events"]] == sorted(
                (e["event_date"] for e in everything["events"]), reverse=True)
            maarra = next(e for e in everything["events"] if e["location"] == "Maarrat an Numan")
            assert maarra["n_sources"] == 2 and maarra["confidence"] == 0.8 and maarra["id"].startswith("E")

            def where(**params):
                r = c.get("/api/events", params=params)
                assert r.status_code == 200, r.text
                return ids(r.json())

            syria = "35.5,32,42.5,37.5"
            assert where(bbox=syria) == {"Maarrat an Numan", "Al Mayadin", "Duma"}
            assert where(since="2017-06-19", until="2017-06-24") == {"Maarrat an Numan", webdata.ARRESTS_PLACE}
            assert where(event_type="battles") == {"Al Mayadin"}  # case-insensitive, exact ACLED name
            assert where(sub_event_type="Air/drone strike") == {"Maarrat an Numan"}
            assert where(actor="islamic") == {"Al Mayadin"}
            assert where(admin1="Rural Damascus") == {"Duma"}
            assert where(admin2="al mayadin") == {"Al Mayadin"}
            assert where(q="الغوطة") == {"Duma"}              # words of the report itself
            assert where(q="basrah") == {"Basrah"}             # a coded field
            assert where(q="100%_") == set()                   # LIKE wildcards are literal text
            assert where(min_confidence="0.75") == {"Maarrat an Numan", "Basrah"}
            assert where(bbox=syria, since="2017-06-19", event_type="Explosions/Remote violence") == {
                "Maarrat an Numan", "Duma"}

            first = c.get("/api/events", params={"limit": 2}).json()
            assert first["count"] == 2 and first["total"] == 5 and first["next"]
            seen = [e["id"] for e in first["events"]]
            nxt = first["next"]
            while nxt:
                page = c.get(nxt).json()
                seen += [e["id"] for e in page["events"]]
                nxt = page["next"]
            assert sorted(seen) == sorted(e["id"] for e in everything["events"])
            assert c.get("/api/events", params={"offset": 50}).json()["events"] == []
    finally:
        store.close()


@pytest.mark.parametrize("params, param, words", [
    ({"bbox": "1,2,3"}, "bbox", "four numbers"),
    ({"bbox": "40,30,35,37"}, "bbox", "min <= max"),
    ({"bbox": "a,b,c,d"}, "bbox", "not a number"),
    ({"bbox": "0,0,500,10"}, "bbox", "-180..180"),
    ({"since": "2017-13-01"}, "since", "YYYY-MM-DD"),
    ({"until": "yesterday"}, "until", "YYYY-MM-DD"),
    ({"since": "2018-01-01", "until": "2017-01-01"}, "until", "before"),
    ({"event_type": "Batles"}, "event_type", "Battles"),
    ({"sub_event_type": "Airstrike"}, "sub_event_type", "Air/drone strike"),
    ({"min_confidence": "high"}, "min_confidence", "not a number"),
    ({"min_confidence": "1.5"}, "min_confidence", "0..1"),
    ({"status": "pending"}, "status", "accepted"),
    ({"limit": "0"}, "limit", "greater than or equal to 1"),
    ({"limit": "20000"}, "limit", "at most 10000"),
    ({"offset": "-1"}, "offset", "greater than or equal to 0"),
    ({"format": "xml"}, "format", "geojson"),
])
def test_bad_filters_are_422_with_a_message_naming_the_parameter(api, params, param, words):
    client, _, _ = api
    r = client.get("/api/events", params=params)
    assert r.status_code == 422
    body = r.json()
    message = body.get("message") or body.get("detail")
    assert message.startswith(f"{param}:") and words in message, message
    if param not in ("limit", "offset", "format"):  # /api/stats takes the same filters, and refuses them alike
        r = client.get("/api/stats", params=params)
        assert r.status_code == 422 and r.json()["message"] == message


def test_exports_carry_the_same_filter(api):
    import geojson
    import pandas as pd

    client, _, _ = api
    r = client.get("/api/events", params={"format": "geojson", "bbox": "35.5,32,42.5,37.5"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/geo+json")
    assert "attachment" in r.headers["content-disposition"]
    fc = geojson.loads(r.text)
    assert fc.is_valid and fc["type"] == "FeatureCollection"
    assert {f["properties"]["location"] for f in fc["features"]} == {"Maarrat an Numan", "Al Mayadin", "Duma"}
    maarra = next(f for f in fc["features"] if f["properties"]["location"] == "Maarrat an Numan")
    assert maarra["geometry"]["coordinates"] == [36.67693, 35.6483]

    r = client.get("/api/events", params={"format": "csv", "event_type": "Battles"})
    assert r.headers["content-type"].startswith("text/csv")
    df = pd.read_csv(io.StringIO(r.text))
    assert list(df.columns[:3]) == ["event_id_cnty", "event_date", "year"]
    assert list(df["location"]) == ["Al Mayadin"] and list(df["fatalities"]) == [3]

    everything = client.get("/api/events", params={"format": "ucdp-csv"}).text
    assert len(list(csv.DictReader(io.StringIO(everything)))) == 5
    two = client.get("/api/events", params={"format": "jsonl", "limit": 2, "offset": 1}).text
    assert len(two.strip().splitlines()) == 2


def test_event_detail_has_every_source_with_evidence_and_document_links(api):
    client, _, _ = api
    ev = webdata.event_by_place(client, "Maarrat an Numan")
    detail = client.get(f"/api/events/{ev['id']}").json()
    assert detail["event"]["id"] == ev["id"] and detail["event"]["n_sources"] == 2
    assert detail["event"]["confidence"] == 0.8
    assert len(detail["sources"]) == 2
    for src in detail["sources"]:
        doc = client.get(src["document"]["href"]).json()
        original, _ = webdata.REPORTS[doc["doc_id"]]
        assert doc["text"] == original and src["document"]["doc_id"] == doc["doc_id"]
        assert ev["id"] in doc["events"]
        for e in src["evidence"]:
            assert doc["text"][e["start"]:e["end"]] == e["text"]
        assert src["reason"]["checks"]
        plain = client.get(src["document"]["href"], params={"format": "txt"})
        assert plain.headers["content-type"].startswith("text/plain") and plain.text == original
    assert {s["document"]["source"] for s in detail["sources"]} == {"Smart News", "Enab Baladi"}
    assert detail["history"] == []


def test_unknown_ids_are_404(api):
    client, _, token = api
    for path in ("/api/events/Enothere", "/api/events/Enothere/history", "/api/documents/99999"):
        r = client.get(path)
        assert r.status_code == 404 and "no " in r.json()["detail"], path
    r = client.post("/api/events/Enothere/review", json={"action": "accept"}, headers=auth(token))
    assert r.status_code == 404
    assert client.get("/api/documents/abc").status_code == 422


def test_stats_count_by_day_type_governorate_and_status(api):
    client, _, _ = api
    s = client.get("/api/stats").json()
    assert s["total"] == 5 and s["fatalities"] == 8
    assert {d["key"]: d["n"] for d in s["by_event_type"]} == {
        "Explosions/Remote violence": 2, "Battles": 1, "Protests": 1, "Strategic developments": 1}
    assert {d["key"]: d["n"] for d in s["by_admin1"]}["Idleb"] == 1
    assert [d["key"] for d in s["by_day"]] == ["2017-06-18", "2017-06-20", "2017-06-22", "2017-06-25",
                                               "2018-07-14"]
    assert {d["key"]: d["n"] for d in s["by_status"]} == {"active": 5}
    narrowed = client.get("/api/stats", params={"admin1": "Idleb"}).json()
    assert narrowed["total"] == 1 and narrowed["by_day"] == [{"key": "2017-06-20", "n": 1}]


# --- authentication ---------------------------------------------------------------------------

def test_writes_need_a_valid_token(api):
    client, store, token = api
    ev = webdata.event_by_place(client, "Al Mayadin")
    url = f"/api/events/{ev['id']}/review"
    r = client.post(url, json={"action": "accept"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert "rasd token create" in r.json()["detail"]
    assert client.post(url, json={"action": "accept"}, headers=auth("rasd_wrong")).status_code == 403
    assert client.post(url, json={"action": "accept"}, headers={"Authorization": "Basic eDp5"}).status_code == 401
    other, _ = create_token(store, "bilal")
    revoke_tokens(store, "bilal")
    r = client.post(url, json={"action": "accept"}, headers=auth(other))
    assert r.status_code == 403 and "revoked" in r.json()["detail"]
    assert client.get(f"/api/events/{ev['id']}").json()["event"]["status"] == "active"  # nothing happened
    assert client.post(url, json={"action": "accept"}, headers=auth(token)).status_code == 200


def test_reading_can_require_a_token(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'closed.db'}")
    webdata.fill(store)
    token, _ = create_token(store, "reader")
    with TestClient(create_app(WebSettings(read_token_required=True), store=store)) as c:
        for path in ("/api/events", "/api/stats", "/api/events?format=csv", "/api/documents/1"):
            assert c.get(path).status_code == 401, path
            assert c.get(path, headers=auth("rasd_bad")).status_code == 403, path
            assert c.get(path, headers=auth(token)).status_code == 200, path
        assert c.get("/api/config").json()["read_token_required"] is True   # the page needs to know
        assert c.get("/").status_code == 200                                # code, not data
    store.close()


# --- reviews ----------------------------------------------------------------------------------

def test_accept_edit_reject_are_kept_with_before_and_after(api):
    client, _, token = api
    ev = webdata.event_by_place(client, "Maarrat an Numan")
    url = f"/api/events/{ev['id']}/review"
    r = client.post(url, json={"action": "accept", "comment": "two outlets agree"}, headers=auth(token))
    assert r.status_code == 200, r.text
    assert r.json()["reviewer"] == "amal"            # the token's name when none is given
    assert r.json()["event"]["status"] == "accepted"

    changes = {"fatalities": 4, "fatalities_low": 4, "fatalities_high": 4, "actor1": "Syrian Government Forces"}
    r = client.post(url, json={"action": "edit", "reviewer": "Amal K.", "changes": changes,
                               "comment": "the second report corrects the toll"}, headers=auth(token))
    assert r.status_code == 200, r.text
    after = r.json()["event"]
    assert after["fatalities"] == 4 and after["actor1"] == "Syrian Government Forces" and after["edited"]

    history = client.get(f"{url.removesuffix('/review')}/history").json()["reviews"]
    assert [h["action"] for h in history] == ["accept", "edit"]
    assert history[0]["comment"] == "two outlets agree"
    assert {"field": "status", "before": "active", "after": "accepted"} in history[0]["changes"]
    assert history[1]["reviewer"] == "Amal K."
    assert {"field": "fatalities", "before": 5, "after": 4} in history[1]["changes"]
    assert history[1]["before"]["actor1"] == "Russian Forces" and history[1]["after"]["actor1"] == \
        "Syrian Government Forces"
    detail = client.get(f"/api/events/{ev['id']}").json()
    assert detail["event"]["overrides"]["fatalities"] == 4 and len(detail["history"]) == 2

    r = client.post(url, json={"action": "reject"}, headers=auth(token))
    assert r.json()["event"]["status"] == "rejected"
    assert "Maarrat an Numan" not in ids(client.get("/api/events").json())
    assert ids(client.get("/api/events", params={"status": "rejected"}).json()) == {"Maarrat an Numan"}


def test_edit_dates_and_place(api):
    client, _, token = api
    ev = webdata.event_by_place(client, "Al Mayadin")
    changes = {"event_date": "2017-06-17", "date_start": "2017-06-17", "date_end": "2017-06-17",
               "location": "Al Ashara", "latitude": 34.92, "longitude": 40.56, "sub_event_type":
               "Non-state actor overtakes territory"}
    r = client.post(f"/api/events/{ev['id']}/review", json={"action": "edit", "changes": changes},
                    headers=auth(token))
    assert r.status_code == 200, r.text
    e = r.json()["event"]
    assert (e["event_date"], e["location"], e["latitude"], e["event_type"]) == (
        "2017-06-17", "Al Ashara", 34.92, "Battles")
    assert ids(client.get("/api/events", params={"until": "2017-06-17"}).json()) == {"Al Ashara"}


def test_split_and_merge_through_the_api(api):
    client, _, token = api
    ev = webdata.event_by_place(client, "Maarrat an Numan")
    detail = client.get(f"/api/events/{ev['id']}").json()
    second = detail["sources"][1]["record_id"]
    r = client.post(f"/api/events/{ev['id']}/review",
                    json={"action": "split", "record_ids": [second], "comment": "two raids"}, headers=auth(token))
    assert r.status_code == 200, r.text
    new = r.json()["new_event"]
    assert new["n_sources"] == 1 and r.json()["event"]["n_sources"] == 1
    assert r.json()["history"][-1]["new_event"] == new["id"]
    assert client.get("/api/events", params={"q": "Maarrat"}).json()["total"] == 2

    r = client.post(f"/api/events/{ev['id']}/review", json={"action": "merge", "other": new["id"]},
                    headers=auth(token))
    assert r.status_code == 200 and r.json()["event"]["n_sources"] == 2
    gone = client.get(f"/api/events/{new['id']}").json()["event"]
    assert gone["status"] == "merged" and gone["merged_into"] == ev["id"]
    r = client.post(f"/api/events/{new['id']}/review", json={"action": "accept"}, headers=auth(token))
    assert r.status_code == 409 and "merged" in r.json()["detail"]

    bad = client.post(f"/api/events/{ev['id']}/review", json={"action": "split", "record_ids": [999999]},
                      headers=auth(token))
    assert bad.status_code == 422 and "record ids of this event" in bad.json()["detail"]
    bad = client.post(f"/api/events/{ev['id']}/review", json={"action": "merge", "other": "Enothere"},
                      headers=auth(token))
    assert bad.status_code == 422 and bad.json()["detail"] == "other: no event 'Enothere' to merge"


@pytest.mark.parametrize("body, words", [
    ({"action": "approve"}, "action"),
    ({"action": "edit"}, "edit needs `changes`"),
    ({"action": "edit", "changes": {}}, "edit needs `changes`"),
    ({"action": "edit", "changes": {"killed": 3}}, "changes.killed"),
    ({"action": "edit", "changes": {"sub_event_type": "Airstrike"}}, "not an ACLED sub-event type"),
    ({"action": "edit", "changes": {"event_type": "Battles", "sub_event_type": "Air/drone strike"}},
     "belongs to"),
    ({"action": "edit", "changes": {"latitude": 34.1}}, "latitude and longitude"),
    ({"action": "edit", "changes": {"latitude": 134.1, "longitude": 3}}, "changes.latitude"),
    ({"action": "edit", "changes": {"fatalities": -1}}, "changes.fatalities"),
    ({"action": "edit", "changes": {"fatalities": 9, "fatalities_high": 3}}, "low <= best <= high"),
    ({"action": "edit", "changes": {"event_date": "2017-02-30"}}, "changes.event_date"),
    ({"action": "edit", "changes": {"sub_event_type": None}}, "cannot be cleared"),
    ({"action": "accept", "changes": {"actor1": "X"}}, "takes no `changes`"),
    ({"action": "split"}, "record_ids"),
    ({"action": "merge"}, "`other`"),
    ({"action": "accept", "reviewer": "x" * 201}, "reviewer"),
    ({"action": "accept", "token": "smuggled"}, "token"),
])
def test_bad_reviews_are_422_and_change_nothing(api, body, words):
    client, _, token = api
    ev = webdata.event_by_place(client, "Duma")
    r = client.post(f"/api/events/{ev['id']}/review", json=body, headers=auth(token))
    assert r.status_code == 422
    assert words in r.json()["message"], r.json()["message"]
    assert client.get(f"/api/events/{ev['id']}/history").json()["reviews"] == []


# --- untrusted text, headers, docs, basemap -------------------------------------------------------

def test_report_text_with_markup_comes_back_as_data(api):
    client, _, _ = api
    ev = webdata.event_by_place(client, "Duma")
    r = client.get(f"/api/events/{ev['id']}")
    assert r.headers["content-type"] == "application/json"
    assert r.headers["x-content-type-options"] == "nosniff"
    src = r.json()["sources"][0]
    assert webdata.XSS_SCRIPT in src["evidence"][0]["text"]      # the quote is kept exactly, as data
    assert src["document"]["source"] == f"{webdata.XSS_IMG}.txt"
    doc = client.get(src["document"]["href"]).json()
    text, _ = webdata.REPORTS["duma-xss"]
    assert doc["text"] == text
    e = src["evidence"][0]
    assert doc["text"][e["start"]:e["end"]] == e["text"]           # code-point offsets past the emoji
    plain = client.get(src["document"]["href"], params={"format": "txt"})
    assert plain.headers["content-type"].startswith("text/plain")
    assert plain.headers["x-content-type-options"] == "nosniff"
    # an attacker's parameter echoed in an error is JSON, never HTML
    r = client.get("/api/events", params={"event_type": webdata.XSS_SCRIPT})
    assert r.status_code == 422 and r.headers["content-type"] == "application/json"


def test_every_answer_says_how_long_the_app_took(api):
    # Server-Timing separates the app's own time from waiting in front of it (bench/api.py)
    client, _, _ = api
    for path in ("/api/events", "/api/events/no-such-event", "/"):
        r = client.get(path)
        name, dur = r.headers["server-timing"].split(";")
        assert name == "app" and dur.startswith("dur=")
        assert 0 <= float(dur[4:]) < 60_000


def test_page_has_a_strict_csp_and_no_inline_script_or_html_sinks(api):
    client, _, _ = api
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    csp = dict(p.strip().split(" ", 1) for p in r.headers["content-security-policy"].split(";"))
    assert csp["script-src"] == "'self'" and "unsafe" not in csp["style-src"]
    assert csp["object-src"] == "'none'" and csp["frame-ancestors"] == "'none'"
    assert r.headers["x-frame-options"] == "DENY"
    html = r.text
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline <script> in the page"
    assert not re.search(r"\son[a-z]+\s*=", html), "inline event handler in the page"
    assert not re.search(r"\sstyle\s*=", html), "inline style in the page"
    for src in re.findall(r'<script[^>]*src="([^"]+)"', html) + re.findall(r'href="(/static/[^"]+)"', html):
        assert client.get(src).status_code == 200, src
    for js in (STATIC / "js").glob("*.js"):
        code = js.read_text(encoding="utf-8")
        code = re.sub(r"^\s*//.*$", "", code, flags=re.M)
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
            assert sink not in code, f"{js.name} uses {sink}"


def test_tile_server_setting_reaches_the_csp_and_the_page(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 't.db'}")
    settings = WebSettings(tiles="https://{s}.tiles.example.org/{z}/{x}/{y}.png", tiles_attribution="© Example")
    with TestClient(create_app(settings, store=store)) as c:
        csp = c.get("/").headers["content-security-policy"]
        assert "img-src 'self' data: https://*.tiles.example.org;" in csp
        assert c.get("/api/config").json()["tiles"] == settings.tiles
    store.close()
    with pytest.raises(ValueError, match="lacks"):
        WebSettings(tiles="https://tiles.example.org/tile.png")
    with pytest.raises(ValueError, match="http"):
        WebSettings(tiles="javascript:alert(1)//{z}/{x}/{y}")


def test_openapi_and_docs_are_served_offline(api):
    client, _, _ = api
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/events/{event_id}/review",
                 "/api/events/{event_id}/history", "/api/documents/{document_id}", "/api/stats"):
        assert path in spec["paths"], path
    assert "HTTPBearer" in json.dumps(spec["components"]["securitySchemes"])
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()
    assert "script-src 'self';" in docs.headers["content-security-policy"]
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200


def test_offline_basemap_layers(api):
    client, _, _ = api
    gov = client.get("/api/basemap/admin1").json()
    names = {f["properties"]["name"] for f in gov["features"]}
    assert {"Idleb", "Deir-ez-Zor", "Baghdad"} <= names
    assert all(f["properties"]["source"] and f["geometry"]["type"] == "Point" for f in gov["features"])
    world = client.get("/static/vendor/world-atlas/countries-50m.json").json()
    assert world["type"] == "Topology"
    countries = {g["properties"]["name"] for g in world["objects"]["countries"]["geometries"]}
    assert {"Syria", "Iraq", "Yemen", "Libya", "Sudan"} <= countries
    assert (STATIC / "vendor" / "leaflet" / "LICENSE").is_file()


@pytest.mark.parametrize("kw", [
    {}, {"since": "2017-06-20"}, {"until": "2017-06-20"}, {"bbox": "36,33,38,36"},
    {"actor": "forces"}, {"since": "2017-06-19", "until": "2018-01-01", "bbox": "30,30,50,40", "actor": "russian"},
])
def test_web_filter_selects_what_the_store_filter_selects(api, kw):
    """Dates, bbox and actor mean the same in the API as in `rasd export` (the store's EventFilter)."""
    from rasd.store.query import EventFilter, iter_events
    from rasd.web.filters import ApiFilter
    from rasd.web.queries import list_events

    _, store, _ = api
    expected = {e.event_id for e in iter_events(store, EventFilter.build(include_rejected=True, **kw))}
    flt = ApiFilter.parse(status="all", **kw)
    assert {e["id"] for e in list_events(store, flt, 100, 0)[1]} == expected
    assert {e.event_id for e in iter_events(store, flt)} == expected      # exports: the same rows
