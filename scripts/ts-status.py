#!/usr/bin/env python3
"""Status of the translations in translations/*.ts: what is still to do for zh_CN (and for the
English plural forms). Helps the translation pass; tests/i18n/tst_translations is the check.

    scripts/ts-status.py                  list unfinished, obsolete and empty entries, by context
    scripts/ts-status.py --summary        one line per .ts file with the counts
    scripts/ts-status.py --json           the unfinished entries as JSON, ready to be filled in
    scripts/ts-status.py --apply F.json   put the translations from F.json into the .ts file
                                          (same shape as --json, with "translation" or
                                          "numerusforms" filled in), then re-run lupdate so the
                                          file keeps lupdate's layout
    --drop-obsolete                       delete the obsolete/vanished entries from the .ts (after
                                          moving any translation you still want to its new string)
    --lang zh_CN|en                       which file (default zh_CN)
    --ts-dir DIR                          where the .ts files are (default translations/)

Run `make translations` first so the .ts files know every string in the sources.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import OrderedDict

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))


def ts_path(ts_dir, lang):
    return os.path.join(ts_dir, f"edgeconsole_{lang}.ts")


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for msg in context.iter("message"):
            yield name, msg


def entry(context, msg):
    tr = msg.find("translation")
    numerus = msg.get("numerus") == "yes"
    loc = msg.find("location")
    where = ""
    if loc is not None and loc.get("filename"):
        where = loc.get("filename")
        if loc.get("line"):
            where += ":" + loc.get("line")
    e = OrderedDict(context=context, source=msg.findtext("source", ""))
    if msg.find("comment") is not None:
        e["comment"] = msg.findtext("comment", "")
    if msg.find("extracomment") is not None:
        e["note"] = msg.findtext("extracomment", "")
    if where:
        e["location"] = where
    e["numerus"] = numerus
    e["type"] = tr.get("type", "") if tr is not None else "missing"
    if numerus:
        e["numerusforms"] = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
    else:
        e["translation"] = (tr.text or "") if tr is not None else ""
    return e


def is_empty(e):
    if e["numerus"]:
        return not e["numerusforms"] or any(not f for f in e["numerusforms"])
    return not e["translation"]


def classify(entries):
    todo, gone = [], []
    for e in entries:
        if e["type"] in ("vanished", "obsolete"):
            gone.append(e)
        elif e["type"] == "unfinished" or is_empty(e):
            todo.append(e)
    return todo, gone


def load(path):
    try:
        return ET.parse(path)
    except (OSError, ET.ParseError) as err:
        sys.exit(f"ts-status: cannot read {path}: {err}")


def run_lupdate(ts_dir):
    cmd = ["cmake", f"-DTS_DIR={ts_dir}", "-DQUIET=1", "-P",
           os.path.join(ROOT, "translations", "lupdate.cmake")]
    try:
        subprocess.run(cmd, check=True)
        return True
    except (OSError, subprocess.CalledProcessError) as err:
        print(f"ts-status: lupdate did not run ({err}); run `make translations` yourself")
        return False


def apply(path, tree, items, ts_dir):
    index = {}
    for context, msg in messages(tree):
        key = (context, msg.findtext("source", ""), msg.findtext("comment", "") or "")
        index[key] = msg
    done, unknown = 0, []
    for item in items:
        key = (item.get("context", ""), item.get("source", ""), item.get("comment", "") or "")
        msg = index.get(key)
        if msg is None:
            unknown.append(item)
            continue
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        if msg.get("numerus") == "yes":
            forms = item.get("numerusforms") or []
            if not forms or any(not f for f in forms):
                continue
            for f in list(tr):
                tr.remove(f)
            tr.text = None
            for f in forms:
                ET.SubElement(tr, "numerusform").text = f
        else:
            text = item.get("translation", "")
            if not text:
                continue
            tr.text = text
        if "type" in tr.attrib and tr.attrib["type"] == "unfinished":
            del tr.attrib["type"]
        done += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    print(f"ts-status: {done} translations written to {path}")
    for item in unknown:
        print(f"ts-status: not in the .ts (run `make translations`?): [{item.get('context')}] "
              f"{item.get('source')!r}")
    run_lupdate(ts_dir)
    return 1 if unknown else 0


def drop_obsolete(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    pattern = re.compile(r'    <message( [^>]*)?>\n(?:(?!    </message>).)*?'
                         r'type="(?:vanished|obsolete)".*?    </message>\n', re.S)
    text, count = pattern.subn("", text)
    text = re.sub(r'<context>\n    <name>[^<]*</name>\n</context>\n', "", text)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"ts-status: removed {count} obsolete entries from {path}")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", default="zh_CN")
    ap.add_argument("--ts-dir", default=os.path.join(ROOT, "translations"))
    ap.add_argument("--summary", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--apply", metavar="FILE")
    ap.add_argument("--drop-obsolete", action="store_true")
    args = ap.parse_args()

    if args.summary:
        worst = 0
        for lang in ("zh_CN", "en"):
            path = ts_path(args.ts_dir, lang)
            tree = load(path)
            entries = [entry(c, m) for c, m in messages(tree)]
            if lang == "en":  # English is the source: only its plural forms need filling in
                entries = [e for e in entries if e["numerus"]]
            todo, gone = classify(entries)
            worst = max(worst, len(todo) + len(gone))
            print(f"{os.path.relpath(path, ROOT)}: {len(entries)} entries, {len(todo)} unfinished, "
                  f"{len(gone)} obsolete")
        return 1 if worst else 0

    path = ts_path(args.ts_dir, args.lang)
    if args.drop_obsolete:
        return drop_obsolete(path)
    tree = load(path)
    if args.apply:
        with open(args.apply, encoding="utf-8") as f:
            return apply(path, tree, json.load(f), args.ts_dir)

    entries = [entry(c, m) for c, m in messages(tree)]
    if args.lang == "en":
        entries = [e for e in entries if e["numerus"]]
    todo, gone = classify(entries)
    if args.json:
        print(json.dumps(todo, indent=2, ensure_ascii=False))
        return 0
    by_context = OrderedDict()
    for e in todo:
        by_context.setdefault(e["context"], []).append(e)
    for context, items in by_context.items():
        print(f"[{context}]")
        for e in items:
            where = f"  ({e['location']})" if e.get("location") else ""
            plural = " (plural: give every form)" if e["numerus"] else ""
            print(f"  {e['source']!r}{plural}{where}")
    for e in gone:
        print(f"obsolete: [{e['context']}] {e['source']!r} - its string left the sources; delete "
              "the entry (or move its translation to the new string)")
    print(f"{os.path.relpath(path, ROOT)}: {len(entries)} entries, {len(todo)} unfinished, "
          f"{len(gone)} obsolete")
    return 1 if todo or gone else 0


if __name__ == "__main__":
    sys.exit(main())
