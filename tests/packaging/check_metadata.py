#!/usr/bin/env python3
"""Checks the desktop entry, the AppStream metainfo and the icon in packaging/.

usage: check_metadata.py PACKAGING_DIR APP_ID VERSION HOMEPAGE

Prints one PASS/FAIL line per check; exits 1 if any check failed. Uses the standard library only.
"""

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

failures = 0


def check(ok, what, detail=""):
    global failures
    if ok:
        print(f"PASS: {what}")
    else:
        failures += 1
        print(f"FAIL: {what}" + (f" ({detail})" if detail else ""))
    return ok


def parse_desktop_entry(path):
    """Returns the keys of the [Desktop Entry] group, or raises ValueError."""
    group = None
    entries = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
            continue
        if "=" not in line:
            raise ValueError(f"line {number} is neither a group, a comment nor key=value: {raw!r}")
        key, value = (part.strip() for part in line.split("=", 1))
        if group is None:
            raise ValueError(f"line {number}: key {key!r} before the first group")
        if group == "Desktop Entry":
            if key in entries:
                raise ValueError(f"line {number}: key {key!r} given twice")
            entries[key] = value
    if group is None:
        raise ValueError("no [Desktop Entry] group")
    return entries


def check_desktop_entry(path, app_id):
    check(path.is_file(), f"desktop entry exists: {path.name}")
    if not path.is_file():
        return {}
    try:
        entry = parse_desktop_entry(path)
    except (ValueError, UnicodeDecodeError) as error:
        check(False, "desktop entry parses", str(error))
        return {}
    check(True, "desktop entry parses (UTF-8, one [Desktop Entry] group)")

    expected = {
        "Type": "Application",
        "Name": "migreview",
        "GenericName": "Migration Review Workbench",
        "Icon": app_id,
        "Terminal": "false",
    }
    for key, value in expected.items():
        check(entry.get(key) == value, f"desktop entry {key}={value}", f"found {entry.get(key)!r}")
    for key in ("Comment", "Keywords", "Comment[de]", "GenericName[de]"):
        check(bool(entry.get(key)), f"desktop entry has {key}")
    check(entry.get("Exec", "").split()[:1] == ["migreview-workbench"],
          "desktop entry Exec runs migreview-workbench", f"Exec={entry.get('Exec')!r}")
    check("%F" in entry.get("Exec", "").split(), "desktop entry Exec takes files (%F)")
    categories = entry.get("Categories", "")
    check(categories.endswith(";") and {"Development", "Database", "Qt"} <= set(categories.split(";")),
          "desktop entry Categories has Development;Database;Qt; and ends with ';'", f"Categories={categories!r}")
    check(entry.get("Keywords", "").endswith(";"), "desktop entry Keywords ends with ';'")
    return entry


def text_of(root, tag):
    element = root.find(tag)
    return (element.text or "").strip() if element is not None else None


def check_metainfo(path, app_id, desktop_name, entry, version, homepage):
    check(path.is_file(), f"metainfo exists: {path.name}")
    if not path.is_file():
        return
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        check(False, "metainfo is well-formed XML", str(error))
        return
    check(True, "metainfo is well-formed XML")

    check(path.name == f"{app_id}.metainfo.xml", "metainfo file name is APP_ID.metainfo.xml", path.name)
    check(root.tag == "component" and root.get("type") == "desktop-application",
          'root is <component type="desktop-application">', f"<{root.tag} type={root.get('type')!r}>")
    component_id = text_of(root, "id")
    check(component_id == app_id, f"metainfo <id> is {app_id}", f"found {component_id!r}")
    check(f"{component_id}.desktop" == desktop_name, "metainfo <id> matches the desktop file name",
          f"{component_id!r} vs {desktop_name!r}")
    launchable = root.find("launchable")
    check(launchable is not None and launchable.get("type") == "desktop-id"
          and (launchable.text or "").strip() == desktop_name,
          f'<launchable type="desktop-id"> is {desktop_name}')
    check(text_of(root, "metadata_license") == "CC0-1.0", "metadata_license is CC0-1.0")
    check(text_of(root, "project_license") == "GPL-3.0-or-later", "project_license is GPL-3.0-or-later")
    name = text_of(root, "name")
    check(name == entry.get("Name"), "metainfo <name> matches the desktop entry Name",
          f"{name!r} vs {entry.get('Name')!r}")
    summaries = [s for s in root.findall("summary") if s.get("{http://www.w3.org/XML/1998/namespace}lang") is None]
    check(len(summaries) == 1 and bool((summaries[0].text or "").strip()), "metainfo has one untranslated <summary>")
    paragraphs = root.findall("description/p")
    check(len(paragraphs) >= 1 and all((p.text or "").strip() for p in paragraphs),
          "metainfo <description> has paragraphs", f"{len(paragraphs)} <p>")
    binaries = sorted((b.text or "").strip() for b in root.findall("provides/binary"))
    check(binaries == ["migreview", "migreview-workbench"], "metainfo provides the binaries migreview and migreview-workbench",
          f"found {binaries}")
    releases = root.findall("releases/release")
    versions = [r.get("version") for r in releases]
    check(version in versions, f"metainfo has a release {version} (PROJECT_VERSION)", f"found {versions}")
    for release in releases:
        date = release.get("date") or ""
        check(re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) is not None,
              f"release {release.get('version')} has a date YYYY-MM-DD", f"date={date!r}")
    rating = root.find("content_rating")
    check(rating is not None and rating.get("type") == "oars-1.1", 'metainfo has <content_rating type="oars-1.1">')
    homepage_urls = [(u.text or "").strip() for u in root.findall("url") if u.get("type") == "homepage"]
    check(homepage_urls == [homepage], f"metainfo homepage is {homepage} (PROJECT_HOMEPAGE_URL)", f"found {homepage_urls}")
    developer = root.find("developer")
    check(developer is not None and bool(developer.get("id")) and bool(text_of(developer, "name")),
          "metainfo has <developer id=...> with a <name>")
    images = [(i.text or "").strip() for i in root.findall("screenshots/screenshot/image")]
    check(len(images) >= 1 and all(i.startswith(homepage + "/") and i.endswith("/docs/screenshot.png") for i in images),
          "metainfo screenshot is docs/screenshot.png under the homepage URL", f"found {images}")


def check_icon(path):
    check(path.is_file(), f"icon exists: {path.name}")
    if not path.is_file():
        return
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        check(False, "icon is well-formed XML", str(error))
        return
    check(root.tag == "{http://www.w3.org/2000/svg}svg", "icon is an SVG document", root.tag)
    view_box = (root.get("viewBox") or "").split()
    check(view_box == ["0", "0", "128", "128"], "icon viewBox is 0 0 128 128", f"viewBox={root.get('viewBox')!r}")
    check(not any(e.tag.endswith("}image") or e.tag == "image" for e in root.iter()),
          "icon embeds no raster image")


def main():
    if len(sys.argv) != 5:
        print(__doc__, file=sys.stderr)
        return 2
    packaging, app_id, version, homepage = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4].rstrip("/")
    desktop = packaging / f"{app_id}.desktop"
    entry = check_desktop_entry(desktop, app_id)
    check_metainfo(packaging / f"{app_id}.metainfo.xml", app_id, desktop.name, entry, version, homepage)
    check_icon(packaging.parent / "resources" / "icons" / f"{entry.get('Icon', app_id)}.svg")
    print(f"check_metadata.py: {'all checks passed' if failures == 0 else f'{failures} check(s) failed'}")
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
