"""Bytes to text: byte-order marks, UTF-8 (also with a few stray legacy bytes), then the
most plausible legacy encoding, an HTML ``<meta charset>`` winning ties.

Detection on short articles is unreliable (a 300-byte Latin-1 paragraph often "looks"
Baltic or Central European to a statistical detector), so candidates from
charset-normalizer are re-ranked by how plausible the decoded text is: no control
characters, no symbols inside words, no words made only of accented letters (the mark of
Cyrillic or Greek bytes read as Latin-1). Ties go to the encodings most common on the web.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import InputError, UnsupportedFormat

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Formats that are certainly not articles, recognised by their first bytes.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

# Ties between equally plausible decodings go to the encodings most used by news sites.
_PREFERRED = ("cp1252", "latin_1", "iso8859_15", "cp1250", "cp1251", "iso8859_2", "cp1253", "cp1254",
              "cp1257", "koi8_r", "gb18030", "big5", "shift_jis", "euc_jp", "euc_kr")

#: code pages of a language detected in the text that share their letters with cp1252 except a
#: few (Turkish ı ş ğ in the places of cp1252's ý þ ð): equal badness cannot tell them apart
_NATIVE = {"Turkish": ("cp1254", "iso8859_9")}

_SAMPLE = 256 * 1024
_CHARSET_DECL = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_WORD = re.compile(r"\w+")


def check_not_binary(data: bytes, source: str) -> None:
    """Raise :class:`UnsupportedFormat` for data that is clearly not text."""
    head = data[:64]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise UnsupportedFormat(source, f"binary file ({what}), not a text or HTML article")


def decode_bytes(data: bytes, source: str, *, html: bool | None = None, declared: str | None = None) -> str:
    """Decode an article's bytes to text, or raise :class:`InputError` saying why not.

    ``html`` (None = look) lets a ``<meta charset>`` declaration win ties between encodings;
    ``declared`` is a charset given outside the bytes (an HTTP header) and wins ties too.
    """
    check_not_binary(data, source)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(source, f"invalid {encoding} text after its byte-order mark: {exc.reason}") from exc
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        utf16 = _utf16_without_bom(sample)
        if utf16:
            try:
                return data.decode(utf16)
            except UnicodeDecodeError:
                pass
        # a few stray NULs occur in real pages; binary data has them every few hundred bytes
        if sample.count(0) > 0.001 * len(sample) or data.count(0) > 0.001 * len(data):
            raise UnsupportedFormat(source, "binary file (contains NUL bytes), not a text or HTML article")
        data = data.replace(b"\x00", b"")
        sample = data[:_SAMPLE]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed
    if html is None:
        html = b"<" in sample[:4096]
    if declared:
        try:
            declared = codecs.lookup(declared).name
        except LookupError:
            declared = None  # a misspelt header charset is ignored, not fatal
    encoding = best_encoding(sample, declared=declared or (_declared_charset(sample) if html else None))
    if encoding is None:
        raise InputError(source, "cannot decode the text: not UTF-8 and no plausible encoding was detected")
    text = data.decode(encoding, errors="replace")
    if _control_ratio(text[:_SAMPLE]) > 0.01:
        raise UnsupportedFormat(source, "binary file (mostly control characters), not a text or HTML article")
    return text


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray legacy bytes (a common mix on the web), decoded; else None.

    The stray bytes are read as windows-1252, which recovers the usual "ü" or "é".
    """
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    valid = len(text) - len(text.encode("ascii", errors="ignore")) - invalid
    if valid < 10 or valid < 10 * invalid:
        return None
    return data.decode("utf-8", errors=_stray_bytes_handler())


def _stray_bytes_handler() -> str:
    name = "crosswire-stray-cp1252"
    try:
        codecs.lookup_error(name)
    except LookupError:
        codecs.register_error(name, lambda exc: (
            exc.object[exc.start:exc.end].decode("cp1252", errors="replace"), exc.end))
    return name


def best_encoding(sample: bytes, *, declared: str | None = None) -> str | None:
    """The most plausible legacy encoding of ``sample`` (which is known not to be UTF-8).

    ``declared`` (an HTML ``<meta charset>``) is tried first and wins ties.
    """
    from charset_normalizer import from_bytes

    candidates: list[str] = [declared] if declared else []
    native: set[str] = set()
    try:
        matches = list(from_bytes(sample))
        for match in matches:
            candidates.append(codecs.lookup(match.encoding).name)
        if b"<" in sample:  # markup confuses language detection ("Estonian" for Turkish in HTML)
            matches = list(from_bytes(re.sub(rb"<[^>]{0,2000}>", b" ", sample))) or matches
        if matches:
            native = {codecs.lookup(e).name for e in _NATIVE.get(matches[0].language, ())}
    except Exception:  # detection is best effort; the fixed list below still applies
        pass
    candidates += [codecs.lookup(enc).name for enc in _PREFERRED]
    candidates = list(dict.fromkeys(candidates))
    western = {codecs.lookup(e).name for e in _PREFERRED[:3]}
    common = {codecs.lookup(e).name for e in _PREFERRED}
    # only words with non-ASCII bytes tell encodings apart (ASCII reads the same in all of these)
    probe = _non_ascii_probe(sample)
    scored = []
    for order, enc in enumerate(candidates):
        try:
            text = _decode_prefix(probe, enc)
            _decode_prefix(sample, enc)  # the whole sample must decode too
        except (UnicodeDecodeError, LookupError):
            continue
        if _control_ratio(text) > 0.01:
            continue
        # the detector's order decides ties, except that a declared charset comes first and that
        # mostly-ASCII texts are most often Western European: where detectors guess worst
        if enc == declared:
            rank = 0
        elif enc in native:  # the detected language's own code page reads ı/ş where cp1252 has ý/þ
            rank = 1
        elif enc in western and _ascii_letter_share(text) >= 0.5:
            rank = 2
        else:
            rank = 3
        # then a common code page before a rare one (iso-8859-4/-10/-13 read Polish as "Zaŋóģæ")
        scored.append((round(_badness(text), 1), rank, enc not in common, order, enc))
    if not scored:
        return None
    scored.sort()
    return scored[0][-1]


_NON_ASCII_TOKEN = re.compile(rb"""[^\s<>"'=&;]*[\x80-\xff][^\s<>"'=&;]*""")
_PROBE_BYTES = 32 * 1024


def _non_ascii_probe(sample: bytes) -> bytes:
    """The whitespace-separated tokens of ``sample`` that hold non-ASCII bytes (up to 32 KB)."""
    tokens, size = [], 0
    for match in _NON_ASCII_TOKEN.finditer(sample):
        tokens.append(match.group())
        size += len(tokens[-1]) + 1
        if size > _PROBE_BYTES:
            break
    return b" ".join(tokens)[:_PROBE_BYTES]


def _decode_prefix(data: bytes, encoding: str) -> str:
    """Decode strictly, forgiving only a multibyte character cut off at the very end."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        if exc.start < len(data) - 8:
            raise
        return data[:exc.start].decode(encoding)


_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_UNASSIGNED = re.compile("[\ue000-\uf8ff\ud800-\udfff\ufffd]")
_GLUED_SYMBOL = re.compile(r"(?<=[^\W\d_])[^\w\s'’\-.,;:!?\"“”()/&]+(?=[^\W\d_])")
_GLUED_NUMBER = re.compile(r"(?<=[^\W\d_])[¹²³¼½¾]|[¹²³¼½¾](?=[^\W\d_])")
_LETTER = re.compile(r"[^\W\d_]")


def _badness(text: str) -> float:
    """Implausible characters per thousand letters in a decoded text (0 = clean)."""
    letters = len(_LETTER.findall(text))
    bad = 5.0 * (len(_CONTROLS.findall(text)) + len(_UNASSIGNED.findall(text)))
    for match in _WORD.finditer(text):
        word = match.group()
        if word.isascii():
            continue
        scripts = {_script(c) for c in word if c.isalpha() and not c.isascii()}
        if any(c.isascii() and c.isalpha() for c in word):
            scripts.add("latin")
        if len(scripts) > 1:
            bad += 1  # one word mixing Latin with Cyrillic or Greek letters
        if any(a.islower() and b.isupper() for a, b in zip(word, word[1:])):
            bad += 0.5  # "кхвЭснзуз": case changing inside a word
        if len(word) >= 3 and scripts == {"latin"} and not any(c.isascii() for c in word):
            bad += 1  # words made only of accented Latin letters: non-Latin text read as Latin-1
    # symbols glued inside words ("Za¿ó³æ", "ľlu»oučký") are the commonest mojibake; so are
    # superscripts and fractions touching letters ("Pøíli¹ ¾lu")
    bad += len(_GLUED_SYMBOL.findall(text)) + len(_GLUED_NUMBER.findall(text))
    return 1000.0 * bad / max(letters, 1)


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    for script in ("LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "HANGUL"):
        if name.startswith(script):
            return script.lower()
    if name.startswith(("CJK", "HIRAGANA", "KATAKANA")):
        return "cjk"  # Japanese mixes these within one word
    return "other"


def _ascii_letter_share(text: str) -> float:
    letters = _LETTER.findall(text)
    return sum(ch.isascii() for ch in letters) / len(letters) if letters else 1.0


def _control_ratio(text: str) -> float:
    return len(_CONTROLS.findall(text)) / len(text) if text else 0.0


def _declared_charset(sample: bytes) -> str | None:
    match = _CHARSET_DECL.search(sample[:8192])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    # browsers read "iso-8859-1" declarations as windows-1252 (a superset); so do we
    return "cp1252" if name == "latin-1" else name


def _utf16_without_bom(sample: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when every other byte is NUL, as in BOM-less UTF-16 ASCII text."""
    sample = sample[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None
