"""The `magplan serve` subcommand: its arguments, and starting the server.

Imports nothing heavy: `magplan --help` must stay quick.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from magplan.errors import EXIT_BAD_INPUT, EXIT_OK
from magplan.options import add_ocr, positive_int

if TYPE_CHECKING:
    from magplan.web.settings import Settings

_HELP = """\
Start the secretariat's page: a web server that reads the plans dropped on
the page, shows them in a table to check and fix, and gives them back as
Excel, CSV, JSON, DOCX or PDF.  Open the address it prints in a browser.

By default it listens on 127.0.0.1 (this computer only).  To let others in
the office use it, listen on another address with a token that every
request must carry:  magplan serve --host 0.0.0.0 --token SECRET  (or set
MAGPLAN_TOKEN); the address printed then carries the token.
"""


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    serve = commands.add_parser(
        "serve",
        help="the secretariat's page in a browser",
        description=_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000; 0 picks a free one)")
    serve.add_argument("--open", action="store_true", help="open the page in the browser")
    serve.add_argument(
        "--token",
        default=os.environ.get("MAGPLAN_TOKEN"),
        help="a secret every request must carry; needed for any address but this computer's "
        "(default: $MAGPLAN_TOKEN; 'new' makes one up)",
    )
    serve.add_argument("--max-file-mb", type=positive_int, default=50, metavar="MB", help="largest file (default: 50)")
    serve.add_argument(
        "--max-files",
        type=positive_int,
        default=100,
        metavar="N",
        help="most files in one batch or zip (default: 100)",
    )
    serve.add_argument(
        "--max-total-mb",
        type=positive_int,
        default=300,
        metavar="MB",
        help="largest batch, unpacked (default: 300)",
    )
    serve.add_argument(
        "--workers", type=positive_int, default=None, metavar="N", help="files read at once (default: CPUs)"
    )
    add_ocr(serve)


def run(args: argparse.Namespace) -> int:
    # Imported here, not at the top: the parser of every `magplan` command loads this module.
    import secrets

    from magplan.web.settings import MIB, Settings, is_loopback

    token = secrets.token_urlsafe(18) if args.token == "new" else args.token
    if not is_loopback(args.host) and not token:
        print(
            f"magplan: serving on {args.host} lets other computers in: give a token "
            "(--token SECRET, --token new, or MAGPLAN_TOKEN=SECRET)",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    options = {"workers": args.workers} if args.workers else {}
    settings = Settings(
        host=args.host,
        port=args.port,
        token=token or None,
        max_file_bytes=args.max_file_mb * MIB,
        max_files=args.max_files,
        max_total_bytes=args.max_total_mb * MIB,
        ocr=args.ocr,
        **options,
    )
    serve(settings, open_browser=args.open)
    return EXIT_OK


def address(settings: Settings, port: int) -> str:
    host = "127.0.0.1" if settings.host in ("0.0.0.0", "::") else settings.host
    host = f"[{host}]" if ":" in host else host
    return f"http://{host}:{port}/" + (f"?token={settings.token}" if settings.token else "")


def serve(settings: Settings, open_browser: bool = False) -> None:
    """Run the server until Ctrl-C; print its address once it listens."""
    import threading
    import webbrowser

    import uvicorn

    from magplan.web.app import create_app

    config = uvicorn.Config(create_app(settings), host=settings.host, port=settings.port, log_level="warning")
    server = uvicorn.Server(config)

    def announce() -> None:
        # The port is known only once the socket is bound (--port 0 picks one).
        while not server.started and not server.should_exit:
            threading.Event().wait(0.05)
        if not server.started:
            return
        sockets = [s for srv in getattr(server, "servers", []) for s in srv.sockets]
        port = sockets[0].getsockname()[1] if sockets else settings.port
        url = address(settings, port)
        print(f"magplan serve: {url}  (Ctrl+C stops it)", flush=True)
        if open_browser:
            webbrowser.open(url)

    threading.Thread(target=announce, name="magplan-announce", daemon=True).start()
    server.run()
