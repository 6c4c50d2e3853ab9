"""Transliteration-aware name keys.

Reporters write one Arabic name many ways: Al-Hasakah, al-Hasaka, Hassakeh, Hassaké;
Deir ez-Zor, Dayr az-Zawr, Deir al-Zour; Ghwayran, Ghuwayran, Gweran. Three keys, each
coarser than the last, make such variants collide while keeping different places apart:

:func:`name_key`
    Case, diacritics, ʿayn/hamza marks, punctuation and Arabic article tokens
    (al-, el-, ar-, ad-, as-, az-, ash-, ...) removed: ``"Al-Ḩasakah" -> "hasakah"``.
:func:`skeleton`
    A phonetic skeleton of that key: digraphs folded (kh/k, gh/g, sh/ch/ş/s, q/k, ou/u),
    a final ``h`` after a vowel dropped, doubled letters collapsed, every run of vowels
    (with ``w``/``y`` inside a word) written as ``a``, spaces removed:
    ``"Hassakeh" -> "hasaka"``, ``"Dayr az-Zawr" -> "darzar"``, ``"Ghuwayran" -> "garan"``.

:func:`spelling`
    Finer than the skeleton, for ranking the places one skeleton gathers: digraphs and
    doubled letters folded, diphthongs written ``ay``/``aw`` (ei, ai, ey / ou after a vowel),
    ``e`` as ``a``, ``o`` as ``u``, a final ``h`` after a vowel dropped, but ``w``/``y`` and
    the vowels' places kept: ``"Sheiman" -> "sayman"`` is Shayman, not Shamin, although
    all three share the skeleton ``saman``.

Names whose skeletons still differ (Tabqa / Tabaqah) are left to the gazetteer's guarded
fuzzy fallback. All functions are pure and cached; they are the hot path of every look-up.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from itertools import groupby

__all__ = [
    "ARTICLES",
    "consonants",
    "fold",
    "g_as_q",
    "glued_skeleton",
    "h_as_kh",
    "h_as_kh_variants",
    "name_key",
    "skeleton",
    "spelling",
]

#: Arabic definite-article tokens as transliterated (sun-letter assimilations included).
ARTICLES = frozenset(
    {
        "al",
        "el",
        "il",
        "ul",
        "ar",
        "er",
        "ad",
        "ed",
        "as",
        "es",
        "az",
        "ez",
        "ash",
        "esh",
        "ech",
        "at",
        "et",
        "an",
        "en",
        "ath",
        "adh",
        "dh",
    }
)

_SPECIAL = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ħ": "h",
        "ə": "e",
        "þ": "th",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        # ʿayn, hamza and the quote marks used for them: dropped
        "ʿ": "",
        "ʾ": "",
        "ʻ": "",
        "ʼ": "",
        "‘": "",
        "’": "",
        "`": "",
        "´": "",
        "'": "",
        "ʹ": "",
        "′": "",
        "ˈ": "",
        # Arabic letter variants
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ـ": "",
    }
)
_NON_WORD = re.compile(r"[^0-9a-z\u0621-\u064a]+")
_DIGRAPHS = (
    ("dsch", "j"),
    ("tsch", "ch"),
    ("dzh", "j"),
    ("dj", "j"),
    ("zh", "j"),
    ("sch", "sh"),
    ("ch", "sh"),
    ("kh", "k"),
    ("gh", "g"),
    ("sh", "s"),
    ("th", "t"),
    ("dh", "d"),
    ("ph", "f"),
    ("ck", "k"),
    ("q", "k"),
    ("c", "k"),
    ("x", "ks"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
)
_VOWELS = frozenset("aeiou")
#: French "ou" before a vowel is a w ("Ouadi" = Wadi, "Chouaib" = Shuwayb).
_FRENCH_W = re.compile(r"ou(?=[aei])")


_ASCII_MARKS = str.maketrans({"`": "", "'": ""})


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower-case ``text``, strip diacritics and ʿayn/hamza marks, keep letters and digits.

    Parameters
    ----------
    text
        Any name, in Latin or Arabic script.

    Returns
    -------
    str
        Space-separated tokens of ``a-z``, digits and bare Arabic letters.

    Examples
    --------
    >>> fold("Deïr ez-Zôr")
    'deir ez zor'
    >>> fold("Ra’s al ‘Ayn")
    'ras al ayn'
    """
    if text.isascii():
        bare = text.translate(_ASCII_MARKS).lower()
    else:
        decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
        bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        bare = unicodedata.normalize("NFC", bare).translate(_SPECIAL).lower()
    return " ".join(_NON_WORD.sub(" ", bare).split())


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """Return the exact-match key: :func:`fold` without Arabic article tokens.

    The common words of place names are written one way (``geo/data/word_forms.csv``:
    "Abou"/"Abu", "Tell"/"Tal"/"Tall", "Deir"/"Dayr", "Cheikh"/"Sheikh"/"Shaykh"), so those
    spellings are exact matches of each other. A name made only of an article (``"As"``)
    keeps it.

    Examples
    --------
    >>> name_key("Al-Hasakah")
    'hasakah'
    >>> name_key("Dayr az-Zawr") == name_key("Deir ez-Zor".replace("Zor", "Zawr"))
    True
    >>> name_key("Tell Abou Hamam")
    'tall abu hamam'
    >>> name_key("الحسكة")
    'حسكه'
    """
    tokens = fold(text).split()
    forms = _word_forms()
    kept = [_strip_arabic_article(t) for t in tokens if t not in ARTICLES]
    return " ".join(forms.get(t, t) for t in kept if t) or " ".join(tokens)


@lru_cache(maxsize=1)
def _word_forms() -> dict[str, str]:
    """Return the word-form table of ``geo/data/word_forms.csv`` (read on first use).

    Maps the spellings of the common words of Arabic place names ("Abou", "Tell", "Deir",
    "Cheikh", "Kfar") to one form, so that such spellings share a :func:`name_key`.
    """
    text = resources.files("geo").joinpath("data").joinpath("word_forms.csv").read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {r["form"].strip(): r["canonical"].strip() for r in rows}


def _strip_arabic_article(token: str) -> str:
    if len(token) > 3 and token.startswith("ال"):
        return token[2:]
    return token


_TO_A_FIRST = str.maketrans(dict.fromkeys("eiou", "a"))
_TO_A_REST = str.maketrans(dict.fromkeys("eiouwy", "a"))


@lru_cache(maxsize=200_000)
def skeleton(key: str) -> str:
    """Return the phonetic skeleton of a :func:`name_key` (spaces removed).

    Examples
    --------
    >>> skeleton(name_key("Hassaké")) == skeleton(name_key("al-Hasakah"))
    True
    >>> skeleton(name_key("Qamişlo")) == skeleton(name_key("Qamishli"))
    True
    """
    out: list[str] = []
    for token in key.split():
        if not token.isascii():
            out.append(token)
            continue
        if "ou" in token:
            token = _FRENCH_W.sub("w", token)
        for a, b in _DIGRAPHS:
            if a in token:
                token = token.replace(a, b)
        if len(token) > 2 and token[-1] == "h" and token[-2] in _VOWELS:
            token = token[:-1]
        # vowels (and w/y inside a word) -> "a"; then any doubled letter -> one
        token = token[0].translate(_TO_A_FIRST) + token[1:].translate(_TO_A_REST)
        out.append("".join(ch for ch, _ in groupby(token)))
    return "".join(out)


def glued_skeleton(key: str) -> str:
    """Return the :func:`skeleton` of a name of two words or more as written glued.

    A glued spelling keeps one of two like letters at the seam ("Kafruma" for Kafr Ruma,
    "Tallabyad"): the skeleton with the seam's doubled letter folded; "" when that is the
    skeleton itself. The gazetteer indexes it beside the skeleton (a query's own skeleton
    never folds its seams: "Jaysh al-Sham" is no "Jasim").

    Examples
    --------
    >>> glued_skeleton("kafr ruma"), skeleton("kafruma")
    ('kaframa', 'kaframa')
    >>> glued_skeleton("tall abyad")
    ''
    """
    if " " not in key:
        return ""
    skel = skeleton(key)
    glued = "".join(ch for ch, _ in groupby(skel))
    return glued if glued != skel else ""


#: Letter spellings folded by :func:`spelling`, in order: one letter per Arabic consonant
#: (sh, kh, gh, th, dh kept apart from s, k, g, t, d), then the vowels and diphthongs.
_SPELLING_LETTERS = (
    ("dsch", "j"),
    ("tsch", "ş"),
    ("dzh", "j"),
    ("dj", "j"),
    ("zh", "j"),
    ("sch", "ş"),
    ("ch", "ş"),
    ("sh", "ş"),
    ("kh", "x"),
    ("gh", "ğ"),
    ("th", "θ"),
    ("dh", "ð"),
    ("ph", "f"),
    ("ck", "k"),
    ("q", "k"),
    ("c", "k"),
    ("g", "k"),  # a bare g is mostly a Bedouin q ("Gadiriya"); gh is ğ above
    ("oo", "u"),
    ("ee", "i"),
    ("eih", "ay"),
    ("ei", "ay"),
    ("ai", "ay"),
    ("ey", "ay"),
    ("ie", "iya"),
    ("e", "a"),
    ("o", "u"),
)
#: One pass over a token, longest spelling first; then uw -> w (Duwayr / Dweir, Suwayda /
#: Sweida) and doubled letters folded.
_SPELLING_MAP = dict(_SPELLING_LETTERS)
_SPELLING_RE = re.compile("|".join(sorted(_SPELLING_MAP, key=len, reverse=True)))


def _spelling_letter(m: re.Match[str]) -> str:
    return _SPELLING_MAP[m.group()]


_SPELLING_AW = re.compile(r"aw(?![aeiouy])|au(?![aeiouy])")
#: The nisba ending -iyah as Levantine and French spellings write it (-iyeh, -eyeh, -iyyeh,
#: -ieh, -iya, -iyé, -ié): one ending, so that "Jurneyeh" is spelt like Al Jurniyah.
_NISBA_END = re.compile(r"(?<=[^aeiouy])(?:[ie]y{1,2}[aeé]|i[eé]|ia)h?$")


@lru_cache(maxsize=200_000)
def spelling(key: str) -> str:
    """Return the spelling key of a :func:`name_key`: finer than :func:`skeleton`.

    Used to rank the places that share a skeleton by how close their spellings are.

    Examples
    --------
    >>> spelling(name_key("Sheiman")) == spelling(name_key("Shayman"))
    True
    >>> spelling(name_key("Sheiman")) == spelling(name_key("Shamin"))
    False
    >>> spelling(name_key("Muweileh")) == spelling(name_key("Al Muwaylah"))
    True
    >>> spelling(name_key("Sakhra")) == spelling(name_key("Saqra"))
    False
    >>> spelling(name_key("Dweir")) == spelling(name_key("Ad Duwayr"))
    True
    >>> spelling(name_key("Jurneyeh")) == spelling(name_key("Al Jurniyah"))
    True
    """
    out: list[str] = []
    for token in key.split():
        if not token.isascii():
            out.append(token)
            continue
        if len(token) > 5:
            token = _NISBA_END.sub("iya", token)
        if len(token) > 2 and token[-1] == "h" and token[-2] in _VOWELS:
            token = token[:-1]
        if "ou" in token:
            token = _FRENCH_W.sub("w", token)
        token = _SPELLING_RE.sub(_spelling_letter, token)
        if "uw" in token:
            token = token.replace("uw", "w")
        token = _SPELLING_AW.sub("u", token)
        out.append(token)
    return "".join(ch for ch, _ in groupby("".join(out)))


#: The letters ذ and ظ are written dh, th, z or d ("Dhiban", "Thiban"; "Abu Zuhur", "Abu
#: Thuhur", "Abu ad Duhur"): :func:`consonants` writes them all ``d``.
_INTERDENTALS = re.compile(r"th|dh|z")


@lru_cache(maxsize=65_536)
def consonants(key: str) -> str:
    """Return the consonant key of a :func:`name_key`: its skeleton without inner vowels.

    Coarser than :func:`skeleton`: conflict datasets and Levantine spellings drop short
    vowels ("Mhardeh" for Muhradah, "Jlein" for Jallayn) and write ذ/ظ as th, dh, z or d
    ("Um al-Mayathen" for Umm al Mayadhin). Each word keeps its first letter; th, dh and z
    are ``d``; the other vowels (and w/y inside a word) go. A last resort of the
    gazetteer, ranked by spelling closeness.

    Examples
    --------
    >>> consonants(name_key("Mhardeh")) == consonants(name_key("Muhradah"))
    True
    >>> consonants(name_key("Abu Al Thuhur")) == consonants(name_key("Abu az Zuhur"))
    True
    >>> consonants(name_key("Jlein"))
    'jln'
    """
    out: list[str] = []
    for token in key.split():
        if not token.isascii():
            out.append(token)
            continue
        skel = skeleton(_INTERDENTALS.sub("d", token))
        out.append(skel[:1] + skel[1:].replace("a", ""))
    return "".join(out)


_BARE_G = re.compile(r"g(?!h)")
_BARE_H = re.compile(r"(?<![cgksztd])h(?=[aeiouy])")


@lru_cache(maxsize=65_536)
def g_as_q(key: str) -> str:
    """Return a :func:`name_key` with every bare ``g`` read as ``q`` ("" when it has none).

    Bedouin and Levantine speech says q as g, and reporters write it so: "Gadiriya" is
    Al Qadiriyah. ``gh`` (ghayn) is left alone.

    Examples
    --------
    >>> g_as_q("gabr abd"), g_as_q("ghazal")
    ('qabr abd', '')
    """
    return _BARE_G.sub("q", key) if _BARE_G.search(key) else ""


@lru_cache(maxsize=65_536)
def h_as_kh(key: str) -> str:
    """Return a :func:`name_key` with every plain ``h`` before a vowel read as ``kh``.

    French and Turkish spellings write kh as h ("Han" for Khan, "Hirbet" for Khirbat);
    "" when the key has no such ``h``.

    Examples
    --------
    >>> h_as_kh("hirbat duwayzin"), h_as_kh("shams")
    ('khirbat duwayzin', '')
    """
    return _BARE_H.sub("kh", key) if _BARE_H.search(key) else ""


@lru_cache(maxsize=65_536)
def h_as_kh_variants(key: str) -> tuple[str, ...]:
    """Return the readings of a :func:`name_key` with ``kh`` for a plain ``h`` before a vowel.

    First every such ``h`` read as ``kh`` (:func:`h_as_kh`), then, when the key has two or
    more, each one alone ("Halbahu" is Halbakhu: only the second h is a kh); empty when the
    key has none.

    Examples
    --------
    >>> h_as_kh_variants("halbahu")
    ('khalbakhu', 'khalbahu', 'halbakhu')
    >>> h_as_kh_variants("shams")
    ()
    """
    every = h_as_kh(key)
    if not every:
        return ()
    spots = [m.start() for m in _BARE_H.finditer(key)]
    if len(spots) < 2:
        return (every,)
    return (every, *(key[:i] + "kh" + key[i + 1 :] for i in spots))
