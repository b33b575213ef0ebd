"""Tables: CSV (UTF-8 with BOM, Windows-1256), TSV, UTF-16, JSON Lines, JSON, Parquet, column mapping."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from rasd.ingest import ReadProblem, read_documents
from rasd.model import Document

FIX = Path(__file__).parent / "fixtures" / "ingest" / "tabular"

KAFRNABEL = ("قصفت قوات النظام بقذائف الهاون بلدة كفرنبل في ريف إدلب الجنوبي، ما أدى إلى إصابة امرأة "
             "وطفلها بجروح.\nونقل الدفاع المدني المصابين إلى مشفى قريب.")
QAMISHLI = ("عثر الأهالي على جثة شاب مجهول الهوية قرب دوار الكرة الأرضية في مدينة القامشلي، "
            "وعليها آثار إطلاق نار.")
AL_BAB = "أصيب ثلاثة عناصر من الشرطة العسكرية بانفجار لغم أرضي على طريق مدينة الباب شرقي حلب."
GHAZALEH = ("استهدف مسلحون مجهولون بالرصاص سيارة مدنية على أوتوستراد دمشق – درعا قرب بلدة خربة غزالة، "
            "ما أدى إلى مقتل سائقها.")


def split(items):
    items = list(items)
    return ([i for i in items if isinstance(i, Document)],
            [i for i in items if isinstance(i, ReadProblem) and i.fatal],
            [i for i in items if isinstance(i, ReadProblem) and not i.fatal])


def test_utf8_bom_csv_texts_dates_counts_and_row_errors():
    docs, errors, warnings = split(read_documents([str(FIX / "sheet-utf8-bom.csv")]))
    assert [d.id for d in docs] == ["kafrnabel-0412", "qamishli-0413"]
    assert [d.text for d in docs] == [KAFRNABEL, QAMISHLI]       # BOM gone, the quoted newline kept
    assert [d.published for d in docs] == [date(2020, 4, 12), date(2020, 4, 13)]   # ISO and DD/MM/YYYY
    assert docs[0].title == "قصف بالهاون على كفرنبل" and docs[0].url == "https://example.org/kafrnabel-0412"
    assert docs[1].url is None
    # the third row has no text: an error naming its line (the second row spans lines 2-3)
    [err] = errors
    assert err.where.endswith("sheet-utf8-bom.csv:5") and "empty text" in err.reason
    assert warnings == []


def test_windows_1256_csv_with_arabic_headers_and_semicolons():
    docs, errors, warnings = split(read_documents([str(FIX / "excel-arabic-cp1256.csv")], text_column="الخبر",
                                                  date_column="التاريخ", id_column="رقم"))
    assert errors == []
    assert [d.text for d in docs] == [AL_BAB, GHAZALEH]
    assert [d.published for d in docs] == [date(2021, 3, 4), date(2021, 3, 5)]
    assert [d.id for d in docs] == ["1", "2"]
    [w] = warnings
    assert "cp1256" in w.reason


def test_missing_column_is_a_file_error_and_the_run_goes_on():
    items = list(read_documents([str(FIX / "excel-arabic-cp1256.csv"), str(FIX / "sheet-utf8-bom.csv")],
                                date_column="date"))
    docs, errors, _ = split(items)
    assert len(docs) == 2                                   # the second file is read
    first = errors[0]
    assert first.where.endswith("excel-arabic-cp1256.csv")
    assert "no column 'date'" in first.reason and "'الخبر'" in first.reason   # says what there is


def test_no_text_column_says_how_to_name_one(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text("id,report\n1,نص\n", encoding="utf-8")
    [err] = list(read_documents([str(p)]))
    assert err.fatal and "--text-column" in err.reason and "'report'" in err.reason


def test_tsv_in_utf16_as_excel_exports_unicode_text(tmp_path):
    p = tmp_path / "export.tsv"
    p.write_bytes("content\tdate\n".encode("utf-16") + f"{AL_BAB}\t2021-03-04\n".encode("utf-16-le"))
    docs, errors, _ = split(read_documents([str(p)]))
    assert errors == [] and [d.text for d in docs] == [AL_BAB] and docs[0].published == date(2021, 3, 4)
    assert docs[0].id.startswith("sha1-")                   # no id column: a content hash


def test_content_hash_ids_are_stable(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text(f"text\n{AL_BAB}\n{GHAZALEH}\n", encoding="utf-8")
    q = tmp_path / "b.csv"
    q.write_text(f"text\n{GHAZALEH}\n{AL_BAB}\n", encoding="utf-8")   # reordered rows keep their ids
    ids_a = [d.id for d in read_documents([str(p)])]
    ids_b = [d.id for d in read_documents([str(q)])]
    assert ids_a == ids_b[::-1] and len(set(ids_a)) == 2


def test_jsonl_with_mapping_and_bad_lines(tmp_path):
    p = tmp_path / "scraped.jsonl"
    lines = [json.dumps({"guid": "a1", "body": AL_BAB, "when": "2021-03-04T09:00:00+03:00"}, ensure_ascii=False),
             "{not json",
             json.dumps({"guid": "a2", "when": "2021-03-05"}),
             json.dumps({"guid": "a3", "body": GHAZALEH, "when": "yesterday"}, ensure_ascii=False)]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors, warnings = split(read_documents([str(p)], text_column="body", date_column="when",
                                                  id_column="guid"))
    assert [(d.id, d.published) for d in docs] == [("a1", date(2021, 3, 4)), ("a3", None)]
    assert [e.where.rsplit(":", 1)[1] for e in errors] == ["2", "3"]
    assert "malformed JSON" in errors[0].reason and "no column 'body'" in errors[1].reason
    [w] = warnings
    assert w.where.endswith(":4") and "ignoring date" in w.reason


def test_default_jsonl_fields_still_work(tmp_path):
    p = tmp_path / "d.jsonl"
    p.write_text(json.dumps({"id": "x", "text": AL_BAB, "published": "2021-03-04", "url": "u", "title": "t"},
                            ensure_ascii=False) + "\n", encoding="utf-8")
    [d] = read_documents([str(p)])
    assert (d.id, d.text, d.published, d.url, d.title) == ("x", AL_BAB, date(2021, 3, 4), "u", "t")


def test_json_array(tmp_path):
    p = tmp_path / "api.json"
    p.write_text(json.dumps([{"id": "k", "content": KAFRNABEL}, {"id": "q", "content": QAMISHLI}],
                            ensure_ascii=False), encoding="utf-8")
    assert [d.id for d in read_documents([str(p)])] == ["k", "q"]


def test_parquet_with_typed_dates(tmp_path):
    p = tmp_path / "reports.parquet"
    table = pa.table({"report_id": ["p1", "p2", "p3"], "article": [KAFRNABEL, QAMISHLI, None],
                      "pub": pa.array([date(2020, 4, 12), date(2020, 4, 13), None], pa.date32()),
                      "extra": [1, 2, 3]})
    pq.write_table(table, p)
    docs, errors, _ = split(read_documents([str(p)], text_column="article", date_column="pub",
                                           id_column="report_id"))
    assert [(d.id, d.text, d.published) for d in docs] == [("p1", KAFRNABEL, date(2020, 4, 12)),
                                                          ("p2", QAMISHLI, date(2020, 4, 13))]
    [e] = errors
    assert e.where.endswith("reports.parquet:row 3")


def test_damaged_parquet(tmp_path):
    p = tmp_path / "bad.parquet"
    p.write_bytes(b"PAR1" + bytes(50))
    [e] = read_documents([str(p)])
    assert e.fatal and "Parquet" in e.reason
