"""`magplan serve`: the secretariat's page in the browser, one more caller of the public API.

The page reads a plan with `magplan.read_plan`, shows it, lets a clerk fix it,
and gives it back through `magplan.write` (the same writers as the command
line); a batch goes through `magplan.batch.run_batch`.  Nothing here reads
documents or writes files of its own.

Inside:

* `command` — the ``serve`` subcommand's arguments; imports nothing heavy.
* `settings` — limits and options of one server.
* `app` — the Starlette application: the page, its static files, the JSON API.
* `jobs` — reading, rendering and batches in a pool of worker processes, with
  progress; results kept in memory for a while.
* `worker` — what runs inside a worker process.
* `uploads` — uploaded files into a private temporary folder (names, sizes,
  zip archives), never a path the client names.
* `edits` — the page's edited rows back into a `Plan`; a changed cell's
  derived fields re-derived by the reading rules.
* `doubts` — where OCR was unsure: which cells, and the scan's crop of each word.
* `static/` — the page (HTML, CSS, JS) and the vendored Tabulator grid.
"""

from __future__ import annotations
