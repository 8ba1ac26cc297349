"""The Starlette application: the page, its static files and the JSON API it calls.

API (JSON unless said; every POST needs the header ``X-Magplan: 1``, which a
form on another site cannot send):

* ``GET  /api/meta`` — Russian labels, output formats, limits.
* ``POST /api/read`` — one file (multipart ``file``) → a job; 202.
* ``POST /api/batch`` — several files or a zip (multipart ``files``) → a job; 202.
* ``GET  /api/jobs/{id}[?wait=S]`` — the job's state, progress and, when done, result
  (with ``wait``: as soon as it changes, or after S seconds).
* ``GET  /api/jobs/{id}/files/{name}`` — a crop (PNG) or a batch's archive file.
* ``POST /api/diff`` — another plan (multipart ``file``) and the page's plan (``current``, JSON)
  → a job comparing them (`magplan.diff`: the file as the earlier plan); 202.
* ``POST /api/derive`` — an edited item → its derived fields and warnings.
* ``POST /api/calendar`` — a plan → the months each item falls in (the workbook's rule).
* ``POST /api/export/{format}`` — a plan (as the page holds it, edited) → the file.

With a token, every request carries it: ``Authorization: Bearer …``, or the
cookie that ``/?token=…`` sets for the browser.  Errors are one line of JSON
(``{"error": …}``), never a traceback.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import time
import urllib.parse
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from magplan import messages
from magplan.errors import InputError
from magplan.extract import format_of
from magplan.web import edits, present
from magplan.web.jobs import Board, Busy
from magplan.web.settings import MIB, Settings
from magplan.web.uploads import TooLarge, new_folder, remove_folder, safe_name, save_stream, unique, unpack_zip

STATIC = Path(__file__).parent / "static"
TOKEN_COOKIE = "magplan_token"
# Room for the multipart framing around the files themselves.
_FORM_OVERHEAD = 64 * 1024
_MEDIA_TYPES = {
    ".json": "application/json",
    ".csv": "text/csv; charset=utf-8",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".pdf": "application/pdf",
    ".ics": "text/calendar; charset=utf-8",
    ".png": "image/png",
    ".html": "text/html; charset=utf-8",
}
log = logging.getLogger("magplan.web")


def _error(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


class TokenGate:
    """Every request carries the token (header or cookie); the page's first visit may bring it as ?token=."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app, self.token = app, token

    def _valid(self, candidate: str | None) -> bool:
        return bool(candidate) and hmac.compare_digest(str(candidate).encode(), self.token.encode())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        header = request.headers.get("authorization", "")
        bearer = header[7:] if header.lower().startswith("bearer ") else None
        if self._valid(bearer) or self._valid(request.cookies.get(TOKEN_COOKIE)):
            await self.app(scope, receive, send)
            return
        offered = request.query_params.get("token")
        if request.url.path == "/" and self._valid(offered):
            # Into a cookie, and out of the address bar (and the history, and the screen).
            response: Response = RedirectResponse("/", status_code=303)
            response.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="strict")
        else:
            response = _error(401, "a token is needed: open the address with ?token=… that `magplan serve` printed")
        await response(scope, receive, send)


def create_app(settings: Settings) -> Starlette:
    board: Board | None = None

    def jobs() -> Board:
        assert board is not None, "the application was not started"
        return board

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        nonlocal board
        board = Board(settings)
        try:
            await board.ready()
            yield
        finally:
            board.close()

    async def page(request: Request) -> Response:
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    async def meta(request: Request) -> Response:
        from magplan.write import WRITERS

        return JSONResponse(
            {
                "labels": present.for_page(),
                "formats": list(WRITERS),
                "limits": {
                    "file_mb": settings.max_file_bytes // MIB,
                    "files": settings.max_files,
                    "total_mb": settings.max_total_bytes // MIB,
                },
            }
        )

    async def read(request: Request) -> Response:
        files, folder = await _receive(request, settings, one=True)
        try:
            path = files[0][1]
            format_of(path)
        except BaseException:
            remove_folder(folder)
            raise
        job = jobs().read(path.name, folder, path)
        return JSONResponse(job.status(), status_code=202)

    async def diff(request: Request) -> Response:
        received, folder = await _receive(request, settings, one=False)
        try:
            by_field = dict(received)
            if set(by_field) != {"file", "current"} or len(received) != 2:
                raise InputError("a plan file («file») and the page's plan («current») expected")
            current = edits.plan_from_json(_json_file(by_field["current"]))
            path = by_field["file"]
            format_of(path)
        except BaseException:
            remove_folder(folder)
            raise
        job = jobs().diff(path.name, folder, path, current)
        return JSONResponse(job.status(), status_code=202)

    async def batch(request: Request) -> Response:
        received, folder = await _receive(request, settings, one=False)
        files = [path for _, path in received]
        try:
            inputs, out = folder / "in", folder / "out"
            skipped: list[str] = []
            inputs.mkdir()
            for path in files:
                if path.suffix.lower() == ".zip":
                    _, left_out = unpack_zip(path, inputs / path.stem, settings)
                    skipped += left_out
                else:
                    path.rename(unique(inputs, path.name))
                path.unlink(missing_ok=True)
            if not inputs.exists() or not any(p.is_file() for p in inputs.rglob("*")):
                raise InputError("no plan documents (.docx, .pdf, .html, …) among the files")
            out.mkdir()
        except BaseException:
            remove_folder(folder)
            raise
        name = files[0].name if len(files) == 1 else f"{len(files)} файлов"
        job = jobs().batch(name, folder, inputs, out, skipped)
        return JSONResponse(job.status(), status_code=202)

    async def job_status(request: Request) -> Response:
        job = jobs().get(request.path_params["job"])
        if job is None:
            return _error(404, "no such job (results are kept for an hour)")
        # ?wait=S: answer as soon as something changes, or after S seconds (at most 10): no polling delay.
        wait = request.query_params.get("wait", "")
        deadline = time.monotonic() + min(float(wait), 10.0) if wait.replace(".", "", 1).isdigit() else 0.0
        seen = job.version
        while job.version == seen and job.finished is None and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        status = job.status()
        if job.state == "queued":
            status["ahead"] = jobs().ahead(job)
        return JSONResponse(status)

    async def job_file(request: Request) -> Response:
        job = jobs().get(request.path_params["job"])
        name = request.path_params["name"]
        # A name is looked up among the job's own results, never taken as a path.
        data = job.blobs.get(name) if job is not None else None
        if data is None:
            return _error(404, "no such file")
        return _download(data, name, inline=name.endswith((".png", ".html")))

    async def derive(request: Request) -> Response:
        body = await _json(request)
        field = body.get("field")
        if field not in edits.SOURCE_FIELDS:
            raise edits.BadEdit(f"{field!r} is not a field that can be edited")
        item, before = edits.items_from_json(body.get("item"), body.get("before"))
        warnings = edits.derive(item, field, before, _year(body.get("year")), _year(body.get("year_end")))
        return JSONResponse(
            {
                "item": edits.item_json(item),
                "warnings": present.with_russian([{"code": code, "message": message} for code, message in warnings]),
                "replaces": list(edits.EDIT_WARNINGS),
            }
        )

    async def calendar(request: Request) -> Response:
        plan = edits.plan_from_json(await _json(request))
        return JSONResponse(present.calendar(plan))

    async def export(request: Request) -> Response:
        from magplan.write import WRITERS, extension

        fmt = request.path_params["format"]
        if fmt not in WRITERS:
            return _error(404, f"unknown format {fmt!r} (known: {', '.join(WRITERS)})")
        plan = edits.plan_from_json(await _json(request))
        # The page's CSV is for a Russian Excel: semicolons, CRLF, a BOM.
        data = await jobs().render(plan, fmt, {"dialect": "excel-ru"})
        stem = Path(safe_name(plan.document.source, "plan")).stem
        return _download(data, stem + extension(fmt))

    routes = [
        Route("/", page),
        Route("/api/meta", meta),
        Route("/api/read", read, methods=["POST"]),
        Route("/api/batch", batch, methods=["POST"]),
        Route("/api/jobs/{job}", job_status),
        Route("/api/jobs/{job}/files/{name}", job_file),
        Route("/api/diff", diff, methods=["POST"]),
        Route("/api/derive", derive, methods=["POST"]),
        Route("/api/calendar", calendar, methods=["POST"]),
        Route("/api/export/{format}", export, methods=["POST"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    middleware = []
    if settings.loopback:
        # Against DNS rebinding: a page of another site that names our port by its own host name.
        hosts = ["127.0.0.1", "localhost", "[::1]", "::1", settings.host, "testserver"]
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=hosts))
    if settings.token:
        middleware.append(Middleware(TokenGate, token=settings.token))
    handlers: dict[Any, Callable[[Request, Exception], Awaitable[Response]]] = {
        HTTPException: _http_error,
        InputError: _input_error,
        Busy: _busy,
        Exception: _internal_error,
    }
    app = Starlette(routes=routes, middleware=middleware, exception_handlers=handlers, lifespan=lifespan)
    app.state.settings = settings
    return app


# --- requests


async def _json(request: Request) -> dict[str, Any]:
    _check_post(request)
    limit = request.app.state.settings.max_total_bytes
    length = request.headers.get("content-length")
    if length is None:
        raise HTTPException(411, "the request must say its length (Content-Length)")
    if not length.isdigit() or int(length) > limit:
        raise TooLarge(f"the request is larger than the limit of {limit // MIB} MiB")
    try:
        body = await request.json()
    except ValueError:
        raise InputError("the request is not JSON") from None
    if not isinstance(body, dict):
        raise InputError("a JSON object expected")
    return body


def _check_post(request: Request) -> None:
    if request.headers.get("x-magplan") != "1":
        raise HTTPException(403, "a request of the page itself expected (header X-Magplan: 1)")


def _year(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and 1000 < value < 10000 else None


def _json_file(path: Path) -> Any:
    try:
        return json.loads(path.read_bytes())
    except (ValueError, RecursionError):
        raise InputError("the page's plan is not JSON") from None


async def _receive(request: Request, settings: Settings, one: bool) -> tuple[list[tuple[str, Path]], Path]:
    """The request's files (form field, file), each checked against the limits, in a fresh private folder."""
    _check_post(request)
    length = request.headers.get("content-length")
    if length is None:
        raise HTTPException(411, "the upload must say its length (Content-Length)")
    limit = (settings.max_file_bytes if one else settings.max_total_bytes) + _FORM_OVERHEAD
    if not length.isdigit() or int(length) > limit:
        raise TooLarge(f"the upload is larger than the limit of {(limit - _FORM_OVERHEAD) // MIB} MiB")
    max_files = 1 if one else settings.max_files
    try:
        form = await request.form(max_files=max_files, max_fields=10)
    except HTTPException as exc:
        # Starlette's own limit messages: too many files or fields, a malformed form.
        raise HTTPException(413 if "many" in str(exc.detail) else 400, str(exc.detail)) from None
    try:
        uploads = [(key, value) for key, value in form.multi_items() if isinstance(value, UploadFile)]
        if not uploads:
            raise InputError("no file in the request")
        if one and len(uploads) > 1:
            raise TooLarge("one file at a time here; several files make a batch")
        folder = new_folder()
        try:
            files = []
            for key, upload in uploads:
                name = safe_name(upload.filename)
                target = unique(folder, name)
                await save_stream(_chunks(upload), target, settings.max_file_bytes, name)
                if target.stat().st_size == 0:
                    raise InputError(f"{name}: the file is empty")
                files.append((key, target))
        except BaseException:
            remove_folder(folder)
            raise
    finally:
        await form.close()
    return files, folder


async def _chunks(upload: UploadFile) -> AsyncIterator[bytes]:
    while chunk := await upload.read(1 << 20):
        yield chunk


def _download(data: bytes, name: str, inline: bool = False) -> Response:
    suffix = Path(name).suffix.lower()
    ascii_name = name.encode("ascii", "replace").decode().replace("?", "_").replace('"', "_")
    disposition = "inline" if inline else "attachment"
    quoted = urllib.parse.quote(name)
    headers = {"Content-Disposition": f"{disposition}; filename=\"{ascii_name}\"; filename*=UTF-8''{quoted}"}
    if suffix == ".html":
        # A report made from plan text: shown, never run (no scripts, no requests, no access to the page).
        headers["Content-Security-Policy"] = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    return Response(data, media_type=_MEDIA_TYPES.get(suffix, "application/octet-stream"), headers=headers)


# --- errors: one line of JSON, never a traceback


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return _error(exc.status_code, str(exc.detail))


async def _input_error(request: Request, exc: Exception) -> Response:
    status = 413 if isinstance(exc, TooLarge) else 400
    return _error(status, " ".join(str(exc).split()), error_ru=messages.error_reason(exc))


async def _busy(request: Request, exc: Exception) -> Response:
    return _error(503, str(exc))


async def _internal_error(request: Request, exc: Exception) -> Response:
    log.error("internal error on %s %s", request.method, request.url.path, exc_info=exc)
    return _error(500, "internal error in magplan (details are in the server's log)")
