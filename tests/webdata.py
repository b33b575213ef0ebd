"""Reports and records the web tests share: a small store an analyst could look at.

The reports are short Arabic texts written for these tests about real towns
the gazetteer knows (coordinates as `rasd gazetteer lookup` gives them).  The
records are what an extractor would yield for them, with evidence spans that
quote the report exactly, so the tests do not depend on the extractor's
current output.  One report carries an XSS payload in its text, its evidence
and its source name, and an emoji before the evidence (offsets are code
points, not UTF-16 units).
"""
from __future__ import annotations

from datetime import date

from rasd.model import EVENT_TYPE_OF, Document, Record, Span
from rasd.scale import ExtractResult

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = '<img src=x onerror="window.__xss=1;alert(2)">'

MAARRA = dict(location="Maarrat an Numan", location_text="مدينة معرة النعمان", admin1="Idleb",
              admin2="Al Ma'ra", latitude=35.6483, longitude=36.67693, country="Syria", iso=760)
MAYADIN = dict(location="Al Mayadin", location_text="مدينة الميادين", admin1="Deir-ez-Zor",
               admin2="Al Mayadin", latitude=35.01982, longitude=40.45154, country="Syria", iso=760)
DUMA = dict(location="Duma", location_text="مدينة دوما", admin1="Rural Damascus", admin2="Duma",
            latitude=33.57175, longitude=36.4027, country="Syria", iso=760)
BASRA = dict(location="Basrah", location_text="مدينة البصرة", admin1="Al-Basrah", admin2="Al-Basrah",
             latitude=30.5085, longitude=47.7804, country="Iraq", iso=368)

REPORTS = {
    "maarra-1": ("قصفت طائرات حربية روسية مدينة معرة النعمان في ريف إدلب الجنوبي صباح الثلاثاء، "
                 "ما أدى إلى مقتل خمسة مدنيين بينهم طفلان وإصابة آخرين.",
                 "قصفت طائرات حربية روسية مدينة معرة النعمان"),
    "maarra-2": ("أفاد ناشطون محليون بمقتل خمسة مدنيين جراء غارات روسية استهدفت سوقاً شعبياً في معرة النعمان "
                 "يوم الثلاثاء.",
                 "غارات روسية استهدفت سوقاً شعبياً في معرة النعمان"),
    "mayadin": ("اندلعت اشتباكات عنيفة بين قوات سوريا الديمقراطية وتنظيم الدولة الإسلامية في مدينة الميادين "
                "بريف دير الزور الشرقي، وقتل ثلاثة عناصر من قسد.",
                "اندلعت اشتباكات عنيفة بين قوات سوريا الديمقراطية وتنظيم الدولة الإسلامية في مدينة الميادين"),
    "duma-xss": (f"📍 سقطت قذائف هاون أطلقتها قوات النظام على مدينة دوما {XSS_SCRIPT} في الغوطة الشرقية، "
                 f"وأصيب عشرة مدنيين بجروح {XSS_IMG}.",
                 f"سقطت قذائف هاون أطلقتها قوات النظام على مدينة دوما {XSS_SCRIPT}"),
    "basra": ("تظاهر مئات من أهالي مدينة البصرة أمام مبنى المحافظة احتجاجاً على انقطاع الكهرباء.",
              "تظاهر مئات من أهالي مدينة البصرة أمام مبنى المحافظة"),
    "talbiseh-arrests": ("اعتقلت قوات النظام عدداً من الشبان في قرية صغيرة قرب تلبيسة بريف حمص الشمالي.",
                         "اعتقلت قوات النظام عدداً من الشبان"),
}

#: the arrests report names no known place: the event has no coordinates and keeps the words as its place
ARRESTS_PLACE = "قرية صغيرة قرب تلبيسة"

#: doc id -> (published, source name, record fields)
CODING = {
    "maarra-1": ("2017-06-20", "Smart News", dict(
        sub_event_type="Air/drone strike", actor1="Russian Forces", actor2="Civilians",
        actor1_text="طائرات حربية روسية", event_date="2017-06-20", fatalities=5, fatalities_low=5,
        fatalities_high=5, civilian_targeting=True, confidence=0.8, **MAARRA)),
    "maarra-2": ("2017-06-21", "Enab Baladi", dict(
        sub_event_type="Air/drone strike", actor1="Russian Forces", actor2="Civilians",
        actor1_text="غارات روسية", event_date="2017-06-20", fatalities=5, fatalities_low=5, fatalities_high=5,
        civilian_targeting=True, confidence=0.7, **MAARRA)),
    "mayadin": ("2017-06-18", "Deir Ezzor 24", dict(
        sub_event_type="Armed clash", actor1="Syrian Democratic Forces", actor2="Islamic State",
        event_date="2017-06-18", fatalities=3, fatalities_low=3, fatalities_high=3, confidence=0.6, **MAYADIN)),
    "duma-xss": ("2017-06-25", f"{XSS_IMG}.txt", dict(
        sub_event_type="Shelling/artillery/missile attack", actor1="Syrian Government Forces",
        actor2="Civilians", actor1_text="قوات النظام", event_date="2017-06-25", injured=10, injured_low=10,
        injured_high=10, civilian_targeting=True, confidence=0.5, **DUMA)),
    "basra": ("2018-07-14", "Alsumaria", dict(
        sub_event_type="Peaceful protest", actor1="Protesters", event_date="2018-07-14", confidence=0.9,
        **BASRA)),
    "talbiseh-arrests": ("2017-06-22", "Homs Media", dict(
        sub_event_type="Arrests", actor1="Syrian Government Forces", actor2="Civilians",
        location_text=ARRESTS_PLACE, admin1="Homs", country="Syria", iso=760,
        event_date="2017-06-22", geo_precision=3, confidence=0.4)),
}


#: the XSS report's "original URL" is a javascript: URL, which the page must not make a link of
URLS = {"duma-xss": "javascript:window.__xss=2"}


def evidence(text: str, quote: str) -> Span:
    start = text.index(quote)  # Python indexes code points: what the contract's offsets count
    return Span(start, start + len(quote), quote)


def results(only: list[str] | None = None) -> list[ExtractResult]:
    out = []
    for doc_id in only or list(REPORTS):
        text, quote = REPORTS[doc_id]
        published, source, fields = CODING[doc_id]
        fields = dict(fields)
        sub = fields.pop("sub_event_type")
        fields.setdefault("geo_precision", 1)
        rec = Record(event_id=f"{doc_id}-0", doc_id=doc_id, event_type=EVENT_TYPE_OF[sub], sub_event_type=sub,
                     time_precision=1, evidence=[evidence(text, quote)], **fields)
        doc = Document(id=doc_id, text=text, published=date.fromisoformat(published), source=source,
                       url=URLS.get(doc_id, f"https://news.example/{doc_id}"))
        out.append(ExtractResult(doc, [rec]))
    return out


def fill(store) -> None:
    """Store the test reports; the two Maarrat an-Numan reports merge into one event."""
    from rasd.store import store_results

    store_results(store, results())


def event_by_place(client, location: str, **params) -> dict:
    page = client.get("/api/events", params={"status": "all", **params}).json()
    found = [e for e in page["events"] if e["location"] == location]
    assert len(found) == 1, (location, [e["location"] for e in page["events"]])
    return found[0]
