"""The extraction rules read the normalised text (أ إ آ -> ا, ى ئ -> ي, ة -> ه, ؤ -> و), so a word written in
a rule with one of those letters can never match: a dead alternative at best, a rule that never fires at
worst (stop 28 found "نتيجة"، "قذائف"، "مؤيد" and "القوة المهاجمة" so).  Word lists belong in the lexicon
files, which are normalised on loading; what is left in the code must be written as the text it reads."""
from __future__ import annotations

import ast
import re
from pathlib import Path

from rasd.extract import pipeline

_FOLDED = re.compile(r"[ةىأإآؤئ]")
#: literals that read the report as written, not the normalised text: file -> the literal
_READS_ORIGINAL = {("pipeline.py", "أإآ")}   # _hamza_alef: was the alef written with a hamza?
#: the modules whose job is those letters (the folding table, the script detector)
_ABOUT_THE_LETTERS = {"normalize.py", "script.py"}


def _code_literals(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            yield node


def test_no_rule_literal_holds_a_letter_normalisation_folds():
    bad = []
    for path in sorted(Path(pipeline.__file__).parent.parent.rglob("*.py")):
        if path.name in _ABOUT_THE_LETTERS:
            continue
        for node in _code_literals(path):
            outside_classes = re.sub(r"\[[^\]]*\]", "", node.value)   # "[يى]" is a harmless class
            if _FOLDED.search(outside_classes) and (path.name, node.value) not in _READS_ORIGINAL:
                bad.append(f"{path.name}:{node.lineno}: {node.value[:60]!r}")
    assert not bad, "\n".join(bad)


def test_the_check_finds_such_a_literal(tmp_path):
    f = tmp_path / "rule.py"
    f.write_text('import re\n_X = re.compile(r"(?:جراء|نتيجة)\\s")\n"""a docstring with نتيجة is prose"""\n',
                 encoding="utf-8")
    found = [n.value for n in _code_literals(f) if _FOLDED.search(re.sub(r"\[[^\]]*\]", "", n.value))]
    assert found == ["(?:جراء|نتيجة)\\s"]
