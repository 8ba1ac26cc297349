"""``python -m tests.gen OUT_DIR [FAMILY ...] [--count N] [--seed S]``: build hard cases.

Each family writes into ``OUT_DIR/<family>/``.  A family whose tools are
missing on this machine is reported and skipped.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tests.gen import FAMILIES, Unavailable


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.gen", description=__doc__)
    parser.add_argument("out", type=Path, help="folder to write into")
    parser.add_argument("families", nargs="*", help=f"families to build (default: all of {', '.join(FAMILIES)})")
    parser.add_argument("--count", type=int, default=20, help="documents per family (default 20)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_intermixed_args(argv)
    unknown = [f for f in args.families if f not in FAMILIES]
    if unknown:
        parser.error(f"unknown family {unknown[0]!r}; known: {', '.join(FAMILIES)}")
    for name in args.families or list(FAMILIES):
        folder = args.out / name
        folder.mkdir(parents=True, exist_ok=True)
        try:
            paths = FAMILIES[name](folder, args.count, args.seed)
        except Unavailable as exc:
            print(f"{name}: skipped ({exc})", file=sys.stderr)
            continue
        print(f"{name}: {len(paths)} documents in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
