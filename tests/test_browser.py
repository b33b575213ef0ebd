"""The map page in a real headless browser (Debian's chromium + chromedriver, driven by Selenium).

A server (uvicorn in a thread, on a free loopback port) serves a store of the
test reports; the browser loads the page and does what an analyst does:
looks at the markers, opens an event, reads the highlighted evidence,
accepts and edits it, filters.  The browser's console must stay free of
errors throughout (a Content-Security-Policy violation is a console error).
On a developer machine without chromium these tests are skipped; in CI
(`CI` set) they fail instead, since `.ci/run` installs it.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import pytest

import webdata
from rasd.store import open_store
from rasd.web import WebSettings, create_app
from rasd.web.tokens import create_token

CHROMIUM = os.environ.get("RASD_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("RASD_CHROMEDRIVER", "/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
WAIT = 20


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not (Path(p).exists() or shutil.which(p))]
    if missing:
        msg = f"headless browser tests need {', '.join(missing)} (apt-get install chromium chromium-driver)"
        if _in_ci():
            pytest.fail(f"CI: {msg}; .ci/run should have installed them")
        pytest.skip(msg)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1400,900", "--lang=en-US",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(WAIT)
    try:
        yield driver
    finally:
        driver.quit()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('web') / 'browser.db'}")
    webdata.fill(store)
    token, _ = create_token(store, "browser-test")
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(WebSettings(), store=store), host="127.0.0.1", port=port,
                                        log_level="warning", lifespan="on"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + WAIT
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    try:
        yield SimpleNamespace(url=f"http://127.0.0.1:{port}", token=token, store=store)
    finally:
        srv.should_exit = True
        thread.join(10)
        store.close()


def api(server, path: str):
    with urllib.request.urlopen(server.url + path, timeout=10) as r:
        return json.loads(r.read())


def event_id(server, location: str) -> str:
    page = api(server, "/api/events?status=all")
    return next(e["id"] for e in page["events"] if e["location"] == location)


def wait(driver, condition, what: str):
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    # the panel is rebuilt when an event changes: an element read mid-rebuild is stale, look again
    return WebDriverWait(driver, WAIT, poll_frequency=0.1,
                         ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda d: condition(d), message=what)


def console_errors(driver) -> list[str]:
    return [f"{e['level']}: {e['message']}" for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def loads(driver) -> int:
    return int(driver.execute_script("return document.body.dataset.loads || '0'"))


def open_page(driver, server) -> None:
    driver.get(server.url + "/")
    wait(driver, lambda d: loads(d) >= 1 and d.execute_script("return document.body.dataset.state") == "ready",
         "the page's first load of events")


def count_text(driver) -> str:
    return driver.find_element("id", "count").text


def open_event(driver, server, location: str) -> str:
    """Click the event's marker and wait for the panel to show it."""
    eid = event_id(server, location)
    wait(driver, lambda d: d.find_element("id", "map").get_attribute("data-moving") != "true", "the map at rest")
    marker = wait(driver, lambda d: d.find_elements("css selector", f'.ev-marker[data-event-id="{eid}"]'),
                  f"the marker of {location}")[0]
    marker.click()
    wait(driver, lambda d: d.find_element("id", "panel").get_attribute("data-event-id") == eid and
         d.find_element("id", "panel").get_attribute("data-state") == "ready", f"the panel of {location}")
    return eid


@pytest.fixture
def page(browser, server):
    open_page(browser, server)
    browser.get_log("browser")  # start each test with an empty console (load errors are checked below)
    yield browser
    assert console_errors(browser) == []


def test_page_loads_with_markers_basemap_and_no_console_errors(browser, server):
    open_page(browser, server)
    assert count_text(browser) == "5 events · 1 without coordinates (table only)"
    markers = browser.find_elements("css selector", ".ev-marker")
    clusters = browser.find_elements("css selector", ".ev-cluster")
    assert len(markers) + sum(int(c.text) for c in clusters) == 4
    assert {m.get_attribute("data-event-id") for m in markers} <= {e["id"] for e in api(server, "/api/events")["events"]}
    colours = {c for m in markers for c in m.get_attribute("class").split() if c.startswith("t-")}
    assert {"t-battles", "t-explosions", "t-protests"} <= colours
    # the offline basemap: Natural Earth countries as SVG paths, governorate labels from the gazetteer
    wait(browser, lambda d: len(d.find_elements("css selector", ".leaflet-overlay-pane path")) > 50,
         "country outlines")
    labels = {e.text for e in browser.find_elements("css selector", ".admin1-label")}
    assert {"Idleb", "Deir-ez-Zor"} <= labels
    assert browser.execute_script("return typeof L") == "object"
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "web-map.png"))
    assert console_errors(browser) == []


def test_a_marker_opens_the_panel_with_the_evidence_highlighted(page, server):
    eid = open_event(page, server, "Maarrat an Numan")
    panel = page.find_element("id", "panel")
    assert panel.find_element("id", "panel-title").text == "Air/drone strike"
    reports = panel.find_elements("css selector", ".report")
    assert len(reports) == 2 and all(r.get_attribute("dir") == "rtl" for r in reports)
    marks = [m.text for m in panel.find_elements("css selector", "mark.evidence")]
    assert sorted(marks) == sorted([webdata.REPORTS["maarra-1"][1], webdata.REPORTS["maarra-2"][1]])
    # the highlighted words sit inside the full report, which reads as the original
    texts = [r.get_attribute("textContent") for r in reports]
    assert sorted(texts) == sorted([webdata.REPORTS["maarra-1"][0], webdata.REPORTS["maarra-2"][0]])
    assert "Arab" in page.execute_script("return getComputedStyle(arguments[0]).fontFamily", reports[0]) or \
        "Naskh" in page.execute_script("return getComputedStyle(arguments[0]).fontFamily", reports[0])
    assert "selected" in page.find_element("css selector", f'.ev-marker[data-event-id="{eid}"]').get_attribute(
        "class").split()
    ARTIFACTS.mkdir(exist_ok=True)
    page.save_screenshot(str(ARTIFACTS / "web-panel.png"))


def test_markup_in_a_report_is_shown_as_text_and_never_runs(page, server):
    from selenium.common.exceptions import NoAlertPresentException

    open_event(page, server, "Duma")
    panel = page.find_element("id", "panel")
    marks = [m.get_attribute("textContent") for m in panel.find_elements("css selector", "mark.evidence")]
    assert marks == [webdata.REPORTS["duma-xss"][1]]          # offsets held past the emoji
    assert webdata.XSS_SCRIPT in marks[0]
    report = panel.find_element("css selector", ".report").get_attribute("textContent")
    assert report == webdata.REPORTS["duma-xss"][0]
    assert webdata.XSS_IMG in panel.get_attribute("textContent")       # the source name, as text
    assert panel.find_elements("css selector", "img, script, iframe") == []
    assert panel.find_elements("css selector", 'a[href^="javascript"]') == []
    time.sleep(0.3)
    with pytest.raises(NoAlertPresentException):
        page.switch_to.alert.text
    assert page.execute_script("return window.__xss") is None


def test_accept_and_edit_in_the_page_change_the_event_and_its_history(page, server):
    page.find_element("id", "reviewer-name").send_keys("Test Reviewer")
    page.find_element("id", "reviewer-token").send_keys(server.token)
    eid = open_event(page, server, "Al Mayadin")
    before = loads(page)
    page.find_element("id", "btn-accept").click()
    wait(page, lambda d: d.find_element("id", "panel-status").text == "accepted", "status accepted in the panel")
    wait(page, lambda d: d.find_elements("css selector", '#history-list li[data-action="accept"]'), "history")
    entry = page.find_element("css selector", '#history-list li[data-action="accept"]')
    assert "Test Reviewer" in entry.text
    wait(page, lambda d: loads(d) > before, "the map reloads after a review")

    page.find_element("css selector", "details.edit summary").click()
    killed = page.find_element("id", "edit-fatalities")
    killed.clear()
    killed.send_keys("7")
    page.find_element("id", "review-comment").send_keys("third source gives 7")
    page.find_element("id", "btn-edit").click()
    wait(page, lambda d: d.find_elements("css selector", '#history-list li[data-action="edit"]'), "edit in history")
    change = page.find_element("css selector", '#history-list li[data-action="edit"] li[data-field="fatalities"]')
    assert change.text == "fatalities: 3 → 7"
    facts = page.find_element("css selector", "#panel .facts").text
    assert "Killed\n7" in facts
    detail = api(server, f"/api/events/{eid}")
    assert detail["event"]["fatalities"] == 7 and detail["event"]["status"] == "accepted"
    assert [h["action"] for h in detail["history"]] == ["accept", "edit"]
    assert detail["history"][1]["comment"] == "third source gives 7"
    assert detail["history"][1]["reviewer"] == "Test Reviewer"


def test_filters_change_the_count_and_the_markers(page, server):
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select

    n = loads(page)
    Select(page.find_element("id", "f-event-type")).select_by_visible_text("Battles")
    wait(page, lambda d: loads(d) > n, "reload after choosing a type")
    assert count_text(page) == "1 event"
    assert len(page.find_elements("css selector", ".ev-marker")) == 1
    assert "event_type=Battles" in page.find_element("id", "export-csv").get_attribute("href")

    n = loads(page)
    page.find_element("id", "reset").click()
    wait(page, lambda d: loads(d) > n, "reload after reset")
    assert count_text(page).startswith("5 events")

    n = loads(page)
    box = page.find_element("id", "f-q")
    box.send_keys("البصرة", Keys.ENTER)                      # the report's own words
    wait(page, lambda d: loads(d) > n, "reload after a text search")
    assert count_text(page) == "1 event"
    page.find_element("id", "reset").click()
    wait(page, lambda d: count_text(d).startswith("5 events"), "reset")

    # the time range: move the first handle to 2017-06-21 -> events before it drop out
    n = loads(page)
    page.execute_script(
        "const r = document.getElementById('range-from'); r.value = '3';"
        "r.dispatchEvent(new Event('input')); r.dispatchEvent(new Event('change'));")
    wait(page, lambda d: loads(d) > n, "reload after moving the time range")
    assert page.find_element("id", "f-since").get_attribute("value") == "2017-06-21"
    assert count_text(page) == "3 events · 1 without coordinates (table only)"


def test_table_view_lists_every_event_and_opens_one(page, server):
    page.find_element("id", "show-table").click()
    rows = wait(page, lambda d: d.find_elements("css selector", "#events-table tbody tr"), "table rows")
    assert len(rows) == 5
    eid = event_id(server, webdata.ARRESTS_PLACE)
    page.find_element("css selector", f'#events-table tbody tr[data-event-id="{eid}"]').click()
    wait(page, lambda d: d.find_element("id", "panel").get_attribute("data-event-id") == eid and
         d.find_element("id", "panel").get_attribute("data-state") == "ready", "panel from the table")
    marks = [m.text for m in page.find_elements("css selector", "#panel mark.evidence")]
    assert marks == [webdata.REPORTS["talbiseh-arrests"][1]]
    page.find_element("id", "show-map").click()


def test_api_docs_page_renders_offline(browser, server):
    browser.get(server.url + "/docs")
    wait(browser, lambda d: d.find_elements("css selector", ".swagger-ui .title"), "Swagger UI")
    assert "rasd API" in browser.find_element("css selector", ".swagger-ui .title").text
    assert console_errors(browser) == []
