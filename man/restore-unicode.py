#!/usr/bin/env python3
"""Puts back the non-ASCII letters that swift-argument-parser's generate-manual drops.

The generator escapes each help text keeping its ASCII characters only, so "chưa thực hiện"
becomes "cha thc hin". This reads the help texts from `deadlined --experimental-dump-help`
and, for each line of help holding non-ASCII letters, replaces its ASCII-only form in the
page with the line as written (man-db, groff -K utf8 and mandoc read UTF-8 pages).

usage: restore-unicode.py DUMP.json PAGE  (PAGE is rewritten in place)
"""
import json
import sys


def texts(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for v in node.values():
            yield from texts(v)
    elif isinstance(node, list):
        for v in node:
            yield from texts(v)


def main():
    dump_path, page_path = sys.argv[1], sys.argv[2]
    with open(dump_path, encoding="utf-8") as f:
        dump = json.load(f)
    with open(page_path, encoding="utf-8") as f:
        page = f.read()
    missing = []
    for text in set(texts(dump)):
        for line in text.split("\n"):
            if line.isascii():
                continue
            stripped = "".join(c for c in line if c.isascii())
            # A short remnant could match unrelated text; every help line with Vietnamese in
            # it is a sentence or a list, far longer than this.
            if len(stripped.strip()) < 12:
                missing.append(line)
                continue
            if stripped not in page:
                missing.append(line)
                continue
            page = page.replace(stripped, line)
    if missing:
        for line in missing:
            print(f"restore-unicode: cannot place in the page: {line!r}", file=sys.stderr)
        sys.exit(1)
    with open(page_path, "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    main()
