"""Find and register the TrueType font that PDF packs embed for every glyph.

reportlab embeds TrueType outlines only (``.ttf`` and ``.ttc``); CFF-flavoured
OpenType fonts (most ``.otf`` files, Noto Sans CJK) are rejected. One CJK font
serves Latin text too, so every font in a pack is embedded and no base-14
font (Helvetica) is ever referenced.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

# "中", "文", "A", "0": Chinese and Latin, since one font sets all text (this
# rules out Droid Sans Fallback, which has no Latin letters).
_PROBE_CHARS = (0x4E2D, 0x6587, ord("A"), ord("0"))

# (regular, bold-or-None) candidates, most pleasant first, per platform.
_LINUX = (
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", None),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", None),
    ("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc", None),  # Fedora
    ("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc", None),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", None),
    ("/usr/share/fonts/truetype/arphic/ukai.ttc", None),
)
_MACOS = (
    ("/System/Library/Fonts/STHeiti Light.ttc", "/System/Library/Fonts/STHeiti Medium.ttc"),
    ("/System/Library/Fonts/STHeiti Medium.ttc", None),
    ("/System/Library/Fonts/PingFang.ttc", None),  # CFF on some releases: then skipped
    ("/Library/Fonts/Arial Unicode.ttf", None),
    ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", None),
)
_WINDOWS = (
    ("C:/Windows/Fonts/msyh.ttc", "C:/Windows/Fonts/msyhbd.ttc"),
    ("C:/Windows/Fonts/Deng.ttf", "C:/Windows/Fonts/Dengb.ttf"),
    ("C:/Windows/Fonts/simhei.ttf", None),
    ("C:/Windows/Fonts/simsun.ttc", None),
)

_INSTALL_HINT = {
    "linux": "install a TrueType Chinese font, e.g. `apt install fonts-wqy-microhei` "
    "(Debian/Ubuntu) or `dnf install wqy-microhei-fonts` (Fedora)",
    "darwin": "macOS ships STHeiti in /System/Library/Fonts; restore it or choose a "
    "TrueType (.ttf/.ttc) Chinese font file in Settings",
    "win32": "install the Microsoft YaHei (msyh.ttc) or SimHei (simhei.ttf) font, or "
    "choose a TrueType (.ttf/.ttc) Chinese font file in Settings",
}


class FontNotFoundError(Exception):
    """No usable TrueType font with Chinese glyphs; the message says what to install."""


@dataclass(frozen=True)
class PackFont:
    """reportlab font names, registered, for body text and headings."""

    regular: str
    bold: str


def _platform_candidates() -> tuple[tuple[str, str | None], ...]:
    if sys.platform == "darwin":
        return _MACOS + _LINUX
    if sys.platform == "win32":
        return _WINDOWS
    return _LINUX


def install_hint() -> str:
    """What the user should install on this platform to get a CJK font."""
    return _INSTALL_HINT.get(sys.platform, _INSTALL_HINT["linux"])


@cache
def _usable(path: Path) -> str | None:
    """None when reportlab can embed `path` and it has Chinese glyphs, else why not."""
    from reportlab.pdfbase.ttfonts import TTFError, TTFontFile

    if not path.is_file():
        return "no such file"
    try:
        with path.open("rb") as fh:
            magic = fh.read(4)
        if magic == b"OTTO":
            return "CFF (PostScript-outline) OpenType font; reportlab needs TrueType outlines"
        face = TTFontFile(str(path), subfontIndex=0)
    except (TTFError, OSError, ValueError, KeyError) as exc:
        return f"not a usable TrueType font ({exc})"
    missing = [c for c in _PROBE_CHARS if c not in face.charToGlyph]
    if missing:
        return "lacks Chinese or Latin glyphs"
    return None


def _expand(candidates: Sequence[str | Path]) -> list[Path]:
    """Files as given; directories become their .ttf/.ttc files, sorted."""
    out: list[Path] = []
    for item in candidates:
        p = Path(item)
        if p.is_dir():
            out += sorted(f for f in p.iterdir() if f.suffix.lower() in (".ttf", ".ttc"))
        else:
            out.append(p)
    return out


def find_cjk_font(
    preferred: str | Path | None = None, *, candidates: Sequence[str | Path] | None = None
) -> Path:
    """The TrueType/TTC font file packs embed.

    ``preferred`` (the font chosen in settings) wins and must be usable: a bad
    choice is reported, not silently replaced. Otherwise the first usable
    file among ``candidates`` (files or folders; default: the platform's
    known Chinese fonts) is returned.
    """
    if preferred is not None and str(preferred).strip():
        path = Path(preferred).expanduser()
        why = _usable(path)
        if why is not None:
            raise FontNotFoundError(f"The chosen font {path} cannot be used: {why}.")
        return path
    files = (
        _expand(candidates)
        if candidates is not None
        else [Path(r) for r, _ in _platform_candidates()]
    )
    for path in files:
        if _usable(path) is None:
            return path
    raise FontNotFoundError(
        "No TrueType font with Chinese glyphs was found "
        f"(looked at {len(files)} candidate file(s)); {install_hint()}."
    )


def _bold_partner(regular: Path) -> Path | None:
    for reg, bold in _LINUX + _MACOS + _WINDOWS:
        if bold and Path(reg) == regular and _usable(Path(bold)) is None:
            return Path(bold)
    return None


def _register(name: str, path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if name in pdfmetrics.getRegisteredFontNames():
        return
    # subfontIndex=0: the first face of a .ttc (the proportional one for WQY).
    pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))


def register_pack_font(path: Path | None = None) -> PackFont:
    """Register the pack font (found when ``path`` is None) with reportlab; idempotent.

    Fonts without a bold face use the regular face for headings too (they
    stand out by size and colour), so no synthetic or base-14 font creeps in.
    """
    from reportlab.lib.fonts import addMapping

    regular = find_cjk_font(path)
    # The name carries the file stem so two different fonts never collide.
    stem = "".join(ch for ch in regular.stem if ch.isalnum()) or "font"
    reg_name = f"OutpostCJK-{stem}"
    _register(reg_name, regular)
    bold = _bold_partner(regular)
    bold_name = reg_name
    if bold is not None:
        bold_name = f"{reg_name}-Bold"
        _register(bold_name, bold)
    # <b> in paragraphs maps to the bold face instead of falling back to Helvetica.
    addMapping(reg_name, 0, 0, reg_name)
    addMapping(reg_name, 1, 0, bold_name)
    addMapping(reg_name, 0, 1, reg_name)
    addMapping(reg_name, 1, 1, bold_name)
    return PackFont(regular=reg_name, bold=bold_name)


__all__ = [
    "FontNotFoundError",
    "PackFont",
    "find_cjk_font",
    "install_hint",
    "register_pack_font",
]
