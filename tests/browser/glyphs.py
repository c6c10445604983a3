"""Which characters of an element Chromium draws without a glyph (a "tofu" box).

Chromium does not say so itself: when no font has a character, it draws the missing-glyph box of
the element's first font and counts that box as one of that font's glyphs in
`CSS.getPlatformFontsForNode`. So each distinct character of the element's text is put alone in
a probe inside the element (same style, same fallback), Chromium says which font drew it, and
fontconfig, which Chromium finds its fonts with, says whether that font has a glyph for it.

This is what a reader sees, whatever the fonts are called: DejaVu Sans draws Georgian and
Armenian as well as the Noto fonts do; a machine whose fonts have no Georgian draws boxes.
"""

import shutil
import subprocess
from functools import cache

PROBE = "data-glyph-probe"
ADD_PROBES = f"""([selector, characters]) => {{
  const element = document.querySelector(selector);
  for (const character of characters) {{
    const probe = document.createElement("span");
    probe.setAttribute("{PROBE}", "");
    probe.textContent = character;
    element.append(probe);
  }}
}}"""
# Two animation frames: the probes are laid out and painted before Chromium is asked about them.
AFTER_LAYOUT = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"
REMOVE_PROBES = f"() => document.querySelectorAll('[{PROBE}]').forEach(probe => probe.remove())"


@cache
def fontconfig_coverage() -> dict[str, list[tuple[int, int]]]:
    """{PostScript name: [(first, last) code point ranges it has glyphs for]}, from fc-list."""
    fc_list = shutil.which("fc-list")
    assert fc_list, "fc-list (Debian's fontconfig, which Chromium depends on) is missing"
    listing = subprocess.run(  # noqa: S603 (fc-list, fixed arguments)
        [fc_list, "--format", "%{postscriptname}\t%{charset}\n"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    coverage: dict[str, list[tuple[int, int]]] = {}
    for line in listing.splitlines():
        name, _, charset = line.partition("\t")
        ranges = coverage.setdefault(name, [])
        for part in charset.split():
            first, _, last = part.partition("-")
            ranges.append((int(first, 16), int(last or first, 16)))
    return coverage


def has_glyph(postscript_name: str, character: str) -> bool:
    point = ord(character)
    ranges = fontconfig_coverage().get(postscript_name, [])
    return any(first <= point <= last for first, last in ranges)


def characters_drawn_without_a_glyph(page, cdp, selector, extra="") -> dict[str, list[str]]:
    """{character: the fonts (PostScript names) Chromium drew it with} for each character of
    the first `selector`'s text (and of `extra`) that is drawn by no font that has a glyph for
    it; {} when every one has its glyph. A web font counts as lacking it: the site has none,
    and fontconfig knows only the fonts installed on the machine."""
    text = page.locator(selector).first.inner_text() + extra
    characters = sorted({character for character in text if not character.isspace()})
    page.evaluate(ADD_PROBES, [selector, characters])
    page.evaluate(AFTER_LAYOUT)
    try:
        root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        probes = cdp.send("DOM.querySelectorAll", {"nodeId": root, "selector": f"[{PROBE}]"})
        assert len(probes["nodeIds"]) == len(characters), (selector, characters)
        missing = {}
        for character, node in zip(characters, probes["nodeIds"], strict=True):
            fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
            drawn_by = [font for font in fonts if font["glyphCount"] > 0]
            good = all(
                not font["isCustomFont"] and has_glyph(font["postScriptName"], character)
                for font in drawn_by
            )
            if not drawn_by or not good:
                missing[character] = [font["postScriptName"] for font in drawn_by]
        return missing
    finally:
        page.evaluate(REMOVE_PROBES)
