"""`rasd gazetteer` commands, through the real CLI app."""
from pathlib import Path

from typer.testing import CliRunner

from rasd.cli import app

FIX = Path(__file__).parent / "fixtures" / "geo"
runner = CliRunner()


def test_stats_counts_per_country_and_level():
    r = runner.invoke(app, ["gazetteer", "stats", "--gazetteer", "/nonexistent/user.tsv"], env={"COLUMNS": "200"})
    assert r.exit_code == 0, r.output
    sy = next(line for line in r.output.splitlines() if " SY " in line)
    assert "14 (14/14)" in sy and "62 (62/62)" in sy and "272 (272/272)" in sy


def test_lookup_ranks_with_reasons():
    r = runner.invoke(app, ["gazetteer", "lookup", "صوران", "--context", "اشتباكات قرب مورك في ريف حماة",
                            "--gazetteer", "/nonexistent/user.tsv"], env={"COLUMNS": "250"})
    assert r.exit_code == 0, r.output
    hama, aleppo = r.output.find("gn:163915"), r.output.find("gn:163913")   # Suran (Hama), Suran (Aleppo)
    assert 0 <= hama < aleppo
    assert "Hama named in the report" in r.output


def test_lookup_of_nothing_exits_1():
    r = runner.invoke(app, ["gazetteer", "lookup", "لامكان", "--gazetteer", "/nonexistent/user.tsv"])
    assert r.exit_code == 1


def test_import_commands_write_the_user_gazetteer(tmp_path):
    user = tmp_path / "g.tsv"
    r = runner.invoke(app, ["gazetteer", "import", "geonames", str(FIX / "SY_sample.txt"),
                            "--alternate-names", str(FIX / "alternateNames_sample.txt"), "--gazetteer", str(user)])
    assert r.exit_code == 0, r.output and "new" in r.output
    r = runner.invoke(app, ["gazetteer", "import", "ocha", str(FIX / "ocha_sample.csv"), "--gazetteer", str(user)])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["gazetteer", "import", "csv", str(FIX / "places_sample.tsv"), "--name-col", "الاسم",
                            "--lat-col", "y", "--lon-col", "x", "--gazetteer", str(user)])
    assert r.exit_code == 0, r.output
    text = user.read_text(encoding="utf-8")
    assert "قرية الاختبار" in text and "مزرعة التمرين" in text and "عين الشاهد" in text
    # imported points were placed in the packaged admin hierarchy
    row = next(l for l in text.splitlines() if l.startswith("gn:9900001\t"))
    assert "\tSY09\t" in row
    r = runner.invoke(app, ["gazetteer", "lookup", "قرية الاختبار", "--gazetteer", str(user)], env={"COLUMNS": "200"})
    assert "gn:9900001" in r.output


def test_import_of_a_bad_file_is_an_error_and_keeps_the_file(tmp_path):
    user = tmp_path / "g.tsv"
    runner.invoke(app, ["gazetteer", "import", "ocha", str(FIX / "ocha_sample.csv"), "--gazetteer", str(user)])
    before = user.read_bytes()
    deep = tmp_path / ("a-folder-with-a-long-name-" * 4)   # the message must not be wrapped at the path
    deep.mkdir()
    bad = deep / "bad.txt"
    bad.write_text("nothing,here\n", encoding="utf-8")
    r = runner.invoke(app, ["gazetteer", "import", "geonames", str(bad), "--gazetteer", str(user)])
    assert r.exit_code == 2 and "not a GeoNames dump" in r.output
    assert user.read_bytes() == before
