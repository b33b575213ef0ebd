"""Is this text Arabic?  A script-ratio test, cheap enough to run on every document."""
from __future__ import annotations

#: below this share of Arabic letters among all letters a document is not Arabic
MIN_ARABIC_SHARE = 0.3


def arabic_share(text: str, sample: int = 20_000) -> float:
    """Share of Arabic-script letters among the letters of (a prefix of) `text`."""
    letters = arabic = 0
    for c in text[:sample]:
        if c.isalpha():
            letters += 1
            if "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" or "\ufb50" <= c <= "\ufeff":
                arabic += 1
    return arabic / letters if letters else 0.0


def is_arabic(text: str) -> bool:
    return arabic_share(text) >= MIN_ARABIC_SHARE
