#!/usr/bin/env python3
"""One assignment of N agencies, every one of them in `done_by` (issue 13, part 8).

Usage: bench/done_by.py N > /tmp/done_by.yaml
       time deadlined check --config /tmp/done_by.yaml

Names carry Vietnamese diacritics and `done_by` spells them in upper case, so every match
goes through folding. Half the done_by entries are mappings with their own 'completed'.
"""
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
names = [f"Ủy ban nhân dân xã Hòa Bình {i:05d}" for i in range(n)]
out = [
    "directives:",
    "  - id: d1",
    "    title: \"Báo cáo\"",
    "    issued: 1/4/2024",
    "    assignments:",
    "      - id: a1",
    "        task: \"Báo cáo kết quả\"",
    "        due: 15/5/2024",
    "        agency:",
]
out += [f"          - \"{a}\"" for a in names]
out.append("        done_by:")
for i, a in enumerate(reversed(names)):
    if i % 2:
        out.append(f"          - \"{a.upper()}\"")
    else:
        out.append(f"          - {{agency: \"{a.upper()}\", completed: 10/5/2024}}")
print("\n".join(out))
